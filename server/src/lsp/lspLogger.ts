import { Connection } from 'vscode-languageserver/node';
import { ILogger, LogLevel } from '../logging';

/** Log lines as `window/logMessage`, which VS Code shows in the Scholarly Lens output channel. */
export class LspLogger implements ILogger {
  constructor(private readonly connection: Connection) {}

  log(level: LogLevel, message: string): void {
    const console = this.connection.console;
    if (level === LogLevel.Error) console.error(message);
    else if (level === LogLevel.Warn) console.warn(message);
    else if (level === LogLevel.Info) console.info(message);
    else console.log(message);
  }
}
