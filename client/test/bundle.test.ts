import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const bundle = path.resolve(__dirname, '..', '..', 'dist', 'extension.js');
const skip = existsSync(bundle) ? false : 'no dist/extension.js: run `npm run build` first';

describe('the bundled client', { skip }, () => {
  it('needs nothing at run time but vscode and Node itself', () => {
    const source = readFileSync(bundle, 'utf8');
    const required = new Set([...source.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const outside = [...required].filter((name) => name !== 'vscode' && !builtins.has(name));
    assert.deepEqual(outside, []);
    assert.ok(required.has('vscode'));
  });

  it('exports activate and deactivate', () => {
    const source = readFileSync(bundle, 'utf8');
    assert.match(source, /activate: \(\) => activate/);
    assert.match(source, /deactivate: \(\) => deactivate/);
  });
});
