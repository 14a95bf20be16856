import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeLaunch, describeStatus } from '../src/status';

describe('the status bar', () => {
  it('shows the papers when the server is ready', () => {
    const view = describeStatus({ state: 'ready', papers: ['000_bf09360ec50d0df5.txt'], notes: 12 });
    assert.equal(view.text, '$(book) Marginalia: 1 paper');
    assert.equal(view.tooltip, 'Marginalia server: ready\nPapers: 000_bf09360ec50d0df5.txt\nNotes: 12 notes\nClick to show the output.');
    assert.equal(view.isError, false);
  });

  it('shows the state while indexing', () => {
    assert.equal(describeStatus({ state: 'indexing', papers: [], notes: 0 }).text, '$(sync~spin) Marginalia: indexing');
  });

  it('shows an error with its message', () => {
    const view = describeStatus({ state: 'error', papers: [], notes: 1, message: 'seeds/x.knowledge.yaml: line 3: unknown actor' });
    assert.equal(view.isError, true);
    assert.match(view.tooltip, /Papers: none loaded\nNotes: 1 note\nseeds\/x\.knowledge\.yaml: line 3: unknown actor/);
  });

  it('says why the server is not running', () => {
    const view = describeLaunch('failed', 'no dotnet was found on PATH');
    assert.equal(view.text, '$(error) Marginalia: not running');
    assert.match(view.tooltip, /no dotnet was found on PATH/);
  });
});
