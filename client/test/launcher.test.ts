import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DOTNET_DOWNLOAD_URL,
  isLaunchProblem,
  LaunchPlan,
  LaunchProblem,
  LauncherEnvironment,
  LauncherSettings,
  resolveServerCommand,
  ServerCommand,
} from '../src/launcher';

const runtime10 = [
  'Microsoft.AspNetCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]',
  'Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
].join('\n');
const runtime8Only = [
  'Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]',
  'Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
].join('\n');

interface Machine {
  files: string[];
  path?: string;
  runtimes?: string | Error;
  platform?: NodeJS.Platform;
  dotnetRoot?: string;
}

/** A machine that has exactly `files`, and whose every dotnet lists `runtimes`. */
function machine({ files, path = '/usr/local/bin:/usr/bin', runtimes = runtime10, platform = 'linux', dotnetRoot }: Machine) {
  const asked: string[] = [];
  const env: LauncherEnvironment = {
    platform,
    vars: platform === 'win32' ? { Path: path, DOTNET_ROOT: dotnetRoot } : { PATH: path, DOTNET_ROOT: dotnetRoot },
    exists: (file) => files.includes(file),
    listRuntimes: async (dotnet) => {
      asked.push(dotnet);
      if (runtimes instanceof Error) throw runtimes;
      return runtimes;
    },
  };
  return { env, asked };
}

const extension = '/home/ada/.vscode/extensions/marginalia.marginalia-0.1.0';
const shippedDll = `${extension}/server/marginalia.dll`;
const settings = (more: Partial<LauncherSettings> = {}): LauncherSettings => ({ extensionPath: extension, ...more });

function command(plan: LaunchPlan): ServerCommand {
  assert.ok(!isLaunchProblem(plan), `expected a command line, got the problem: ${isLaunchProblem(plan) ? plan.error : ''}`);
  return plan;
}

function problem(plan: LaunchPlan): LaunchProblem {
  assert.ok(isLaunchProblem(plan), `expected a problem, got the command line ${JSON.stringify(plan)}`);
  return plan;
}

describe('the shipped server', () => {
  it('runs a self-contained server (a platform package) directly, without looking for dotnet', async () => {
    const executable = `${extension}/server/marginalia`;
    const { env, asked } = machine({ files: [executable, shippedDll] });
    const plan = command(await resolveServerCommand(settings(), env));
    assert.equal(plan.command, executable);
    assert.deepEqual(plan.args, ['serve']);
    assert.deepEqual(asked, [], 'no dotnet was asked for its runtimes');
  });

  it('runs marginalia.exe of a Windows platform package', async () => {
    const ext = 'C:\\Users\\ada\\.vscode\\extensions\\marginalia.marginalia-0.1.0-win32-x64';
    const executable = `${ext}\\server\\marginalia.exe`;
    const { env } = machine({ platform: 'win32', files: [executable] });
    const plan = command(await resolveServerCommand({ extensionPath: ext }, env));
    assert.equal(plan.command, executable);
  });

  it('runs with the first dotnet on PATH when .NET 10 is there', async () => {
    const { env, asked } = machine({ files: [shippedDll, '/usr/bin/dotnet'] });
    const plan = command(await resolveServerCommand(settings(), env));
    assert.equal(plan.command, '/usr/bin/dotnet');
    assert.deepEqual(plan.args, [shippedDll, 'serve']);
    assert.deepEqual(asked, ['/usr/bin/dotnet']);
  });

  it('prefers an earlier PATH entry and skips empty ones', async () => {
    const { env } = machine({ files: [shippedDll, '/opt/dotnet/dotnet', '/usr/bin/dotnet'], path: '::/opt/dotnet:/usr/bin' });
    assert.equal(command(await resolveServerCommand(settings(), env)).command, '/opt/dotnet/dotnet');
  });

  it('runs with marginalia.dotnet.path when it is set, not the one on PATH', async () => {
    const { env } = machine({ files: [shippedDll, '/usr/bin/dotnet', '/opt/dotnet10/dotnet'] });
    const plan = command(await resolveServerCommand(settings({ dotnetPath: '/opt/dotnet10/dotnet' }), env));
    assert.equal(plan.command, '/opt/dotnet10/dotnet');
    assert.deepEqual(plan.args, [shippedDll, 'serve']);
  });

  it('accepts the folder holding dotnet in marginalia.dotnet.path', async () => {
    const { env } = machine({ files: [shippedDll, '/opt/dotnet10', '/opt/dotnet10/dotnet'] });
    assert.equal(command(await resolveServerCommand(settings({ dotnetPath: '/opt/dotnet10' }), env)).command, '/opt/dotnet10/dotnet');
  });

  it('falls back to DOTNET_ROOT when PATH has no dotnet', async () => {
    const { env } = machine({ files: [shippedDll, '/home/ada/.dotnet/dotnet'], dotnetRoot: '/home/ada/.dotnet' });
    assert.equal(command(await resolveServerCommand(settings(), env)).command, '/home/ada/.dotnet/dotnet');
  });

  it('finds dotnet.exe on a Windows Path', async () => {
    const ext = 'C:\\Users\\ada\\.vscode\\extensions\\marginalia.marginalia-0.1.0';
    const dll = `${ext}\\server\\marginalia.dll`;
    const { env } = machine({
      platform: 'win32',
      files: [dll, 'C:\\Program Files\\dotnet\\dotnet.exe'],
      path: 'C:\\Windows\\system32;"C:\\Program Files\\dotnet"',
    });
    const plan = command(await resolveServerCommand({ extensionPath: ext }, env));
    assert.equal(plan.command, 'C:\\Program Files\\dotnet\\dotnet.exe');
    assert.deepEqual(plan.args, [dll, 'serve']);
  });

  it('runs in the workspace folder with the environment it was given', async () => {
    const { env } = machine({ files: [shippedDll, '/usr/bin/dotnet'] });
    const plan = command(await resolveServerCommand(settings({ workspaceFolder: '/home/ada/thesis' }), env));
    assert.equal(plan.options.cwd, '/home/ada/thesis');
    assert.equal(plan.options.env.PATH, '/usr/local/bin:/usr/bin');
  });

  it('says the server is missing from the extension when it is', async () => {
    const { env } = machine({ files: ['/usr/bin/dotnet'] });
    const { error, actions } = problem(await resolveServerCommand(settings(), env));
    assert.match(error, /server is missing from the extension/);
    assert.ok(error.includes(shippedDll));
    assert.deepEqual(actions.map((a) => a.kind), ['openSetting']);
  });
});

