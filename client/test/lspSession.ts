// A language client in a test: starts the server through the launcher exactly as the extension
// does, answers the server's requests as VS Code would, and records what the server pushes.
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { isLaunchProblem, resolveServerCommand, ServerCommand, systemEnvironment } from '../src/launcher';

export const repositoryRoot = path.resolve(__dirname, '..', '..');

/** MARGINALIA_SERVER, else the server's Debug build; undefined when neither exists. */
export function builtServer(): string | undefined {
  const given = process.env.MARGINALIA_SERVER;
  if (given) return path.resolve(given);
  const debugBuild = path.join(repositoryRoot, 'server', 'Marginalia.LanguageServer', 'bin', 'Debug', 'net10.0', 'marginalia.dll');
  return existsSync(debugBuild) ? debugBuild : undefined;
}

export const noServerReason =
  'no built server: run `dotnet build server/Marginalia.LanguageServer` or set MARGINALIA_SERVER to a marginalia.dll or executable';

/** The command line the extension would run with marginalia.server.path set to `server`. */
export async function serverCommand(server: string, workspaceFolder: string): Promise<ServerCommand> {
  const plan = await resolveServerCommand({ serverPath: server, extensionPath: repositoryRoot, workspaceFolder }, systemEnvironment());
  if (isLaunchProblem(plan)) throw new Error(`the launcher refused to start ${server}: ${plan.error}`);
  return plan;
}

/** Settings as VS Code hands them out: every contributed default, nested by section. */
export function defaultSettings(): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'));
  const settings: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries<{ default: unknown }>(manifest.contributes.configuration.properties)) {
    const keys = name.split('.');
    let node = settings;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = schema.default;
  }
  return settings;
}

function section(settings: Record<string, unknown>, name: string | undefined): unknown {
  if (!name) return settings;
  return name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key] ?? null, settings);
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}

export class LspSession {
  readonly stderr: string[] = [];
  readonly statuses: unknown[] = [];
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiting: Array<{ uri: string; resolve: (d: Diagnostic[]) => void }> = [];
  private exit: Promise<number | null>;

  private constructor(readonly process: ChildProcess, readonly connection: MessageConnection, settings: Record<string, unknown>) {
    process.stderr?.setEncoding('utf8').on('data', (chunk: string) => this.stderr.push(chunk));
    this.exit = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => section(settings, item.section)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('marginalia/status', (status: unknown) => this.statuses.push(status));
    connection.onNotification('window/logMessage', (params: { message: string }) => this.stderr.push(`[log] ${params.message}\n`));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      for (const waiter of this.waiting.filter((w) => w.uri === params.uri)) {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    });
    connection.listen();
  }

  /** `settings`: what workspace/configuration answers, by default every contributed default (as VS Code's own answer). */
  static start(command: ServerCommand, settings: Record<string, unknown> = defaultSettings()): LspSession {
    const child = spawn(command.command, command.args, { ...command.options, stdio: 'pipe', windowsHide: true });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return new LspSession(child, connection, settings);
  }

  /** Sends a request; rejects if the server exits or stays silent past `ms`, with its stderr. */
  request<T>(method: string, params: unknown, ms = 30_000): Promise<T> {
    return this.race(this.connection.sendRequest<T>(method, params), `${method}`, ms);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** The next diagnostics pushed for `uri` (or those already pushed). */
  diagnosticsFor(uri: string, ms = 30_000): Promise<Diagnostic[]> {
    const known = this.diagnostics.get(uri);
    if (known) return Promise.resolve(known);
    return this.race(new Promise((resolve) => this.waiting.push({ uri, resolve })), `textDocument/publishDiagnostics for ${uri}`, ms);
  }

  /** shutdown, exit, and the server's exit code. */
  async stop(ms = 10_000): Promise<number | null> {
    await this.request('shutdown', null, ms);
    await this.notify('exit', null);
    return this.race(this.exit, 'the server to exit after `exit`', ms);
  }

  dispose(): void {
    this.connection.dispose();
    if (this.process.exitCode === null && !this.process.killed) this.process.kill();
  }

  private race<T>(promise: Promise<T>, what: string, ms: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`waited ${ms} ms for ${what}${this.stderrTail()}`)), ms);
    });
    const exited = this.exit.then((code): never => {
      throw new Error(`the server exited (code ${code}) while waiting for ${what}. Does it have the \`serve\` command yet?${this.stderrTail()}`);
    });
    return Promise.race([promise, timeout, exited]).finally(() => clearTimeout(timer));
  }

  private stderrTail(): string {
    const text = this.stderr.join('').trim();
    return text ? `\n--- server stderr ---\n${text.slice(-4000)}` : '';
  }
}
