/**
 * The linking view's trigger index (src/link/view.ts nextStart): the next token where a hit of a category starts,
 * as a walk over every token asking hitEnd finds it. The claim and speech rules walk their trigger words with it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../src/core/pipeline.js';
import { getDefaultRegistry } from '../src/extractors/registry.js';
import { View } from '../src/link/view.js';

const CATS = [
  'speech-verbs.verbs',
  'speech-verbs.sources',
  'speech-verbs.sources.glued',
  'attribution.denials',
  'attribution.links',
  'attribution.links.glued',
  'attribution.accuse_verbs',
  'attribution.blame_verbs',
  'attribution.acts',
  'attribution.act_verbs',
  'attribution.sanctions',
];

function viewOf(text: string, lang: 'ar' | 'en'): View {
  const { doc } = analyze(text, lang);
  getDefaultRegistry().run(doc);
  return new View(doc, lang, [], new Map());
}

/** the walk the index replaces */
function walk(v: View, cats: readonly string[], from: number): number {
  for (let i = Math.max(0, from); i < v.t.length; i++) if (cats.some((c) => v.hitEnd(i, c) > i)) return i;
  return v.t.length;
}

const WORDS = {
  en: ['said', 'denied', 'the', 'hackers', 'linked', 'to', 'Russia', 'accused', 'China', 'of', 'attacks', 'according', 'sanctions', 'on', 'carried', 'out', 'a', 'cyberattack', '.', ',', 'officials', 'tied'],
  ar: ['قال', 'وقال', 'نفت', 'روسيا', 'المرتبطة', 'بإيران', 'اتهمت', 'الصين', 'بشن', 'هجمات', 'وفقا', 'لرويترز', 'عقوبات', 'على', 'نفذ', 'هجوم', 'إلكتروني', '.', '،', 'مسؤولون', 'القراصنة'],
};

describe('View.nextStart', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`finds each next trigger a walk over every token finds (${lang}, random sentences of cue words)`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS[lang]), { minLength: 1, maxLength: 60 }), fc.subarray(CATS, { minLength: 1, maxLength: 3 }), (words, cats) => {
          const v = viewOf(words.join(' '), lang);
          for (let i = 0; i <= v.t.length; i++) expect(v.nextStart(cats.length === 1 ? cats[0] : cats, i)).toBe(walk(v, cats, i));
        }),
        { numRuns: 40 },
      );
    });
  }

  it('finds real triggers and answers the token count past the last', () => {
    const v = viewOf('Officials said the hackers were linked to Russia. Moscow denied it.', 'en');
    const said = v.nextStart('speech-verbs.verbs', 0);
    expect(v.key(said)).toBe('said');
    expect(v.key(v.nextStart('attribution.denials', said))).toBe('denied');
    expect(v.nextStart('attribution.denials', v.nextStart('attribution.denials', 0) + 1)).toBe(v.t.length);
  });
});
