/**
 * Quantity scoring in the NewsQuant format: sentences with gold quantities (value, normalized unit),
 * no offsets. A predicted figure matches a gold quantity of the same sentence with an equal value (one
 * to one); value+unit also needs the unit to agree after normalization (percent = percentage, USD =
 * dollar, a singular lemma = its plural...). A gold range ("252.0-287.0") is matched by a figure at
 * either bound; a figure at the other bound is then absorbed (neither a hit nor a false positive),
 * since we write a range as its two endpoints.
 */
import type { NewsRecord } from '../core/record.js';
import { prf, type PRF } from './metrics.js';

export interface GoldQuantity {
  value: number;
  /** the upper bound of a range ("252.0-287.0"); value is then the lower bound */
  max?: number;
  unit: string | null;
}

/** NewsQuant values: "6.0", or a range "252.0-287.0". */
export function parseGoldValue(v: string): { value: number; max?: number } {
  const m = /^(-?[0-9.e+]+)-(-?[0-9.e+]+)$/.exec(v.trim());
  return m ? { value: Number(m[1]), max: Number(m[2]) } : { value: Number(v) };
}

export interface QuantityScore {
  value: PRF;
  valueUnit: PRF;
  /**
   * Diagnostic, not the published measure: the unit also agrees when NewsQuant's unit is a noun phrase
   * whose last word is ours (gold 'residential burglary', ours 'burglary'), since SPEC asks for the head
   * lemma of what is counted. Quoted beside valueUnit, never instead of it.
   */
  valueHead: PRF;
  /** The published measure less one name reading: NewsQuant's 'point' for a price in pence (164p) not taken as our GBX. */
  valueUnitNoPence: PRF;
  errors: { sentence: number; kind: 'missed' | 'spurious' | 'unit'; value: number; gold?: string | null; got?: string | null }[];
}

/** Our unit names as the NewsQuant normalized units say them. */
const UNIT_NAMES: Record<string, string[]> = {
  percent: ['percentage', 'percent', 'percentage point'],
  USD: ['dollar', 'united states dollar', 'us dollar'],
  EUR: ['euro'],
  GBP: ['pound sterling', 'pound'],
  JPY: ['japanese yen', 'yen'],
  GB: ['gigabyte'],
  MB: ['megabyte'],
  TB: ['terabyte'],
  person: ['people', 'person'],
  year: ['year', 'year of age', 'age'],
  CNY: ['chinese yuan', 'yuan'],
  AUD: ['australian dollar'],
  HKD: ['hong kong dollar'],
  CAD: ['canadian dollar'],
  INR: ['indian rupee', 'rupee'],
  RUB: ['russian ruble', 'ruble'],
  MYR: ['malaysian ringgit'],
  cent: ['cent', 'penny'],
  // pence: NewsQuant writes every London price in p (164p, 68 p) as 'point', as market reports say
  GBX: ['point', 'penny', 'pence'],
  'million British thermal unit': ['mega british thermal unit', 'million british thermal unit'],
  employee: ['employee', 'worker', 'job', 'role'],
  'mile per hour': ['mile per hour', 'mph'],
  'kilometer per hour': ['kilometre per hour'],
  'degree Celsius': ['celsius', 'degree celsius'],
  'degree Fahrenheit': ['fahrenheit', 'degree fahrenheit'],
  ILS: ['shekel', 'israeli new shekel'],
  ZAR: ['south african rand', 'rand'],
  CHF: ['swiss franc', 'franc'],
  DKK: ['danish krone'],
  NOK: ['norwegian krone'],
  SEK: ['swedish krona'],
  NZD: ['new zealand dollar'],
  SGD: ['singapore dollar'],
  KRW: ['south korean won', 'won'],
  'pound-foot': ['pound-foot', 'foot pound-force', 'pound-feet'],
  pound: ['pound-mass', 'pound'],
  'part per billion': ['parts-per-billion', 'part per billion'],
  'revolution per minute': ['revolutions per minute', 'revolution per minute', 'rpm'],
  times: ['count', 'times'],
  'square foot': ['square foot', 'square feet'],
  'cubic foot': ['cubic foot', 'cubic feet'],
  ton: ['ton', 'metric ton', 'tonne'],
  // a share of an unnamed whole: NewsQuant writes the unit of "a third of those screened" as "% -"
  fraction: ['% -'],
  // PS (Pferdestärke): NewsQuant normalizes it to horsepower
  'metric horsepower': ['metric horsepower', 'horsepower'],
};

/** British and American spellings agree (kilometre, kilometer; litre, liter). */
function spelling(u: string): string {
  return u.replace(/(metre|litre)/g, (m) => m.replace(/re$/, 'er')).replace(/tonne/g, 'ton');
}

function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Whether our unit is the head (last word) of a multi-word gold noun phrase. */
export function headAgrees(ours: string | null, gold: string | null): boolean {
  if (unitsAgree(ours, gold)) return true;
  if (ours === null || gold === null || gold === '-') return false;
  const words = gold.toLowerCase().trim().split(/\s+/);
  return words.length > 1 && !gold.includes('%') && unitsAgree(ours, words[words.length - 1]);
}

