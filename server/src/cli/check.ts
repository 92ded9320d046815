import { findDiagnostics, lineAt, DEFAULT_SEVERITY, Severity } from '../analysis';
import { AnalysedPaper } from './analysedPapers';

interface Report {
  path: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

function reportsOf({ path, paper }: AnalysedPaper): Report[] {
  return findDiagnostics(paper).map((f) => {
    const line = lineAt(paper.lineStarts, f.span.start);
    return {
      path,
      line: line + 1,
      column: f.span.start - paper.lineStarts[line] + 1,
      severity: DEFAULT_SEVERITY[f.code],
      code: f.code,
      message: f.message,
    };
  });
}

const isLoud = (r: Report) => r.severity === 'error' || r.severity === 'warning';

/** `check`: diagnostics as path:line:col lines, each paper's as soon as it is read (hints only with --hints); exit 1 on any error or warning. */
export function runCheck(papers: Iterable<AnalysedPaper>, json: boolean, hints: boolean): number {
  let checked = 0;
  let loud = 0;
  const all: Report[] = [];
  for (const paper of papers) {
    checked++;
    const reports = reportsOf(paper).filter((r) => hints || r.severity !== 'hint');
    loud += reports.filter(isLoud).length;
    if (json) all.push(...reports);
    else for (const r of reports) console.log(`${r.path}:${r.line}:${r.column}: ${r.severity}: ${r.message} [${r.code}]`);
  }
  if (json) console.log(JSON.stringify(all, null, 2));
  else console.log(`${checked} paper${checked === 1 ? '' : 's'} checked, ${loud} problem${loud === 1 ? '' : 's'} found.`);
  return loud > 0 ? 1 : 0;
}
