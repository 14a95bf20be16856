// What the timeline view draws of `marginalia/timeline`'s data: shapes by precision, lanes, claims and their links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layout, openingWindow, shapeOf, TimelineData } from '../timeline/model';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
const data: TimelineData = {
  events: [
    { id: 'cold-war', title: 'The Cold War', date: { start: '1947-01-01', end: '1991-12-31', precision: 'era', text: 'the Cold War' }, actors: [], paper: 'p.txt', passage: { uri: 'file:///p.txt', range: at(3) }, cited: false, section: 'Introduction' },
    { id: 'withdrawal', title: 'Withdrawal', date: { start: '1989-02-15', end: '1989-02-15', precision: 'day', text: '15 February 1989' }, actors: ['ussr'], paper: 'p.txt', passage: { uri: 'file:///p.txt', range: at(20) }, cited: true, section: 'Overview' },
    { id: 'talks', title: 'Talks', date: { start: '2018-01-01', end: '2018-12-31', precision: 'year', text: '2018' }, actors: ['russia', 'ussr'], paper: 'p.txt', passage: { uri: 'file:///p.txt', range: at(10) }, cited: true, section: 'Introduction' },
  ],
  actors: [{ id: 'russia', name: 'Russia' }, { id: 'ussr', name: 'Soviet Union' }],
  claims: [
    { note: 'file:///n/a.md', range: at(1), event: 'withdrawal', written: '15 February 1989', verdict: 'agrees', date: { start: '1989-02-15', end: '1989-02-15', precision: 'day', text: '15 February 1989' } },
    { note: 'file:///n/b.md', range: at(2), event: 'talks', written: '2019', verdict: 'disagrees', code: 'MRG002', date: { start: '2019-01-01', end: '2019-12-31', precision: 'year', text: '2019' } },
  ],
};

const all = { actor: '*', paper: '*', note: '*' };
const drawn = (items: ReturnType<typeof layout>['items']) => items.map((item) => `${item.id} ${item.group} ${item.type} ${item.className}`);

describe('the timeline layout', () => {
  it('draws a day as a point, a year as a bar and an era as a faded band', () => {
    assert.deepEqual(['day', 'partOfMonth', 'month', 'year', 'range', 'decade', 'century', 'era'].map(shapeOf),
      ['point', 'bar', 'bar', 'bar', 'bar', 'band', 'band', 'band']);
  });

  it('puts events in lanes by section, in the paper\'s order, claims in their event\'s lane, a disagreeing one joined to the paper\'s date', () => {
    const { lanes, items } = layout(data, 'section', all);
    assert.deepEqual(lanes.map((lane) => lane.id), ['Introduction', 'Overview']);
    assert.deepEqual(lanes.map((lane) => lane.content), ['Introduction — 1 of 2 cited', 'Overview — 1 of 1 cited']);
    assert.deepEqual(drawn(items), [
      'e0 Introduction range tl-event tl-band tl-event-0',
      'e1 Overview point tl-event tl-point tl-event-1',
      'e2 Introduction range tl-event tl-bar tl-event-2',
      'c0 Overview point tl-claim tl-agrees tl-claim-0',
      'c1 Introduction point tl-claim tl-disagrees tl-claim-1',
      'l1 Introduction range tl-link',
    ]);
  });

  it('puts events in lanes by their first actor, by name, and filters by actor and note', () => {
    const { lanes, items } = layout(data, 'actor', { actor: 'ussr', paper: '*', note: 'file:///n/a.md' });
    assert.deepEqual(lanes.map((lane) => lane.content), ['Russia', 'Soviet Union']);
    assert.deepEqual(drawn(items), [
      'e1 ussr point tl-event tl-point tl-event-1',
      'e2 russia range tl-event tl-bar tl-event-2',
      'c0 ussr point tl-claim tl-agrees tl-claim-0',
    ]);
    assert.deepEqual(drawn(layout(data, 'actor', { ...all, note: '-' }).items).filter((item) => item.startsWith('c')), []);
  });

  it('filters by paper: another paper\'s events and the claims about them go', () => {
    const two: TimelineData = { ...data, events: data.events.map((event) => (event.id === 'talks' ? { ...event, paper: 'q.txt' } : event)) };
    assert.deepEqual(drawn(layout(two, 'section', { ...all, paper: 'q.txt' }).items), [
      'e2 Introduction range tl-event tl-bar tl-event-2',
      'c1 Introduction point tl-claim tl-disagrees tl-claim-1',
      'l1 Introduction range tl-link',
    ]);
  });

  it('opens on the years of what is dated to a year or finer, not on the Cold War', () => {
    const window = openingWindow(data)!;
    assert.deepEqual([window.start.getFullYear(), window.end.getFullYear()], [1989, 2020]);
  });
});
