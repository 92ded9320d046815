import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { DiagnosticCode, findDiagnostics, Severity } from '../analysis';
import { CitedContext } from './context';
import { toRange } from './positions';
import { LibraryProblem } from '../library/libraryItem';

export const LSP_SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'scholarly-lens';

/** The paper's findings as LSP diagnostics, each at the severity its code is set to. */
export function diagnostics({ uri, paper }: CitedContext, severities: Record<DiagnosticCode, Severity>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findDiagnostics(paper)) {
    const severity = severities[f.code];
    if (severity === 'off') continue;
    out.push({
      range: toRange(paper, f.span),
      severity: LSP_SEVERITY[severity],
      code: f.code,
      source: DIAGNOSTIC_SOURCE,
      message: f.message,
      tags: f.code === DiagnosticCode.UnusedReference || f.code === DiagnosticCode.UncitedNote ? [DiagnosticTag.Unnecessary] : undefined,
      relatedInformation: f.related.map((r) => ({ location: { uri, range: toRange(paper, r.span) }, message: r.message })),
      data: f.citation === null ? undefined : { citation: f.citation },
    });
  }
  return out;
}

/** What is wrong in a bibliography file of the reader's library, each problem over its line. */
export function libraryDiagnostics(problems: readonly LibraryProblem[], severities: Record<DiagnosticCode, Severity>): Diagnostic[] {
  const severity = severities[DiagnosticCode.BibliographyProblem];
  if (severity === 'off') return [];
  return problems.map((p) => ({
    range: { start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } },
    severity: LSP_SEVERITY[severity],
    code: DiagnosticCode.BibliographyProblem,
    source: DIAGNOSTIC_SOURCE,
    message: p.message,
  }));
}
