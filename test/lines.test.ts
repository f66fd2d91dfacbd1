/** The NDJSON reader's line splitter (src/cli/read.ts linesOf) against Node's readline, on random text cut into random chunks. */
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../src/cli/read.js';

const collect = async (it: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const l of it) out.push(l);
  return out;
};
/** the bytes of a text cut at the given places (a cut may fall inside a character's UTF-8 bytes) */
const chunked = (text: string, cuts: number[]) => {
  const bytes = Buffer.from(text, 'utf8');
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let prev = 0;
  for (const c of [...at, bytes.length]) {
    parts.push(bytes.subarray(prev, c));
    prev = c;
  }
  return parts;
};

describe('linesOf (NDJSON lines)', () => {
  it('ends lines as readline does (LF, CRLF, a lone CR; the last line with no break), whatever the chunks', async () => {
    const piece = fc.constantFrom('a', 'ب', '€', '😀', '\n', '\r', '\r\n', ' ', '{"id":1}');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(200), { maxLength: 8 }), async (ps, cuts) => {
        const text = ps.join('');
        const want = await collect(createInterface({ input: Readable.from([Buffer.from(text, 'utf8')]), crlfDelay: Infinity }));
        expect(await collect(linesOf(Readable.from(chunked(text, cuts))))).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('joins a line that thousands of chunks carry, an Arabic letter cut between two of them', async () => {
    const line = 'بx'.repeat(500_000);
    const bytes = Buffer.from(`${line}\r\ny`, 'utf8');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 999) }, (_, i) => bytes.subarray(i * 999, (i + 1) * 999));
    const got = await collect(linesOf(Readable.from(chunks)));
    expect(got).toEqual([line, 'y']);
  });
});

describe('reading NDJSON that fails after opening', () => {
  it('gives the file an error event instead of throwing (a directory read as NDJSON: EISDIR)', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readInput } = await import('../src/cli/read.js');
    const dir = mkdtempSync(join(tmpdir(), 'extract-ndjson-dir-'));
    const events: { kind: string; message?: string }[] = [];
    for await (const ev of readInput({ path: dir, rel: 'x' }, 'ndjson')) events.push(ev as { kind: string; message?: string });
    expect(events.map((e) => e.kind)).toEqual(['error']);
    expect(events[0].message).toMatch(/director/i);
  });
});
