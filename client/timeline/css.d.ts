// esbuild loads .css files as text (--loader:.css=text): the view puts them in a <style> under its nonce.
declare module '*.css' {
  const text: string;
  export default text;
}
