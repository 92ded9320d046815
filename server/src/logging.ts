/** Where the service says what went wrong: LSP `window/logMessage` in the server, an array in tests. */
export enum LogLevel {
  Error = 1,
  Warn = 2,
  Info = 3,
  Debug = 4,
}

export interface ILogger {
  log(level: LogLevel, message: string): void;
}

/** Writes errors with their message (and stack for a failure of ours), so a log line says what failed and why. */
export class Logger {
  constructor(private readonly sink: ILogger) {}

  error(what: string, error?: unknown): void {
    this.sink.log(LogLevel.Error, `Scholarly Lens ${what}${describe(error, true)}`);
  }

  warn(what: string, error?: unknown): void {
    this.sink.log(LogLevel.Warn, `Scholarly Lens ${what}${describe(error, false)}`);
  }

  info(message: string): void {
    this.sink.log(LogLevel.Info, `Scholarly Lens: ${message}`);
  }
}

function describe(error: unknown, withStack: boolean): string {
  if (error === undefined) return '';
  if (error instanceof Error) return `: ${withStack && error.stack ? error.stack : error.message}`;
  return `: ${String(error)}`;
}
