/** The worker pool of --jobs N: batches of documents out, outcomes back; a worker that dies fails its document only. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Pool, type Outcome } from '../src/cli/pool.js';

// A stand-in worker: answers each document of a batch with its text as the record's bytes, and dies (an uncaught
// error, as a crash of the real worker would end it) on a document whose text is CRASH.
const STAND_IN = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (batch) => {
  if (batch.some(({ doc }) => doc.text === 'CRASH')) setImmediate(() => { throw new Error('boom'); });
  else parentPort.postMessage(batch.map(({ id, doc }) => ({ id, warnings: [], parts: [new TextEncoder().encode(doc.text)] })));
});
`;

const doc = (text: string) => ({ id: text, text, source: { path: text, sha256: '0'.repeat(64), format: 'text' as const, encoding: 'utf-8' } });
const text = (o: Outcome) => ('parts' in o ? new TextDecoder().decode(o.parts[0]) : 'error' in o ? `error: ${o.error}` : 'record');

describe('worker pool', () => {
  it('returns every outcome to its document, in batches; a dying worker fails the one document it died on, the others are sent again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pool-'));
    const script = join(dir, 'stand-in.mjs');
    writeFileSync(script, STAND_IN);
    const pool = new Pool(2, [], {}, { format: 'ndjson', to: 'stdout' }, pathToFileURL(script));
    try {
      const texts = Array.from({ length: 60 }, (_, i) => (i === 37 ? 'CRASH' : `doc ${i}`));
      const outcomes = await Promise.all(texts.map((t) => pool.process(doc(t))));
      expect(outcomes.map(text)).toEqual(texts.map((t) => (t === 'CRASH' ? 'error: internal error in a worker: boom' : t)));
    } finally {
      await pool.close();
    }
  });
});
