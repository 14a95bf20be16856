// Neovim as a second client: proves the server works without VS Code, through `vim.lsp.start`.
// Runs only where `nvim` 0.10 or newer is on PATH (Debian's is older: install one by hand to run it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { builtServer, defaultSettings, noServerReason, serverCommand } from './lspSession';

/** Neovim's version as [major, minor], or undefined when there is no nvim on PATH. */
function neovimVersion(): [number, number] | undefined {
  const run = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const match = /NVIM v(\d+)\.(\d+)/.exec(run.stdout ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

const init = `
local result = { published = false }
local ok, err = pcall(function()
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
    result.published = true
    result.diagnostics = params.diagnostics
    return publish(e, params, ctx, config)
  end
  vim.cmd.edit(vim.fn.fnameescape(os.getenv('MARGINALIA_NOTE')))
  local id = vim.lsp.start({
    name = 'marginalia',
    cmd = vim.json.decode(os.getenv('MARGINALIA_CMD')),
    cmd_cwd = os.getenv('MARGINALIA_ROOT'),
    root_dir = os.getenv('MARGINALIA_ROOT'),
    settings = vim.json.decode(os.getenv('MARGINALIA_SETTINGS')),
  })
  result.started = id ~= nil
  result.initialized = vim.wait(60000, function()
    local client = vim.lsp.get_client_by_id(id)
    return client ~= nil and client.initialized == true
  end, 100)
  vim.wait(60000, function() return result.published end, 100)
end)
if not ok then result.error = tostring(err) end
local file = io.open(os.getenv('MARGINALIA_OUT'), 'w')
file:write(vim.json.encode(result))
file:close()
vim.cmd('qa!')
`;

const version = neovimVersion();
const server = builtServer();
const skip = !version
  ? 'no nvim on PATH: the Neovim smoke test needs Neovim 0.10 or newer'
  : version[0] === 0 && version[1] < 10
    ? `nvim ${version.join('.')} is on PATH, but the Neovim smoke test needs 0.10 or newer`
    : !server
      ? noServerReason
      : false;

describe('Neovim', { skip, timeout: 180_000 }, () => {
  it('starts the server with vim.lsp.start and shows its diagnostics', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'marginalia-nvim-'));
    const note = path.join(folder, 'withdrawal.md');
    writeFileSync(note, '# The withdrawal\n\nThe meeting on 30 February 1989 [[soviet-withdrawal-1989]] never took place.\n');
    writeFileSync(path.join(folder, 'init.lua'), init);
    const command = await serverCommand(server!, folder);
    const out = path.join(folder, 'result.json');

    const run = spawnSync('nvim', ['--headless', '--clean', '-u', path.join(folder, 'init.lua')], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 150_000,
      env: {
        ...process.env,
        MARGINALIA_NOTE: note,
        MARGINALIA_ROOT: folder,
        MARGINALIA_CMD: JSON.stringify([command.command, ...command.args]),
        MARGINALIA_SETTINGS: JSON.stringify(defaultSettings()),
        MARGINALIA_OUT: out,
      },
    });
    const result = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(result.error, undefined, `init.lua failed: ${result.error}\n${run.stderr}`);
    assert.equal(result.started, true, 'vim.lsp.start returned a client');
    assert.equal(result.initialized, true, 'the client initialized');
    assert.equal(result.published, true, 'the server published diagnostics');
    // vim.json encodes an empty list as {}.
    const diagnostics: Array<{ code?: unknown }> = Array.isArray(result.diagnostics) ? result.diagnostics : [];
    for (const diagnostic of diagnostics) assert.match(String(diagnostic.code), /^MRG00[1-8]$/);
  });
});
