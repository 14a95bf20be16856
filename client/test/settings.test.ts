import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { serverSettingKeys, SettingLayers, userSettings, userValue } from '../src/settings';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8'));

describe('the settings sent to the server', () => {
  it('are the manifest settings the server reads, not how the client starts it', () => {
    const keys = serverSettingKeys(manifest);
    assert.ok(keys.includes('papers') && keys.includes('notes') && keys.includes('severity.MRG002'));
    for (const clientOnly of ['server.path', 'dotnet.path', 'trace.server']) assert.ok(!keys.includes(clientOnly), clientOnly);
  });

  it('leave out defaults, so .marginalia.yaml is not overridden by them', () => {
    const layers: Record<string, SettingLayers> = {
      papers: { defaultValue: ['seeds'] },
      'severity.MRG002': { defaultValue: 'error' },
    };
    assert.deepEqual(userSettings(['papers', 'severity.MRG002'], (key) => layers[key]), {});
  });

  it('carry what the user set, nested as the server reads it', () => {
    const layers: Record<string, SettingLayers> = {
      papers: { defaultValue: ['seeds'], workspaceValue: ['papers'] },
      'severity.MRG002': { defaultValue: 'error', globalValue: 'off' },
      'severity.MRG005': { defaultValue: 'warning' },
    };
    assert.deepEqual(userSettings(['papers', 'severity.MRG002', 'severity.MRG005'], (key) => layers[key]),
      { papers: ['papers'], severity: { MRG002: 'off' } });
  });

  it('take the most specific layer the user set: folder, then workspace, then user', () => {
    assert.equal(userValue({ defaultValue: 'error', globalValue: 'hint', workspaceValue: 'warning', workspaceFolderValue: 'off' }), 'off');
    assert.equal(userValue({ defaultValue: 'error', globalValue: 'hint', workspaceValue: 'warning' }), 'warning');
    assert.equal(userValue({ defaultValue: 'error', globalValue: 'hint' }), 'hint');
    assert.equal(userValue({ defaultValue: 'error' }), undefined);
    assert.equal(userValue(undefined), undefined);
  });
});
