/** A small pool of worker threads for `--jobs N`: documents in, records (or errors) out, any order. */
import { Worker } from 'node:worker_threads';
import type { DocumentInput, PipelineOptions } from '../core/pipeline.js';
import type { NewsRecord } from '../core/record.js';
import type { KbEntry } from '../resources/schema.js';

export type Outcome = { record: NewsRecord } | { error: string };

export class Pool {
  private readonly held = new Map<Worker, number>();
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; doc: DocumentInput }[] = [];
  private readonly waiting = new Map<number, (o: Outcome) => void>();
  private next = 0;

  constructor(
    size: number,
    private readonly kb: KbEntry[],
    private readonly options: Omit<PipelineOptions, 'registry'>,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: { kb: this.kb, options: this.options } });
    w.on('message', (m: { id: number } & Outcome) => {
      this.settle(m.id, 'record' in m ? { record: m.record } : { error: m.error });
      this.held.delete(w);
      this.dispatch(w);
    });
    // a worker that dies fails the document it held; a new one takes its place
    w.on('error', (e) => {
      const id = this.held.get(w);
      this.held.delete(w);
      if (id !== undefined) this.settle(id, { error: `internal error in a worker: ${e.message}` });
      this.spawn();
    });
    this.dispatch(w);
  }

  private settle(id: number, o: Outcome): void {
    const done = this.waiting.get(id);
    this.waiting.delete(id);
    done?.(o);
  }

  process(doc: DocumentInput): Promise<Outcome> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.queue.push({ id, doc });
      const w = this.idle.pop();
      if (w) this.dispatch(w);
    });
  }

  private dispatch(w: Worker): void {
    const task = this.queue.shift();
    if (!task) {
      if (!this.idle.includes(w)) this.idle.push(w);
      return;
    }
    this.held.set(w, task.id);
    w.postMessage(task);
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.held.keys()].map((w) => w.terminate()));
  }
}
