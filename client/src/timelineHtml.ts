// The timeline panel's page: the bundled view (dist/timeline.js, the same one `marginalia timeline` inlines) under a
// content security policy that runs only that script, by its nonce. No vscode import, so it is tested in Node.
import { randomBytes } from 'node:crypto';

export interface TimelinePage {
  /** The webview's own source for the CSP (`webview.cspSource`). */
  cspSource: string;
  /** The bundle's URI in the webview (`webview.asWebviewUri`). */
  script: string;
  nonce?: string;
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function timelineHtml(page: TimelinePage): string {
  const nonce = page.nonce ?? newNonce();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${page.cspSource} 'nonce-${nonce}'`,
    // vis-timeline positions its items with style attributes; scripts stay nonce-only.
    "style-src-attr 'unsafe-inline'",
    `img-src ${page.cspSource} data:`,
    `font-src ${page.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marginalia Timeline</title>
</head>
<body>
<div id="marginalia-timeline"></div>
<script nonce="${nonce}" src="${escapeAttribute(page.script)}"></script>
</body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
