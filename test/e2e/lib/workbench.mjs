// Drives the VS Code workbench (code-server) in Chromium the way a person does:
// keyboard shortcuts, the mouse, and what is on screen. Every helper waits for the
// UI to show its result instead of sleeping for a fixed time.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, OUT_DIR, REPO } from './env.mjs';
import { onCleanup, waitFor } from './harness.mjs';

/** Debian's Chromium, headless, closed when the suite ends. */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', // CI runs as root
      '--disable-gpu',
      '--disable-background-networking', // no internet: stop chromium's own calls home
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  onCleanup(() => browser.close().catch(() => {}));
  return browser;
}

/** Normalises the editor's rendering of text (non-breaking spaces, middle dots of whitespace rendering). */
export const plain = (s) => String(s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

export class Workbench {
  constructor(page, log) {
    this.page = page;
    this.log = log;
    this.shots = [];
  }

  // -- the parts of the screen --------------------------------------------------
  get editor() {
    return this.page.locator('.editor-instance .monaco-editor').first();
  }
  get quickInput() {
    return this.page.locator('.quick-input-widget');
  }
  get quickInputBox() {
    return this.quickInput.locator('input.input');
  }
  /** A status-bar item by its id: an extension's own item has the extension's id. */
  statusItem(id) {
    return this.page.locator(`.part.statusbar [id="${id}"]`);
  }

  async screenshot(name, options = {}) {
    const file = path.join(OUT_DIR, `${name}.png`);
    await this.page.screenshot({ path: file, ...options });
    this.shots.push(file);
    this.log(`screenshot: ${path.relative(REPO, file)}`);
    return file;
  }

  // -- opening ------------------------------------------------------------------
  async open(url, folder, fileName) {
    const target = `${url}/?folder=${encodeURIComponent(folder)}`;
    this.log(`opening ${target}`);
    await this.page.goto(target, { waitUntil: 'domcontentloaded' });
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible' });
    // The explorer lists the folder once the remote file system is connected;
    // Quick Open before that may find nothing.
    await this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${fileName}"]`).first().waitFor({ state: 'visible' });
  }

  /** Opens a workspace file through Quick Open (Ctrl+P), as a person would. */
  async openFile(fileName, firstText) {
    const row = this.quickInput.locator('.monaco-list-row', { hasText: fileName }).first();
    for (let attempt = 1; ; attempt++) {
      // Focus the editor area first: a click on the title bar's command center
      // would itself open Quick Open, and Ctrl+P would then toggle it.
      await this.page.locator('.part.editor').click({ position: { x: 300, y: 300 } }).catch(() => {});
      await this.page.keyboard.press('Control+P');
      await this.quickInputBox.waitFor({ state: 'visible', timeout: 10_000 });
      await this.quickInputBox.fill(fileName);
      try {
        await row.waitFor({ state: 'visible', timeout: 10_000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        this.log(`Quick Open found no ${fileName} yet (attempt ${attempt}), retrying`);
        await this.page.keyboard.press('Escape');
      }
    }
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).waitFor({ state: 'visible' });
    await this.editor.locator('.view-lines', { hasText: firstText }).waitFor({ state: 'visible' });
  }

  // -- commands and the cursor ----------------------------------------------------
  /** Runs a command through the Command Palette (F1) by its label. */
  async command(label) {
    await this.page.keyboard.press('F1');
    await this.quickInputBox.waitFor({ state: 'visible' });
    await this.quickInputBox.fill(`>${label}`);
    const row = this.quickInput.locator('.monaco-list-row', { hasText: label }).first();
    await row.waitFor({ state: 'visible' });
    await row.click();
    // The palette is gone when the quick input is hidden, or when the command has opened one of its own
    // (an input box or a pick) in its place at once: then the box no longer holds the palette's ">" text.
    await this.page.waitForFunction(() => {
      const widget = document.querySelector('.quick-input-widget');
      const input = widget?.querySelector('input');
      return !widget || widget.offsetParent === null || getComputedStyle(widget).display === 'none' || !(input?.value ?? '').startsWith('>');
    });
  }

  /** The cursor as the status bar shows it: { line, col } (1-based). */
  async cursor() {
    const text = plain(await this.statusItem('status.editor.selection').innerText());
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    if (!m) throw new Error(`status bar shows no cursor position: "${text}"`);
    return { line: Number(m[1]), col: Number(m[2]), text };
  }

  async focusEditor() {
    await this.editor.locator('textarea.inputarea, .native-edit-context').first().focus();
  }

  /** Moves the cursor with Go to Line (Ctrl+G) `line:col` (1-based, UTF-16 columns as VS Code counts them). */
  async goTo(line, col) {
    await this.page.mouse.move(5, 400); // away from the text: no stale hover
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    await this.quickInputBox.waitFor({ state: 'visible' });
    await this.quickInputBox.fill(`:${line}:${col}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden' });
    await waitFor(`the cursor at Ln ${line}, Col ${col}`, async () => {
      const c = await this.cursor();
      return c.line === line && c.col === col;
    }, { timeoutMs: 5000 });
  }

  /** Centre of the text cursor on screen. */
  async cursorBox() {
    const box = await this.editor.locator('.cursors-layer .cursor').first().boundingBox();
    if (!box) throw new Error('the editor shows no cursor');
    return box;
  }

  /**
   * Rests the mouse on the text a few pixels right of the cursor (so on the word
   * that starts there) and returns the editor's hover once it shows `expected`.
   * VS Code asks for a hover once per rest and keeps an empty answer (a document
   * still being opened, a layout still settling), so, as a reader would, the mouse
   * leaves and rests again, on a freshly measured cursor, until the hover shows.
   */
  async hoverAtCursor(expected, { dx = 12, timeoutMs = 30_000 } = {}) {
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden)', { hasText: expected }).first();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const box = await this.cursorBox();
      await this.page.mouse.move(5, 400);
      await this.page.mouse.move(box.x + dx - 40, box.y + box.height / 2);
      await this.page.mouse.move(box.x + dx, box.y + box.height / 2, { steps: 4 });
      try {
        await hover.waitFor({ state: 'visible', timeout: 5_000 });
        return hover;
      } catch {
        if (Date.now() > deadline) {
          const shown = await this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').allInnerTexts();
          throw new Error(`no hover showing "${expected}" after ${timeoutMs / 1000} s at the cursor ${JSON.stringify(await this.cursor())}; hovers shown: ${JSON.stringify(shown.map(plain))}`);
        }
        this.log(`no hover showing "${expected}" yet: the mouse rests again`);
      }
    }
  }

  async closeHover() {
    await this.page.mouse.move(5, 400);
    await this.page.keyboard.press('Escape');
  }

  /** The visible text of the editor, as rendered (wrapped lines joined by spaces). */
  async editorText() {
    return plain(await this.editor.locator('.view-lines').innerText());
  }

  // -- panels ---------------------------------------------------------------------
  /** Opens the Problems panel (Ctrl+Shift+M) and returns its rows' texts (aria-labels). */
  async problems() {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.focusEditor();
      await this.page.keyboard.press('Control+Shift+M');
    }
    await panel.waitFor({ state: 'visible' });
    return panel;
  }

  async problemLabels() {
    const panel = await this.problems();
    return panel.locator('.monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') || r.innerText));
  }
}
