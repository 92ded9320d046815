#!/usr/bin/env node
// End-to-end test of the packaged extension in a real VS Code: code-server in
// Debian's headless Chromium, driven by playwright-core with the keyboard and
// the mouse. Installs the freshly packaged .vsix, opens a folder holding
// corpus/author-date-apa.txt and checks, on the real UI:
//   status bar counts · hover on a citation · F12 to its entry · colours (TextMate
//   grammar + semantic tokens) · outline with the reference list · abbreviation
//   hover · the Problems panel's "did you mean" · the quick fix that rewrites it ·
//   a PDF paper · a quiet README · a manuscript read against its .bib · the glossary ·
//   an annotation.
// Each step saves a screenshot to test-results/e2e/vscode-NN-*.png.
//
// Usage: npm run test:e2e (everything), or after `npm run build && npm run package`:
//   node test/e2e/vscode.e2e.mjs
// Environment: SCHOLARLY_LENS_VSIX=<path> (default: <repo>/scholarly-lens-<version>.vsix),
// CHROMIUM_PATH (default /usr/bin/chromium), E2E_KEEP_TMP=1 keeps code-server's
// temp dir (its log, user data, the workspace copy).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI_JS, CORPUS, OUT_DIR, REPO, missingTools, vsixPath } from './lib/env.mjs';
import { Suite, check, waitFor } from './lib/harness.mjs';

const suite = new Suite('vscode');
const PAPER = 'author-date-apa.txt';
const PAPER_PATH = path.join(CORPUS, PAPER);
const LINES = fs.readFileSync(PAPER_PATH, 'utf8').split('\n');

/** 1-based line and VS Code column (UTF-16) of `needle` on 1-based `line`. */
function at(needle, line) {
  const i = LINES[line - 1].indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" is not on line ${line} of corpus/${PAPER}: the test's facts about the sample are out of date`);
  return { line, col: i + 1, character: i };
}

// What the screen must show, worked out from the paper and the CLI (the same
// library the server runs), not copied into the test.
const HALVORSEN = at('Halvorsen (2016)', 22);
const HALVORSEN_ENTRY_LINE = LINES.findIndex((l) => l.startsWith('Halvorsen, E. (2016)')) + 1;
const HADAD = at('Hadad, 2017', 32);
const MRC = at('MRC', 20);
const REFERENCES_LINE = LINES.findIndex((l) => l.trim() === 'References') + 1;
// A two-page PDF paper written by the unit tests' PDF writer (test/unit/pdfPaper.ts): a superscript note
// call with its note at the page foot, numeric citations, the reference list on page 2.
const PDF = 'estuary.pdf';
const PDF_PATH = path.join(REPO, 'test', 'fixtures', 'pdf', PDF);
// An ordinary project README (code, an abbreviation, numbered licence clauses): nothing of Scholarly Lens shows in it.
const README = 'README.md';
const README_PATH = path.join(REPO, 'test', 'fixtures', 'ordinary', README);

// A Markdown manuscript with no reference list of its own, and the .bib its front matter names.
const DRAFT = 'draft.md';
const DRAFT_PATH = path.join(REPO, 'test', 'fixtures', 'manuscript', DRAFT);
const DRAFT_LINES = fs.readFileSync(DRAFT_PATH, 'utf8').split('\n');
const BIB_PATH = path.join(REPO, 'test', 'fixtures', 'manuscript', 'refs.bib');

function cliJson(...args) {
  try {
    return JSON.parse(execFileSync(process.execPath, [CLI_JS, ...args, '--json'], { cwd: REPO, encoding: 'utf8' }));
  } catch (e) {
    if (e.stdout) return JSON.parse(e.stdout); // `check` exits 1 when it finds problems
    throw e;
  }
}

