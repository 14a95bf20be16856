import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as yauzl from 'yauzl';

const root = path.resolve(__dirname, '..', '..');

const version: string = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

/** MARGINALIA_VSIX, else the universal marginalia-<version>.vsix at the repository root. */
function findVsix(): string | undefined {
  const given = process.env.MARGINALIA_VSIX;
  if (given) return path.resolve(given);
  const built = path.join(root, `marginalia-${version}.vsix`);
  return existsSync(built) ? built : undefined;
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
      'extension/dist/timeline.js',
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

/** Every file of the archive written under `folder`, with the permissions it was packed with. */
function extract(archive: string, folder: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(archive, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            const file = path.join(folder, entry.fileName);
            mkdirSync(path.dirname(file), { recursive: true });
            writeFileSync(file, Buffer.concat(chunks));
            const mode = (entry.externalFileAttributes >>> 16) & 0o777;
            if (mode) chmodSync(file, mode);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const platformVsix = path.join(root, `marginalia-linux-x64-${version}.vsix`);
const platformSkip = process.platform !== 'linux' || process.arch !== 'x64'
  ? 'the linux-x64 package is tested on linux-x64'
  : !existsSync(platformVsix) ? `no ${path.basename(platformVsix)}: run \`npm run package:linux-x64\`` : false;

describe('the linux-x64 package', { skip: platformSkip, timeout: 120_000 }, () => {
  it('declares its platform and carries a self-contained server that runs without .NET', async () => {
    const names = await entriesOf(platformVsix);
    assert.ok(names.includes('extension/server/marginalia'), 'the executable is in the vsix');
    assert.match(await entryText(platformVsix, /^extension\.vsixmanifest$/), /TargetPlatform="linux-x64"/);
    const folder = mkdtempSync(path.join(tmpdir(), 'marginalia-platform-'));
    try {
      await extract(platformVsix, folder);
      const server = path.join(folder, 'extension', 'server', 'marginalia');
      // No dotnet anywhere: an empty PATH and no DOTNET_ROOT.
      const run = spawnSync(server, ['check', path.join(root, 'examples', 'notes')], {
        cwd: root, encoding: 'utf8', timeout: 90_000, env: { PATH: '/nonexistent', HOME: folder },
      });
      assert.equal(run.status, 1, `the server ran (${run.status ?? run.signal}): ${run.error?.message ?? ''} ${run.stderr}`);
      assert.match(run.stdout, /MRG002/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
