// Builds a platform package (self-contained server) for every vsce target whose .NET runtime pack the NuGet
// feed serves, and says which it could not build. Run `npm run build` first (`npm run package:platforms` does).
//
//   node scripts/package-platforms.mjs [target...]
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const all = ['linux-x64', 'linux-arm64', 'linux-armhf', 'alpine-x64', 'alpine-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64'];
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;

/** The first restore or build error (NU1101: the feed has no runtime pack for it, say), without the path prefix. */
function reason(output) {
  const line = output.split('\n').find((candidate) => /error [A-Z]+\d+/.test(candidate));
  return line?.replace(/^.*?(error [A-Z]+\d+)/, '$1').replace(/\s*\[[^\]]*\]\s*$/, '').trim();
}

const built = [];
const failed = [];
for (const target of targets) {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'package-vsix.mjs'), '--target', target], { cwd: root, encoding: 'utf8', timeout: 600_000 });
  if (run.status === 0) built.push(target);
  else failed.push(`${target}: ${reason(`${run.stdout}\n${run.stderr}`) ?? `exit ${run.status ?? run.signal}`}`);
  console.log(`${target}: ${run.status === 0 ? 'built' : 'not built'}`);
}
console.log(`package-platforms: built ${built.length} of ${targets.length}${built.length ? ` (${built.join(', ')})` : ''}`);
for (const line of failed) console.log(`  not built — ${line}`);
process.exit(built.length > 0 ? 0 : 1);
