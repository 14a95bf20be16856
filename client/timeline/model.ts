// The timeline's data as `marginalia/timeline` returns it (and `marginalia timeline` embeds it), and what the view
// draws of it: lanes and items. No DOM here, so it is tested in Node (client/test/timelineModel.test.ts).

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Location { uri: string; range: Range }
export interface Interval { start: string; end: string; precision: string; text: string }
export interface TimelineEvent { id: string; title: string; date: Interval; actors: string[]; paper: string; passage: Location; cited: boolean; section?: string }
export interface TimelineActor { id: string; name: string }
export type Verdict = 'agrees' | 'disagrees' | 'unsure';
export interface TimelineClaim { note: string; range: Range; event: string; written: string; verdict: Verdict; date?: Interval; code?: string }
export interface TimelineData { events: TimelineEvent[]; actors: TimelineActor[]; claims: TimelineClaim[] }

export type LaneMode = 'section' | 'actor';
export interface Filters { actor: string; paper: string; note: string }
export const everything = '*';
export const noNotes = '-';

export interface Lane { id: string; content: string; order: number }

/** A drawn thing: an event, a claim, or the line joining a disagreeing claim to the paper's date. */
export interface Item {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range' | 'box';
  className: string;
  content: string;
  kind: 'event' | 'claim' | 'link';
  /** The index in data.events or data.claims. */
  index: number;
}

/** Day-precise dates are points; spans too vague to place (decades, centuries, eras) are faded bands; the rest bars. */
export function shapeOf(precision: string): 'point' | 'bar' | 'band' {
  if (precision === 'day') return 'point';
  if (precision === 'decade' || precision === 'century' || precision === 'era') return 'band';
  return 'bar';
}

/** A yyyy-MM-dd day as a local midnight (the axis is in local time). */
export function day(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(2000, 0, 1);
  date.setFullYear(y!, m! - 1, d!);
  return date;
}

/** The day after, at midnight: the exclusive end of an inclusive interval. */
export function dayAfter(iso: string): Date {
  const date = day(iso);
  date.setDate(date.getDate() + 1);
  return date;
}

export function middle(interval: Interval): Date {
  const start = day(interval.start).getTime();
  const end = dayAfter(interval.end).getTime();
  return interval.start === interval.end ? new Date(start) : new Date(start + (end - start) / 2);
}

export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

const noSection = '(no section)';
const noActor = '(no actor)';

function laneOf(event: TimelineEvent, mode: LaneMode): string {
  return mode === 'section' ? event.section ?? noSection : event.actors[0] ?? noActor;
}

/** The lanes and items to draw for these filters. */
export function layout(data: TimelineData, mode: LaneMode, filters: Filters): { lanes: Lane[]; items: Item[] } {
  const names = new Map(data.actors.map((actor) => [actor.id, actor.name]));
  const eventsById = new Map(data.events.map((event, index) => [event.id, { event, index }]));
  const keep = (event: TimelineEvent) =>
    (filters.actor === everything || event.actors.includes(filters.actor)) && (filters.paper === everything || event.paper === filters.paper);
  const items: Item[] = [];
  const laneIds: string[] = [];
  const use = (lane: string) => {
    if (!laneIds.includes(lane)) laneIds.push(lane);
    return lane;
  };
  data.events.forEach((event, index) => {
    if (!keep(event)) return;
    const shape = shapeOf(event.date.precision);
    items.push({
      id: `e${index}`,
      group: use(laneOf(event, mode)),
      start: day(event.date.start),
      end: shape === 'point' ? undefined : dayAfter(event.date.end),
      type: shape === 'point' ? 'point' : 'range',
      className: `tl-event tl-${shape} tl-event-${index}`,
      content: event.title,
      kind: 'event',
      index,
    });
  });
  if (filters.note !== noNotes) {
    data.claims.forEach((claim, index) => {
      const about = eventsById.get(claim.event);
      if (!about || !claim.date || !keep(about.event)) return;
      if (filters.note !== everything && claim.note !== filters.note) return;
      const group = use(laneOf(about.event, mode));
      const at = middle(claim.date);
      items.push({
        id: `c${index}`, group, start: at, type: 'point', className: `tl-claim tl-${claim.verdict} tl-claim-${index}`,
        content: claim.verdict === 'disagrees' ? claim.written : '', kind: 'claim', index,
      });
      if (claim.verdict !== 'disagrees') return;
      const paper = middle(about.event.date);
      const [from, to] = at < paper ? [at, paper] : [paper, at];
      items.push({ id: `l${index}`, group, start: from, end: to, type: 'range', className: 'tl-link', content: '', kind: 'link', index });
    });
  }
  // Sections in the paper's order (the first passage of each), actors by name.
  const firstLine = new Map<string, number>();
  for (const event of data.events) {
    const lane = laneOf(event, 'section');
    const line = event.passage.range.start.line;
    if (!firstLine.has(lane) || line < firstLine.get(lane)!) firstLine.set(lane, line);
  }
  const order = mode === 'section'
    ? [...laneIds].sort((a, b) => (firstLine.get(a) ?? 0) - (firstLine.get(b) ?? 0))
    : [...laneIds].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b));
  // A section's lane says how many of its events the notes cite, the count `marginalia coverage` and the paper's code lens give.
  const coverage = new Map<string, { events: number; cited: number }>();
  for (const event of data.events) {
    const lane = laneOf(event, 'section');
    const counted = coverage.get(lane) ?? { events: 0, cited: 0 };
    coverage.set(lane, { events: counted.events + 1, cited: counted.cited + (event.cited ? 1 : 0) });
  }
  const label = (id: string) => {
    if (mode === 'actor') return names.get(id) ?? id;
    const counted = coverage.get(id)!;
    return `${id} — ${counted.cited} of ${counted.events} cited`;
  };
  const lanes = order.map((id, i) => ({ id, content: label(id), order: i }));
  return { lanes, items };
}

