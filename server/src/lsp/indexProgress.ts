import { Connection } from 'vscode-languageserver/node';
import { IndexProgress } from '../workspace/workspaceIndex';

/** Reports indexing as LSP work-done progress ("Scholarly Lens: indexing papers", percent and file). */
export async function workDoneProgress(connection: Connection): Promise<IndexProgress> {
  const reporter = await connection.window.createWorkDoneProgress();
  let last = -1;
  return {
    begin: (total) => reporter.begin('Scholarly Lens: indexing papers', 0, `${total} files`, false),
    report: (done, total, file) => {
      const percent = total ? Math.floor((done / total) * 100) : 100;
      if (percent !== last) reporter.report(percent, `${done}/${total} ${file}`);
      last = percent;
    },
    done: () => reporter.done(),
  };
}
