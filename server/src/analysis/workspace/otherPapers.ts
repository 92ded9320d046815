/**
 * What the other papers of the workspace say about a work, an organisation or a term, seen from one paper.
 * Every cross-paper question a feature asks goes through here.
 */
import { Concept, Organisation, Paper, ReferenceEntry, Span } from '../model';
import { ConceptFromElsewhere } from './conceptsElsewhere';
import { ConceptUse, EntryUse, OrgUse, PaperRef, WorkspaceRegistry } from './registry';
import { termUses } from './termUses';

/** A definition plain enough to show as one (a keyword list or a quoted first use is not). */
export const SHOWS_DEFINITION = 2;

export interface TermUsesIn {
  ref: PaperRef;
  spans: Span[];
}

export class OtherPapers {
  constructor(
    private readonly registry: WorkspaceRegistry,
    /** The paper the questions are asked from. */
    readonly uri: string,
  ) {}

  /** The same work as `entry` in the reference lists of other papers. */
  sameWork(entry: ReferenceEntry): EntryUse[] {
    return this.registry.sameWorkElsewhere(this.uri, entry);
  }

  /** Other papers' views of the organisation (same name in any spelling, or same short form). */
  organisation(org: Organisation): OrgUse[] {
    return this.registry.organisation(org).filter((u) => u.ref.uri !== this.uri);
  }

  /**
   * Where the short form is expanded in another paper, when this paper never expands it; else a name in another
   * paper whose initials it spells (that use has no definition).
   */
  expansion(org: Organisation): OrgUse | null {
    if (org.definition || !org.abbreviation) return null;
    if (org.name === org.abbreviation) return this.registry.nameFor(org.abbreviation, this.uri);
    return this.registry.expansions(org.abbreviation).find((u) => u.ref.uri !== this.uri) ?? null;
  }

  /** The plainest definition of the same term in another paper, if plainer than this paper's. */
  plainerDefinition(concept: Concept): ConceptUse | null {
    let best: ConceptUse | null = null;
    for (const u of this.registry.concept(concept.key)) {
      if (u.ref.uri === this.uri || u.concept.strength < SHOWS_DEFINITION) continue;
      if (u.concept.strength > concept.strength && (!best || u.concept.strength > best.concept.strength)) best = u;
    }
    return best;
  }

  /** Where each other paper uses the term, most uses first. */
  termUses(term: string): TermUsesIn[] {
    const out: TermUsesIn[] = [];
    for (const ref of this.registry.refs) {
      if (ref.uri === this.uri) continue;
      const spans = termUses(ref.paper, term);
      if (spans.length) out.push({ ref, spans });
    }
    return out.sort((a, b) => b.spans.length - a.spans.length);
  }

  /** Concepts this paper uses that another paper defines. */
  conceptsDefinedElsewhere(paper: Paper): ConceptFromElsewhere[] {
    return this.registry.conceptsFromElsewhere(this.uri, paper);
  }
}
