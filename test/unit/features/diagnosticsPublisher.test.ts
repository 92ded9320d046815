import * as assert from 'node:assert';
import { Connection, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { DiagnosticsPublisher } from '../../../server/src/lsp/diagnosticsPublisher';
import { IScholarlyLanguageService } from '../../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../../server/src/workspace/inMemoryWorkspace';
import { PaperDocument } from '../../../server/src/workspace/workspace';

const URI = 'memory:///papers/draft.txt';

/** A service whose diagnostics name the text they were computed from and the computation's number, and which records what it was asked. */
function recordingService(onCompute: (doc: PaperDocument) => void = () => {}) {
  const computed: string[] = [];
  const prepared: string[] = [];
  let preparedWaiter: (() => void) | null = null;
  const service = {
    async computeDiagnostics(doc: PaperDocument): Promise<Diagnostic[]> {
      computed.push(doc.getText());
      const number = computed.length;
      onCompute(doc);
      // As the real service, it waits on the settings and the annotation store before it answers.
      await new Promise(setImmediate);
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: `from "${doc.getText()}" #${number}` }];
    },
    prepare(doc: PaperDocument): void {
      prepared.push(doc.getText());
      preparedWaiter?.();
    },
  };
  const nextPrepare = () => new Promise<void>((resolve) => (preparedWaiter = resolve));
  return { service: service as unknown as IScholarlyLanguageService, computed, prepared, nextPrepare };
}

/** A connection that keeps what it was sent and lets a test wait for the next publish. */
function recordingConnection(onPublish: (p: PublishDiagnosticsParams) => void = () => {}) {
  const published: string[][] = [];
  let waiter: (() => void) | null = null;
  const connection = {
    async sendDiagnostics(p: PublishDiagnosticsParams): Promise<void> {
      published.push(p.diagnostics.map((d) => d.message));
      onPublish(p);
      waiter?.();
    },
  };
  const nextPublish = () => new Promise<void>((resolve) => (waiter = resolve));
  return { connection: connection as unknown as Connection, published, nextPublish };
}

describe('diagnostics publisher', () => {
  it('computes again after the settings change, not publishing what was computed ahead with the old ones', async () => {
    const workspace = new InMemoryWorkspace(['memory:///papers']);
    let publisher: DiagnosticsPublisher | null = null;
    // The settings change while the diagnostics of "ab" are being computed ahead of the delay.
    const service = recordingService((doc) => {
      if (doc.getText() === 'ab' && service.computed.length === 2) setImmediate(() => publisher!.republishAll());
    });
    const sent = recordingConnection();
    publisher = new DiagnosticsPublisher(sent.connection, workspace, service.service);
    let published = sent.nextPublish();
    workspace.openDocument(URI, 'a');
    await published;
    published = sent.nextPublish();
    workspace.openDocument(URI, 'ab');
    await published;
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepStrictEqual(sent.published, [['from "a" #1'], ['from "ab" #3']]);
    assert.deepStrictEqual(service.computed, ['a', 'ab', 'ab']);
  });

  it('reads organisations and concepts only once the document stays unchanged after its diagnostics', async () => {
    const workspace = new InMemoryWorkspace(['memory:///papers']);
    const service = recordingService();
    // The reader types on as soon as the diagnostics of "x" arrive.
    const sent = recordingConnection(() => {
      if (workspace.getDocument(URI)?.getText() === 'x') workspace.openDocument(URI, 'xy');
    });
    new DiagnosticsPublisher(sent.connection, workspace, service.service);
    const prepared = service.nextPrepare();
    workspace.openDocument(URI, 'x');
    await prepared;
    assert.deepStrictEqual(sent.published, [['from "x" #1'], ['from "xy" #2']]);
    assert.deepStrictEqual(service.prepared, ['xy']);
  });

  it('clears the diagnostics of a closed document and publishes nothing more for it', async () => {
    const workspace = new InMemoryWorkspace(['memory:///papers']);
    const service = recordingService();
    const sent = recordingConnection();
    new DiagnosticsPublisher(sent.connection, workspace, service.service);
    const published = sent.nextPublish();
    workspace.openDocument(URI, 'first');
    await published;
    workspace.openDocument(URI, 'second');
    const cleared = sent.nextPublish();
    workspace.closeDocument(URI);
    await cleared;
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepStrictEqual(sent.published, [['from "first" #1'], []]);
    assert.deepStrictEqual(service.prepared, []);
  });
});
