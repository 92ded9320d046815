import { analysePaper, findDiagnostics, lineAt, DEFAULT_SEVERITY, Severity } from '../analysis';
import { PaperFile } from './files';

export interface Report {
  path: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

export function reportsOf(file: PaperFile): Report[] {
  const paper = analysePaper(file.text);
  return findDiagnostics(paper).map((f) => {
    const line = lineAt(paper.lineStarts, f.span.start);
    return {
      path: file.path,
      line: line + 1,
      column: f.span.start - paper.lineStarts[line] + 1,
      severity: DEFAULT_SEVERITY[f.code],
      code: f.code,
      message: f.message,
    };
  });
}

const isLoud = (r: Report) => r.severity === 'error' || r.severity === 'warning';

/** `check`: each paper's diagnostics as path:line:col lines (hints only with --hints); exit 1 on any error or warning. */
export function runCheck(papers: Report[][], json: boolean, hints: boolean): number {
  const reports = papers.flat().filter((r) => hints || r.severity !== 'hint');
  const loud = reports.filter(isLoud).length;
  if (json) console.log(JSON.stringify(reports, null, 2));
  else {
    for (const r of reports) console.log(`${r.path}:${r.line}:${r.column}: ${r.severity}: ${r.message} [${r.code}]`);
    console.log(`${papers.length} paper${papers.length === 1 ? '' : 's'} checked, ${loud} problem${loud === 1 ? '' : 's'} found.`);
  }
  return loud > 0 ? 1 : 0;
}
