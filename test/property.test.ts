/**
 * Properties over arbitrary input: extraction never throws, every span slices back to the source
 * (code points), and every record validates against the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cleaner } from '../src/core/clean.js';
import { resolveDate } from '../src/core/resolve.js';
import { NewsRecordSchema, type NewsRecord } from '../src/core/record.js';
import { extractText } from '../src/index.js';
import { slice } from './helpers.js';

/** Pieces that exercise the rules, the cleaner and the segmenter, mixed with random Unicode. */
const pieces = fc.constantFrom(
  'أكثر من ٢٬٧٠٠ محاولة', 'نحو 9 جيغا بايت', 'في 5 نوفمبر 2024', 'يوليو/تموز', 'العام الماضي', 'وقالت مايكروسوفت',
  'more than 2,700 attempts', 'about $2.5 million', 'November 5, 2024', 'last week', 'Microsoft said', 'U.S.',
  '&amp;', '& # 39;', '&#8220;', '[ad_1]', '[19659002', '<p>', '</div>', 'Source link', 'التعليقات',
  '\u0640', '\u064E', '\u200F', '\uFEFF', '\r\n', '\n', ' ', '.', '؟', '“', '”', '"', '😀', '\uD800', '\uDC00', '٪', '%',
);
const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 40 }).map((a) => a.join(''));

function spansOf(r: NewsRecord): { text: string; start: number; end: number }[] {
  return [
    ...r.entities.flatMap((e) => e.mentions),
    ...r.dates,
    ...r.figures,
    ...r.quotes,
    ...r.attributions.map((a) => a.evidence),
  ];
}

describe('properties', () => {
  it('a weekday resolves to that weekday: with past, within the 7 days before the reference day; with future, within the 7 after; alone, within 3 days either side', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom(undefined, 'past' as const, 'future' as const), (days, wd, direction) => {
        const ref = new Date(Date.UTC(1990, 0, 1) + days * 86400000);
        const got = resolveDate(`XXXX-WXX-${wd}`, undefined, ref, direction);
        const diff = Math.round((Date.parse(`${got}T00:00:00Z`) - ref.getTime()) / 86400000);
        expect(new Date(Date.parse(`${got}T00:00:00Z`)).getUTCDay() || 7).toBe(wd);
        if (direction === 'past') expect(diff >= -7 && diff <= -1).toBe(true);
        else if (direction === 'future') expect(diff >= 1 && diff <= 7).toBe(true);
        else expect(Math.abs(diff) <= 3).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws; every span slices back; every record validates', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'ar', 'en'), (s, lang) => {
        const source = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
        const r = extractText(s, { lang, refDate: '2024-11-05' });
        expect(NewsRecordSchema.safeParse(r).success).toBe(true);
        for (const sp of spansOf(r)) {
          expect(sp.end).toBeGreaterThanOrEqual(sp.start);
          expect(slice(source, sp.start, sp.end)).toBe(sp.text);
        }
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('an entity mention neither starts nor ends on punctuation or space (an abbreviation keeps its stop: U.S.)', () => {
    const names = fc.constantFrom('وقال حزب العمال الكردستاني', 'جماعة الجهاد', 'الرئيس الروسي فلاديمير بوتين', 'في مدينة وولفسبورج', 'وقالت مايكروسوفت',
      'the Senate Intelligence Committee', 'Microsoft said', 'Sam Woolley', 'in the U.S.');
    const punct = fc.constantFrom('.', '،', ',', '؛', ':', '!', '؟', '?', ' ', '-', '"', '».');
    fc.assert(
      fc.property(fc.array(fc.tuple(names, punct), { minLength: 1, maxLength: 6 }), fc.constantFrom('ar', 'en'), (parts, lang) => {
        const r = extractText(parts.map(([n, p]) => n + p).join(' '), { lang });
        for (const m of r.entities.flatMap((e) => e.mentions)) {
          expect(m.text).not.toMatch(/^[\s.,;:!?،؛"»«-]|[\s,;:!?،؛"»«-]$/);
          if (m.text.endsWith('.')) expect(m.text).toMatch(/[A-Z]\.$/);
        }
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });

  it('maps every cleaned span inside the source, monotonically', () => {
    const cleaner = new Cleaner({ boilerplateLines: ['Source link'] });
    fc.assert(
      fc.property(text, (s) => {
        const r = cleaner.clean(s);
        const n = Array.from(s).length;
        let prev = 0;
        for (let i = 0; i <= r.text.length; i++) {
          const [a, b] = r.map.toSource(i, Math.min(r.text.length, i + 1));
          expect(a).toBeGreaterThanOrEqual(prev);
          expect(b).toBeLessThanOrEqual(n);
          expect(a).toBeLessThanOrEqual(b);
          prev = a;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('gives the same record for the same input', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(JSON.stringify(extractText(s))).toBe(JSON.stringify(extractText(s)));
      }),
      { numRuns: 50, seed: 11 },
    );
  });
});
