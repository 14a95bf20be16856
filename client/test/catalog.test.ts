// One catalog of the checks: the server's (code, title, default severity), which `check --format sarif`
// writes as its rules. package.json's severity settings and the README's table of checks must agree with it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { builtServer, noServerReason, repositoryRoot } from './lspSession';

interface Rule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: string };
  properties: { defaultSeverity: string };
}

const server = builtServer();

function catalog(): Rule[] {
  const [command, ...args] = server!.endsWith('.dll') ? ['dotnet', server!] : [server!];
  const run = spawnSync(command!, [...args, 'check', '--format', 'sarif', 'examples/notes'], { cwd: repositoryRoot, encoding: 'utf8', timeout: 120_000 });
  assert.ok(run.status === 0 || run.status === 1, `check --format sarif ran: ${run.stderr}`);
  return JSON.parse(run.stdout).runs[0].tool.driver.rules;
}

describe('the catalog of checks', { skip: server ? false : noServerReason }, () => {
  const rules = server ? catalog() : [];

  it("has the eight checks and the paper's audit, each with a title and a default severity", () => {
    assert.deepEqual(rules.map((rule) => rule.id), ['MRG001', 'MRG002', 'MRG003', 'MRG004', 'MRG005', 'MRG006', 'MRG007', 'MRG008', 'MRG009']);
    for (const rule of rules) {
      assert.ok(rule.shortDescription.text.length > 0, `${rule.id} has a title`);
      assert.match(rule.properties.defaultSeverity, /^(hint|information|warning|error)$/);
      const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[rule.properties.defaultSeverity];
      assert.equal(rule.defaultConfiguration.level, level, `${rule.id}'s SARIF level`);
    }
  });

  it("matches package.json's severity settings: one per check, its default, its title", () => {
    const manifest = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'));
    const properties: Record<string, { default: string; description: string }> = manifest.contributes.configuration.properties;
    const settings = Object.keys(properties).filter((name) => name.startsWith('marginalia.severity.'));
    assert.deepEqual(settings, rules.map((rule) => `marginalia.severity.${rule.id}`));
    for (const rule of rules) {
      const setting = properties[`marginalia.severity.${rule.id}`]!;
      assert.equal(setting.default, rule.properties.defaultSeverity, `the default of marginalia.severity.${rule.id}`);
      assert.ok(setting.description.startsWith(`${rule.id} — ${rule.shortDescription.text}`),
        `marginalia.severity.${rule.id}'s description starts with "${rule.id} — ${rule.shortDescription.text}": ${setting.description}`);
    }
  });

  for (const page of ['README.md', path.join('client', 'extension-page.md')]) {
    it(`matches ${page}'s table of checks: one row per check, its default`, () => {
      const text = readFileSync(path.join(repositoryRoot, page), 'utf8');
      const rows = [...text.matchAll(/^\| (MRG\d{3}) \| (\w+) \|/gm)].map((match) => [match[1], match[2]]);
      assert.deepEqual(rows, rules.map((rule) => [rule.id, rule.properties.defaultSeverity]));
    });
  }
});
