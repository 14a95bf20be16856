// Finds the command line that starts the Marginalia server. Pure: no `vscode` import, and the
// file system, PATH and `dotnet --list-runtimes` come in through `LauncherEnvironment`, so every
// combination of settings can be tested without a machine that has it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export const DOTNET_DOWNLOAD_URL = 'https://dotnet.microsoft.com/download/dotnet/10.0';
export const REQUIRED_RUNTIME = 'Microsoft.NETCore.App 10.';
/** The server's subcommand that speaks LSP over stdin/stdout. */
export const SERVE_ARGS: readonly string[] = ['serve'];

export interface LauncherSettings {
  /** `marginalia.server.path`: a `.dll` (run with dotnet) or an executable. Dev override. */
  serverPath?: string;
  /** `marginalia.dotnet.path`: the dotnet executable, or the folder holding it. */
  dotnetPath?: string;
  /** Where the extension is installed; the published server lives in `server/` below it. */
  extensionPath: string;
  /** First workspace folder: relative setting paths are resolved against it, and the server runs in it. */
  workspaceFolder?: string;
}

export interface LauncherEnvironment {
  platform: NodeJS.Platform;
  /** Environment variables: PATH (Path on Windows) and DOTNET_ROOT are read. */
  vars: Record<string, string | undefined>;
  exists(file: string): boolean;
  /** Output of `<dotnet> --list-runtimes`; rejects when it cannot be run. */
  listRuntimes(dotnet: string): Promise<string>;
}

export interface ServerCommand {
  command: string;
  args: string[];
  options: { cwd?: string; env: Record<string, string | undefined> };
}

export type LaunchAction =
  | { title: string; kind: 'openUrl'; url: string }
  | { title: string; kind: 'openSetting'; setting: string }
  | { title: string; kind: 'showOutput' };

export interface LaunchProblem {
  error: string;
  actions: LaunchAction[];
}

export type LaunchPlan = ServerCommand | LaunchProblem;

export function isLaunchProblem(plan: LaunchPlan): plan is LaunchProblem {
  return 'error' in plan;
}

const downloadDotnet: LaunchAction = { title: 'Download .NET 10', kind: 'openUrl', url: DOTNET_DOWNLOAD_URL };
const openSetting = (setting: string): LaunchAction => ({ title: `Open Setting ${setting}`, kind: 'openSetting', setting });

export async function resolveServerCommand(settings: LauncherSettings, env: LauncherEnvironment): Promise<LaunchPlan> {
  const paths = env.platform === 'win32' ? path.win32 : path.posix;
  const options = { cwd: settings.workspaceFolder, env: { ...env.vars } };
  const serverPath = settings.serverPath?.trim();

  if (serverPath) {
    const server = absolute(paths, serverPath, settings.workspaceFolder);
    if (!env.exists(server)) {
      return {
        error: `Marginalia: the server set in marginalia.server.path does not exist: ${server}. ` +
          'Point it at a built marginalia.dll or marginalia executable, or clear the setting to use the server shipped with the extension.',
        actions: [openSetting('marginalia.server.path')],
      };
    }
    if (!server.toLowerCase().endsWith('.dll')) {
      return { command: server, args: [...SERVE_ARGS], options };
    }
    return withDotnet(server, settings, env, paths, options);
  }

  // A platform package (vsce --target) ships a self-contained server: it needs no .NET at all.
  const selfContained = paths.join(settings.extensionPath, 'server', env.platform === 'win32' ? 'marginalia.exe' : 'marginalia');
  if (env.exists(selfContained)) return { command: selfContained, args: [...SERVE_ARGS], options };

  const shipped = paths.join(settings.extensionPath, 'server', 'marginalia.dll');
  if (!env.exists(shipped)) {
    return {
      error: `Marginalia: the server is missing from the extension (expected ${shipped}). ` +
        'Reinstall the extension, or set marginalia.server.path to a built server.',
      actions: [openSetting('marginalia.server.path')],
    };
  }
  return withDotnet(shipped, settings, env, paths, options);
}

