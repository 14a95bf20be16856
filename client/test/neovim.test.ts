// Neovim as a second client: proves the server works without VS Code. Uses only the LSP API that
// Neovim 0.7 already has (vim.lsp.start_client, buf_attach_client, buf_request_sync), so Debian's
// packaged nvim (0.7.2) runs it. Skipped when there is no nvim on PATH or no built server.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { builtServer, defaultSettings, noServerReason, repositoryRoot, serverCommand } from './lspSession';

const MINIMUM: [number, number] = [0, 7];
const note = path.join(repositoryRoot, 'examples', 'notes', '01-withdrawal-and-aftermath.md');
const key = 'soviet-withdrawal-1989';

/** Neovim's version as [major, minor]; undefined when there is no nvim on PATH. */
function neovimVersion(): [number, number] | undefined {
  const run = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const match = /NVIM v(\d+)\.(\d+)/.exec(run.stdout ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

// Everything runs inside pcall and the result is always written, so a failure shows up as a message
// in the test, never as an nvim that hangs. Parameters come in through the environment.
const script = String.raw`
local env = os.getenv
local result = { started = false, initialized = false }
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env('MARGINALIA_NOTE')))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'

  local initialized = false
  local id = vim.lsp.start_client({
    name = 'marginalia',
    cmd = vim.json.decode(env('MARGINALIA_CMD')),
    cmd_cwd = env('MARGINALIA_ROOT'),
    root_dir = env('MARGINALIA_ROOT'),
    workspace_folders = { { uri = vim.uri_from_fname(env('MARGINALIA_ROOT')), name = 'marginalia' } },
    settings = vim.json.decode(env('MARGINALIA_SETTINGS')),
    on_init = function() initialized = true end,
  })
  result.started = id ~= nil
  if not id then error('vim.lsp.start_client returned nil') end
  vim.lsp.buf_attach_client(buf, id)
  result.initialized = vim.wait(60000, function() return initialized end, 50)
  if not result.initialized then error('the client did not initialize within 60 s') end

  -- The position of the key inside its first citation: LSP lines and characters are 0-based.
  local position
  for number, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local column = line:find(env('MARGINALIA_KEY'), 1, true)
    if column then position = { line = number - 1, character = column - 1 } break end
  end
  if not position then error('the note does not mention ' .. env('MARGINALIA_KEY')) end
  result.position = position

  local answers, problem = vim.lsp.buf_request_sync(buf, 'textDocument/hover',
    { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }, 30000)
  if not answers then error('textDocument/hover: ' .. tostring(problem)) end
  local answer = answers[id]
  if not answer then error('no hover answer from the marginalia client') end
  if answer.err then error('textDocument/hover failed: ' .. vim.inspect(answer.err)) end
  local contents = answer.result and answer.result.contents
  if type(contents) == 'table' then contents = contents.value or vim.inspect(contents) end
  result.hover = contents or ''

  vim.lsp.stop_client(id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
end)
if not ok then result.error = tostring(err) end
local file = io.open(env('MARGINALIA_OUT'), 'w')
file:write(vim.json.encode(result))
file:close()
vim.cmd('qa!')
`;

const version = neovimVersion();
const server = builtServer();
const skip = !version
  ? 'no nvim on PATH: install Neovim 0.7 or newer (Debian: apt-get install neovim) to run the Neovim smoke test'
  : version[0] === MINIMUM[0] && version[1] < MINIMUM[1]
    ? `nvim ${version.join('.')} is on PATH, but the Neovim smoke test needs ${MINIMUM.join('.')} or newer`
    : !server
      ? noServerReason
      : !existsSync(note)
        ? `the example note ${note} is missing`
        : false;

describe('Neovim', { skip, timeout: 180_000 }, () => {
  it(`starts the server with its built-in LSP client and hovers ${key}`, async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'marginalia-nvim-'));
    try {
      const scriptFile = path.join(folder, 'smoke.lua');
      const out = path.join(folder, 'result.json');
      writeFileSync(scriptFile, script);
      const command = await serverCommand(server!, repositoryRoot);

      const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${scriptFile}`], {
        cwd: repositoryRoot,
        encoding: 'utf8',
        timeout: 150_000,
        env: {
          ...process.env,
          ...command.options.env,
          MARGINALIA_NOTE: note,
          MARGINALIA_ROOT: repositoryRoot,
          MARGINALIA_KEY: key,
          MARGINALIA_CMD: JSON.stringify([command.command, ...command.args]),
          MARGINALIA_SETTINGS: JSON.stringify(defaultSettings()),
          MARGINALIA_OUT: out,
        },
      });
      const output = `nvim exited with ${run.status ?? run.signal}${run.error ? ` (${run.error.message})` : ''}\n${run.stdout}\n${run.stderr}`;
      assert.ok(existsSync(out), `the Lua script wrote no result: ${output}`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as { error?: string; started: boolean; initialized: boolean; hover?: string };
      assert.equal(result.error, undefined, `the Lua script failed: ${result.error}\n${output}`);
      assert.equal(result.started, true, 'vim.lsp.start_client returned a client');
      assert.equal(result.initialized, true, 'the client initialized');
      assert.match(result.hover ?? '', /15 February 1989/, `the hover card: ${result.hover}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** The README's Neovim block marked `neovim-0.7`, exactly as a user would paste it into init.lua. */
function readmeSnippet(): string {
  const readme = readFileSync(path.join(repositoryRoot, 'client', 'README.md'), 'utf8');
  const match = /<!-- neovim-0\.7:[^\n]*-->\n```lua\n([\s\S]*?)```/.exec(readme);
  if (!match) throw new Error('client/README.md has no block marked <!-- neovim-0.7: … -->');
  return match[1]!;
}

// After the snippet: open the note, wait for the server's diagnostics, write what Neovim shows.
const afterSnippet = String.raw`
local result = {}
local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  if vim.bo[buf].filetype ~= 'markdown' then vim.bo[buf].filetype = 'markdown' end
  result.attached = vim.wait(60000, function() return next(vim.lsp.buf_get_clients(buf)) ~= nil end, 50)
  result.diagnosed = vim.wait(90000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
  result.messages = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(result.messages, d.message) end
end)
if not ok then result.error = tostring(err) end
local file = io.open(os.getenv('MARGINALIA_OUT'), 'w')
file:write(vim.json.encode(result))
file:close()
vim.cmd('qa!')
`;

describe("Neovim, with the README's snippet as written", { skip, timeout: 240_000 }, () => {
  it("shows the note's findings through a `marginalia` on PATH", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'marginalia-nvim-readme-'));
    try {
      // `marginalia` on PATH, as `dotnet tool install` would put it: a shim that runs the built server.
      const bin = path.join(folder, 'bin');
      mkdirSync(bin);
      const command = await serverCommand(server!, repositoryRoot);
      const shim = path.join(bin, 'marginalia');
      writeFileSync(shim, `#!/bin/sh\nexec ${[command.command, ...command.args.filter((a) => a !== 'serve')].map((a) => `'${a}'`).join(' ')} "$@"\n`);
      chmodSync(shim, 0o755);
      const init = path.join(folder, 'init.lua');
      writeFileSync(init, readmeSnippet());
      const after = path.join(folder, 'after.lua');
      writeFileSync(after, afterSnippet);
      const out = path.join(folder, 'result.json');

      const run = spawnSync('nvim', ['--headless', '-u', init, '-c', `luafile ${after}`, note], {
        cwd: repositoryRoot,
        encoding: 'utf8',
        timeout: 200_000,
        env: { ...process.env, ...command.options.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, MARGINALIA_OUT: out },
      });
      const output = `nvim exited with ${run.status ?? run.signal}\n${run.stdout}\n${run.stderr}`;
      assert.ok(existsSync(out), `nvim wrote no result: ${output}`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as { error?: string; attached?: boolean; diagnosed?: boolean; messages?: string[] };
      assert.equal(result.error, undefined, `the snippet failed: ${result.error}\n${output}`);
      assert.equal(result.attached, true, 'the snippet attached a client to the note');
      assert.ok((result.messages ?? []).some((m) => m.includes('was a Wednesday, not a Monday')), `the findings Neovim shows: ${JSON.stringify(result.messages)}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
