/**
 * What the papers of a workspace know together: organisations and abbreviations by name and short form,
 * concepts by term, and the same work cited in several papers. Pure: papers in, lookups out.
 */
import { Concept, Organisation, Paper, ReferenceEntry } from '../model';
import { doiOf, ListedWork, sameWork, workKey } from './sameWork';
import { ConceptFromElsewhere, conceptsFromElsewhere } from './conceptsElsewhere';
import { PhraseFinder } from './termUses';
import { initialsOf } from '../organisations/initials';
import { shortFormLetters } from '../organisations/align';

/** What the registry and the features read of a paper of the workspace: a paper on disk is kept in this compact form. */
export interface WorkspacePaper extends Pick<Paper, 'organisations' | 'concepts' | 'lineStarts'> {
  references: ListedWork[];
  words: PhraseFinder;
}

export interface PaperRef {
  uri: string;
  /** File name shown to the reader ("smith-2020.txt"). */
  name: string;
  paper: WorkspacePaper;
}

export interface OrgUse {
  ref: PaperRef;
  org: Organisation;
}

export interface ConceptUse {
  ref: PaperRef;
  concept: Concept;
}

export interface EntryUse {
  ref: PaperRef;
  entry: ListedWork;
}

/** Papers in the order the registry keeps them: by file name, then URI. */
function compareRefs(a: PaperRef, b: PaperRef): number {
  return a.name.localeCompare(b.name) || a.uri.localeCompare(b.uri);
}

/**
 * Kept up to date one paper at a time (`set`, `delete`): a paper that changes costs the work of that paper,
 * not of the whole workspace. Every list is in the order of `refs`.
 */
export class WorkspaceRegistry {
  readonly refs: PaperRef[] = [];
  private readonly byUri = new Map<string, PaperRef>();
  private readonly orgsByKey = new Map<string, OrgUse[]>();
  private readonly orgsByShort = new Map<string, OrgUse[]>();
  /** Names without a short form, by their initials ("United Nations" under "un"). */
  private readonly namesByInitials = new Map<string, OrgUse[]>();
  private readonly conceptsByKey = new Map<string, ConceptUse[]>();
  private readonly entriesByWork = new Map<string, EntryUse[]>();
  private readonly entriesByDoi = new Map<string, EntryUse[]>();
  /** Concepts each paper takes from the others, worked out on first use and forgotten when any paper changes. */
  private readonly borrowed = new Map<string, ConceptFromElsewhere[]>();

  /** Counts the changes: what was worked out from the registry holds while its version stays the same. */
  private changes = 0;

  constructor(refs: PaperRef[] = []) {
    for (const ref of refs) this.set(ref);
  }

  get version(): number {
    return this.changes;
  }

  /** The paper registered for a URI. */
  paperOf(uri: string): WorkspacePaper | undefined {
    return this.byUri.get(uri)?.paper;
  }

  /** Adds a paper, or puts it in the place of the paper registered for its URI. */
  set(ref: PaperRef): void {
    this.delete(ref.uri);
    this.byUri.set(ref.uri, ref);
    let at = this.refs.length;
    while (at > 0 && compareRefs(this.refs[at - 1], ref) > 0) at--;
    this.refs.splice(at, 0, ref);
    this.visit(ref, insertInOrder);
    this.borrowed.clear();
    this.changes++;
  }

  delete(uri: string): void {
    const ref = this.byUri.get(uri);
    if (!ref) return;
    this.byUri.delete(uri);
    this.refs.splice(this.refs.indexOf(ref), 1);
    this.visit(ref, (map, key) => {
      const left = map.get(key)?.filter((u) => u.ref !== ref) ?? [];
      if (left.length) map.set(key, left);
      else map.delete(key);
    });
    this.borrowed.clear();
    this.changes++;
  }

  /** Calls `each` with every lookup a paper has a place in, under its key there. */
  private visit(ref: PaperRef, each: <U extends { ref: PaperRef }>(map: Map<string, U[]>, key: string, use: U) => void): void {
    for (const org of ref.paper.organisations) {
      each(this.orgsByKey, org.key, { ref, org });
      if (org.abbreviation) each(this.orgsByShort, org.abbreviation, { ref, org });
      else if (org.kind === 'organisation') each(this.namesByInitials, initialsOf(org.name), { ref, org });
    }
    for (const concept of ref.paper.concepts) each(this.conceptsByKey, concept.key, { ref, concept });
    for (const entry of ref.paper.references) {
      const key = workKey(entry);
      if (key) each(this.entriesByWork, key, { ref, entry });
      const doi = doiOf(entry);
      if (doi) each(this.entriesByDoi, doi, { ref, entry });
    }
  }

