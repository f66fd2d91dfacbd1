/** The claims' index of speech frames by their words (src/link/claims.ts FrameIndex) against a walk over every frame. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FrameIndex } from '../src/link/claims.js';
import type { SpeechFrame } from '../src/link/speech.js';

const frame = (s: number, e: number, n: number): SpeechFrame =>
  ({ rule: `f${n}`, cue: { start: 0, end: 0 }, content: { start: s, end: e }, kind: 'indirect', speakers: [], objectCue: false, cueTok: [s, s], contentTok: [s, e] }) as SpeechFrame;

/** The frame holding token t whose words start last, later frames winning a tie: what the walk it replaced found. */
function walk(frames: SpeechFrame[], t: number): SpeechFrame | null {
  let best: SpeechFrame | null = null;
  for (const f of [...frames].sort((x, y) => x.contentTok[0] - y.contentTok[0])) {
    if (f.contentTok[0] > t) break;
    if (t < f.contentTok[1] && (!best || f.contentTok[0] >= best.contentTok[0])) best = f;
  }
  return best;
}

describe('FrameIndex', () => {
  it('finds the innermost frame holding a token, as a walk over all frames does, short and long frames mixed', () => {
    const span = fc.tuple(fc.nat(3000), fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 1500 })));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.array(fc.nat(4500), { minLength: 1, maxLength: 20 }), (spans, ts) => {
        // (no two frames share a start, as no two speech frames of one document do)
        const seen = new Set<number>();
        const frames = spans.filter(([s]) => !seen.has(s) && seen.add(s)).map(([s, len], n) => frame(s, s + len, n));
        const index = new FrameIndex(frames);
        for (const t of ts) expect(index.at(t)?.rule ?? null).toBe(walk(frames, t)?.rule ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it('answers none outside every frame and for an empty list', () => {
    expect(new FrameIndex([]).at(5)).toBeNull();
    expect(new FrameIndex([frame(10, 20, 0)]).at(20)).toBeNull();
    expect(new FrameIndex([frame(10, 20, 0)]).at(10)?.rule).toBe('f0');
  });
});
