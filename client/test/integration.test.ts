// The built server end to end over stdio, started as the extension starts it: the repository as the
// workspace (its papers are in seeds/), an example note opened, and every feature the client relies on.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { firstTarget } from '../src/definition';
import { builtServer, LspSession, noServerReason, repositoryRoot, serverCommand } from './lspSession';

const workspace = repositoryRoot;
const notePath = path.join(repositoryRoot, 'examples', 'notes', '01-withdrawal-and-aftermath.md');
const paperName = '000_bf09360ec50d0df5.txt';
const citation = '[@soviet-withdrawal-1989]';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}

/** The 0-based position of the first character of the key inside `citation` (after `[@` or `[[`). */
function positionOf(text: string, needle: string): Position {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((candidate) => candidate.includes(needle));
  assert.ok(line >= 0, `the note has ${needle}`);
  return { line, character: lines[line]!.indexOf(needle) + 2 };
}

/** The text a range covers, with LSP's positions (UTF-16 code units within a line). */
function textIn(text: string, range: Range): string {
  const lines = text.split(/\r?\n/);
  if (range.start.line === range.end.line) return lines[range.start.line]?.slice(range.start.character, range.end.character) ?? '';
  return [
    lines[range.start.line]?.slice(range.start.character) ?? '',
    ...lines.slice(range.start.line + 1, range.end.line),
    lines[range.end.line]?.slice(0, range.end.character) ?? '',
  ].join('\n');
}

/** A hover's contents as one string, whichever of the protocol's shapes it takes. */
function hoverText(contents: unknown): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  if (contents && typeof contents === 'object' && 'value' in contents) return String((contents as { value: unknown }).value);
  return JSON.stringify(contents);
}

const server = builtServer();
const skip = !server ? noServerReason : !existsSync(notePath) ? `the example note ${notePath} is missing` : false;

describe('the server, started as the extension starts it', { skip, timeout: 120_000 }, () => {
  const uri = pathToFileURL(notePath).href;
  let text: string;
  let session: LspSession;

  before(async () => {
    text = readFileSync(notePath, 'utf8');
    session = LspSession.start(await serverCommand(server!, workspace));
  });

  after(() => session?.dispose());

  it('answers initialize with its capabilities', async () => {
    const result = await session.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'marginalia-integration-test' },
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: path.basename(workspace) }],
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
    assert.ok(result.capabilities.hoverProvider, 'hover is advertised');
    assert.ok(result.capabilities.definitionProvider, 'definition is advertised');
    await session.notify('initialized', {});
  });

  it('publishes the note\'s findings when it is opened', async () => {
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const diagnostics = await session.diagnosticsFor(uri);
    for (const diagnostic of diagnostics) {
      assert.match(String(diagnostic.code), /^MRG00[1-8]$/, `a stable code on "${diagnostic.message}"`);
      assert.ok(diagnostic.message.length > 0);
    }
    const summary = diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n');
    const najibullah = positionOf(text, '[[najibullah-resigns-1992]]').line;
    assert.ok(
      diagnostics.some((d) => d.code === 'MRG002' && (d.message.includes('najibullah-resigns-1992') || d.range.start.line === najibullah)),
      `an MRG002 about najibullah-resigns-1992 among:\n${summary}`,
    );
    assert.ok(diagnostics.some((d) => d.code === 'MRG005'), `an MRG005 (Monday, 15 February 1989) among:\n${summary}`);
  });

  it(`shows the event's card when hovering ${citation}`, async () => {
    const hover = await session.request<{ contents: unknown } | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(text, citation),
    });
    assert.ok(hover, 'a hover');
    assert.match(hoverText(hover.contents), /15 February 1989/);
  });

  it(`goes from ${citation} to its passage in the paper`, async () => {
    const target = firstTarget(await session.request('textDocument/definition', { textDocument: { uri }, position: positionOf(text, citation) }));
    assert.ok(target, 'a location');
    assert.match(target.uri, /^file:/);
    const paper = fileURLToPath(target.uri);
    assert.equal(path.basename(paper), paperName);
    assert.ok(existsSync(paper), `${paper} exists`);
    const passage = textIn(readFileSync(paper, 'utf8'), target.range);
    assert.match(passage, /1989/, `the passage ${JSON.stringify(passage)} gives the year`);
  });

  it('checks the whole workspace on marginalia/checkWorkspace', async () => {
    const result = await session.request<{ notes: number; findings: number }>('marginalia/checkWorkspace', null, 60_000);
    assert.ok(result.notes >= 4, `checked ${result.notes} notes, expected the 4 examples at least`);
    assert.ok(result.findings >= 2, `published ${result.findings} findings`);
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await session.stop(), 0);
  });
});
