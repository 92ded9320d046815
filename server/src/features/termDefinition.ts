import { Location } from 'vscode-languageserver';
import { bestDescription, Span, WorkspacePaper } from '../analysis';
import { PaperContext } from './context';
import { TermHit } from './termLookup';
import { lineNumber, toRange } from './positions';

function at(uri: string, paper: WorkspacePaper, span: Span): Location {
  return { uri, range: toRange(paper, span) };
}

/**
 * Definition of an organisation: its first expansion in this paper, else in another paper of the workspace;
 * for an abbreviated term (not a body) also the sentence that says what it is; for one never expanded, the
 * sentence that says what it is, else its first mention.
 * Definition of a concept: its defining sentence; for a term defined in another paper, where this paper
 * first uses it and where the other paper defines it.
 */
export function termDefinition({ uri, paper, others }: PaperContext, hit: TermHit): Location[] | null {
  if (hit.kind === 'organisation') {
    const org = hit.org;
    const out: Location[] = [];
    if (org.definition) out.push(at(uri, paper, org.definition));
    else {
      const other = others.expansion(org);
      const there = other && (other.org.definition ?? other.org.mentions[0]);
      if (there) out.push(at(other.ref.uri, other.ref.paper, there));
    }
    if (org.kind === 'abbreviation' && org.descriptionSpan && (!org.definition || lineNumber(paper, org.descriptionSpan) !== lineNumber(paper, org.definition))) {
      out.push(at(uri, paper, org.descriptionSpan));
    }
    if (out.length === 0) {
      // Never expanded (a name without a short form, or a short form no paper expands): where it is described, else introduced.
      const described = bestDescription([...(org.description ? [{ ref: { uri, name: '', paper }, org }] : []), ...others.organisation(org)]);
      if (described?.org.descriptionSpan) out.push(at(described.ref.uri, described.ref.paper, described.org.descriptionSpan));
      else if (org.mentions.length) out.push(at(uri, paper, org.mentions[0]));
    }
    return out.length ? out : null;
  }
  const out = [at(uri, paper, hit.concept.definition)];
  if (hit.elsewhere) out.push(at(hit.elsewhere.ref.uri, hit.elsewhere.ref.paper, hit.elsewhere.concept.definition));
  return out;
}
