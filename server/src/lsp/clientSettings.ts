import { Connection } from 'vscode-languageserver/node';
import { defaultSettings, readSettings, Settings } from '../service/settings';
import { ISettingsProvider } from '../service/languageService';
import { Logger } from '../logging';

/** The client's `scholarlyLens` settings per open document (and for the window), asked once and kept until they change or the document closes. */
export class ClientSettings implements ISettingsProvider {
  private readonly byUri = new Map<string, Promise<Settings>>();
  private clientHasConfiguration = false;

  /** `isOpen` says whether a document is open: a request that outlives its document must not keep its settings. */
  constructor(
    private readonly connection: Connection,
    private readonly logger: Logger,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  initialize(clientHasConfiguration: boolean): void {
    this.clientHasConfiguration = clientHasConfiguration;
  }

  settingsFor(uri: string): Promise<Settings> {
    return this.ask(uri);
  }

  /** The settings of no document in particular, for what applies window-wide (the index size limit). */
  windowSettings(): Promise<Settings> {
    return this.ask(undefined);
  }

  private ask(scopeUri: string | undefined): Promise<Settings> {
    if (!this.clientHasConfiguration) return Promise.resolve(defaultSettings());
    const key = scopeUri ?? '';
    let settings = this.byUri.get(key);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri, section: 'scholarlyLens' }).then(readSettings, (error) => {
        this.logger.warn(`could not read the settings for ${scopeUri ?? 'the window'}; using the defaults`, error);
        return defaultSettings();
      });
      if (scopeUri === undefined || this.isOpen(scopeUri)) this.byUri.set(key, settings);
    }
    return settings;
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  changed(): void {
    this.byUri.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
