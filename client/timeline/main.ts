// The timeline view: the same bundle (dist/timeline.js) draws the VS Code webview and the page `marginalia timeline`
// writes. In the webview the data comes by postMessage and a click asks the extension to open the place; in the page
// the data is inlined and a click shows where the place is.
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import viewCss from './view.css';
import { card, everything, fileName, Filters, Item, LaneMode, layout, noNotes, openingWindow, target, TimelineData, Location } from './model';

interface VsCodeApi { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

/** What the view posts to the extension. */
export type ViewMessage = { type: 'ready' } | { type: 'open'; location: Location };

const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const created = Object.assign(document.createElement(tag), properties);
  created.append(...children);
  return created;
}

function option(value: string, label: string): HTMLOptionElement {
  return element('option', { value, textContent: label });
}

class View {
  private data: TimelineData = { events: [], actors: [], claims: [] };
  private mode: LaneMode = 'section';
  private filters: Filters = { actor: everything, paper: everything, note: everything };
  private readonly lanes = new DataSet<{ id: string; content: string; order: number }>();
  private readonly items = new DataSet<Item>();
  private readonly timeline: Timeline;
  private readonly cardBox = element('div', { id: 'tl-card', hidden: true, role: 'tooltip' });
  private readonly summary = element('span', { className: 'tl-summary', id: 'tl-summary' });
  private readonly actorFilter = element('select', { id: 'tl-actor' });
  private readonly paperFilter = element('select', { id: 'tl-paper' });
  private readonly noteFilter = element('select', { id: 'tl-note' });
  private readonly laneChoice = element('select', { id: 'tl-lanes' });
  private fitted = false;