export function unitsAgree(ours: string | null, gold: string | null): boolean {
  const g = gold === null || gold === '-' || gold === '' ? null : gold.toLowerCase().trim();
  if (ours === null || g === null) return ours === null && g === null;
  // a rate agrees part by part: "USD per barrel" = "dollar per barrel"
  const o = ours.split(' per ');
  const gp = g.split(' per ');
  if (o.length === 2 && gp.length === 2 && !UNIT_NAMES[ours]) return unitsAgree(o[0], gp[0]) && unitsAgree(o[1], gp[1]);
  const names = UNIT_NAMES[ours] ?? [ours.toLowerCase()];
  const gs = spelling(singular(g));
  return names.some((n) => n === g || spelling(singular(n.toLowerCase())) === gs);
}

export function scoreQuantities(items: { gold: GoldQuantity[]; record: NewsRecord }[], options: { ranges?: boolean } = {}): QuantityScore {
  const ranges = options.ranges ?? true;
  let vTp = 0;
  let vuTp = 0;
  let vhTp = 0;
  let vnpTp = 0;
  let predicted = 0;
  let gold = 0;
  const errors: QuantityScore['errors'] = [];
  items.forEach((it, sentence) => {
    // (NewsQuant writes pence and cents as their own units: our 0.04 GBP written "4 pence" is its 4 pence)
    // (a bare number that took its unit from one written in cents, 84.75 cents … 74.07, is in cents too)
    const sub = (f: { text: string; unit: string | null }, re: RegExp) => re.test(f.text) || (/^[0-9.,]+$/.test(f.text) && it.record.figures.some((o) => o.unit === f.unit && re.test(o.text)));
    const PENCE = /[0-9][ \t]?p\b|\bpence\b|\bpenny\b/i;
    const CENTS = /\bcents?\b/i;
    const sys = it.record.figures.map((f0) => {
      // (NewsQuant writes a rate as one unit: cent per share)
      const f = { ...f0, unit: f0.unit !== null && f0.per ? `${f0.unit} per ${f0.per}` : f0.unit };
      const [base, ...per] = (f.unit ?? '').split(' per ');
      const as = base === 'GBP' && sub(f, PENCE) ? 'GBX' : base === 'USD' && sub(f, CENTS) ? 'cent' : null;
      if (as) return { value: Number((f.value * 100).toPrecision(12)), unit: [as, ...per].join(' per ') };
      // (and a nationality counted, which GOLD.md makes person, is its own unit there: 1,307,000 Americans)
      const demonym = f.unit === 'person' ? /([A-Z][a-z]+(?:ans|ese|is|s))$/.exec(f.text) : null;
      return { value: f.value, unit: demonym ? demonym[1] : f.unit };
    });
    predicted += sys.length;
    gold += it.gold.length;
    const used = new Set<number>();
    for (const g of it.gold) {
      if (!ranges && g.max !== undefined) {
        errors.push({ sentence, kind: 'missed', value: NaN, gold: g.unit });
        continue;
      }
      const hits = (v: number) => close(v, g.value) || (g.max !== undefined && close(v, g.max));
      // prefer a figure that also has the right unit
      let i = sys.findIndex((s, k) => !used.has(k) && hits(s.value) && unitsAgree(s.unit, g.unit));
      if (i < 0) i = sys.findIndex((s, k) => !used.has(k) && hits(s.value));
      if (i >= 0 && g.max !== undefined) {
        // the other endpoint of the range, if we wrote it, belongs to this gold item
        const other = close(sys[i].value, g.value) ? g.max : g.value;
        const j = sys.findIndex((s, k) => k !== i && !used.has(k) && close(s.value, other));
        if (j >= 0) {
          used.add(j);
          predicted--;
        }
      }
      if (i < 0) {
        errors.push({ sentence, kind: 'missed', value: g.value, gold: g.unit });
        continue;
      }
      used.add(i);
      vTp++;
      if (headAgrees(sys[i].unit, g.unit)) vhTp++;
      if (unitsAgree(sys[i].unit, g.unit) && !(sys[i].unit === 'GBX' && g.unit?.toLowerCase() === 'point')) vnpTp++;
      if (unitsAgree(sys[i].unit, g.unit)) vuTp++;
      else errors.push({ sentence, kind: 'unit', value: g.value, gold: g.unit, got: sys[i].unit });
    }
    sys.forEach((s, k) => {
      if (!used.has(k)) errors.push({ sentence, kind: 'spurious', value: s.value, got: s.unit });
    });
  });
  return { value: prf(vTp, predicted, gold), valueUnit: prf(vuTp, predicted, gold), valueHead: prf(vhTp, predicted, gold), valueUnitNoPence: prf(vnpTp, predicted, gold), errors };
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
