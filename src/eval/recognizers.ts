/**
 * Microsoft Recognizers-Text spec files (hand-written test cases, MIT): DateTimeModel (dates, date
 * ranges, durations with TIMEX values) and the Number/Percent models (values). Times, sets and
 * date-time ranges are outside what `extract` records, so those results are left out of the gold.
 * A date hits with an overlapping span; its value is right when the gold TIMEX equals our TIMEX value
 * or our resolved value (the spec resolves relative dates against its reference date).
 */
import type { NewsRecord } from '../core/record.js';
import { matchOverlapping, prf, type PRF } from './metrics.js';
import { systemTimexes } from './timeml.js';

export interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  Results?: { Text: string; Start: number; End?: number; Length?: number; TypeName?: string; Type?: string; Resolution?: Record<string, unknown> }[];
}

export const DATE_TYPES = new Set(['datetimeV2.date', 'datetimeV2.daterange', 'datetimeV2.duration']);
export const NUMBER_TYPES = new Set(['number', 'percentage']);

export interface SpecScore {
  span: PRF;
  value: PRF;
  errors: { input: string; kind: 'missed' | 'spurious' | 'value'; text: string; gold?: string; got?: string }[];
}

function goldTimex(r: NonNullable<SpecCase['Results']>[number]): string {
  const values = (r.Resolution?.values as { timex?: string }[] | undefined) ?? [];
  return values[0]?.timex ?? '';
}

/** Gold span in code points: the spec's Start/End are UTF-16 offsets into Input, End inclusive. */
function goldSpan(input: string, r: NonNullable<SpecCase['Results']>[number]): [number, number] {
  const end = r.End !== undefined ? r.End + 1 : r.Start + (r.Length ?? r.Text.length);
  return [Array.from(input.slice(0, r.Start)).length, Array.from(input.slice(0, end)).length];
}

/** Extractor specs say Type ("date"), model specs TypeName ("datetimeV2.date"). */
export function typeOf(r: NonNullable<SpecCase['Results']>[number]): string {
  return r.TypeName ?? (r.Type ? (/^(?:number|percentage|ordinal)/.test(r.Type) ? r.Type : `datetimeV2.${r.Type}`) : '');
}

/** What a spec file scores: which gold results, our items, the gold value, and when they agree. */
interface SpecKind<P extends { start: number; end: number; text: string }> {
  types: Set<string>;
  predicted(record: NewsRecord): P[];
  want(g: NonNullable<SpecCase['Results']>[number]): string;
  agrees(p: P, want: string): boolean;
  shown(p: P): string;
}

function scoreSpecs<P extends { start: number; end: number; text: string }>(cases: { c: SpecCase; record: NewsRecord }[], kind: SpecKind<P>): SpecScore {
  let spanTp = 0;
  let valueTp = 0;
  let predicted = 0;
  let gold = 0;
  const errors: SpecScore['errors'] = [];
  for (const { c, record } of cases) {
    const golds = (c.Results ?? []).filter((r) => kind.types.has(typeOf(r)));
    const ours = kind.predicted(record);
    predicted += ours.length;
    gold += golds.length;
    const spans = golds.map((g) => {
      const [start, end] = goldSpan(c.Input, g);
      return { start, end, g, want: kind.want(g) };
    });
    const m = matchOverlapping(spans, ours);
    for (const x of m.missed) errors.push({ input: c.Input, kind: 'missed', text: x.g.Text.trim(), gold: x.want });
    for (const [x, p] of m.pairs) {
      spanTp++;
      if (kind.agrees(p, x.want)) valueTp++;
      else errors.push({ input: c.Input, kind: 'value', text: x.g.Text.trim(), gold: x.want, got: kind.shown(p) });
    }
    for (const p of m.spurious) errors.push({ input: c.Input, kind: 'spurious', text: p.text, got: kind.shown(p) });
  }
  return { span: prf(spanTp, predicted, gold), value: prf(valueTp, predicted, gold), errors };
}

/** Dates, date ranges and durations: our timexes, right when the TIMEX equals our value or our resolved one. */
export function scoreDateSpecs(cases: { c: SpecCase; record: NewsRecord }[]): SpecScore {
  return scoreSpecs(cases, {
    types: DATE_TYPES,
    predicted: (record) => {
      const raw = new Map(record.dates.map((d) => [`${d.start}:${d.end}`, d.value]));
      // (the specs scored here hold dates, ranges and durations; their times and date-times are left out of the
      // gold, so our clock times and timestamps are left out of the predictions)
      const times = new Set(record.dates.filter((d) => d.type === 'time').map((d) => `${d.start}:${d.end}`));
      return systemTimexes(record)
        .filter((t) => !times.has(`${t.start}:${t.end}`))
        .map((t) => ({ ...t, raw: raw.get(`${t.start}:${t.end}`) }));
    },
    want: goldTimex,
    // extractor specs carry no value: the span is all
    agrees: (p, want) => !want || p.value === want || p.raw === want,
    shown: (p) => p.value,
  });
}

/** Number and percent specs: a figure hits a gold result with an overlapping span and an equal value. */
export function scoreNumberSpecs(cases: { c: SpecCase; record: NewsRecord }[]): SpecScore {
  return scoreSpecs(cases, {
    types: NUMBER_TYPES,
    predicted: (record) => record.figures,
    want: (g) => String(Number(String((g.Resolution as { value?: string } | undefined)?.value ?? '').replace(/%$/, ''))),
    agrees: (f, want) => Math.abs(f.value - Number(want)) < 1e-9 * Math.max(1, Math.abs(Number(want))),
    shown: (f) => String(f.value),
  });
}
