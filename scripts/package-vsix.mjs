// Packages the extension: stages the manifest, the bundled client, the published server, the paper,
// the user-facing page (client/extension-page.md) with its images, LICENSE and CHANGELOG in out/vsix, then runs vsce there, offline, into marginalia-<version>.vsix at the
// repository root. Run `npm run build` first (`npm run package` does both).
//
//   node scripts/package-vsix.mjs [--ready-to-run] [--target linux-x64|win32-x64|darwin-arm64|…]
//
// --ready-to-run precompiles the server for this machine's runtime identifier: faster start on that
// platform, but the deps.json then names that RID, so the default stays a portable publish.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stage = join(root, 'out', 'vsix');
const paper = join('seeds', '000_bf09360ec50d0df5.txt');
const readyToRun = process.argv.includes('--ready-to-run') || process.env.MARGINALIA_READY_TO_RUN === '1';

// --target <vsce target>: a platform package carrying a self-contained server (no .NET to install), named
// marginalia-<target>-<version>.vsix; without it, the universal package that runs on the user's .NET 10.
const targetAt = process.argv.indexOf('--target');
const target = targetAt >= 0 ? process.argv[targetAt + 1] : undefined;
const runtimeOf = {
  'linux-x64': 'linux-x64', 'linux-arm64': 'linux-arm64', 'linux-armhf': 'linux-arm', 'alpine-x64': 'linux-musl-x64',
  'alpine-arm64': 'linux-musl-arm64', 'darwin-x64': 'osx-x64', 'darwin-arm64': 'osx-arm64', 'win32-x64': 'win-x64', 'win32-arm64': 'win-arm64',
};
if (target !== undefined && !runtimeOf[target]) fail(`unknown --target ${target}; one of ${Object.keys(runtimeOf).join(', ')}`);

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, target ? `${manifest.name}-${target}-${manifest.version}.vsix` : `${manifest.name}-${manifest.version}.vsix`);

function run(command, args, options = {}) {
  console.log(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', ...options });
}

function fail(message) {
  console.error(`package-vsix: ${message}`);
  process.exit(1);
}

if (!existsSync(join(root, 'dist', 'extension.js'))) fail('dist/extension.js is missing: run `npm run build` first.');

rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'dist'), { recursive: true });
mkdirSync(join(stage, 'seeds'), { recursive: true });

// The server. Universal: framework-dependent, run on the user's .NET 10 through `dotnet marginalia.dll`.
// Platform: self-contained for that runtime, run directly as server/marginalia (the launcher prefers it).
const publish = ['publish', join(root, 'server', 'Marginalia.LanguageServer'), '-c', 'Release', '-o', join(stage, 'server')];
if (target) publish.push('-r', runtimeOf[target], '--self-contained', 'true', '-p:UseAppHost=true');
else publish.push('-p:UseAppHost=false');
if (readyToRun && !target) publish.push('-r', runtimeIdentifier(), '--self-contained', 'false', '-p:PublishReadyToRun=true');
run('dotnet', publish);
if (!existsSync(join(stage, 'server', 'marginalia.dll'))) fail('dotnet publish produced no server/marginalia.dll.');
const executable = join(stage, 'server', target?.startsWith('win32') ? 'marginalia.exe' : 'marginalia');
if (target && !existsSync(executable)) fail(`dotnet publish produced no ${executable}.`);

// vsce reads the manifest from the folder it packages; the staged copy is the same file.
copyFileSync(join(root, 'package.json'), join(stage, 'package.json'));
copyFileSync(join(root, '.vscodeignore'), join(stage, '.vscodeignore'));
copyFileSync(join(root, 'dist', 'extension.js'), join(stage, 'dist', 'extension.js'));
// The timeline view the extension's webview runs (the server embeds the same file for `marginalia timeline`).
if (!existsSync(join(root, 'dist', 'timeline.js'))) fail('dist/timeline.js is missing: run `npm run build` first.');
copyFileSync(join(root, 'dist', 'timeline.js'), join(stage, 'dist', 'timeline.js'));
copyFileSync(join(root, paper), join(stage, paper));
// The extension's page is for users (what it does, settings, troubleshooting), not the developers' README.
const page = join(root, 'client', 'extension-page.md');
if (!existsSync(page)) fail('client/extension-page.md is missing.');
copyFileSync(page, join(stage, 'README.md'));
mkdirSync(join(stage, 'images'), { recursive: true });
for (const image of ['hover.png', 'quick-fix.png']) copyFileSync(join(root, 'docs', 'screenshots', image), join(stage, 'images', image));
for (const file of ['LICENSE', 'CHANGELOG.md']) {
  if (!existsSync(join(root, file))) fail(`${file} is missing.`);
  cpSync(join(root, file), join(stage, file));
}

rmSync(vsix, { force: true });
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
// No repository URL yet: relative README links stay as they are rather than point nowhere.
const vsceArgs = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix];
if (target) vsceArgs.push('--target', target);
run(process.execPath, [vsce, ...vsceArgs], { cwd: stage });
console.log(`package-vsix: wrote ${vsix}`);

function runtimeIdentifier() {
  const os = { linux: 'linux', darwin: 'osx', win32: 'win' }[platform()];
  const cpu = { x64: 'x64', arm64: 'arm64' }[arch()];
  if (!os || !cpu) fail(`no .NET runtime identifier for ${platform()}-${arch()}; package without --ready-to-run.`);
  return `${os}-${cpu}`;
}
