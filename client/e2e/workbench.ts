// Driving VS Code's workbench (code-server in Chromium) the way a user does: keyboard, command palette,
// clicks. Every wait has a timeout and a message that says what did not appear.
import type { Locator, Page } from 'playwright-core';

export const patience = 30_000;

export interface Problem {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: 'error' | 'warning' | 'information';
  message: string;
}

/** Waits until `condition` returns a truthy value; fails with `what` and the last value seen. */
export async function eventually<T>(what: string, condition: () => Promise<T>, timeout = patience): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}; last seen: ${describe(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  const text = JSON.stringify(value);
  return text && text.length > 600 ? `${text.slice(0, 600)}…` : String(text);
}

async function quickInput(page: Page, prefix: string, text: string, row: string | RegExp): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: patience });
  await input.fill(prefix + text);
  // The list first shows what was there before the text was typed: wait until the focused row is the one looked for.
  await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: row }).first().waitFor({ timeout: patience });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: patience });
}

/** Runs a command by its title from the command palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await quickInput(page, '>', title, title);
}

/** Opens a file by name with Quick Open (Ctrl+P) and waits for its tab. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await quickInput(page, '', name, name);
  await activeTab(page, name);
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: patience });
}

export async function activeTab(page: Page, name: string): Promise<void> {
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: patience });
}

/** Puts the cursor at a 1-based line and column with Go to Line (Ctrl+G). */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: patience });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: patience });
  await eventually(`the cursor at ${line}:${column}`, async () => (await cursor(page))?.line === line);
}

/** The cursor as the status bar shows it ("Ln 17, Col 3"). */
export async function cursor(page: Page): Promise<{ line: number; column: number } | undefined> {
  const text = await page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first().innerText({ timeout: 5_000 });
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** The hover card at the cursor (Ctrl+K Ctrl+I), asked again until it shows `shows`; its text. */
export async function hoverAtCursor(page: Page, what: string, shows: RegExp): Promise<string> {
  const card = page.locator('.monaco-hover .hover-contents, .monaco-hover .markdown-hover').last();
  return eventually(what, async () => {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const shown = (await card.isVisible().catch(() => false)) && (await card.innerText());
    return shown && shows.test(shown) ? shown : '';
  });
}

/** Opens a note and types a line at its end, as a user adds a sentence (undone by {@link removeTypedLine}). */
export async function typeLineAtEnd(page: Page, name: string, line: string, delay = 5): Promise<void> {
  await openFile(page, name);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(line, { delay });
}

/** Deletes the line at the cursor and the line break before it, and saves: a note as it was before a line was typed at its end. */
export async function removeTypedLine(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+K');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+S');
}

/** The text of a rendered editor line holding `text` (Monaco renders spaces as no-break spaces). */
export async function editorLineWith(page: Page, text: string | RegExp): Promise<string | undefined> {
  const lines = await page.locator('.editor-instance .monaco-editor .view-lines .view-line').allInnerTexts();
  return lines.map((line) => line.replace(/\u00a0/g, ' ')).find((line) => (typeof text === 'string' ? line.includes(text) : text.test(line)));
}

/** The span of the rendered editor showing `text`, to hover or click. */
export function editorText(page: Page, text: string): Locator {
  return page.locator('.editor-instance .monaco-editor .view-lines .view-line span', { hasText: text }).last();
}

/**
 * Every problem the Problems panel lists, with the file it sits under. The panel is a virtual tree: only
 * the rows on screen exist, so `filter` (typed into the panel's filter box, as a user narrows it) keeps
 * the rows looked for on screen. Rows: level 1 a file, level 2 a problem, level 3 its related information.
 */
export async function problems(page: Page, filter = ''): Promise<Problem[]> {
  const box = page.locator('.viewpane-filter input, .markers-panel-container .monaco-inputbox input').first();
  if (!(await box.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await box.waitFor({ state: 'visible', timeout: 10_000 });
  }
  {
    if ((await box.inputValue()) !== filter) {
      await box.fill(filter);
      await page.waitForTimeout(500);
      // Typing in the filter took the focus: give it back to the editor, where the user was.
      await page.keyboard.press('Control+1');
    }
  }
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) =>
    elements.map((element) => ({
      level: element.getAttribute('aria-level'),
      top: parseFloat((element as HTMLElement).style.top || '0'),
      file: element.querySelector('.label-name')?.textContent ?? '',
      icon: element.querySelector('.marker-icon')?.className ?? '',
      message: element.querySelector('.marker-message')?.textContent ?? '',
      code: element.querySelector('.marker-code')?.textContent ?? '',
      position: element.querySelector('.marker-line')?.textContent ?? '',
    })));
  rows.sort((a, b) => a.top - b.top);
  const found: Problem[] = [];
  let file = '';
  for (const row of rows) {
    if (row.level === '1') file = row.file.trim();
    if (row.level !== '2') continue;
    const position = /Ln (\d+), Col (\d+)/.exec(row.position);
    if (!position) continue;
    found.push({
      file,
      line: Number(position[1]),
      column: Number(position[2]),
      code: row.code.trim(),
      severity: /error/.test(row.icon) ? 'error' : /warning/.test(row.icon) ? 'warning' : 'information',
      message: row.message.trim(),
    });
  }
  return found;
}

/** Every problem, read code by code through the filter so that none is below the panel's fold. */
export async function allProblems(page: Page): Promise<Problem[]> {
  const found: Problem[] = [];
  for (let code = 1; code <= 8; code += 1) {
    const name = `MRG${String(code).padStart(3, '0')}`;
    found.push(...(await problems(page, name)).filter((problem) => problem.code === name));
  }
  return found;
}
