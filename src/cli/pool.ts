/** A small pool of worker threads for `--jobs N`: documents in, records (or errors) out, any order. */
import { Worker } from 'node:worker_threads';
import type { DocumentInput, PipelineOptions } from '../core/pipeline.js';
import type { NewsRecord } from '../core/record.js';
import type { KbEntry } from '../resources/schema.js';
import type { Format } from './output.js';

/**
 * What became of a document: its record; or, from a worker thread, the record already serialized (`chunks`, the text
 * recordChunks gives) with the warnings the main thread reports, so that only strings cross between threads; or an error.
 */
export type Outcome = { record: NewsRecord } | { warnings: string[]; chunks: string[] } | { error: string };

/** How a worker serializes records: the output format and where they go. */
export interface Serialization {
  format: Format;
  to: 'stdout' | 'file';
}

/** Documents a worker holds at once: the next waits in its port while it works, so it never waits for the main thread. */
const DEPTH = 2;

export class Pool {
  /** per worker, the documents sent to it, in the order it takes them */
  private readonly held = new Map<Worker, number[]>();
  private readonly queue: { id: number; doc: DocumentInput }[] = [];
  private readonly waiting = new Map<number, (o: Outcome) => void>();
  private next = 0;

  constructor(
    size: number,
    private readonly kb: KbEntry[],
    private readonly options: Omit<PipelineOptions, 'registry'>,
    private readonly serialization: Serialization,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: { kb: this.kb, options: this.options, serialization: this.serialization } });
    this.held.set(w, []);
    w.on('message', (m: { id: number } & Outcome) => {
      const { id, ...outcome } = m;
      const ids = this.held.get(w)!;
      ids.splice(ids.indexOf(id), 1);
      this.settle(id, outcome as Outcome);
      this.fill(w);
    });
    // a worker that dies fails the document it was working on; the ones waiting for it go back to the queue, and a
    // new worker takes its place
    w.on('error', (e) => {
      const [id, ...rest] = this.held.get(w) ?? [];
      this.held.delete(w);
      if (id !== undefined) this.settle(id, { error: `internal error in a worker: ${e.message}` });
      this.queue.unshift(...rest.map((r) => this.sent.get(r)!));
      this.spawn();
    });
    this.fill(w);
  }

  /** the documents in workers, by id (to send again if their worker dies) */
  private readonly sent = new Map<number, { id: number; doc: DocumentInput }>();

  private settle(id: number, o: Outcome): void {
    this.sent.delete(id);
    const done = this.waiting.get(id);
    this.waiting.delete(id);
    done?.(o);
  }

  process(doc: DocumentInput): Promise<Outcome> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.queue.push({ id, doc });
      // the least busy worker takes it
      let best: Worker | null = null;
      for (const [w, ids] of this.held) if (ids.length < DEPTH && (!best || ids.length < this.held.get(best)!.length)) best = w;
      if (best) this.fill(best);
    });
  }

  /** Sends a worker documents from the queue until it holds DEPTH. */
  private fill(w: Worker): void {
    const ids = this.held.get(w);
    if (!ids) return;
    while (ids.length < DEPTH && this.queue.length) {
      const task = this.queue.shift()!;
      ids.push(task.id);
      this.sent.set(task.id, task);
      w.postMessage(task);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.held.keys()].map((w) => w.terminate()));
  }
}
