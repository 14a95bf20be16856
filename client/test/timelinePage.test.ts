// `marginalia timeline --out page.html` opened in headless Chromium: it draws as many events and claims as
// `marginalia/timeline` returns for the same notes, a disagreeing claim in red, and fetches nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TimelineData } from '../timeline/model';
import { builtServer, LspSession, noServerReason, repositoryRoot, serverCommand } from './lspSession';

const executablePath = process.env.MARGINALIA_E2E_CHROMIUM ?? '/usr/bin/chromium';
const server = builtServer();
const skip = !server ? noServerReason : !existsSync(executablePath) ? `no Chromium at ${executablePath} (Debian: apt-get install chromium)` : false;
if (skip) console.log(`timeline page: skipped: ${skip}`);

/** The example notes and the paper in a fresh folder. */
function exampleWorkspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'marginalia-timeline-'));
  cpSync(path.join(repositoryRoot, 'examples', 'notes'), path.join(folder, 'notes'), { recursive: true });
  cpSync(path.join(repositoryRoot, 'seeds'), path.join(folder, 'seeds'), { recursive: true });
  return folder;
}

async function requestTimeline(workspace: string): Promise<TimelineData> {
  const session = LspSession.start(await serverCommand(server!, workspace));
  try {
    await session.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'notes' }],
      capabilities: { workspace: { configuration: true } },
    });
    await session.notify('initialized', {});
    return await session.request<TimelineData>('marginalia/timeline', {}, 60_000);
  } finally {
    await session.stop().catch(() => undefined);
    session.dispose();
  }
}