/** The lines of a mark's card, plain text. */
export function card(data: TimelineData, item: Pick<Item, 'kind' | 'index'>): string[] {
  const names = new Map(data.actors.map((actor) => [actor.id, actor.name]));
  if (item.kind === 'event') {
    const event = data.events[item.index]!;
    return [
      event.title,
      `${event.date.text} (${event.date.precision})`,
      ...(event.actors.length > 0 ? [event.actors.map((id) => names.get(id) ?? id).join(', ')] : []),
      `${event.id} · ${event.paper}:${event.passage.range.start.line + 1}${event.section ? ` · ${event.section}` : ''}`,
    ];
  }
  const claim = data.claims[item.index]!;
  const event = data.events.find((candidate) => candidate.id === claim.event);
  const verdict = claim.verdict === 'disagrees'
    ? `disagrees with the paper (${claim.code ?? ''})`
    : claim.verdict === 'agrees' ? 'agrees with the paper' : 'may disagree (not reported)';
  return [
    `"${claim.written}" in ${fileName(claim.note)}:${claim.range.start.line + 1}`,
    `about ${event?.title ?? claim.event}${event ? `, which the paper dates to ${event.date.text}` : ''}`,
    verdict,
  ];
}

/** Where a click on a mark goes: the passage in the paper, or the claim's line in the note. */
export function target(data: TimelineData, item: Pick<Item, 'kind' | 'index'>): Location {
  if (item.kind === 'event') return data.events[item.index]!.passage;
  const claim = data.claims[item.index]!;
  return { uri: claim.note, range: claim.range };
}

/** Dated to a year or finer: what the opening window spans. */
function placed(precision: string): boolean {
  return ['day', 'partOfMonth', 'month', 'partOfYear', 'year'].includes(precision);
}

/**
 * The window the view opens on: the years of the events and claims dated to a year or finer, leaving out long ranges
 * and vague spans (the Cold War, 1947–1991), which would stretch the axis over decades the paper only mentions.
 */
export function openingWindow(data: TimelineData): { start: Date; end: Date } | undefined {
  const dates = [
    ...data.events.filter((event) => placed(event.date.precision)).map((event) => event.date),
    ...data.claims.flatMap((claim) => (claim.date && placed(claim.date.precision) ? [claim.date] : [])),
  ];
  if (dates.length === 0) return undefined;
  const start = dates.reduce((min, date) => (date.start < min ? date.start : min), dates[0]!.start);
  const end = dates.reduce((max, date) => (date.end > max ? date.end : max), dates[0]!.end);
  const from = day(`${start.slice(0, 4)}-01-01`);
  const to = day(`${Number(end.slice(0, 4)) + 1}-01-01`);
  return { start: from, end: to };
}
