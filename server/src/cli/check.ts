import { analysePaper, findDiagnostics, lineAt, DEFAULT_SEVERITY, Severity } from '../analysis';
import { PaperFile } from './files';
import { ParallelOptions, perFile } from './parallel';

interface Report {
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

/** `check`: diagnostics as path:line:col lines (hints only with --hints); exit 1 on any error or warning. */
export async function runCheck(files: PaperFile[], json: boolean, hints: boolean, parallel: ParallelOptions = {}): Promise<number> {
  const reports = (await perFile('check', files, reportsOf, parallel)).flat().filter((r) => hints || r.severity !== 'hint');
  if (json) console.log(JSON.stringify(reports, null, 2));
  else {
    for (const r of reports) console.log(`${r.path}:${r.line}:${r.column}: ${r.severity}: ${r.message} [${r.code}]`);
    const loud = reports.filter((r) => r.severity === 'error' || r.severity === 'warning').length;
    console.log(`${files.length} paper${files.length === 1 ? '' : 's'} checked, ${loud} problem${loud === 1 ? '' : 's'} found.`);
  }
  return reports.some((r) => r.severity === 'error' || r.severity === 'warning') ? 1 : 0;
}
