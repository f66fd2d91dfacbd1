/**
 * The rule corpora: per language and dimension, positive examples with every expected item (full
 * span and value) and negative examples that must yield nothing. One generic runner for all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';
import { ROOT, slice } from './helpers.js';

type Expected = Record<string, unknown> & { span: string };
interface Positive {
  text: string;
  ref_date?: string;
  expect: Expected[];
}
interface Corpus {
  positives: Positive[];
  negatives: string[];
}

const DIMENSIONS = { figures: 'figures', dates: 'dates', attributions: 'attributions' } as const;

type Item = Record<string, unknown> & { text: string; start: number; end: number; rule: string };
/** The items of a dimension as spans: attributions are their evidence, with entity ids as names. */
function items(r: ReturnType<typeof extractText>, dim: keyof typeof DIMENSIONS): Item[] {
  if (dim !== 'attributions') return r[DIMENSIONS[dim]] as unknown as Item[];
  const name = (id: string | null) => (id ? (r.entities.find((e) => e.id === id)?.name ?? `?${id}`) : null);
  return r.attributions.map((a) => ({
    ...a.evidence,
    rule: a.rule,
    actor: name(a.actor),
    attributed_to: name(a.attributed_to),
    claimed_by: name(a.claimed_by),
    stance: a.stance,
    // (the words as written, compared where a positive lists them)
    actor_text: a.actor_text,
    claimed_by_text: a.claimed_by_text ?? null,
  }));
}

for (const lang of ['ar', 'en'] as const) {
  const dir = join(ROOT, 'test', 'corpus', lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const dim = file.replace(/\.yaml$/, '') as keyof typeof DIMENSIONS;
    const corpus = parse(readFileSync(join(dir, file), 'utf8')) as Corpus;
    describe(`${lang}/${dim}`, () => {
      it('has positive and negative examples', () => {
        expect(corpus.positives.length).toBeGreaterThan(3);
        expect(corpus.negatives.length).toBeGreaterThan(2);
      });
      for (const p of corpus.positives) {
        it(`finds: ${p.text}`, () => {
          const r = extractText(p.text, { lang, refDate: p.ref_date });
          const got = items(r, dim);
          for (const g of got) expect(slice(p.text, g.start, g.end)).toBe(g.text);
          const summary = got.map((g) => {
            const { start: _s, end: _e, rule, text, ...rest } = g;
            expect(rule.startsWith(`${lang}/`)).toBe(true);
            // (the rule's own name, figure/age's "age", compared where a positive gives it)
            return { span: text, ...rest, rule: rule.split('/').slice(2).join('/') };
          });
          // every expected item, exactly, and nothing else
          expect(summary.map((s) => s.span)).toEqual(p.expect.map((e) => e.span));
          p.expect.forEach((e, i) => {
            for (const [k, v] of Object.entries(e)) expect(summary[i][k], `${e.span}: ${k}`).toEqual(v);
          });
        });
      }
      for (const n of corpus.negatives) {
        it(`finds nothing in: ${n}`, () => {
          const r = extractText(n, { lang });
          expect(items(r, dim).map((x) => x.text)).toEqual([]);
        });
      }
    });
  }
}
