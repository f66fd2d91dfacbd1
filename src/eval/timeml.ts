/**
 * TimeML (TempEval-3) scoring: a .tml file's TEXT with its inline TIMEX3 tags becomes plain text and
 * gold timexes; the DCT is the reference date. Our dates (resolved value when there is one) and our
 * durations (figures in time units, as P30D, PT3H) are the system timexes. Relaxed span matching
 * (overlap, one to one, in order); value F1 as TempEval-3 reports it: timexes whose span matches and
 * whose value is equal, over all predicted and over all gold.
 */
import type { NewsRecord } from '../core/record.js';
import { matchOverlapping, prf, type PRF } from './metrics.js';

export interface Timex {
  start: number;
  end: number;
  text: string;
  value: string;
  type?: string;
}

export interface TimemlDoc {
  id: string;
  dct: string;
  text: string;
  gold: Timex[];
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/g, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e]);
}

export function parseTimeml(id: string, xml: string): TimemlDoc {
  const dct = /<DCT>\s*<TIMEX3[^>]*\svalue="([^"]+)"/.exec(xml)?.[1] ?? '';
  const body = /<TEXT>([^]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Timex[] = [];
  let open: { start: number; value: string; type?: string } | null = null;
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body)) !== null) {
    if (m[4] !== undefined) {
      text += decode(m[4]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) {
      const value = /\svalue="([^"]*)"/.exec(m[3])?.[1] ?? '';
      const type = /\stype="([^"]*)"/.exec(m[3])?.[1];
      if (m[3].trim().endsWith('/')) continue;
      open = { start: Array.from(text).length, value, type };
    } else if (open) {
      const end = Array.from(text).length;
      gold.push({ start: open.start, end, text: Array.from(text).slice(open.start, end).join(''), value: open.value, type: open.type });
      open = null;
    }
  }
  return { id, dct: dct.slice(0, 10), text, gold };
}

const DURATION_CODE: Record<string, [string, string]> = {
  day: ['P', 'D'], week: ['P', 'W'], decade: ['P', 'Y'], month: ['P', 'M'], year: ['P', 'Y'], hour: ['PT', 'H'], minute: ['PT', 'M'], second: ['PT', 'S'],
};

/** Our record's temporal expressions as TimeML timexes. */
export function systemTimexes(r: NewsRecord): Timex[] {
  const out: Timex[] = r.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.resolved ?? d.value, type: 'DATE' }));
  for (const f of r.figures) {
    const code = f.unit ? DURATION_CODE[f.unit] : undefined;
    // an age (Smith, 48,) counts years of a life, not a duration the text states
    if (!code || f.per || f.rule.endsWith('/age')) continue;
    const decade = f.unit === 'decade';
    const n = f.qualifier === 'vague' ? 'X' : String(decade ? f.value * 10 : f.value);
    out.push({ start: f.start, end: f.end, text: f.text, value: `${code[0]}${n}${code[1]}`, type: 'DURATION' });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface TimemlScore {
  span: PRF;
  value: PRF;
  errors: { doc: string; kind: 'missed' | 'spurious' | 'value'; text: string; gold?: string; got?: string }[];
}

/** Scores system timexes against gold ones; both sorted by start. */
export function scoreTimexes(docs: { id: string; gold: Timex[]; system: Timex[] }[]): TimemlScore {
  let spanTp = 0;
  let valueTp = 0;
  let predicted = 0;
  let gold = 0;
  const errors: TimemlScore['errors'] = [];
  for (const d of docs) {
    predicted += d.system.length;
    gold += d.gold.length;
    const m = matchOverlapping(d.gold, d.system);
    for (const g of m.missed) errors.push({ doc: d.id, kind: 'missed', text: g.text, gold: g.value });
    for (const [g, s] of m.pairs) {
      spanTp++;
      if (normalizeValue(s.value) === normalizeValue(g.value)) valueTp++;
      else errors.push({ doc: d.id, kind: 'value', text: g.text, gold: g.value, got: s.value });
    }
    for (const s of m.spurious) errors.push({ doc: d.id, kind: 'spurious', text: s.text, got: s.value });
  }
  return { span: prf(spanTp, predicted, gold), value: prf(valueTp, predicted, gold), errors };
}

function normalizeValue(v: string): string {
  return v.trim().toUpperCase();
}