describe('when .NET 10 is missing', () => {
  it('says so with the download link when no dotnet is on PATH', async () => {
    const { env } = machine({ files: [shippedDll] });
    const { error, actions } = problem(await resolveServerCommand(settings(), env));
    assert.equal(
      error,
      "Marginalia's server needs the .NET 10 runtime, and no dotnet was found on PATH. " +
        'Install .NET 10 from https://dotnet.microsoft.com/download/dotnet/10.0, or set marginalia.dotnet.path ' +
        'to the dotnet executable, then restart the server.',
    );
    assert.deepEqual(actions[0], { title: 'Download .NET 10', kind: 'openUrl', url: DOTNET_DOWNLOAD_URL });
    assert.deepEqual(actions[1], { title: 'Open Setting marginalia.dotnet.path', kind: 'openSetting', setting: 'marginalia.dotnet.path' });
  });

  it('names the runtimes that are there when only .NET 8 is installed', async () => {
    const { env } = machine({ files: [shippedDll, '/usr/bin/dotnet'], runtimes: runtime8Only });
    const { error, actions } = problem(await resolveServerCommand(settings(), env));
    assert.equal(
      error,
      "Marginalia's server needs the .NET 10 runtime (Microsoft.NETCore.App 10.x), but /usr/bin/dotnet has only " +
        'Microsoft.NETCore.App 8.0.11. Install .NET 10 from https://dotnet.microsoft.com/download/dotnet/10.0, then restart the server.',
    );
    assert.equal(actions[0]?.kind, 'openUrl');
  });

  it('is not fooled by ASP.NET Core 10 without the core runtime 10', async () => {
    const runtimes = 'Microsoft.AspNetCore.App 10.0.1 [/x]\nMicrosoft.NETCore.App 8.0.11 [/y]';
    const { env } = machine({ files: [shippedDll, '/usr/bin/dotnet'], runtimes });
    problem(await resolveServerCommand(settings(), env));
  });

  it('says when dotnet cannot even list its runtimes', async () => {
    const { env } = machine({ files: [shippedDll, '/usr/bin/dotnet'], runtimes: new Error('spawn EACCES') });
    const { error } = problem(await resolveServerCommand(settings(), env));
    assert.match(error, /could not run "\/usr\/bin\/dotnet --list-runtimes".*spawn EACCES/);
    assert.ok(error.includes(DOTNET_DOWNLOAD_URL));
  });

  it('says marginalia.dotnet.path is wrong rather than quietly using PATH', async () => {
    const { env, asked } = machine({ files: [shippedDll, '/usr/bin/dotnet'] });
    const { error, actions } = problem(await resolveServerCommand(settings({ dotnetPath: '/opt/nowhere/dotnet' }), env));
    assert.match(error, /marginalia\.dotnet\.path does not exist: \/opt\/nowhere\/dotnet/);
    assert.ok(error.includes(DOTNET_DOWNLOAD_URL));
    assert.equal(actions[0]?.kind, 'openSetting');
    assert.deepEqual(asked, []);
  });

  it('checks the runtime of marginalia.dotnet.path too', async () => {
    const { env } = machine({ files: [shippedDll, '/opt/dotnet8/dotnet'], runtimes: runtime8Only });
    const { error } = problem(await resolveServerCommand(settings({ dotnetPath: '/opt/dotnet8/dotnet' }), env));
    assert.match(error, /\/opt\/dotnet8\/dotnet has only Microsoft\.NETCore\.App 8\.0\.11/);
  });
});

