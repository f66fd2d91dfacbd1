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
