// One precedence in the editor and in the terminal: built-in defaults < .marginalia.yaml < what the user
// set in the editor. For each combination of the file and the user's setting, the server started as the
// extension starts it, answering workspace/configuration as the extension does (settings.ts), publishes
// exactly what `marginalia check` finds on a folder whose .marginalia.yaml holds the winning value.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { serverSettingKeys, SettingLayers, userSettings } from '../src/settings';
import { builtServer, LspSession, noServerReason, repositoryRoot, serverCommand } from './lspSession';

const manifest = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'));
const server = builtServer();
const note = path.join('notes', '01-withdrawal-and-aftermath.md');
const code = 'MRG005'; // a weekday finding in the note, a warning by default

type Level = 'off' | 'hint' | 'error' | undefined;
const fileLevels: Level[] = [undefined, 'off', 'error'];
const userLevels: Level[] = [undefined, 'off', 'hint'];
const severityNumber: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

function workspaceWith(level: Level): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'marginalia-precedence-'));
  cpSync(path.join(repositoryRoot, 'examples', 'notes'), path.join(folder, 'notes'), { recursive: true });
  cpSync(path.join(repositoryRoot, 'seeds'), path.join(folder, 'seeds'), { recursive: true });
  if (level) writeFileSync(path.join(folder, '.marginalia.yaml'), `severity:\n  ${code}: ${level}\n`);
  return folder;
}

/** `marginalia check --format json` on the folder: "line:column code severity" of the note. */
function checked(folder: string): string[] {
  const [command, ...args] = server!.endsWith('.dll') ? ['dotnet', server!] : [server!];
  const run = spawnSync(command!, [...args, 'check', '--format', 'json', '--workspace', folder, 'notes'], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
  assert.ok(run.status === 0 || run.status === 1, `check ran: ${run.stderr}`);
  return (JSON.parse(run.stdout).findings as { path: string; line: number; column: number; code: string; severity: string }[])
    .filter((finding) => path.normalize(finding.path) === note)
    .map((finding) => `${finding.line}:${finding.column} ${finding.code} ${severityNumber[finding.severity]}`)
    .sort();
}

async function published(folder: string, user: Level): Promise<string[]> {
  const layers: Record<string, SettingLayers> = user ? { [`severity.${code}`]: { defaultValue: 'warning', workspaceValue: user } } : {};
  const marginalia = userSettings(serverSettingKeys(manifest), (key) => layers[key] ?? { defaultValue: 'x' });
  const session = LspSession.start(await serverCommand(server!, folder), { marginalia });
  try {
    await session.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
    }, 60_000);
    await session.notify('initialized', {});
    const diagnostics = await session.diagnosticsFor(pathToFileURL(path.join(folder, note)).href, 60_000);
    return diagnostics
      .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.severity}`)
      .sort();
  } finally {
    session.dispose();
  }
}

describe('defaults < .marginalia.yaml < the editor settings the user set', { skip: server ? false : noServerReason, timeout: 300_000 }, () => {
  const folders: string[] = [];
  after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  for (const file of fileLevels) {
    for (const user of userLevels) {
      it(`${code}: ${file ?? 'nothing'} in .marginalia.yaml, ${user ?? 'nothing'} set in the editor`, async () => {
        const editor = workspaceWith(file);
        // What check says when the file holds the value that should win.
        const terminal = workspaceWith(user ?? file);
        folders.push(editor, terminal);
        const expected = checked(terminal);
        const winner = user ?? file ?? 'warning';
        assert.equal(expected.some((finding) => finding.includes(code)), winner !== 'off', `check reports ${code} unless it is off`);
        assert.deepEqual(await published(editor, user), expected);
      });
    }
  }
});
