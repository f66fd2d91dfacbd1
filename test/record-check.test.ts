/**
 * The pipeline's record check (zod-free, compiled from schemas/news-record.schema.json) must give the
 * same verdict as the zod schema `extract validate` uses: on real records, on hand-made faults of every
 * kind the schema and its refinements catch, and on random damage to a record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRecord, compileSchema, compileValidator } from '../src/core/record-check.js';
import { NewsRecordSchema, type NewsRecord } from '../src/core/record.js';
import { extractText } from '../src/index.js';

const EN = 'Acme Security said on 3 March 2025 that the group Frost Fang, linked to Russia, sent more than 2,700 phishing emails. "We saw it early," said Dana Voss, its chief. Russia denied the claim.';
const AR = 'قالت وزارة الخارجية في 5 نوفمبر 2024 إن أكثر من 2700 محاولة اختراق سجلت، وأكد الوزير أن "الهجوم فشل".';

function records(): NewsRecord[] {
  return [extractText(EN, { lang: 'en', includeText: true }), extractText(AR, { lang: 'ar', refDate: '2024-11-05' }), extractText('', {})];
}

const clone = (r: NewsRecord) => JSON.parse(JSON.stringify(r)) as NewsRecord & Record<string, unknown>;
const zodOk = (r: unknown) => NewsRecordSchema.safeParse(r).success;

describe('record check', () => {
  it('counts characters as code points for a minimum length, in both checks', () => {
    const schema = { type: 'object' as const, properties: { name: { type: 'string' as const, minLength: 2 } } };
    const valid = compileValidator(schema);
    const check = compileSchema(schema);
    for (const [name, ok] of [['ab', true], ['\u{1F600}', false], ['\u{1F600}x', true], ['a', false], ['\uD800', false], ['\uD800\uD800', true], ['', false]] as const) {
      expect(valid({ name })).toBe(ok);
      expect(check({ name }, []) === null).toBe(ok);
    }
    expect(valid({ name: 7 })).toBe(false);
    expect(valid({ other: 'x' })).toBe(true);
  });

  it('accepts what the pipeline writes, as zod does', () => {
    const rs = records();
    expect(rs[0].quotes.length + rs[0].attributions.length).toBeGreaterThan(0);
    for (const r of rs) {
      expect(zodOk(r)).toBe(true);
      expect(checkRecord(r)).toBeNull();
    }
  });

  const faults: [string, (r: NewsRecord & Record<string, unknown>) => void, string][] = [
    ['a missing field', (r) => delete (r as Partial<NewsRecord>).warnings, 'warnings'],
    ['an unknown field', (r) => (r.extra = 1), 'extra'],
    ['the wrong schema id', (r) => (r.schema = 'news-record/2' as NewsRecord['schema']), 'schema'],
    ['a bad rule name', (r) => (r.figures[0].rule = 'Figures'), 'figures.0.rule'],
    ['a negative offset', (r) => (r.dates[0].start = -1), 'dates.0.start'],
    ['a fractional offset', (r) => (r.dates[0].end = 2.5), 'dates.0.end'],
    ['an end before its start', (r) => (r.figures[0].end = r.figures[0].start - 1), 'figures.0.end'],
    ['a value outside its enum', (r) => ((r.figures[0] as { qualifier: string }).qualifier = 'roughly'), 'figures.0.qualifier'],
    ['a non-finite number', (r) => (r.figures[0].value = Number.NaN), 'figures.0.value'],
    ['an entity with no mention', (r) => (r.entities[0].mentions = []), 'entities.0.mentions'],
    ['an empty entity name', (r) => (r.entities[0].name = ''), 'entities.0.name'],
    ['a bad entity id', (r) => (r.entities[0].id = 'x1'), 'entities.0.id'],
    ['a speaker not in the record', (r) => (r.quotes[0].speaker = 'e999'), 'quotes.0.speaker'],
    ['a claimant not in the record', (r) => (r.attributions[0].claimed_by = 'e999'), 'attributions.0.claimed_by'],
    ['a span that does not slice back to the text', (r) => (r.dates[0].text = 'x'), 'dates.0.text'],
    ['a confidence above 1', (r) => (r.language.confidence = 1.5), 'language.confidence'],
    ['a null where a string is required', (r) => ((r as { id: unknown }).id = null), 'id'],
    ['a bad sha256', (r) => (r.source.sha256 = 'abc'), 'source.sha256'],
  ];
  for (const [what, damage, path] of faults) {
    it(`rejects ${what} at ${path}, as zod does`, () => {
      const r = clone(records()[0]);
      damage(r);
      expect(zodOk(r)).toBe(false);
      const bad = checkRecord(r);
      expect(bad?.path.join('.')).toBe(path);
    });
  }

  it('agrees with zod on random damage anywhere in a record', () => {
    const schema = JSON.parse(readFileSync(new URL('../schemas/news-record.schema.json', import.meta.url), 'utf8'));
    const valid = compileValidator(schema);
    const check = compileSchema(schema);
    const base = records()[0];
    // every place in the record, as a path of keys and indexes
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (p.length) paths.push(p);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(base, []);
    const value = fc.oneof(fc.constant(null), fc.constant(undefined), fc.boolean(), fc.integer({ min: -3, max: 300 }), fc.double(), fc.string({ maxLength: 4 }), fc.constantFrom('e1', 'e2', 'en/date/x', 'about', 'person', 'news-record/1'), fc.constant([]), fc.constant({}));
    fc.assert(
      fc.property(fc.constantFrom(...paths), value, (path, v) => {
        const r = clone(base) as unknown as Record<string | number, unknown>;
        let at = r;
        for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
        at[path[path.length - 1]] = v;
        const viaJson = JSON.parse(JSON.stringify(r)) as unknown;
        expect(checkRecord(viaJson) === null).toBe(zodOk(viaJson));
        // the generated predicate the pipeline runs first says what the schema's closures say
        expect(valid(viaJson)).toBe(check(viaJson, []) === null);
      }),
      { numRuns: 600, seed: 20261202 },
    );
  });

  it('refuses a schema keyword it cannot check instead of skipping it', () => {
    expect(() => compileSchema({ type: 'string', format: 'date' } as never)).toThrow(/format/);
    expect(() => compileValidator({ type: 'string', format: 'date' } as never)).toThrow(/format/);
  });
});
