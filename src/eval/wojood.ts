/**
 * Wojood (Arabic nested NER, IOB2, up to three tag columns): DATE spans against our dates and
 * durations, and the
 * numeric types (CARDINAL, MONEY, PERCENT, QUANTITY) against our figures. Spans only (Wojood has no
 * normalized values); relaxed matching (overlap, one to one). Tokens are joined with spaces into
 * sentences; the `$#$` segment markers are skipped.
 */
import type { NewsRecord } from '../core/record.js';
import { matchOverlapping, prf, type PRF } from './metrics.js';
import { systemTimexes } from './timeml.js';

export interface SpanGold {
  start: number;
  end: number;
  type: string;
  text: string;
}

export interface WojoodSentence {
  text: string;
  spans: SpanGold[];
}

export function parseWojood(data: string): WojoodSentence[] {
  const out: WojoodSentence[] = [];
  let tokens: { text: string; tags: string[] }[] = [];
  const flush = () => {
    if (!tokens.length) return;
    let text = '';
    const starts: number[] = [];
    const ends: number[] = [];
    for (const t of tokens) {
      if (text) text += ' ';
      starts.push(Array.from(text).length);
      text += t.text;
      ends.push(Array.from(text).length);
    }
    const spans: SpanGold[] = [];
    const columns = Math.max(...tokens.map((t) => t.tags.length));
    for (let col = 0; col < columns; col++) {
      let open: { type: string; start: number; end: number } | null = null;
      const close = () => {
        if (open) spans.push({ ...open, text: Array.from(text).slice(open.start, open.end).join('') });
        open = null;
      };
      tokens.forEach((t, i) => {
        const tag = t.tags[col] ?? 'O';
        if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open.type !== tag.slice(2)))) {
          close();
          open = { type: tag.slice(2), start: starts[i], end: ends[i] };
        } else if (tag.startsWith('I-') && open) open.end = ends[i];
        else close();
      });
      close();
    }
    out.push({ text, spans });
    tokens = [];
  };
  for (const line of data.split(/\r?\n/)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const [text, ...tags] = line.trim().split(/\s+/);
    if (text === '$#$') continue;
    tokens.push({ text, tags: tags.length ? tags : ['O'] });
  }
  flush();
  return out;
}

export const NUMERIC_TYPES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY']);

export function scoreSpans(items: { gold: SpanGold[]; predicted: { start: number; end: number; text: string }[] }[]): PRF {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const it of items) {
    predicted += it.predicted.length;
    gold += it.gold.length;
    tp += matchOverlapping(it.gold, it.predicted).pairs.length;
  }
  return prf(tp, predicted, gold);
}

export function wojoodItems(sentences: WojoodSentence[], records: NewsRecord[]) {
  return {
    // Wojood's DATE covers durations too (أسبوعين، ثلاثة أشهر), as TimeML does
    dates: sentences.map((s, i) => ({ gold: s.spans.filter((x) => x.type === 'DATE'), predicted: systemTimexes(records[i]) })),
    figures: sentences.map((s, i) => ({ gold: s.spans.filter((x) => NUMERIC_TYPES.has(x.type)), predicted: records[i].figures })),
  };
}
