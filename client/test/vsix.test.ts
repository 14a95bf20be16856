import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as yauzl from 'yauzl';

const root = path.resolve(__dirname, '..', '..');

/** MARGINALIA_VSIX, else the newest marginalia-*.vsix at the repository root. */
function findVsix(): string | undefined {
  const given = process.env.MARGINALIA_VSIX;
  if (given) return path.resolve(given);
  const built = readdirSync(root).filter((file) => /^marginalia-.*\.vsix$/.test(file)).sort();
  return built.length > 0 ? path.join(root, built[built.length - 1]!) : undefined;
}

function entriesOf(archive: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(archive, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function entryText(archive: string, name: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(archive, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!name.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`no ${name} in ${archive}`)));
      zip.readEntry();
    });
  });
}

const vsix = findVsix();
const skip = vsix === undefined
  ? 'no vsix: set MARGINALIA_VSIX or run `npm run package` (or `npm run test:vsix`, which packages and then runs this test)'
  : false;

describe('the packaged extension', { skip }, () => {
  it('exists where it was looked for', () => {
    assert.ok(vsix && existsSync(vsix), `${vsix} exists`);
  });

  it('holds the manifest, the bundled client, the server, the paper and the README', async () => {
    const names = await entriesOf(vsix!);
    for (const required of [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/server/marginalia.dll',
      'extension/server/marginalia.deps.json',
      'extension/server/marginalia.runtimeconfig.json',
      'extension/server/Marginalia.Core.dll',
      'extension/seeds/000_bf09360ec50d0df5.txt',
    ]) {
      assert.ok(names.includes(required), `${required} is in the vsix`);
    }
    assert.ok(names.some((name) => /^extension\/readme\.md$/i.test(name)), 'the README is in the vsix');
    assert.ok(names.some((name) => /^extension\/license(\.txt|\.md)?$/i.test(name)), 'the LICENSE is in the vsix');
    assert.ok(names.some((name) => /^extension\/changelog\.md$/i.test(name)), 'the CHANGELOG is in the vsix');
    assert.ok(names.includes('extension/images/hover.png'), "the page's screenshot is in the vsix");
  });

  it("shows users the extension's page, not the developers' README", async () => {
    const page = await entryText(vsix!, /^extension\/readme\.md$/i);
    assert.match(page, /## Troubleshooting/);
    assert.match(page, /## Settings/);
    assert.doesNotMatch(page, /npm (ci|test)|dotnet test|BenchmarkDotNet/);
  });

  it('holds no sources, tests, build leftovers or node_modules', async () => {
    const names = await entriesOf(vsix!);
    const unwanted = names.filter((name) =>
      /\.(ts|cs|csproj|sln|map)$/.test(name) ||
      /(^|\/)(node_modules|tests?|obj|bin|bench|client|scripts)\//.test(name) ||
      /(^|\/)tsconfig\.json$/.test(name));
    assert.deepEqual(unwanted, []);
  });
});
