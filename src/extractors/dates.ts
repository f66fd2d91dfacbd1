/**
 * Dates: calendar references with TIMEX3 values from the text alone. First rules: day-month(-year),
 * month-year, a month after a cue, years after a cue, weekdays and relative expressions.
 */
import type { LangResources } from '../resources/schema.js';
import { fold, type Lang } from '../resources/index.js';
import type { DateCandidate, DateUnit, Doc, Region } from '../core/types.js';
import type { Extractor } from './registry.js';
import { END, alt, compile, matchAll, merged, wordStart } from './patterns.js';

/** Cue words before a bare month or year (kept out of the span), per language. */
const CUES: Record<Lang, { month: string[]; year: string[]; yearInSpan: string[] }> = {
  ar: {
    month: ['في', 'منذ', 'حتى', 'خلال', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'شهر', 'بداية', 'نهاية', 'قبل', 'بعد'],
    year: ['في', 'منذ', 'حتى', 'خلال', 'قبل', 'بعد', 'انتخابات', 'مطلع', 'أواخر', 'منتصف', 'بداية', 'نهاية'],
    yearInSpan: ['عام', 'العام', 'سنة', 'لعام', 'العام الميلادي'],
  },
  en: {
    month: ['in', 'since', 'until', 'by', 'during', 'from', 'through', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'In', 'Since', 'By', 'Until', 'During'],
    year: ['in', 'since', 'until', 'by', 'during', 'from', 'through', 'early', 'late', 'mid', 'the', 'of', 'before', 'after', 'In', 'Since', 'By', 'Until', 'During', 'The'],
    yearInSpan: [],
  },
};

/** Month names that are also ordinary words (مارس 'practised', آب, May): only with a cue or a day/year. */
const AMBIGUOUS_MONTHS: Record<Lang, string[]> = { ar: ['مارس', 'آب', 'ماي', 'أوت'], en: ['May', 'Mar.', 'Jun.'] };

const SP = '[ \\t]{1,4}';
/** A year 1900-2099; `g` names the group (JS forbids a group name twice in one pattern). */
const year = (g = 'y') => `(?<${g}>(?:19|20)[0-9]{2})(?![0-9])`;
const YEAR = year();

export function dateExtractors(lang: Lang, res: LangResources): Extractor<'dates'>[] {
  // Alternations keep the resource's case (English names are capitalized); lookups use key().
  const monthOf = new Map<string, number>();
  const monthNames = res.months.months.flatMap((m) => m.names);
  for (const m of res.months.months) for (const n of m.names) monthOf.set(key(n), m.month);
  const ambiguous = new Set(AMBIGUOUS_MONTHS[lang].map(key));
  const MONTH = alt(monthNames);
  // A month name alone is a date in Arabic news (وفي مايو), but in English it needs a cue or a day:
  // "Mr. March", "May I".
  const SAFE_MONTH = lang === 'ar' ? alt(monthNames.filter((n) => !ambiguous.has(key(n)))) : '(?!)';
  // a paired form counts as one date: يوليو/تموز, كانون الثاني/ يناير, يوليو (تموز)
  const pair = (g: string, month: string) =>
    `(?<${g}>${month})(?:[ \\t]{0,2}/[ \\t]{0,2}${MONTH}|[ \\t]{1,2}\\([ \\t]{0,2}${MONTH}[ \\t]{0,2}\\))?${END}`;
  const pre = wordStart(lang);
  const cues = CUES[lang];
  const rules: Extractor<'dates'>[] = [];
  const add = (
    what: string,
    source: string,
    build: (g: Record<string, string>) => Omit<DateCandidate, 'start' | 'end' | 'rule'> | null,
    flags = '',
  ) => {
    const name = `${lang}/date/${what}`;
    const re = compile(source, flags);
    rules.push({
      name,
      lang,
      dimension: 'dates',
      extract(doc: Doc, regions: Region[]): DateCandidate[] {
        const out: DateCandidate[] = [];
        for (const { m, start, end } of matchAll(re, doc.text, regions)) {
          const v = build(merged(m.groups));
          if (v) out.push({ start, end, rule: name, ...v });
        }
        return out;
      },
    });
  };

  const dayMonth = (g: Record<string, string>) => {
    const d = Number(g.d);
    const mo = monthOf.get(key(g.mo)) ?? 0;
    if (d < 1 || d > 31 || !mo) return null;
    return { value: `${g.y ?? 'XXXX'}-${pad(mo)}-${pad(d)}`, type: 'date' as const };
  };
  const DAY = '(?<d>[0-9]{1,2})(?![0-9])';
  if (lang === 'ar') {
    add('day-month-year', `${pre}${DAY}${SP}(?:من${SP})?(?:شهر${SP})?${pair('mo', MONTH)}(?:${SP}(?:(?:من${SP})?(?:عام|سنة)${SP})?${YEAR})?`, dayMonth);
  } else {
    add('day-month-year',
      `${pre}(?:${pair('mo', MONTH)}[ \\t]{0,4}(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])(?:,?${SP}${YEAR})?|(?<d2>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?${SP}(?:of${SP})?${pair('mo2', MONTH)}(?:,?${SP}${year('y2')})?)`,
      dayMonth);
  }
  add('month-year', `${pre}${pair('mo', MONTH)}[ \\t]{0,4}[,،]?[ \\t]{0,4}(?:(?:من${SP})?(?:عام|سنة|of)${SP})?${YEAR}`, (g) => {
    const mo = monthOf.get(key(g.mo));
    return mo ? { value: `${g.y}-${pad(mo)}`, type: 'date' } : null;
  });
  add('month', `${pre}(?:(?<cue>${alt(cues.month)}${SP})${pair('mo', MONTH)}|${pair('mo2', SAFE_MONTH)})`, (g) => {
    const mo = monthOf.get(key(g.mo));
    return mo ? { value: `XXXX-${pad(mo)}`, type: 'date' } : null;
  });
  const yearSpan = cues.yearInSpan.length ? `${alt(cues.yearInSpan)}${SP}${YEAR}|` : '';
  add('year', `${pre}(?:${yearSpan}(?<cue>${alt(cues.year)}${SP})${year('y2')})${END}`, (g) => ({ value: g.y, type: 'date' }));

  const dayOf = new Map<string, number>();
  for (const w of res.weekdays.weekdays) for (const n of w.names) dayOf.set(key(n), w.day);
  add('weekday', `${pre}(?<wd>${alt(res.weekdays.weekdays.flatMap((w) => w.names))})${END}`, (g) => {
    const d = dayOf.get(key(g.wd));
    return d ? { value: `XXXX-WXX-${d}`, type: 'date' } : null;
  });

  const relOf = new Map<string, { unit: DateUnit; offset: number }>();
  for (const r of res['relative-dates'].relative) for (const p of r.phrases) relOf.set(key(p), { unit: r.unit, offset: r.offset });
  add('relative', `${pre}(?<rel>${alt(relOf.keys())})${END}`, (g) => {
    const a = relOf.get(key(g.rel));
    if (!a) return null;
    const value = a.offset === 0 ? 'PRESENT_REF' : a.offset < 0 ? 'PAST_REF' : 'FUTURE_REF';
    return { value, type: 'date', anchor: a };
  }, lang === 'en' ? 'i' : '');
  return rules;
}

function key(s: string): string {
  return fold(s).replace(/[ \t]+/g, ' ').toLowerCase();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
