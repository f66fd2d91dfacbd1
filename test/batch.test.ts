/**
 * The pipeline over a batch (processDocuments, what a worker thread runs): stage by stage, each rule over the whole
 * batch, and still each document's record the same as it gets alone; a document that fails fails alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDocument, processDocuments, sha256Hex, type DocumentInput } from '../src/core/pipeline.js';
import { Registry, languageExtractors } from '../src/extractors/registry.js';
import type { Extractor } from '../src/core/types.js';
import { loadKb } from '../src/resources/index.js';

const input = (text: string, k: number, lang?: string): DocumentInput => ({
  id: `d${k}`,
  text,
  ...(lang ? { lang } : {}),
  source: { path: `d${k}.txt`, sha256: sha256Hex(text), format: 'text', encoding: 'utf-8' },
});

/** Sentences in both languages that wake most rules: names, titles, figures, dates, speech and claims. */
const sentences = fc.constantFrom(
  'وقال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين إن أكثر من 2700 محاولة اختراق سجلت.',
  'واتهمت مايكروسوفت مجموعة فانسي بير الروسية بشن هجمات على 9 جيغا بايت من البيانات في 5 نوفمبر 2024.',
  'ونفت وزارة الخارجية الإيرانية الاتهامات، وقالت إن طهران لا علاقة لها بالهجوم.',
  'The Justice Department said on Monday that about 500,000 voters were affected.',
  '"We have no evidence," said John Smith, a spokesman for the Election Commission, adding that Russia was behind it.',
  'Researchers at Mandiant linked the group APT29 to Russia’s foreign intelligence service last week.',
  '',
  '\n\n',
);
const article = fc.array(sentences, { maxLength: 6 }).map((a) => a.join(' '));

describe('a batch of documents (processDocuments)', () => {
  it('gives each document the record processDocument gives it alone, whatever the batch around it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(article, fc.constantFrom(undefined, 'ar', 'en')), { minLength: 1, maxLength: 5 }), (docs) => {
        const inputs = docs.map(([text, lang], k) => input(text, k, lang));
        const alone = inputs.map((d) => processDocument(d, { refDate: '2024-11-05' }));
        expect(processDocuments(inputs, { refDate: '2024-11-05' })).toEqual(alone);
      }),
      { numRuns: 40 },
    );
  });

  it('a rule that throws on one document fails that document only, with its error; the others keep their records', () => {
    const thrower: Extractor<'figures'> = {
      name: 'en/figure/test-thrower',
      lang: 'en',
      dimension: 'figures',
      extract: (doc) => {
        if (doc.text.includes('BOOM')) throw new Error('the test rule broke');
        return [];
      },
    };
    const kb = loadKb();
    const registry = new Registry([...languageExtractors('en', kb), thrower, ...languageExtractors('ar', kb)]);
    const texts = ['The ministry said 40 people were hurt.', 'BOOM: the ministry said 40 people were hurt.', 'وقالت الوزارة إن 40 شخصا أصيبوا.'];
    const out = processDocuments(texts.map((t, k) => input(t, k)), { registry });
    expect(out[1]).toBeInstanceOf(Error);
    expect((out[1] as Error).message).toBe('the test rule broke');
    expect(out[0]).toEqual(processDocument(input(texts[0], 0), { registry }));
    expect(out[2]).toEqual(processDocument(input(texts[2], 2), { registry }));
    expect((out[0] as { figures: { value: number }[] }).figures.map((f) => f.value)).toEqual([40]);
    expect(() => processDocument(input(texts[1], 1), { registry })).toThrow('the test rule broke');
  });
});