async function withDotnet(
  dll: string,
  settings: LauncherSettings,
  env: LauncherEnvironment,
  paths: path.PlatformPath,
  options: ServerCommand['options'],
): Promise<LaunchPlan> {
  const dotnet = findDotnet(settings, env, paths);
  if (typeof dotnet !== 'string') return dotnet;

  let runtimes: string;
  try {
    runtimes = await env.listRuntimes(dotnet);
  } catch (error) {
    return {
      error: `Marginalia: could not run "${dotnet} --list-runtimes" to look for the .NET 10 runtime: ${messageOf(error)}. ` +
        `Install .NET 10 from ${DOTNET_DOWNLOAD_URL} or set marginalia.dotnet.path to a working dotnet.`,
      actions: [downloadDotnet, openSetting('marginalia.dotnet.path')],
    };
  }
  if (!hasRequiredRuntime(runtimes)) {
    const found = installedRuntimes(runtimes);
    return {
      error: `Marginalia's server needs the .NET 10 runtime (Microsoft.NETCore.App 10.x), but ${dotnet} has ` +
        (found.length > 0 ? `only ${found.join(', ')}` : 'no .NET runtime') +
        `. Install .NET 10 from ${DOTNET_DOWNLOAD_URL}, then restart the server.`,
      actions: [downloadDotnet, openSetting('marginalia.dotnet.path')],
    };
  }
  return { command: dotnet, args: [dll, ...SERVE_ARGS], options };
}

/** The dotnet executable: the setting, else the first on PATH, else DOTNET_ROOT; or the problem. */
function findDotnet(settings: LauncherSettings, env: LauncherEnvironment, paths: path.PlatformPath): string | LaunchProblem {
  const exe = env.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const configured = settings.dotnetPath?.trim();
  if (configured) {
    const given = absolute(paths, configured, settings.workspaceFolder);
    const inFolder = paths.join(given, exe);
    if (paths.basename(given).toLowerCase() !== exe && env.exists(inFolder)) return inFolder;
    if (env.exists(given)) return given;
    return {
      error: `Marginalia: the dotnet set in marginalia.dotnet.path does not exist: ${given}. ` +
        `Fix the setting or clear it to use dotnet from PATH; .NET 10 is at ${DOTNET_DOWNLOAD_URL}.`,
      actions: [openSetting('marginalia.dotnet.path'), downloadDotnet],
    };
  }

  const delimiter = env.platform === 'win32' ? ';' : ':';
  const searchPath = env.vars.PATH ?? env.vars.Path ?? '';
  const folders = searchPath.split(delimiter).map(unquote).filter((folder) => folder.length > 0);
  if (env.vars.DOTNET_ROOT) folders.push(env.vars.DOTNET_ROOT);
  for (const folder of folders) {
    const candidate = paths.join(folder, exe);
    if (env.exists(candidate)) return candidate;
  }
  return {
    error: `Marginalia's server needs the .NET 10 runtime, and no ${exe} was found on PATH. ` +
      `Install .NET 10 from ${DOTNET_DOWNLOAD_URL}, or set marginalia.dotnet.path to the dotnet executable, then restart the server.`,
    actions: [downloadDotnet, openSetting('marginalia.dotnet.path')],
  };
}

export function hasRequiredRuntime(listRuntimesOutput: string): boolean {
  return listRuntimesOutput.split(/\r?\n/).some((line) => line.trim().startsWith(REQUIRED_RUNTIME));
}

/** "Microsoft.NETCore.App 8.0.11" for each line of `dotnet --list-runtimes` about the core runtime. */
function installedRuntimes(listRuntimesOutput: string): string[] {
  return listRuntimesOutput
    .split(/\r?\n/)
    .map((line) => /^(Microsoft\.NETCore\.App \S+)/.exec(line.trim())?.[1])
    .filter((runtime): runtime is string => runtime !== undefined);
}

function absolute(paths: path.PlatformPath, file: string, base: string | undefined): string {
  return paths.isAbsolute(file) || base === undefined ? file : paths.resolve(base, file);
}

function unquote(folder: string): string {
  return folder.trim().replace(/^"(.*)"$/, '$1');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The real machine: this process's platform and environment, the file system, and dotnet itself. */
export function systemEnvironment(): LauncherEnvironment {
  return {
    platform: process.platform,
    vars: { ...process.env },
    exists: existsSync,
    listRuntimes: (dotnet) =>
      new Promise((resolve, reject) => {
        execFile(dotnet, ['--list-runtimes'], { timeout: 15_000, windowsHide: true }, (error, stdout) => {
          if (error) reject(error);
          else resolve(stdout);
        });
      }),
  };
}
