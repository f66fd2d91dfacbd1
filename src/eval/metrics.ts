/** Precision, recall and F1 from counts. */
export interface PRF {
  p: number;
  r: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export function prf(tp: number, predicted: number, gold: number): PRF {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, predicted, gold };
}

export function pct(x: number): string {
  return (100 * x).toFixed(1);
}

interface Spanned {
  start: number;
  end: number;
}

/**
 * One-to-one relaxed matching: each gold item takes the first unused predicted item whose span
 * overlaps it (both lists in document order). `prefer` picks among overlapping candidates first.
 */
export function matchOverlapping<G extends Spanned, P extends Spanned>(
  gold: readonly G[],
  predicted: readonly P[],
  prefer?: (g: G, p: P) => boolean,
): { pairs: [G, P][]; missed: G[]; spurious: P[] } {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const missed: G[] = [];
  for (const g of gold) {
    const overlaps = (p: P, k: number) => !used.has(k) && p.start < g.end && g.start < p.end;
    let i = prefer ? predicted.findIndex((p, k) => overlaps(p, k) && prefer(g, p)) : -1;
    if (i < 0) i = predicted.findIndex(overlaps);
    if (i < 0) missed.push(g);
    else {
      used.add(i);
      pairs.push([g, predicted[i]]);
    }
  }
  return { pairs, missed, spurious: predicted.filter((_, k) => !used.has(k)) };
}
