/**
 * Hijri (Umm al-Qura) to Gregorian, with the ICU calendar that Node ships (Intl 'islamic-umalqura'):
 * a well-kept implementation of the Saudi official tables, valid 1300-1600 AH (outside that ICU uses
 * the arithmetic Islamic calendar). ICU converts Gregorian to Hijri; we invert it by searching near an
 * arithmetic estimate.
 */
let fmt: Intl.DateTimeFormat | null = null; // made on first use: building it costs 20 ms at start-up
const DAY = 86400000;

export function toHijri(d: Date): { y: number; m: number; d: number } {
  fmt ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = fmt.formatToParts(d);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? NaN);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** The Gregorian date (UTC) of a Hijri date, or null when there is no such day. */
export function hijriToGregorian(y: number, m: number, d: number): Date | null {
  if (!(y >= 1 && y <= 2000 && m >= 1 && m <= 12 && d >= 1 && d <= 30)) return null;
  // 1 Muharram 1 AH is 16 July 622 (Julian) = 19 July 622 proleptic Gregorian; mean year 354.367 days
  const estimate = Date.UTC(622, 6, 19) + Math.round((y - 1) * 354.36667 + (m - 1) * 29.530589 + (d - 1)) * DAY;
  for (let off = 0; off <= 60; off++) {
    for (const sign of off === 0 ? [1] : [1, -1]) {
      const t = new Date(estimate + sign * off * DAY);
      const h = toHijri(t);
      if (h.y === y && h.m === m && h.d === d) return t;
    }
  }
  return null;
}
