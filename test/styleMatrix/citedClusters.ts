/**
 * Renders a paper's planned clusters with citeproc, finds each work inside them, and gives each work its gold:
 * resolved, ambiguous (two works render alike), or unresolved (a deliberate error, or a work the list leaves out).
 */
import { ClusterItem, Renderer, BibliographyEntry } from './renderer';
import { CslItem, yearOf } from './cslItem';
import { Family } from './matrix';
import { PlannedCluster } from './clusterPlan';
import { locateByRendering, locateNarrative, locateNumbers, WorkSpan } from './locateWorks';
import { misspelt, spliced, wrongYear } from './deliberateErrors';
import { GoldStatus } from './paperDraft';
import { Random } from './random';
import { UNLISTED_PREFIX } from './works';

/** About one cited work in eleven carries a deliberate error (with the unlisted works, about 10% in all). */
const ERROR_SHARE = 0.09;
/** A numeric error needs a cluster of one work, and about a third of the works stand alone: they take it three times as often. */
const NUMERIC_ERROR_SHARE = ERROR_SHARE * 3;

export interface CitedWork extends WorkSpan {
  status: GoldStatus;
  targets: string[];
  intended: string[];
  why?: string;
}

export interface CitedCluster {
  text: string;
  works: CitedWork[];
  narrative: boolean;
}

export interface RenderedPaper {
  clusters: CitedCluster[];
  bibliography: BibliographyEntry[];
}

export function renderClusters(rnd: Random, plan: PlannedCluster[], renderer: Renderer, works: Map<string, CslItem>, family: Family): RenderedPaper {
  const requests: ClusterItem[][] = plan.flatMap((c) =>
    c.narrative
      ? [[{ id: c.works[0].id, 'author-only': true }], [{ ...c.works[0], 'suppress-author': true }]]
      : [c.works.map((w) => ({ ...w }))],
  );
  const rendered = renderer.renderInOrder(requests);
  const bibliography = renderer.bibliography().filter((e) => !e.id.startsWith(UNLISTED_PREFIX));
  const numbered = bibliography.map((e) => e.id);
  const alone = new Map<string, string>();
  const renderAlone = (id: string) => alone.get(id) ?? alone.set(id, renderer.renderAlone({ id })).get(id)!;
  const sameRendering = new Map<string, string[]>();
  if (family === 'author-date' || family === 'author-page') {
    for (const id of numbered) sameRendering.set(renderAlone(id), [...(sameRendering.get(renderAlone(id)) ?? []), id]);
  }
  const goldOf = (id: string): Pick<CitedWork, 'status' | 'targets' | 'intended' | 'why'> => {
    if (id.startsWith(UNLISTED_PREFIX)) return { status: 'unresolved', targets: [], intended: [], why: 'missing entry: the work is not in the list' };
    const alike = sameRendering.get(renderAlone(id)) ?? [id];
    return alike.length > 1 ? { status: 'ambiguous', targets: alike, intended: [], why: 'works that render alike' } : { status: 'resolved', targets: [id], intended: [] };
  };

  const clusters: CitedCluster[] = [];
  let next = 0;
  for (const c of plan) {
    const text = c.narrative ? `${rendered[next].replace(/[\s,]+$/, '')} ${rendered[next + 1]}` : rendered[next];
    next += c.narrative ? 2 : 1;
    const ids = c.works.map((w) => w.id);
    const spans = c.narrative
      ? [locateNarrative(text, ids[0])]
      : family === 'numeric' || family === 'superscript'
        ? locateNumbers(text, numbered, c.works.some((w) => w.locator))
        : family === 'note'
          ? [{ id: ids[0], rangeIds: [], start: 0, end: text.length }]
          : locateByRendering(text, ids, renderAlone);
    if (!spans || text.includes('NO_PRINTED_FORM')) continue;
    const cluster = { text, narrative: c.narrative, works: spans.map((s) => ({ ...s, ...goldOf(s.id) })) };
    if (family !== 'note') withDeliberateError(rnd, cluster, family, works, bibliography.length);
    clusters.push(cluster);
  }
  return { clusters, bibliography };
}

/** Edits at most one work of the cluster: a misspelt first author or a wrong year, or a number beyond the list. */
function withDeliberateError(rnd: Random, cluster: CitedCluster, family: Family, works: Map<string, CslItem>, listLength: number): void {
  const numeric = family === 'numeric' || family === 'superscript';
  if (numeric && cluster.works.length > 1) return;
  const w = cluster.works.find((x) => x.status === 'resolved' && rnd.chance(numeric ? NUMERIC_ERROR_SHARE : ERROR_SHARE));
  if (!w) return;
  const segment = cluster.text.slice(w.start, w.end);
  if (numeric) {
    const beyond = String(listLength + rnd.int(1, 9));
    cluster.text = spliced(cluster.text, w.start, w.end - w.start, beyond);
    Object.assign(w, { end: w.start + beyond.length, status: 'unresolved', targets: [], rangeIds: [], intended: [], why: 'number beyond the list' });
    return;
  }
  const item = works.get(w.id)!;
  const year = yearOf(item);
  const yearAt = year === null ? -1 : segment.indexOf(String(year));
  if (family === 'author-date' && yearAt >= 0 && rnd.chance(0.5)) {
    const sameAuthor = [...works.values()].filter((o) => o.author[0].family === item.author[0].family && o.author[0].literal === item.author[0].literal);
    const other = wrongYear(year!, rnd, new Set(sameAuthor.map(yearOf).filter((y): y is number => y !== null)));
    if (other === null) return;
    cluster.text = spliced(cluster.text, w.start + yearAt, 4, String(other));
    Object.assign(w, { status: 'unresolved', targets: [], intended: [w.id], why: `wrong year: ${other} for ${year}` });
    return;
  }
  const family0 = item.author[0].family;
  const nameAt = family0 ? segment.toLowerCase().indexOf(family0.toLowerCase()) : -1;
  if (!family0 || nameAt < 0) return;
  const taken = new Set([...works.values()].flatMap((o) => o.author.map((a) => (a.family ?? '').toLowerCase())));
  const wrong = misspelt(family0, rnd, taken);
  if (!wrong) return;
  const written = segment.slice(nameAt, nameAt + family0.length);
  const asWritten = written === written.toUpperCase() ? wrong.toUpperCase() : wrong;
  cluster.text = spliced(cluster.text, w.start + nameAt, family0.length, asWritten);
  Object.assign(w, { status: 'unresolved', targets: [], intended: [w.id], why: `misspelt author: ${asWritten} for ${written}` });
}
