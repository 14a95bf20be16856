import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstTarget } from '../src/definition';

const paper = 'file:///ext/seeds/000_bf09360ec50d0df5.txt';
const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 40 } });

describe('the source passage of a definition answer', () => {
  it('is nothing when the server found nothing', () => {
    assert.equal(firstTarget(null), undefined);
    assert.equal(firstTarget([]), undefined);
  });

  it('is the location itself', () => {
    assert.deepEqual(firstTarget({ uri: paper, range: range(7) }), { uri: paper, range: range(7) });
  });

  it('is the first of several locations', () => {
    assert.deepEqual(firstTarget([{ uri: paper, range: range(7) }, { uri: paper, range: range(9) }]), { uri: paper, range: range(7) });
  });

  it('selects a link\'s selection range, not its whole target', () => {
    const link = { targetUri: paper, targetRange: range(3), targetSelectionRange: range(4) };
    assert.deepEqual(firstTarget([link]), { uri: paper, range: range(4) });
  });
});
