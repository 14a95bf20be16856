import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const extensionSource = readFileSync(path.join(root, 'client', 'src', 'extension.ts'), 'utf8');
const properties: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;

describe('package.json as an extension manifest', () => {
  it('names the extension so vsce packages it without asking', () => {
    assert.equal(manifest.publisher, 'marginalia');
    assert.equal(manifest.name, 'marginalia');
    assert.equal(manifest.version, '0.1.0');
    assert.equal(manifest.engines.vscode, '^1.90.0');
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(manifest.license, 'license is set');
  });

  it('keeps @types/vscode no newer than the engine it claims', () => {
    assert.equal(manifest.devDependencies['@types/vscode'], '1.90.0');
  });

  it('activates on Markdown and on workspaces with Marginalia files', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), [
      'onLanguage:markdown',
      'workspaceContains:**/*.knowledge.yaml',
      'workspaceContains:**/.marginalia.yaml',
    ]);
  });

  it('contributes no language: Markdown is built in', () => {
    assert.equal(manifest.contributes.languages, undefined);
  });

  it('gives every setting a description and a default', () => {
    for (const [name, schema] of Object.entries(properties)) {
      assert.equal(typeof schema.description, 'string', `${name} has a description`);
      assert.ok((schema.description as string).length > 20, `${name} has a real description`);
      assert.ok('default' in schema, `${name} has a default`);
      if (schema.enum) assert.ok((schema.enum as unknown[]).includes(schema.default), `${name}'s default is one of its values`);
    }
  });

  it('has the settings the server and the launcher read', () => {
    assert.deepEqual(properties['marginalia.papers']?.default, ['seeds']);
    assert.deepEqual(properties['marginalia.notes']?.default, ['**/*.md']);
    assert.deepEqual(properties['marginalia.dateOrder']?.enum, ['either', 'dayFirst', 'monthFirst']);
    assert.equal(properties['marginalia.server.path']?.type, 'string');
    assert.equal(properties['marginalia.dotnet.path']?.type, 'string');
    assert.deepEqual(properties['marginalia.trace.server']?.enum, ['off', 'messages', 'verbose']);
  });

  it('has a severity setting for each check MRG001..MRG009 with its default', () => {
    const defaults: Record<string, string> = {
      MRG001: 'error', MRG002: 'error', MRG003: 'information', MRG004: 'error',
      MRG005: 'warning', MRG006: 'warning', MRG007: 'warning', MRG008: 'hint', MRG009: 'information',
    };
    const severities = Object.keys(properties).filter((name) => name.startsWith('marginalia.severity.'));
    assert.deepEqual(severities.sort(), Object.keys(defaults).map((code) => `marginalia.severity.${code}`));
    for (const [code, severity] of Object.entries(defaults)) {
      const schema = properties[`marginalia.severity.${code}`]!;
      assert.deepEqual(schema.enum, ['off', 'hint', 'information', 'warning', 'error'], code);
      assert.equal(schema.default, severity, code);
      assert.ok((schema.description as string).startsWith(code), `${code}'s description names it`);
    }
  });

  it('registers every contributed command in extension.ts, and contributes every registered one', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = [...extensionSource.matchAll(/registerCommand\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, contributed);
    assert.deepEqual(contributed, [
      'marginalia.checkWorkspace',
      'marginalia.openSourcePassage',
      'marginalia.restartServer',
      'marginalia.showOutput',
      'marginalia.showTimeline',
    ]);
  });

  it('titles every command for the palette', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Marginalia', command.command);
      assert.ok(command.title, command.command);
    }
  });

  it('keeps vscode out of every module but extension.ts', () => {
    for (const file of ['launcher.ts', 'status.ts', 'definition.ts', 'timelineHtml.ts']) {
      const source = readFileSync(path.join(root, 'client', 'src', file), 'utf8');
      assert.doesNotMatch(source, /from ['"]vscode(-languageclient[^'"]*)?['"]/, file);
    }
  });
});