  /** Every paper's view of the organisation: same name in any spelling, or same short form with a known name. */
  organisation(org: Organisation): OrgUse[] {
    const same = [...(this.orgsByKey.get(org.key) ?? [])];
    const seen = new Set(same.map((u) => u.org));
    if (org.abbreviation) {
      for (const u of this.orgsByShort.get(org.abbreviation) ?? []) {
        const named = u.org.definition !== null || u.org.name !== u.org.abbreviation;
        const unnamedHere = org.definition === null && org.name === org.abbreviation;
        if (!seen.has(u.org) && (u.org.key === org.key || (unnamedHere && named) || (!named && !unnamedHere))) {
          same.push(u);
          seen.add(u.org);
        }
      }
      if (org.definition === null && org.name === org.abbreviation) for (const u of this.namedAs(org.abbreviation)) if (!seen.has(u.org)) same.push(u);
    }
    return same;
  }

  /**
   * The name a short form stands for in the workspace: where a paper expands it (the commonest expansion),
   * else a name whose initials it spells. `besides`: a paper whose own uses are left out.
   */
  nameFor(short: string, besides?: string): OrgUse | null {
    const elsewhere = (u: OrgUse) => u.ref.uri !== besides;
    return this.expansions(short).find(elsewhere) ?? this.namedAs(short).find(elsewhere) ?? null;
  }

  /** Names without a short form whose initials the short form spells ("UN" for "United Nations"). */
  namedAs(short: string): OrgUse[] {
    return this.namesByInitials.get(shortFormLetters(short)) ?? [];
  }

  /** Where a short form is expanded, most common expansion first, each paper's first expansion. */
  expansions(short: string): OrgUse[] {
    const defined = (this.orgsByShort.get(short) ?? []).filter((u) => u.org.definition !== null);
    const count = new Map<string, number>();
    for (const u of defined) count.set(u.org.key, (count.get(u.org.key) ?? 0) + 1);
    return defined.sort((a, b) => (count.get(b.org.key) ?? 0) - (count.get(a.org.key) ?? 0));
  }

  concept(key: string): ConceptUse[] {
    return this.conceptsByKey.get(key) ?? [];
  }

  /** Every concept defined somewhere in the workspace, one (the plainest definition) per key. */
  concepts(): ConceptUse[] {
    const out: ConceptUse[] = [];
    for (const uses of this.conceptsByKey.values()) out.push(bestConcept(uses));
    return out;
  }

  /** The same work as `entry` in the reference lists of other papers. */
  sameWorkElsewhere(uri: string, entry: ReferenceEntry): EntryUse[] {
    const key = workKey(entry);
    const doi = doiOf(entry);
    // By DOI the names may be printed apart ("Marsh" and "Marsh-Tully"); by names, a DOI may be printed in one list only.
    const found = [...(doi ? (this.entriesByDoi.get(doi) ?? []) : []), ...(key ? (this.entriesByWork.get(key) ?? []) : [])];
    const byEntry = new Map(found.map((u) => [u.entry, u]));
    return [...byEntry.values()].filter((u) => u.ref.uri !== uri && sameWork(entry, u.entry));
  }

  allOrganisations(): OrgUse[][] {
    return [...this.orgsByKey.values()];
  }

  /** Concepts `paper` (at `uri`) uses that another paper of the workspace defines. */
  conceptsFromElsewhere(uri: string, paper: Paper): ConceptFromElsewhere[] {
    let found = this.borrowed.get(uri);
    if (!found) {
      found = conceptsFromElsewhere(paper, uri, this.concepts());
      this.borrowed.set(uri, found);
    }
    return found;
  }
}

/** The use whose definition is plainest, the earliest paper on a tie. */
export function bestConcept(uses: ConceptUse[]): ConceptUse {
  return uses.reduce((best, u) => (u.concept.strength > best.concept.strength ? u : best), uses[0]);
}

/** The plainest description among the uses, or null. */
export function bestDescription(uses: OrgUse[]): OrgUse | null {
  let best: OrgUse | null = null;
  for (const u of uses) if (u.org.description && (!best || u.org.descriptionStrength > best.org.descriptionStrength)) best = u;
  return best;
}

/** Adds a use after the uses of the papers that come before its own (and of its own paper). */
function insertInOrder<U extends { ref: PaperRef }>(map: Map<string, U[]>, key: string, use: U): void {
  const list = map.get(key);
  if (!list) return void map.set(key, [use]);
  let at = list.length;
  while (at > 0 && compareRefs(list[at - 1].ref, use.ref) > 0) at--;
  list.splice(at, 0, use);
}
