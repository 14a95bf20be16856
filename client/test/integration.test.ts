import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it, TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-jsonrpc/node';
import { firstTarget } from '../src/definition';
import { builtServer, LspSession, noServerReason, repositoryRoot, serverCommand } from './lspSession';

const METHOD_NOT_FOUND = -32601;
const reference = '[[soviet-withdrawal-1989]]';

/** A note to open: the first example note that cites the withdrawal, else one written for the test. */
function noteToOpen(): { folder: string; file: string; text: string } {
  const examples = path.join(repositoryRoot, 'examples', 'notes');
  if (existsSync(examples)) {
    const notes = readdirSync(examples).filter((file) => file.endsWith('.md')).sort();
    const citing = notes.find((file) => readFileSync(path.join(examples, file), 'utf8').includes(reference)) ?? notes[0];
    if (citing) return { folder: examples, file: path.join(examples, citing), text: readFileSync(path.join(examples, citing), 'utf8') };
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'marginalia-notes-'));
  const file = path.join(folder, 'withdrawal.md');
  const text = [
    '# The withdrawal',
    '',
    `The last Soviet soldier crossed the Friendship Bridge on Wednesday, 15 February 1989 ${reference}.`,
    'The meeting on 30 February 1989 never took place.',
    '',
  ].join('\n');
  writeFileSync(file, text);
  return { folder, file, text };
}

/** The 0-based position of the first character inside `needle`'s brackets. */
function positionOf(text: string, needle: string): { line: number; character: number } | undefined {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((candidate) => candidate.includes(needle));
  return line < 0 ? undefined : { line, character: lines[line]!.indexOf(needle) + 3 };
}

function skipIfNotImplemented(t: TestContext, method: string, error: unknown): boolean {
  if (error instanceof ResponseError && error.code === METHOD_NOT_FOUND) {
    t.skip(`the server does not implement ${method} yet (MethodNotFound)`);
    return true;
  }
  return false;
}

const server = builtServer();

describe('the server, started as the extension starts it', { skip: server ? false : noServerReason, timeout: 120_000 }, () => {
  let note: ReturnType<typeof noteToOpen>;
  let uri: string;
  let session: LspSession;

  before(async () => {
    note = noteToOpen();
    uri = pathToFileURL(note.file).href;
    session = LspSession.start(await serverCommand(server!, note.folder));
  });

  after(() => session?.dispose());

  it('answers initialize with its capabilities', async () => {
    const result = await session.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'marginalia-integration-test' },
      rootUri: pathToFileURL(note.folder).href,
      workspaceFolders: [{ uri: pathToFileURL(note.folder).href, name: path.basename(note.folder) }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          definition: { linkSupport: true },
        },
      },
    }, 60_000);
    assert.equal(typeof result.capabilities, 'object');
    await session.notify('initialized', {});
  });

  it('publishes diagnostics for an opened note', async () => {
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: note.text } });
    const diagnostics = await session.diagnosticsFor(uri);
    assert.ok(Array.isArray(diagnostics));
    for (const diagnostic of diagnostics) {
      assert.match(String(diagnostic.code), /^MRG00[1-8]$/, `a stable code on "${diagnostic.message}"`);
      assert.ok(diagnostic.message.length > 0);
    }
  });

  it(`shows a card when hovering ${reference}`, async (t) => {
    const position = positionOf(note.text, reference);
    if (!position) return t.skip(`the note ${note.file} has no ${reference}`);
    try {
      const hover = await session.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position });
      assert.ok(hover, 'a hover');
      assert.ok(JSON.stringify(hover.contents).length > 2, 'with contents');
    } catch (error) {
      if (!skipIfNotImplemented(t, 'textDocument/hover', error)) throw error;
    }
  });

  it(`goes from ${reference} to its passage in the paper`, async (t) => {
    const position = positionOf(note.text, reference);
    if (!position) return t.skip(`the note ${note.file} has no ${reference}`);
    try {
      const target = firstTarget(await session.request('textDocument/definition', { textDocument: { uri }, position }));
      assert.ok(target, 'a location');
      assert.match(target.uri, /\.txt/, 'in a paper');
    } catch (error) {
      if (!skipIfNotImplemented(t, 'textDocument/definition', error)) throw error;
    }
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await session.stop(), 0);
  });
});