async function main() {
  const missing = missingTools(['chromium', 'code-server', 'playwright-core', 'vsix']);
  if (missing) {
    suite.fail('prerequisites', missing);
    return;
  }
  // Imported only now: without test/e2e/node_modules the message above is what a developer sees.
  const { startCodeServer } = await import('./lib/codeServer.mjs');
  const { Workbench, launchBrowser, plain } = await import('./lib/workbench.mjs');

  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const f of fs.readdirSync(OUT_DIR)) if (/^vscode-.*\.png$/.test(f)) fs.rmSync(path.join(OUT_DIR, f));

  const [summary] = cliJson('summary', PAPER_PATH);
  const expectedStatus = `${summary.citations} citations · ${summary.unresolved + summary.ambiguous} unresolved`;
  const hadadFinding = cliJson('check', PAPER_PATH).find((d) => d.line === HADAD.line && d.column === HADAD.col);
  check(hadadFinding, `the CLI reports nothing at ${PAPER}:${HADAD.line}:${HADAD.col}`);

  let cs;
  let wb;
  let onStepEnd = () => {};
  await suite.step('start code-server with the packaged .vsix and open the workspace', async () => {
    cs = await startCodeServer({
      vsix: vsixPath(),
      files: { [PAPER]: PAPER_PATH, [PDF]: PDF_PATH, [README]: README_PATH, [DRAFT]: DRAFT_PATH, 'refs.bib': BIB_PATH },
      settings: {
        'editor.wordWrap': 'on', // the paper's paragraphs are single long lines
        'editor.minimap.enabled': false,
        'editor.hover.delay': 300,
        'workbench.colorTheme': 'Default Light Modern',
        'files.autoSave': 'off',
      },
      log: (...a) => suite.log(...a),
      keepTmp: process.env.E2E_KEEP_TMP === '1',
    });
    const browser = await launchBrowser();
    // The clipboard is read back after the hover's copy link.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    wb = new Workbench(page, (...a) => suite.log(...a));
    suite.onFailure = async (name) => {
      cs.markFailed();
      suite.log(`logs at the failure:\n${cs.logTails()}`);
      await wb.screenshot(`vscode-failure-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 40)}`);
    };
    await wb.open(cs.url, cs.workspace, PAPER);
  }, { fatal: true });

  await suite.step(`open ${PAPER}: the status bar shows "${expectedStatus}"`, async () => {
    await wb.openFile(PAPER, 'Hydraulic Solidarity and Its Limits');
    const item = wb.statusItem('scholarly-lens.scholarly-lens');
    await item.waitFor({ state: 'visible', timeout: 30_000 }); // the extension activates, its server starts
    await waitFor(`status bar "${expectedStatus}"`, async () => plain(await item.innerText()) === expectedStatus, { timeoutMs: 15_000 });
    const icon = await item.locator('.codicon-book').count();
    check(icon === 1, 'the status-bar item has no $(book) icon');
    await wb.screenshot('vscode-01-status-bar');
  }, { fatal: true });

  await suite.step(`hover on "Halvorsen (2016)" (line ${HALVORSEN.line}) shows its reference entry`, async () => {
    await wb.goTo(HALVORSEN.line, HALVORSEN.col);
    const hover = await wb.hoverAtCursor('Halvorsen, E.');
    const text = plain(await hover.innerText());
    check(/Halvorsen, E\./.test(text), `hover lacks the entry's author: ${text}`);
    check(/shadow of procedure/i.test(text), `hover lacks the entry's title: ${text}`);
    check(/cited \d+ times? in this paper/.test(text), `hover lacks how often it is cited: ${text}`);
    // Author and year in bold, title in italics: the Markdown is rendered, not shown raw.
    check(!text.includes('**'), `hover shows raw Markdown: ${text}`);
    check((await hover.locator('strong').count()) > 0, 'hover has no bold text');
    check((await hover.locator('em').count()) > 0, 'hover has no italic title');
    await wb.screenshot('vscode-02-hover-citation');
    await wb.closeHover();
  });

  await suite.step('the hover\'s "Copy as BibTeX" link puts the entry on the clipboard as BibTeX', async () => {
    await wb.goTo(HALVORSEN.line, HALVORSEN.col);
    const hover = await wb.hoverAtCursor('Halvorsen, E.');
    const text = plain(await hover.innerText());
    check(/Copy as BibTeX · CSL-JSON · RIS/.test(text), `hover offers no copy links: ${text}`);
    await wb.screenshot('vscode-02b-hover-copy-links');
    await hover.locator('a', { hasText: 'BibTeX' }).first().click();
    const status = wb.page.locator('.part.statusbar', { hasText: 'copied the entry as BibTeX' });
    await status.waitFor({ state: 'visible', timeout: 10_000 });
    const copied = await wb.page.evaluate(() => navigator.clipboard.readText());
    check(/^@\w+\{Halvorsen2016\w*,\n\tauthor = \{Halvorsen, E\.\}/.test(copied), `the clipboard holds: ${copied.slice(0, 200)}`);
    check(/shadow of procedure/i.test(copied), `the copied entry has no title: ${copied.slice(0, 300)}`);
    await wb.closeHover();
  });

  await suite.step(`F12 on "Halvorsen (2016)" moves the cursor to its entry on line ${HALVORSEN_ENTRY_LINE}`, async () => {
    await wb.goTo(HALVORSEN.line, HALVORSEN.col + 2);
    await wb.page.keyboard.press('F12');
    const where = await waitFor(`the cursor on line ${HALVORSEN_ENTRY_LINE}`, async () => {
      const c = await wb.cursor();
      return c.line === HALVORSEN_ENTRY_LINE ? c : null;
    }, { timeoutMs: 10_000 });
    check(where.col === 1, `F12 put the cursor at column ${where.col}, not at the start of the entry`);
    // The line under the cursor is on screen, and it is the entry.
    const current = wb.editor.locator('.view-overlays .current-line').first();
    const box = await current.boundingBox();
    check(box, 'no current-line highlight');
    const lineText = await wb.page.evaluate(({ y }) => {
      const el = [...document.querySelectorAll('.editor-instance .view-lines .view-line')]
        .find((l) => { const r = l.getBoundingClientRect(); return r.top <= y && y < r.bottom; });
      return el ? el.innerText : '';
    }, { y: box.y + box.height / 2 });
    check(plain(lineText).startsWith('Halvorsen, E. (2016)'), `the line at the cursor reads "${plain(lineText).slice(0, 60)}"`);
    await wb.screenshot('vscode-03-definition');
  });

  await suite.step('citations are coloured: TextMate scope and semantic token under the cursor, a colour of their own, unresolved ones another', async () => {
    await wb.goTo(HALVORSEN.line, HALVORSEN.col + 2);
    // Scroll the line up (the cursor stays) so that the inspector fits below it.
    for (let i = 0; i < 14; i++) await wb.page.keyboard.press('Control+ArrowDown');
    // A taller window, so that the unresolved citation of line 32 is on screen too and
    // the screenshot shows the inspector's TextMate scopes.
    await wb.page.setViewportSize({ width: 1280, height: 1100 });
    onStepEnd = () => wb.page.setViewportSize({ width: 1280, height: 800 });
    await waitFor('line 32 on screen', async () => (await wb.editorText()).includes('(Hadad, 2017)'), { timeoutMs: 5000 });
    // The colours on screen: the citation under the cursor, an unresolved one, plain words.
    const cursor = await wb.cursorBox();
    const colours = await wb.page.evaluate(({ x, y }) => {
      const spans = [...document.querySelectorAll('.editor-instance .view-lines .view-line span span')];
      const colourOf = (text) => {
        const span = spans.find((s) => s.textContent.replace(/\u00a0/g, ' ').includes(text));
        return span ? getComputedStyle(span).color : null;
      };
      const under = document.elementsFromPoint(x, y).find((e) => e.tagName === 'SPAN' && e.closest('.view-line'));
      return {
        citation: under ? getComputedStyle(under).color : null,
        citationText: under ? under.textContent : null,
        unresolved: colourOf('Hadad'),
        prose: colourOf('has made a related point'),
      };
    }, { x: cursor.x + 5, y: cursor.y + cursor.height / 2 });
    check(/Halvorsen/.test(colours.citationText || ''), `the text under the cursor is "${colours.citationText}", not the citation`);
    suite.log(`colours: ${JSON.stringify(colours)}`);
    check(colours.citation && colours.prose && colours.unresolved, `spans not found: ${JSON.stringify(colours)}`);
    check(colours.citation !== colours.prose, `the citation has the colour of plain text (${colours.citation})`);
    check(colours.unresolved !== colours.citation && colours.unresolved !== colours.prose,
      `the unresolved citation "Hadad, 2017" is not marked with a colour of its own (${colours.unresolved})`);
    // What the editor itself says about the token under the cursor.
    await wb.command('Developer: Inspect Editor Tokens and Scopes');
    const widget = wb.page.locator('.token-inspect-widget');
    await widget.waitFor({ state: 'visible' });
    await waitFor('the semantic token in the inspector', async () => /semantic token type/.test(await widget.innerText()), { timeoutMs: 10_000 });
    // The inspector's rows: "textmate scopes" lists the grammar's scopes, innermost
    // first; "semantic token type" the server's token.
    const rows = await widget.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.innerText.trim())));
    const row = (name) => (rows.find((r) => r[0] === name) || [])[1] || '';
    const scopes = row('textmate scopes').split(/\s+/);
    suite.log(`textmate scopes: ${scopes.join(' ')}; semantic token type: ${row('semantic token type')}`);
    check(scopes.includes('meta.citation.name.scholarly'), `the TextMate scopes lack meta.citation.name.scholarly (grammar not active): ${scopes.join(' ')}`);
    check(scopes.includes('text.scholarly.plain'), `the plain-text grammar text.scholarly.plain is not active: ${scopes.join(' ')}`);
    check(row('semantic token type') === 'citation', `the semantic token type is "${row('semantic token type')}", not "citation"`);
    await wb.screenshot('vscode-04-token-colours');
    await wb.page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' }).catch(() => {});
  });
  await onStepEnd();

  await suite.step(`the Outline shows the reference list (References, line ${REFERENCES_LINE}) with its entries`, async () => {
    // Give the Outline the whole side bar: collapse the folder view above it.
    const folders = wb.page.locator('.pane-header', { hasText: /^workspace$/i }).first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    await wb.command('Explorer: Focus on Outline View');
    const outline = wb.page.locator('.outline-pane');
    await outline.waitFor({ state: 'visible' });
    await outline.locator('.monaco-list-row').first().waitFor({ state: 'visible' });
    // The reference list is the paper's last section: End shows the bottom of the tree.
    await wb.page.keyboard.press('End');
    const references = outline.locator('.monaco-list-row[aria-label^="References"]').first();
    await references.waitFor({ state: 'visible' });
    const refText = plain(await references.innerText());
    const m = /^References\s*(\d+) entries$/.exec(refText);
    check(m, `the References row reads "${refText}"`);
    const refLevel = Number(await references.getAttribute('aria-level'));
    // The rows right under References, in the order the tree shows them.
    const entryNames = await outline.locator('.monaco-list-row').evaluateAll((rows, level) => {
      const sorted = rows.map((r) => ({ i: Number(r.dataset.index), level: Number(r.getAttribute('aria-level')), label: r.getAttribute('aria-label') }))
        .sort((a, b) => a.i - b.i);
      const start = sorted.findIndex((r) => r.level === level && /^References/.test(r.label));
      const out = [];
      for (const r of sorted.slice(start + 1)) {
        if (r.level <= level) break;
        if (r.level === level + 1) out.push(r.label);
      }
      return out;
    }, refLevel);
    check(entryNames.length === Number(m[1]), `the outline shows ${entryNames.length} rows under References, not ${m[1]}: ${entryNames.join('; ')}`);
    const entry = outline.locator('.monaco-list-row[aria-label^="Halvorsen, E. (2016)"]').first();
    check(await entry.isVisible(), `no "Halvorsen, E. (2016)" under References: ${entryNames.join('; ')}`);
    check(Number(await entry.getAttribute('aria-level')) === refLevel + 1, 'the entry is not a child of References');
    // Clicking an entry in the outline takes the editor to it.
    await entry.click();
    await waitFor(`the cursor on line ${HALVORSEN_ENTRY_LINE}`, async () => (await wb.cursor()).line === HALVORSEN_ENTRY_LINE, { timeoutMs: 5000 });
    await wb.screenshot('vscode-05-outline');
  });

  await suite.step(`hover on "MRC" (line ${MRC.line}) shows "Mekong River Commission"`, async () => {
    await wb.focusEditor();
    await wb.goTo(MRC.line, MRC.col);
    const hover = await wb.hoverAtCursor('Mekong River Commission', { dx: 8 });
    check(/Mekong River Commission/.test(plain(await hover.innerText())), 'no expansion in the hover');
    await wb.screenshot('vscode-06-hover-abbreviation');
    await wb.closeHover();
  });

  await suite.step(`the Problems panel lists "${hadadFinding.message}" at [Ln ${HADAD.line}, Col ${HADAD.col}]`, async () => {
    check(/did you mean Haddad/.test(hadadFinding.message), `the CLI's message has no "did you mean": ${hadadFinding.message}`);
    const panel = await wb.problems();
    const row = panel.locator('.monaco-list-row', { hasText: hadadFinding.message }).first();
    await row.waitFor({ state: 'visible' });
    const text = plain(await row.innerText());
    check(text.includes(`[Ln ${HADAD.line}, Col ${HADAD.col}]`), `the problem is not at Ln ${HADAD.line}, Col ${HADAD.col}: ${text}`);
    check(text.includes('unresolved-citation'), `the problem has no code unresolved-citation: ${text}`);
    const label = (await row.getAttribute('aria-label')) || '';
    check(/^Warning:/.test(label), `the problem is not a warning: ${label}`);
    await wb.screenshot('vscode-07-problems');
  });

  await suite.step('the quick fix (Ctrl+.) rewrites "Hadad, 2017" to "Haddad, 2017"', async () => {
    await wb.goTo(HADAD.line, HADAD.col + 1);
    await wb.page.keyboard.press('Control+.');
    const action = wb.page.locator('.action-widget .monaco-list-row', { hasText: "Replace with 'Haddad, 2017'" }).first();
    await action.waitFor({ state: 'visible' });
    // The preferred fix comes focused ("Enter to Apply"); walk down to it otherwise.
    for (let i = 0; i < 5 && !/focused/.test((await action.getAttribute('class')) || ''); i++) await wb.page.keyboard.press('ArrowDown');
    check(/focused/.test((await action.getAttribute('class')) || ''), 'could not focus the quick fix in the menu');
    await wb.screenshot('vscode-08-quick-fix-menu');
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.action-widget').waitFor({ state: 'hidden' }).catch(() => {});
    await waitFor('"(Haddad, 2017" in the editor', async () => (await wb.editorText()).includes('Haddad, 2017'), { timeoutMs: 5000 });
    // The server re-analyses the edited text: the problem goes, the count drops.
    const panel = await wb.problems();
    await panel.locator('.monaco-list-row', { hasText: 'Hadad 2017' }).first().waitFor({ state: 'hidden', timeout: 10_000 });
    const after = `${summary.citations} citations · ${summary.unresolved + summary.ambiguous - 1} unresolved`;
    const item = wb.statusItem('scholarly-lens.scholarly-lens');
    await waitFor(`status bar "${after}"`, async () => plain(await item.innerText()) === after, { timeoutMs: 10_000 });
    await wb.screenshot('vscode-09-quick-fix-applied');
    // Saved to disk, the edit is exactly the one replacement.
    await wb.focusEditor();
    await wb.page.keyboard.press('Control+S');
    const saved = path.join(cs.workspace, PAPER);
    const expected = LINES.map((l, i) => (i === HADAD.line - 1 ? l.slice(0, HADAD.character) + 'Haddad, 2017' + l.slice(HADAD.character + 'Hadad, 2017'.length) : l)).join('\n');
    await waitFor('the fixed paper saved to disk', async () => fs.readFileSync(saved, 'utf8') === expected, { timeoutMs: 10_000 });
  });

  await suite.step(`"Open PDF as Paper" on ${PDF} in the explorer opens its text: hovers on the note call ¹ and on [1] name the PDF page`, async () => {
    // The Outline of the earlier steps may have folded the explorer's folder section.
    const folders = wb.page.locator('.pane-header', { hasText: /^workspace$/i }).first();
    if ((await folders.getAttribute('aria-expanded')) === 'false') await folders.click();
    const row = wb.page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${PDF}"]`).first();
    await row.click({ button: 'right' });
    const item = wb.page.locator('.monaco-menu .action-item', { hasText: 'Open PDF as Paper' }).first();
    await item.waitFor({ state: 'visible' });
    await wb.screenshot('vscode-10-open-pdf-as-paper');
    await item.click();
    await wb.page.locator(`.tabs-container .tab.active[aria-label^="${PDF}"]`).waitFor({ state: 'visible', timeout: 30_000 });
    await wb.editor.locator('.view-lines', { hasText: 'Salt marshes trap silt' }).waitFor({ state: 'visible', timeout: 30_000 });
    await wb.goTo(1, 37); // just before "¹"
    const note = await wb.hoverAtCursor('Measured at spring tides', { dx: 3 });
    const noteText = plain(await note.innerText());
    check(/PDF page 1/.test(noteText), `the note call's hover names no PDF page: ${noteText}`);
    const page = wb.page.locator('.part.statusbar .statusbar-item', { hasText: 'PDF page 1' });
    await page.first().waitFor({ state: 'visible', timeout: 10_000 });
    await wb.screenshot('vscode-11-pdf-note-hover');
    await wb.closeHover();
    await wb.goTo(3, 10); // "[1]" in "a decade [1]."
    const cited = await wb.hoverAtCursor('Berths and silt', { dx: 6 });
    const citedText = plain(await cited.innerText());
    check(/Marsh/.test(citedText) && /PDF page 1/.test(citedText), `the citation's hover lacks its entry or page: ${citedText}`);
    await wb.screenshot('vscode-12-pdf-citation-hover');
    await wb.closeHover();
  });

  await suite.step(`${README}, an ordinary README, shows nothing of Scholarly Lens: no status-bar count, no outline group, no problems`, async () => {
    await wb.openFile(README, 'Tide tables for small harbours');
    await wb.page.waitForTimeout(2000); // time for the server to have answered, had it anything to show
    check(!(await wb.statusItem('scholarly-lens.scholarly-lens').isVisible()), 'the status bar shows a citation count in the README');
    const headings = fs.readFileSync(README_PATH, 'utf8').split('\n').filter((l) => /^#+ /.test(l)); // VS Code's own outline rows, "## Usage" as written
    await wb.page.locator('.outline-pane .monaco-list-row', { hasText: 'Usage' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    const rows = await wb.page.locator('.outline-pane .monaco-list-row').allInnerTexts();
    const ours = rows.map(plain).filter((r) => !headings.includes(r));
    check(ours.length === 0, `the outline shows more than the README's headings: ${JSON.stringify(ours)}`);
    const problems = (await wb.problemLabels()).filter((l) => l.includes(README));
    check(problems.length === 0, `problems in the README: ${JSON.stringify(problems)}`);
    // "(ES 2017)" reads like a citation to a grammar; in a README it keeps the colour of the words around it.
    const colours = await wb.page.evaluate(() => {
      const spans = [...document.querySelectorAll('.editor-instance .view-lines .view-line span span')];
      const colourOf = (text) => getComputedStyle(spans.find((s) => s.textContent.includes(text)) ?? document.body).color;
      return { citationLike: colourOf('ES 2017'), prose: colourOf('language edition') };
    });
    check(colours.citationLike === colours.prose, `"(ES 2017)" is coloured in the README: ${JSON.stringify(colours)}`);
    await wb.screenshot('vscode-13-readme-quiet');
  });

  await suite.step(`${DRAFT}, a manuscript citing refs.bib: "(Marsh & Tully, 2016" hovers with the library's work, "(Lee, 2002)" is a problem naming the year the library has`, async () => {
    await wb.openFile(DRAFT, 'Who shares the berths');
    const line = DRAFT_LINES.findIndex((l) => l.includes('(Marsh & Tully, 2016')) + 1;
    await wb.goTo(line, DRAFT_LINES[line - 1].indexOf('Marsh & Tully') + 1);
    const hover = await wb.hoverAtCursor('Berths and Bargains');
    const text = plain(await hover.innerText());
    check(/Marsh, Tully \(2016\)/.test(text) && /Key marsh2016 in refs\.bib/.test(text) && /Cited here: p\. 4/.test(text), `the hover lacks the library's work: ${text}`);
    await wb.screenshot('vscode-13b-manuscript-hover');
    await wb.closeHover();
    const panel = await wb.problems();
    await panel.locator('.monaco-list-row', { hasText: 'No work in your library by Lee 2002 — it has Lee (2020).' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await wb.screenshot('vscode-13c-manuscript-problem');
  });

  await suite.step('Show Glossary renders the glossary, and a link in it opens the paper at its line', async () => {
    await wb.command('Scholarly Lens: Show Glossary');
    const glossary = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await glossary.locator('h1', { hasText: 'Glossary of the workspace' }).waitFor({ state: 'visible', timeout: 20_000 });
    // The paper and the PDF paper; the README is read but is no paper.
    const counts = plain(await glossary.locator('p').first().innerText());
    check(/^2 papers ·/.test(counts), `the glossary counts "${counts}"`);
    const link = glossary.locator('a', { hasText: /^author-date-apa\.txt, line \d+$/ }).first();
    const label = await link.innerText();
    const line = Number(/line (\d+)$/.exec(label)[1]);
    await wb.screenshot('vscode-14-glossary');
    await link.click();
    await wb.page.locator(`.tabs-container .tab.active[aria-label^="${PAPER}"]`).waitFor({ state: 'visible' });
    await waitFor(`the cursor on line ${line}`, async () => (await wb.cursor()).line === line, { timeoutMs: 10_000 });
  });

  await suite.step(`an annotation on the PDF paper is stored beside ${PDF} with its PDF page and fingerprint`, async () => {
    await wb.page.locator(`.tabs-container .tab[aria-label^="${PDF}"]`).first().click();
    await wb.goTo(2, 1);
    await wb.page.keyboard.press('Shift+End'); // "marsh edge moves seaward by a few metres"
    await wb.command('Scholarly Lens: Annotate Selection');
    await wb.quickInputBox.waitFor({ state: 'visible' });
    await wb.quickInputBox.fill('Seaward by metres, not by kilometres.');
    await wb.page.keyboard.press('Enter');
    await wb.quickInputBox.waitFor({ state: 'visible' });
    await wb.page.keyboard.press('Enter'); // no tags
    const store = path.join(cs.workspace, '.annotations', `${PDF}.jsonld`);
    await waitFor(`the store ${path.relative(cs.workspace, store)}`, async () => fs.existsSync(store), { timeoutMs: 10_000 });
    const target = JSON.parse(fs.readFileSync(store, 'utf8')).first.items[0].target;
    check(target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === 'marsh edge moves seaward by a few metres'), `the quote is not the selection: ${JSON.stringify(target.selector)}`);
    check(target.selector.some((s) => s.type === 'FragmentSelector' && s.value === 'page=1'), `no page selector: ${JSON.stringify(target.selector)}`);
    check(/^urn:x-pdf:/.test(target.scope ?? ''), `no PDF fingerprint: ${target.scope}`);
    await wb.screenshot('vscode-15-pdf-annotation');
  });
}

await suite.run(main, { timeoutMs: Number(process.env.E2E_VSCODE_TIMEOUT_MS || 240_000) });
