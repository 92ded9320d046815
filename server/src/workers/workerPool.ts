/**
 * A few worker threads running one script, each job sent to the least busy one. Jobs and results are plain
 * data (structured clone). A worker that dies (a job that ran out of memory) is replaced and its jobs fail;
 * a pool whose workers cannot start at all says so through `broken`, and its callers go on without it.
 */
import { Worker } from 'node:worker_threads';

/** What a worker script posts back: that it is ready (once loaded), the result of job `id` or why it failed, or a warning to log. */
export type WorkerReply<R> = { ready: true } | { id: number; result: R } | { id: number; error: string } | { warning: string };

/** What a worker script receives. */
export interface WorkerJob<J> {
  id: number;
  job: J;
}

/**
 * The old-generation heap of each worker, in MB, unless the pool sets its own: analysing a paper of a megabyte
 * takes a few tens, and a paper that would take more fails alone (its worker is replaced) instead of swelling
 * the process.
 */
const HEAP_MB = 160;

export interface WorkerLimits {
  heapMb?: number;
  /**
   * Caps each worker's young generation: V8's default (tens of MB) fills between collections, so that a
   * worker holds several times its live heap; a smaller one saves that memory for more time collecting.
   */
  youngMb?: number;
  /** A job that takes longer fails with a message saying so, and its worker is replaced (its other jobs go to the others). */
  jobTimeoutMs?: number;
}
/** Jobs sent to one worker at a time (its reads overlap); the rest wait here, not yet copied to a worker. */
const SENT_PER_WORKER = 4;

interface Slot<J, R> {
  worker: Worker;
  /** True once the script has loaded and said so. */
  started: boolean;
  pending: Map<number, Waiting<J, R>>;
}

interface Waiting<J, R> {
  job: J;
  resolve: (r: R) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

export class WorkerPool<J, R> {
  private readonly slots: Slot<J, R>[] = [];
  private readonly waiting: Waiting<J, R>[] = [];
  private nextId = 0;
  private closed = false;
  /** Set when no worker could start: every job fails with this error. */
  broken: Error | null = null;

  /** The workers start with the first job. */
  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly workerData: unknown,
    private readonly onWarning: (message: string) => void,
    private readonly limits: WorkerLimits = {},
  ) {}

  run(job: J): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    while (this.slots.length < this.size) this.slots.push(this.start());
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.send();
    });
  }

  /** Sends waiting jobs to the workers with room for them. */
  private send(): void {
    while (this.waiting.length) {
      const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (slot.pending.size >= SENT_PER_WORKER) return;
      const waiting = this.waiting.shift()!;
      const id = ++this.nextId;
      slot.pending.set(id, waiting);
      const timeout = this.limits.jobTimeoutMs;
      if (timeout !== undefined) waiting.timer = setTimeout(() => this.timedOut(slot, id, timeout), timeout).unref();
      slot.worker.ref();
      slot.worker.postMessage({ id, job: waiting.job } satisfies WorkerJob<J>);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Fails the job that ran too long and replaces its worker; the worker's other jobs wait for another. */
  private timedOut(slot: Slot<J, R>, id: number, ms: number): void {
    const late = slot.pending.get(id);
    if (!late || this.slots.indexOf(slot) === -1) return;
    slot.pending.delete(id);
    late.reject(new Error(`it took longer than ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`));
    for (const other of slot.pending.values()) {
      clearTimeout(other.timer);
      this.waiting.unshift(other);
    }
    slot.pending.clear();
    this.slots[this.slots.indexOf(slot)] = this.start();
    void slot.worker.terminate();
    this.send();
  }

  private start(): Slot<J, R> {
    const resourceLimits = { maxOldGenerationSizeMb: this.limits.heapMb ?? HEAP_MB, maxYoungGenerationSizeMb: this.limits.youngMb };
    const slot: Slot<J, R> = { worker: new Worker(this.script, { workerData: this.workerData, resourceLimits }), started: false, pending: new Map() };
    const { worker } = slot;
    worker.unref();
    worker.on('message', (reply: WorkerReply<R>) => {
      if ('ready' in reply) return void (slot.started = true);
      if ('warning' in reply) return this.onWarning(reply.warning);
      const waiting = slot.pending.get(reply.id);
      clearTimeout(waiting?.timer);
      slot.pending.delete(reply.id);
      // An idle worker does not keep the process alive.
      if (slot.pending.size === 0) worker.unref();
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
      this.send();
    });
    worker.on('error', (error) => this.died(slot, error));
    worker.on('exit', (code) => this.died(slot, new Error(`the worker thread stopped (exit code ${code})`)));
    return slot;
  }

  private died(slot: Slot<J, R>, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index === -1 || this.closed) return;
    for (const waiting of slot.pending.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
    }
    if (!slot.started) {
      this.broken = new Error(`worker threads of ${this.script} could not run: ${error.message}`);
      for (const other of this.slots) for (const waiting of other.pending.values()) waiting.reject(this.broken);
      for (const waiting of this.waiting.splice(0)) waiting.reject(this.broken);
      void this.close();
      return;
    }
    this.slots[index] = this.start();
    this.send();
  }
}
