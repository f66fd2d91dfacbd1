/** A small pool of worker threads for `--jobs N`: documents in, records (or errors) out, any order. */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { DocumentInput, PipelineOptions } from '../core/pipeline.js';
import type { NewsRecord } from '../core/record.js';
import type { KbEntry } from '../resources/schema.js';
import type { Format } from './output.js';

/**
 * What became of a document: its record; or, from a worker thread, the record already serialized (`parts`, the text
 * recordChunks gives, as UTF-8) with the warnings the main thread reports, so that only bytes cross between threads; or
 * an error.
 */
export type Outcome = { record: NewsRecord } | { warnings: string[]; parts: Uint8Array[] } | { error: string };

/** How a worker serializes records: the output format and where they go. */
export interface Serialization {
  format: Format;
  to: 'stdout' | 'file';
}

/** Batches a worker holds at once: the next waits in its port while it works, so it never waits for the main thread. */
const DEPTH = 2;
/**
 * Documents per message, and the text a batch may carry: each message wakes the other thread, which on a busy machine
 * costs about a millisecond of a worker's time, as much as a small document's extraction; a batch pays it once.
 */
const BATCH = 8;
const BATCH_CHARS = 1 << 18;
/** The documents a worker holds at most: DEPTH full batches. */
export const WORKER_HOLDS = DEPTH * BATCH;
/**
 * A worker's heap limits. V8 lets a heap with gigabytes of room grow to about four times its live data before it
 * collects the old generation (the live data is ~50 MB, so ~200 MB a thread); with a limit of a few hundred megabytes
 * it grows less (10 MB of news: peak RSS 305 -> 256 MB with one worker, 436 -> 365 MB with two, 0-5% slower). The young
 * generation, which V8 grows to ~48 MB in a thread that allocates as fast as this one, is held to 16 MB (session 28,
 * three rounds each: one worker 241-253 -> 216-224 MB, two 342-366 -> 306-319 MB, the time within 1%; 12 MB took two
 * workers under 300 MB but cost 5-6%). A document that needs more than the limit kills its worker with
 * ERR_WORKER_OUT_OF_MEMORY: sent alone, it then runs in the main thread, which has no such limit (run.ts keeps
 * documents of over a million characters there from the start).
 */
const LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

interface Task {
  id: number;
  doc: DocumentInput;
  /** sent alone: its batch's worker died, and a death must name its document */
  alone?: boolean;
}

export class Pool {
  /** per worker, the batches sent to it (their documents' ids), in the order it takes them */
  private readonly held = new Map<Worker, number[][]>();
  private readonly queue: Task[] = [];
  private readonly waiting = new Map<number, (o: Outcome) => void>();
  private next = 0;

  constructor(
    size: number,
    private readonly kb: KbEntry[],
    private readonly options: Omit<PipelineOptions, 'registry'>,
    private readonly serialization: Serialization,
    /** where a document too big for a worker's heap runs instead (the main thread) */
    private readonly tooBig: (doc: DocumentInput) => Promise<Outcome>,
    /** the worker's script (a test's stand-in) */
    private readonly script: URL = new URL('./worker.js', import.meta.url),
    /** the workers' heap limits (a test's small ones) */
    private readonly limits: ResourceLimits = LIMITS,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const w = new Worker(this.script, { workerData: { kb: this.kb, options: this.options, serialization: this.serialization }, resourceLimits: this.limits });
    this.held.set(w, []);
    w.on('message', (m: ({ id: number } & Outcome)[]) => {
      // (the reply names its batch: a worker may answer a later batch first; and a reply may come after its worker's
      // death was heard: its outcomes stand, and those of its documents sent again are ignored)
      const batches = this.held.get(w);
      const k = m.length ? (batches?.findIndex((b) => b.includes(m[0].id)) ?? -1) : -1;
      if (k >= 0) batches!.splice(k, 1);
      for (const { id, ...outcome } of m) this.settle(id, outcome as Outcome);
      this.fill(w);
    });
    // a worker that dies fails the document it was working on: a document sent alone (one that ran out of the worker's
    // heap runs in the main thread instead); the documents of a batch go back to the queue, each to be sent alone, and a
    // new worker takes its place
    const died = (why: string, outOfMemory = false) => {
      const batches = this.held.get(w);
      if (!batches || this.closing) return;
      this.held.delete(w);
      const first = batches[0];
      const back: Task[] = [];
      const task = (id: number) => this.sent.get(id);
      const alone = first?.length === 1 ? task(first[0]) : undefined;
      if (alone?.alone && outOfMemory) {
        this.sent.delete(alone.id);
        void this.tooBig(alone.doc).then((o) => this.settle(alone.id, o));
      } else if (alone?.alone) this.settle(alone.id, { error: `internal error in a worker: ${why}` });
      // (every document it held goes back alone: a worker may work on two batches at once, so which one killed it is
      // not known for sure)
      else for (const b of batches) for (const id of b) if (task(id)) back.push({ ...task(id)!, alone: true });
      this.queue.unshift(...back);
      this.spawn();
    };
    w.on('error', (e) => died(e.message, (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'));
    // (an exit that no error announced, while documents wait in it)
    w.on('exit', (code) => died(`it exited with code ${code}`));
    this.fill(w);
  }

  /** the documents in workers, by id (to send again if their worker dies) */
  private readonly sent = new Map<number, Task>();

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
      for (const [w, batches] of this.held) if (batches.length < DEPTH && (!best || batches.length < this.held.get(best)!.length)) best = w;
      if (best) this.fill(best);
    });
  }

  /** Sends a worker batches from the queue until it holds DEPTH. */
  private fill(w: Worker): void {
    const batches = this.held.get(w);
    if (!batches) return;
    while (batches.length < DEPTH && this.queue.length) {
      // (a document sent alone goes to a worker that holds nothing else, so that a death names it)
      if (this.queue[0].alone && batches.length) return;
      if (batches.length && this.sent.get(batches[0][0])?.alone) return;
      const batch: Task[] = [];
      let chars = 0;
      while (this.queue.length && batch.length < BATCH) {
        const t = this.queue[0];
        if (batch.length && (t.alone || batch[0].alone || chars + t.doc.text.length > BATCH_CHARS)) break;
        this.queue.shift();
        batch.push(t);
        chars += t.doc.text.length;
        this.sent.set(t.id, t);
      }
      batches.push(batch.map((t) => t.id));
      w.postMessage(batch.map(({ id, doc }) => ({ id, doc })));
    }
  }

  private closing = false;

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.held.keys()].map((w) => w.terminate()));
  }
}
