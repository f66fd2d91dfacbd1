/** The worker pool of --jobs N: batches of documents out, outcomes back; a worker that dies fails its document only. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Pool, type Outcome } from '../src/cli/pool.js';
import { defaultJobs } from '../src/cli/run.js';

// A stand-in worker: answers each document of a batch with its text as the record's bytes, dies (an uncaught error,
// as a crash of the real worker would end it) on a document whose text is CRASH, and runs out of its heap on one whose
// text is HUGE.
const STAND_IN = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (batch) => {
  if (batch.some(({ doc }) => doc.text === 'CRASH')) setImmediate(() => { throw new Error('boom'); });
  else if (batch.some(({ doc }) => doc.text === 'HUGE')) { const keep = []; for (;;) keep.push(new Array(100000).fill(keep.length)); }
  else parentPort.postMessage(batch.map(({ id, doc }) => ({ id, warnings: [], parts: [new TextEncoder().encode(doc.text)] })));
});
`;

const doc = (text: string) => ({ id: text, text, source: { path: text, sha256: '0'.repeat(64), format: 'text' as const, encoding: 'utf-8' } });
const text = (o: Outcome) => ('parts' in o ? new TextDecoder().decode(o.parts[0]) : 'error' in o ? `error: ${o.error}` : 'record');

describe('worker pool', () => {
  it('returns every outcome to its document, in batches; a dying worker fails the one document it died on, the others are sent again; a document too big for a worker\'s heap runs where the pool was told', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pool-'));
    const script = join(dir, 'stand-in.mjs');
    writeFileSync(script, STAND_IN);
    // (the main thread's stand-in marks what it did)
    const here = async (d: { text: string }): Promise<Outcome> => ({ warnings: [], parts: [new TextEncoder().encode(`here: ${d.text}`)] });
    const pool = new Pool(2, [], {}, { format: 'ndjson', to: 'stdout' }, here, pathToFileURL(script), { maxOldGenerationSizeMb: 16 });
    try {
      const texts = Array.from({ length: 60 }, (_, i) => (i === 37 ? 'CRASH' : i === 12 ? 'HUGE' : `doc ${i}`));
      const outcomes = await Promise.all(texts.map((t) => pool.process(doc(t))));
      expect(outcomes.map(text)).toEqual(texts.map((t) => (t === 'CRASH' ? 'error: internal error in a worker: boom' : t === 'HUGE' ? 'here: HUGE' : t)));
    } finally {
      await pool.close();
    }
  });
});

describe('the default number of workers', () => {
  it('is one a core and a half, at least one: a second worker on two cores slows a small run', () => {
    expect([1, 2, 3, 4, 6, 8, 16].map((c) => defaultJobs(c))).toEqual([1, 1, 2, 2, 4, 5, 10]);
    expect([1, 2, 3, 4, 6, 8, 16].map((c) => defaultJobs(c, 4_000_000))).toEqual([1, 1, 2, 2, 4, 5, 10]);
  });
  it("is one a core for 4 MB of input or more, where each worker's fixed cost is paid back", () => {
    expect([1, 2, 3, 4, 6, 8, 16].map((c) => defaultJobs(c, 4 << 20))).toEqual([1, 2, 3, 4, 6, 8, 16]);
    expect(defaultJobs(2, 50_000_000)).toBe(2);
  });
});
