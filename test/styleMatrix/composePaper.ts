/** Lays a rendered paper out as plain text: title, sections of prose carrying the citations, notes, bibliography. */
import { CslItem, firstAuthorName, yearOf } from './cslItem';
import { Family, headings, listHeading, Pair, pairName, STYLE_FAMILY } from './matrix';
import { planClusters } from './clusterPlan';
import { CitedCluster, renderClusters } from './citedClusters';
import { DraftCitation, PaperDraft } from './paperDraft';
import { claim, narrativeRest, PAPER_TITLES, plainSentence, SECTION_TITLES } from './prose';
import { Random, seedOf } from './random';
import { CslDirs, Renderer } from './renderer';
import { superscript, wrapAtSpaces } from './wrap';

const NOTE_PREFIXES = ['', '', '', 'See ', 'Cf. ', 'On this point, see '];

/** Paper 1 of a pair lists one entry per line and calls notes with superscripts; paper 2 wraps its list and glues note numbers to words. */
export function composePaper(
  csl: CslDirs, pair: Pair, index: number, works: CslItem[], family: Family = STYLE_FAMILY[pair.style],
): PaperDraft {
  const rnd = new Random(seedOf(`${pairName(pair)}#${index}`));
  const byId = new Map(works.map((w) => [w.id, w]));
  const plan = planClusters(rnd, works, family);
  const { clusters, bibliography } = renderClusters(rnd, plan, new Renderer(csl, pair, byId), byId, family);

  let text = '';
  const add = (s: string) => {
    const at = text.length;
    text += s;
    return at;
  };
  const citations: DraftCitation[] = [];
  const noteTexts: Array<{ text: string; target: string }> = [];
  add(`${rnd.pick(PAPER_TITLES)}\n\n`);

  const perSection = Math.ceil(clusters.length / SECTION_TITLES.length);
  for (const [s, title] of SECTION_TITLES.entries()) {
    add(`${s + 1} ${title}\n\n`);
    const own = clusters.slice(s * perSection, (s + 1) * perSection);
    while (own.length) {
      const sentences = rnd.int(3, 6);
      for (let k = 0; k < sentences; k++) {
        if (k) add(' ');
        const cluster = own.length && rnd.chance(0.75) ? own.shift()! : null;
        if (!cluster) add(plainSentence(rnd));
        else if (family === 'note') {
          noteTexts.push({ text: cluster.text, target: cluster.works[0].id });
          const n = noteTexts.length;
          const call = index === 0 ? superscript(String(n)) : String(n);
          const after = index === 0 && rnd.chance(0.5);
          add(claim(rnd) + (after ? '.' : ''));
          const at = add(call);
          add(after ? '' : '.');
          citations.push(noteCall(at, call, `note-${n}`));
        } else sentenceWithCluster(rnd, cluster, family, pair.style, add, citations);
      }
      add('\n\n');
    }
  }

  const notes: PaperDraft['notes'] = [];
  const noteCitations: PaperDraft['noteCitations'] = [];
  if (noteTexts.length) {
    add(`${headings(pair.locale).notes}\n\n`);
    for (const [i, note] of noteTexts.entries()) {
      const start = add(`${i + 1}${index === 0 ? '.' : ''} ${rnd.pick(NOTE_PREFIXES)}`);
      const at = add(note.text);
      add('\n');
      notes.push({ id: `note-${i + 1}`, number: i + 1, start });
      noteCitations.push({ start: at, end: at + note.text.length, target: note.target });
    }
    add('\n');
  }

  add(`${listHeading(pair, family)}\n\n`);
  const width = rnd.int(70, 90);
  const entries = bibliography.map((e) => {
    const start = add(`${(index === 0 ? [e.text] : wrapAtSpaces(e.text, width)).join('\n')}\n`);
    const item = byId.get(e.id)!;
    return { id: e.id, start, key: `${firstAuthorName(item)} ${yearOf(item) ?? 'n.d.'}` };
  });
  return {
    name: `${pairName(pair)}.${index + 1}`, style: pair.style, locale: pair.locale, family, variant: 'plain',
    text, entries, notes, citations, noteCitations,
  };
}

function noteCall(start: number, call: string, noteId: string): DraftCitation {
  return { start, end: start + call.length, kind: 'footnote-marker', status: 'resolved', targets: [noteId], rangeTargets: [], intended: [] };
}

/** One sentence carrying an author-date, author-page or numeric cluster. */
function sentenceWithCluster(
  rnd: Random, cluster: CitedCluster, family: Family, style: string, add: (s: string) => number, citations: DraftCitation[],
): void {
  let at: number;
  if (cluster.narrative) {
    add(rnd.chance(0.3) ? 'In an earlier study, ' : '');
    at = add(cluster.text);
    add(` ${narrativeRest(rnd)}`);
  } else if (family === 'superscript') {
    const before = style === 'nature';
    add(claim(rnd) + (before ? '' : '.'));
    at = add(superscript(cluster.text));
    add(before ? '.' : '');
  } else if (rnd.chance(0.7)) {
    add(`${claim(rnd)} `);
    at = add(cluster.text);
    add('.');
  } else {
    add(`${claim(rnd)} `);
    at = add(cluster.text);
    const next = claim(rnd);
    add(`; ${next[0].toLowerCase()}${next.slice(1)}.`);
  }
  const kind = cluster.narrative ? 'narrative' : family === 'numeric' || family === 'superscript' ? 'numeric' : 'parenthetical';
  for (const w of cluster.works) {
    citations.push({
      start: at + w.start, end: at + w.end, kind, status: w.status, targets: w.targets, rangeTargets: w.rangeIds,
      intended: w.intended, why: w.why,
    });
  }
}
