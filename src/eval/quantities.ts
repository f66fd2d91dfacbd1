/**
 * Quantity scoring in the NewsQuant format: sentences with gold quantities (value, normalized unit),
 * no offsets. A predicted figure matches a gold quantity of the same sentence with an equal value (one
 * to one); value+unit also needs the unit to agree after normalization (percent = percentage, USD =
 * dollar, a singular lemma = its plural...).
 */
import type { NewsRecord } from '../core/record.js';
import { prf, type PRF } from './metrics.js';

export interface GoldQuantity {
  value: number;
  unit: string | null;
}

export interface QuantityScore {
  value: PRF;
  valueUnit: PRF;
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
  year: ['year', 'year of age'],
  CNY: ['chinese yuan', 'yuan'],
  AUD: ['australian dollar'],
  HKD: ['hong kong dollar'],
  CAD: ['canadian dollar'],
  INR: ['indian rupee', 'rupee'],
  RUB: ['russian ruble', 'ruble'],
  MYR: ['malaysian ringgit'],
  cent: ['cent', 'penny'],
  employee: ['employee', 'worker', 'job', 'role'],
  'mile per hour': ['mile per hour', 'mph'],
  'kilometer per hour': ['kilometre per hour'],
  'degree Celsius': ['celsius', 'degree celsius'],
  'degree Fahrenheit': ['fahrenheit', 'degree fahrenheit'],
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

export function unitsAgree(ours: string | null, gold: string | null): boolean {
  const g = gold === null || gold === '-' || gold === '' ? null : gold.toLowerCase().trim();
  if (ours === null || g === null) return ours === null && g === null;
  const names = UNIT_NAMES[ours] ?? [ours.toLowerCase()];
  const gs = spelling(singular(g));
  return names.some((n) => n === g || spelling(singular(n.toLowerCase())) === gs);
}

export function scoreQuantities(items: { gold: GoldQuantity[]; record: NewsRecord }[]): QuantityScore {
  let vTp = 0;
  let vuTp = 0;
  let predicted = 0;
  let gold = 0;
  const errors: QuantityScore['errors'] = [];
  items.forEach((it, sentence) => {
    const sys = it.record.figures.map((f) => ({ value: f.value, unit: f.unit }));
    predicted += sys.length;
    gold += it.gold.length;
    const used = new Set<number>();
    for (const g of it.gold) {
      // prefer a figure that also has the right unit
      let i = sys.findIndex((s, k) => !used.has(k) && close(s.value, g.value) && unitsAgree(s.unit, g.unit));
      if (i < 0) i = sys.findIndex((s, k) => !used.has(k) && close(s.value, g.value));
      if (i < 0) {
        errors.push({ sentence, kind: 'missed', value: g.value, gold: g.unit });
        continue;
      }
      used.add(i);
      vTp++;
      if (unitsAgree(sys[i].unit, g.unit)) vuTp++;
      else errors.push({ sentence, kind: 'unit', value: g.value, gold: g.unit, got: sys[i].unit });
    }
    sys.forEach((s, k) => {
      if (!used.has(k)) errors.push({ sentence, kind: 'spurious', value: s.value, got: s.unit });
    });
  });
  return { value: prf(vTp, predicted, gold), valueUnit: prf(vuTp, predicted, gold), errors };
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
