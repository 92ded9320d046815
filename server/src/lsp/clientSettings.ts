import { Connection } from 'vscode-languageserver/node';
import { defaultSettings, readSettings, Settings } from '../service/settings';
import { ISettingsProvider } from '../service/languageService';
import { Logger } from '../logging';

/** The client's `scholarlyLens` settings per open document, asked once and kept until they change or it closes. */
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
    if (!this.clientHasConfiguration) return Promise.resolve(defaultSettings());
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'scholarlyLens' }).then(readSettings, (error) => {
        this.logger.warn(`could not read the settings for ${uri}; using the defaults`, error);
        return defaultSettings();
      });
      if (this.isOpen(uri)) this.byUri.set(uri, settings);
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