describe('marginalia.server.path', () => {
  const devDll = '/src/marginalia/server/Marginalia.LanguageServer/bin/Debug/net10.0/marginalia.dll';
  const devExe = '/src/marginalia/server/Marginalia.LanguageServer/bin/Debug/net10.0/marginalia';

  it('runs a .dll with dotnet from PATH', async () => {
    const { env } = machine({ files: [devDll, '/usr/bin/dotnet'] });
    const plan = command(await resolveServerCommand(settings({ serverPath: devDll }), env));
    assert.equal(plan.command, '/usr/bin/dotnet');
    assert.deepEqual(plan.args, [devDll, 'serve']);
  });

  it('runs a .dll with marginalia.dotnet.path', async () => {
    const { env } = machine({ files: [devDll, '/opt/dotnet10/dotnet'] });
    const plan = command(await resolveServerCommand(settings({ serverPath: devDll, dotnetPath: '/opt/dotnet10/dotnet' }), env));
    assert.equal(plan.command, '/opt/dotnet10/dotnet');
    assert.deepEqual(plan.args, [devDll, 'serve']);
  });

  it('runs a .dll only when .NET 10 is there', async () => {
    const { env } = machine({ files: [devDll, '/usr/bin/dotnet'], runtimes: runtime8Only });
    assert.match(problem(await resolveServerCommand(settings({ serverPath: devDll }), env)).error, /needs the \.NET 10 runtime/);
  });

  it('runs a .dll only when dotnet is there', async () => {
    const { env } = machine({ files: [devDll] });
    assert.match(problem(await resolveServerCommand(settings({ serverPath: devDll }), env)).error, /no dotnet was found on PATH/);
  });

  it('runs an executable directly, without looking for dotnet', async () => {
    const { env, asked } = machine({ files: [devExe] });
    const plan = command(await resolveServerCommand(settings({ serverPath: devExe }), env));
    assert.equal(plan.command, devExe);
    assert.deepEqual(plan.args, ['serve']);
    assert.deepEqual(asked, []);
  });

  it('resolves a relative path against the workspace folder', async () => {
    const { env } = machine({ files: ['/src/marginalia/tools/marginalia'] });
    const plan = command(await resolveServerCommand(settings({ serverPath: 'tools/marginalia', workspaceFolder: '/src/marginalia' }), env));
    assert.equal(plan.command, '/src/marginalia/tools/marginalia');
  });

  it('says the file is missing rather than falling back to the shipped server', async () => {
    const { env } = machine({ files: [shippedDll, '/usr/bin/dotnet'] });
    const { error, actions } = problem(await resolveServerCommand(settings({ serverPath: '/src/gone/marginalia.dll' }), env));
    assert.match(error, /marginalia\.server\.path does not exist: \/src\/gone\/marginalia\.dll/);
    assert.deepEqual(actions, [{ title: 'Open Setting marginalia.server.path', kind: 'openSetting', setting: 'marginalia.server.path' }]);
  });

  it('is ignored when blank', async () => {
    const { env } = machine({ files: [shippedDll, '/usr/bin/dotnet'] });
    assert.deepEqual(command(await resolveServerCommand(settings({ serverPath: '  ' }), env)).args, [shippedDll, 'serve']);
  });
});
