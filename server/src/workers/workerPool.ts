/**
 * A few worker threads running one script, each job sent to the least busy one. Jobs and results are plain
 * data (structured clone). A worker that dies is replaced; a pool whose workers cannot start at all says so
 * through `broken`, and its callers go on without it.
 */
import { Worker } from 'node:worker_threads';

/** What a worker script posts back: the result of job `id`, or why it failed, or a warning to log. */
export type WorkerReply<R> = { id: number; result: R } | { id: number; error: string } | { warning: string };

/** What a worker script receives. */
export interface WorkerJob<J> {
  id: number;
  job: J;
}

/** A worker that died this many times is not started again. */
const RESTARTS = 3;

interface Slot<R> {
  worker: Worker;
  started: boolean;
  pending: Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>;
}

export class WorkerPool<J, R> {
  private readonly slots: Slot<R>[] = [];
  private nextId = 0;
  private restarts = 0;
  private closed = false;
  /** Set when no worker could start: every job fails with this error. */
  broken: Error | null = null;

  constructor(
    private readonly script: string,
    size: number,
    private readonly workerData: unknown,
    private readonly onWarning: (message: string) => void,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  run(job: J): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = ++this.nextId;
    return new Promise<R>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, job } satisfies WorkerJob<J>);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot<R> {
    const slot: Slot<R> = { worker: new Worker(this.script, { workerData: this.workerData }), started: false, pending: new Map() };
    const { worker } = slot;
    worker.unref();
    worker.on('online', () => (slot.started = true));
    worker.on('message', (reply: WorkerReply<R>) => {
      if ('warning' in reply) return this.onWarning(reply.warning);
      const waiting = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      // An idle worker does not keep the process alive.
      if (slot.pending.size === 0) worker.unref();
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    worker.on('error', (error) => this.died(slot, error));
    worker.on('exit', (code) => this.died(slot, new Error(`the worker thread stopped (exit code ${code})`)));
    return slot;
  }

  private died(slot: Slot<R>, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index === -1 || this.closed) return;
    for (const waiting of slot.pending.values()) waiting.reject(error);
    if (!slot.started || this.restarts >= RESTARTS) {
      this.broken = new Error(`worker threads of ${this.script} could not run: ${error.message}`);
      for (const other of this.slots) for (const waiting of other.pending.values()) waiting.reject(this.broken);
      void this.close();
      return;
    }
    this.restarts++;
    this.slots[index] = this.start();
  }
}