function runTimeline(workspace: string, ...args: string[]): { status: number | null; stderr: string } {
  const [command, ...prefix] = server!.endsWith('.dll') ? ['dotnet', server!] : [server!];
  const run = spawnSync(command!, [...prefix, 'timeline', 'notes', ...args], { cwd: workspace, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stderr: run.stderr };
}

describe('the timeline page `marginalia timeline` writes', { skip, timeout: 180_000 }, () => {
  let workspace: string;
  let expected: TimelineData;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  before(async () => {
    workspace = exampleWorkspace();
    expected = await requestTimeline(workspace);
    const written = runTimeline(workspace, '--out', 'timeline.html');
    assert.equal(written.status, 0, written.stderr);
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageUrl = pathToFileURL(path.join(workspace, 'timeline.html')).href;
    // Anything but the page itself is recorded and refused: the page must need nothing from outside.
    await page.route('**/*', (route) => {
      if (route.request().url() === pageUrl) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    page.on('request', (request) => {
      if (request.url() !== pageUrl) requests.push(request.url());
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(pageUrl);
    await page.locator('.vis-item.tl-event').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(problems, [], 'no script error and no content security policy violation');
  });

  after(async () => {
    await browser?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('draws every event and every claim the request returns', async () => {
    assert.equal(expected.events.length, 121);
    assert.equal(expected.claims.length, 30);
    // vis-timeline gives a point's dot the item's classes too: the item is the element that is not its dot.
    assert.equal(await page.locator('.vis-item.tl-event:not(.vis-dot)').count(), expected.events.length);
    assert.equal(await page.locator('.vis-item.tl-claim:not(.vis-dot)').count(), expected.claims.length);
    const disagreeing = expected.claims.filter((claim) => claim.verdict === 'disagrees').length;
    const cited = expected.events.filter((event) => event.cited).length;
    assert.equal(cited, 31);
    assert.equal(await page.locator('#tl-summary').innerText(), `${expected.events.length} events (${cited} cited), ${expected.claims.length} claims (${disagreeing} disagree)`);
    // Each section's lane says what `marginalia coverage` says of it.
    assert.equal(await page.locator('.vis-labelset .vis-label').first().innerText(), 'Introduction — 3 of 13 cited');
  });

  it('draws a disagreeing claim in red, joined to the paper\'s date', async () => {
    const index = expected.claims.findIndex((claim) => claim.verdict === 'disagrees' && claim.event === 'najibullah-resigns-1992');
    assert.ok(index >= 0);
    const dot = page.locator(`.vis-item.vis-dot.tl-claim-${index}`);
    const colour = await dot.evaluate((element) => getComputedStyle(element).borderTopColor);
    const [r, g, b] = colour.match(/\d+/g)!.map(Number);
    assert.ok(r! > 180 && g! < 80 && b! < 80, `red, not ${colour}`);
    assert.equal(await page.locator('.vis-item.tl-link').count(), expected.claims.filter((claim) => claim.verdict === 'disagrees').length);
  });

  it('shows a mark\'s card on hover', async () => {
    const index = expected.events.findIndex((event) => event.id === 'soviet-withdrawal-1989');
    await page.locator(`.vis-item.tl-event-${index}:not(.vis-dot)`).hover();
    const card = page.locator('#tl-card');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    assert.equal(await card.innerText(), [
      'The last Soviet troops leave Afghanistan',
      '15 February 1989 (day)',
      'Soviet Union, Afghanistan',
      `soviet-withdrawal-1989 · 000_bf09360ec50d0df5.txt:55 · An overview of Russia-Afghan relations 1989–2001`,
    ].join('\n'));
  });

  it('narrows to one note with the filter, and to none', async () => {
    const note = expected.claims[0]!.note;
    await page.locator('#tl-note').selectOption(note);
    assert.equal(await page.locator('.vis-item.tl-claim:not(.vis-dot)').count(), expected.claims.filter((claim) => claim.note === note).length);
    await page.locator('#tl-note').selectOption('-');
    assert.equal(await page.locator('.vis-item.tl-claim:not(.vis-dot)').count(), 0);
    await page.locator('#tl-note').selectOption('*');
  });

  it('works from the keyboard: arrows move from mark to mark in date order with its card, Escape leaves', async () => {
    // (The pointer is left where the hover test put it: a mark the arrows scroll under it would show its own card.)
    await page.mouse.move(0, 0);
    await page.locator('#tl-axis').focus();
    await page.keyboard.press('Home');
    const card = page.locator('#tl-card');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    const first = await card.innerText();
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await card.innerText(), first);
    assert.equal(await page.locator('.vis-item.vis-selected:not(.vis-dot)').count(), 1);
    await page.keyboard.press('Escape');
    assert.equal(await card.isVisible(), false);
    assert.equal(await page.locator('.vis-item.vis-selected').count(), 0);
  });

  it('zooms in and out from the keyboard, and 0 shows the whole span again', async () => {
    const axis = page.locator('#tl-axis');
    const span = async () => {
      const [start, end] = (await axis.getAttribute('data-window'))!.split('/').map((day) => Date.parse(day!));
      return end! - start!;
    };
    await axis.focus();
    await page.keyboard.press('0');
    await page.waitForFunction(() => document.getElementById('tl-axis')!.dataset.window?.startsWith('1979-01-01/'));
    assert.equal(await axis.getAttribute('data-window'), '1979-01-01/2021-01-01');
    const whole = await span();
    await page.keyboard.press('+');
    await page.waitForFunction((before) => document.getElementById('tl-axis')!.dataset.window !== before, '1979-01-01/2021-01-01');
    assert.ok((await span()) < whole * 0.8, 'narrower after +');
    await page.keyboard.press('0');
    await page.waitForFunction(() => document.getElementById('tl-axis')!.dataset.window === '1979-01-01/2021-01-01');
  });

  it('filters by actor: only the events the actor takes part in', async () => {
    await page.locator('#tl-actor').selectOption('soviet-union');
    assert.equal(await page.locator('.vis-item.tl-event:not(.vis-dot)').count(),
      expected.events.filter((event) => event.actors.includes('soviet-union')).length);
    await page.locator('#tl-actor').selectOption('*');
    assert.equal(await page.locator('.vis-item.tl-event:not(.vis-dot)').count(), expected.events.length);
  });

  it('puts the lanes by actor on request, every event still drawn once', async () => {
    await page.locator('#tl-lanes').selectOption('actor');
    const firstActors = new Set(expected.events.map((event) => event.actors[0] ?? '(no actor)'));
    assert.equal(await page.locator('.vis-labelset .vis-label').count(), firstActors.size);
    assert.equal(await page.locator('.vis-item.tl-event:not(.vis-dot)').count(), expected.events.length);
    await page.locator('#tl-lanes').selectOption('section');
  });

  it('fetched nothing', () => {
    assert.deepEqual(requests, []);
  });
});