  constructor(root: HTMLElement) {
    this.laneChoice.append(option('section', 'section'), option('actor', 'actor'));
    const axis = element('div', { id: 'tl-axis', tabIndex: 0 });
    axis.setAttribute('role', 'application');
    axis.setAttribute('aria-label', 'Timeline: arrow keys move between marks, Enter opens one, + and - zoom, 0 shows everything');
    const controls = element('div', { className: 'tl-controls' },
      element('label', {}, 'Lanes by', this.laneChoice),
      element('label', {}, 'Actor', this.actorFilter),
      element('label', {}, 'Paper', this.paperFilter),
      element('label', {}, 'Notes', this.noteFilter),
      element('button', { id: 'tl-fit', textContent: 'Show all', onclick: () => this.showAll() }),
      element('span', { className: 'tl-legend' },
        element('span', { className: 'tl-l-agrees', textContent: 'agrees' }),
        element('span', { className: 'tl-l-disagrees', textContent: 'disagrees' }),
        element('span', { className: 'tl-l-unsure', textContent: 'unsure' })),
      this.summary);
    root.append(controls, axis, this.cardBox);
    this.laneChoice.onchange = () => { this.mode = this.laneChoice.value as LaneMode; this.draw(); };
    this.actorFilter.onchange = () => { this.filters.actor = this.actorFilter.value; this.draw(); };
    this.paperFilter.onchange = () => { this.filters.paper = this.paperFilter.value; this.draw(); };
    this.noteFilter.onchange = () => { this.filters.note = this.noteFilter.value; this.draw(); };

    this.timeline = new Timeline(axis, this.items as never, this.lanes as never, {
      zoomMin: 3 * 24 * 3600 * 1000,
      zoomMax: 200 * 365 * 24 * 3600 * 1000,
      stack: true,
      selectable: true,
      showTooltips: false,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 2, vertical: 4 } },
      groupOrder: 'order',
      xss: { disabled: false },
    });
    this.timeline.on('itemover', (properties: { item: string; event: MouseEvent }) => this.showCard(properties.item, properties.event));
    this.timeline.on('itemout', () => this.hideCard());
    this.timeline.on('click', (properties: { item: string | null }) => {
      if (properties.item) this.open(properties.item);
    });
    axis.addEventListener('keydown', (event) => this.key(event));
    // The shown span, for whoever reads the page (and its tests): yyyy-mm-dd/yyyy-mm-dd.
    this.timeline.on('rangechanged', (range: { start: Date; end: Date }) => {
      axis.dataset.window = `${iso(range.start)}/${iso(range.end)}`;
    });
  }

  setData(data: TimelineData): void {
    this.data = data;
    this.hideCard(); // it may describe a claim as it was
    const papers = [...new Set(data.events.map((event) => event.paper))].sort();
    const notes = [...new Set(data.claims.map((claim) => claim.note))].sort();
    const taking = new Set(data.events.flatMap((event) => event.actors));
    const actors = data.actors.filter((actor) => taking.has(actor.id));
    refill(this.actorFilter, [option(everything, 'all'), ...actors.map((actor) => option(actor.id, actor.name))], this.filters.actor);
    refill(this.paperFilter, [option(everything, 'all'), ...papers.map((paper) => option(paper, paper))], this.filters.paper);
    refill(this.noteFilter, [option(everything, 'all'), option(noNotes, 'none'), ...notes.map((note) => option(note, fileName(note)))], this.filters.note);
    this.filters = { actor: this.actorFilter.value, paper: this.paperFilter.value, note: this.noteFilter.value };
    this.draw();
  }

  private draw(): void {
    const { lanes, items } = layout(this.data, this.mode, this.filters);
    this.items.clear();
    this.lanes.clear();
    this.lanes.add(lanes);
    // Given a start and an end before its first items, vis-timeline does not fit itself to every item (the Cold War too).
    if (!this.fitted) {
      const window = openingWindow(this.data);
      if (window) this.timeline.setOptions({ start: window.start, end: window.end });
    }
    this.items.add(items);
    const events = items.filter((item) => item.kind === 'event').length;
    const claims = items.filter((item) => item.kind === 'claim');
    const disagreeing = claims.filter((item) => this.data.claims[item.index]!.verdict === 'disagrees').length;
    const cited = items.filter((item) => item.kind === 'event' && this.data.events[item.index]!.cited).length;
    this.summary.textContent = `${events} events (${cited} cited), ${claims.length} claims (${disagreeing} disagree)`;
    document.body.dataset.events = String(events);
    document.body.dataset.claims = String(claims.length);
    if (!this.fitted && items.length > 0) {
      this.showAll();
      this.fitted = true;
    }
  }

  /** The whole span the paper narrates (from the first dated event's year to the last's). */
  private showAll(): void {
    const window = openingWindow(this.data);
    if (window) this.timeline.setWindow(window.start, window.end, { animation: false });
    else this.timeline.fit({ animation: false });
  }

  private marks(): Item[] {
    return this.items.get({ filter: (item) => item.kind !== 'link' }).sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  private key(event: KeyboardEvent): void {
    const selected = this.timeline.getSelection()[0] as string | undefined;
    const marks = this.marks();
    const at = marks.findIndex((mark) => mark.id === selected);
    const select = (index: number) => {
      const mark = marks[Math.max(0, Math.min(marks.length - 1, index))];
      if (!mark) return;
      this.timeline.setSelection([mark.id], { focus: true, animation: { animation: false } });
      const element = document.querySelector(`.vis-item.${cssId(mark)}`);
      const box = element?.getBoundingClientRect();
      this.showCard(mark.id, box ? { clientX: box.left, clientY: box.bottom } : undefined);
    };
    switch (event.key) {
      case 'ArrowRight': select(at + 1); break;
      case 'ArrowLeft': select(at < 0 ? 0 : at - 1); break;
      case 'Home': select(0); break;
      case 'End': select(marks.length - 1); break;
      case 'Enter': if (selected) this.open(selected); break;
      case '+': case '=': this.timeline.zoomIn(0.5, { animation: false }); break;
      case '-': this.timeline.zoomOut(0.5, { animation: false }); break;
      case '0': this.showAll(); break;
      case 'Escape': this.timeline.setSelection([]); this.hideCard(); break;
      default: return;
    }
    event.preventDefault();
  }

  private showCard(id: string, at?: { clientX: number; clientY: number }): void {
    const item = this.items.get(id);
    if (!item || item.kind === 'link') return;
    this.cardBox.replaceChildren(...card(this.data, item).map((line) => element('div', { textContent: line })));
    this.cardBox.hidden = false;
    const x = Math.min((at?.clientX ?? 20) + 12, window.innerWidth - 440);
    this.cardBox.style.left = `${Math.max(0, x)}px`;
    this.cardBox.style.top = `${(at?.clientY ?? 60) + 12}px`;
  }

  private hideCard(): void {
    this.cardBox.hidden = true;
  }

  private open(id: string): void {
    const item = this.items.get(id);
    if (!item || item.kind === 'link') return;
    const location = target(this.data, item);
    if (vscode) vscode.postMessage({ type: 'open', location } satisfies ViewMessage);
    else this.showCard(id);
  }
}

function iso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function cssId(item: Item): string {
  return item.kind === 'event' ? `tl-event-${item.index}` : `tl-claim-${item.index}`;
}

function refill(select: HTMLSelectElement, options: HTMLOptionElement[], keep: string): void {
  select.replaceChildren(...options);
  select.value = options.some((o) => o.value === keep) ? keep : everything;
}

function start(): void {
  const style = element('style', { textContent: `${visCss}\n${viewCss}` });
  style.nonce = nonce;
  document.head.append(style);
  const root = document.getElementById('marginalia-timeline') ?? document.body;
  const view = new View(root);
  const inlined = document.getElementById('marginalia-timeline-data');
  if (inlined?.textContent) view.setData(JSON.parse(inlined.textContent) as TimelineData);
  if (vscode) {
    window.addEventListener('message', (event: MessageEvent<{ type: string; data?: TimelineData }>) => {
      if (event.data?.type === 'timeline' && event.data.data) view.setData(event.data.data);
    });
    vscode.postMessage({ type: 'ready' } satisfies ViewMessage);
  }
}

start();
