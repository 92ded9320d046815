/** Which works a paper cites, in which clusters, with which locators and narrative forms. */
import { CslItem, firstAuthorName } from './cslItem';
import { Family } from './matrix';
import { Random } from './random';
import { UNLISTED_PREFIX } from './works';

export interface PlannedWork {
  id: string;
  locator?: string;
}

export interface PlannedCluster {
  works: PlannedWork[];
  /** "Author (Year)" rather than "(Author, Year)": author-date styles only, one work. */
  narrative: boolean;
}

/** About one cluster in 25 cites a work the bibliography leaves out (author-date styles). */
const UNLISTED_SHARE = 0.04;

export function planClusters(rnd: Random, works: CslItem[], family: Family): PlannedCluster[] {
  const listed = works.filter((w) => !w.id.startsWith(UNLISTED_PREFIX));
  const series = [...new Set(listed.filter((w) => w.id.startsWith('series-')).map((w) => w.id.split('-')[1]))];
  const seriesWorks = listed.filter((w) => w.id.startsWith(`series-${rnd.pick(series)}-`));
  const cited = [...new Set([...seriesWorks, ...rnd.sample(listed, rnd.int(20, 28))])];
  const unlisted = works.filter((w) => w.id.startsWith(UNLISTED_PREFIX));
  const single = family === 'note';
  const clusters: PlannedCluster[] = [];
  const queue = rnd.sample(cited, cited.length);
  // every cited work once, then some of them again
  for (const w of [...queue, ...rnd.sample(cited, Math.round(cited.length * 0.3))]) {
    const size = single ? 1 : rnd.pick([1, 1, 1, 2, 2, 3]);
    const group = [w, ...rnd.sample(cited, 6).filter((o) => o !== w)].filter(distinctFirstAuthors()).slice(0, size);
    const locators = family !== 'superscript' && (group.length === 1 || family !== 'numeric');
    clusters.push({
      works: group.map((g) => ({ id: g.id, locator: locators && rnd.chance(0.3) ? String(rnd.int(2, 340)) : undefined })),
      narrative: family === 'author-date' && group.length === 1 && rnd.chance(0.3),
    });
    if (family === 'author-date' && rnd.chance(UNLISTED_SHARE)) clusters.push({ works: [{ id: rnd.pick(unlisted).id }], narrative: false });
  }
  return single ? withoutRepeats(clusters) : clusters;
}

/** Works by the same first author in one cluster collapse ("Halvorsen 2019a, b"): keep them apart. */
function distinctFirstAuthors(): (w: CslItem) => boolean {
  const seen = new Set<string>();
  return (w) => {
    const name = firstAuthorName(w);
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  };
}

/** A note citing the work of the note before it becomes "Ibid.": move such notes further down. */
function withoutRepeats(clusters: PlannedCluster[]): PlannedCluster[] {
  const out: PlannedCluster[] = [];
  const waiting: PlannedCluster[] = [];
  const fits = (c: PlannedCluster) => !out.length || out[out.length - 1].works[0].id !== c.works[0].id;
  for (const c of clusters) {
    const ready = waiting.findIndex(fits);
    if (ready >= 0) out.push(...waiting.splice(ready, 1));
    if (fits(c)) out.push(c);
    else waiting.push(c);
  }
  // what still waits repeats the last note's work: it is left out
  return out;
}
