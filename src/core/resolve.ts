/** Resolving TIMEX3 values against a reference date (pure date arithmetic in UTC). */
import type { DateUnit } from './types.js';
import { hijriToGregorian, toHijri } from './hijri.js';

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/;

/** Parses the date part of an ISO date or date-time; null when it is not one. */
export function parseRefDate(s: string): Date | null {
  const m = ISO_DATE.exec(s.trim());
  if (!m) {
    const t = Date.parse(s); // RFC 822 dates of RSS feeds
    if (Number.isNaN(t)) return null;
    const d = new Date(t);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  }
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : null;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

/** ISO week: YYYY-Www. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const SEASONS = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];

/**
 * The resolved ISO value of a date: a full date, a month (YYYY-MM), a week (YYYY-Www), a year, a
 * season (YYYY-SU) or a quarter or half (YYYY-Q1, YYYY-H2), depending on the expression's granularity. Undefined when it cannot be resolved.
 */
export function resolveDate(
  value: string,
  anchor: { unit: DateUnit; offset: number } | undefined,
  ref: Date,
  direction?: 'past' | 'future',
  hijri?: string,
): string | undefined {
  // رمضان, 15 رمضان with no year: the occurrence nearest the reference date, as its Gregorian month or day
  const hm = hijri ? /^XXXX-([0-9]{2})(?:-([0-9]{2}))?$/.exec(hijri) : null;
  if (hm) return resolveHijri(+hm[1], hm[2] ? +hm[2] : 0, ref, direction);
  // (a season, a quarter or a half of a year a relative word names: this summer, the first quarter of last year)
  const season = /^XXXX-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value);
  if (season && anchor?.unit === 'year') return `${ref.getUTCFullYear() + anchor.offset}-${season[1]}`;
  if (anchor) {
    const { unit, offset } = anchor;
    switch (unit) {
      case 'day':
        return isoDate(addDays(ref, offset));
      case 'week':
        return isoWeek(addDays(ref, 7 * offset));
      case 'month': {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + offset, 1));
        return isoDate(d).slice(0, 7);
      }
      case 'year':
        return String(ref.getUTCFullYear() + offset);
      case 'season':
        return `${ref.getUTCFullYear()}-${SEASONS[ref.getUTCMonth()]}`;
      case 'ref':
        return undefined; // now, recently: a reference, not a calendar date
    }
  }
  // (a timestamp is absolute; a time with no day, XXXX-XX-XXT15:30, is left unresolved)
  if (/^[0-9]{4}(-[0-9]{2}){0,2}$/.test(value) || /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]+$/.test(value)) return value;
  const wd = /^XXXX-WXX-([1-7])(T[A-Z]{2}|T[0-9]{2}:[0-9:]+)?$/.exec(value);
  if (wd) {
    // the nearest such weekday, looking back first: news reports what happened
    const want = +wd[1];
    const have = ref.getUTCDay() || 7;
    let diff = want - have;
    // (last Friday, الجمعة الماضية: the one before the reference day; next Friday, الأحد المقبل: the one after it)
    if (direction === 'past') diff = diff >= 0 ? diff - 7 : diff;
    else if (direction === 'future') diff = diff <= 0 ? diff + 7 : diff;
    else if (diff > 3) diff -= 7;
    else if (diff < -3) diff += 7;
    return isoDate(addDays(ref, diff)) + (wd[2] ?? '');
  }
  const md = /^XXXX-([0-9]{2})(?:-([0-9]{2}))?(T[A-Z]{2})?$/.exec(value);
  if (md) return `${yearFor(+md[1], md[2] ? +md[2] : 0, ref, direction)}-${md[1]}${md[2] ? `-${md[2]}` : ''}${md[3] ?? ''}`;
  return undefined;
}

/**
 * A Hijri month (and day) named without a year: 'past'/'future' as for Gregorian months; otherwise the
 * occurrence nearest the reference date (a month: the one whose days come closest to it, 0 when the
 * reference date falls inside it). Gregorian YYYY-MM for a month (of its first day), YYYY-MM-DD for a day.
 * Unlike Gregorian months (news looks back), the Hijri year moves eleven days a year against the
 * Gregorian one, so neither side is preferred.
 */
function resolveHijri(month: number, day: number, ref: Date, direction?: 'past' | 'future'): string | undefined {
  const hy = toHijri(ref).y;
  const r = ref.getTime();
  const spans = [hy - 1, hy, hy + 1]
    .map((y) => {
      const start = hijriToGregorian(y, month, day || 1);
      if (!start) return null;
      // a month ends the day before the next one starts
      const next = day ? start : hijriToGregorian(month === 12 ? y + 1 : y, month === 12 ? 1 : month + 1, 1);
      return { start, end: next && !day ? new Date(next.getTime() - 86400000) : start };
    })
    .filter((d): d is { start: Date; end: Date } => d !== null);
  let pick: Date | undefined;
  if (direction === 'past') pick = spans.filter((d) => d.start.getTime() < r).pop()?.start;
  else if (direction === 'future') pick = spans.find((d) => d.start.getTime() > r)?.start;
  else {
    const distance = (d: { start: Date; end: Date }) => Math.max(0, d.start.getTime() - r, r - d.end.getTime());
    pick = spans.reduce((a, b) => (distance(b) < distance(a) ? b : a), spans[0])?.start;
  }
  if (!pick) return undefined;
  return day ? isoDate(pick) : isoDate(pick).slice(0, 7);
}

/**
 * The year of a month (and day) named without one. 'last'/الماضي means the latest one before the
 * reference date, 'next'/المقبل the first one after it; otherwise news looks back: the latest one no
 * more than about two months ahead of the reference date (August in a March article is last August).
 */
function yearFor(month: number, day: number, ref: Date, direction?: 'past' | 'future'): number {
  const y = ref.getUTCFullYear();
  const at = (year: number) => Date.UTC(year, month - 1, day || 1);
  const r = ref.getTime();
  if (direction === 'past') return at(y) < r && !(day === 0 && month === ref.getUTCMonth() + 1) ? y : y - 1;
  if (direction === 'future') return at(y) > r ? y : y + 1;
  return at(y) - r > 62 * 86400000 ? y - 1 : y;
}
