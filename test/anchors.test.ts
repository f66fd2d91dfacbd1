/**
 * Rules at their anchors: a rule regex tried only where a word of its list starts (matchAtAnchors, wordAnchors)
 * finds exactly what scanning the whole text finds, in both languages, proclitics included, and a consumer that
 * moves lastIndex (a name cut short) is honoured the same way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { END, START, alt, compile, keyOffsets, lookupKey, matchAll, matchAtAnchors, matchNear, phraseTrie, procliticForms, procliticTable, wordAnchors, wordStart } from '../src/extractors/patterns.js';
import { Cleaner } from '../src/core/clean.js';
import { fold } from '../src/resources/index.js';
import { tokenize } from '../src/core/tokens.js';
import type { Doc, Region } from '../src/core/types.js';

const cleaner = new Cleaner({ boilerplateLines: [] });

function docOf(raw: string): Doc {
  const text = cleaner.clean(raw).text;
  return { text, lang: 'und', title: null, paragraphs: [], sentences: [{ start: 0, end: text.length }], regions: [], tokens: tokenize(text, [{ start: 0, end: text.length }]) } as unknown as Doc;
}

const both = (re: RegExp, sticky: RegExp, doc: Doc, regions: Region[], anchors: (d: Doc) => number[], cut: boolean) => {
  const run = (gen: Iterable<{ start: number; end: number; m: RegExpExecArray; offset: number }>, r: RegExp) => {
    const out: [number, number][] = [];
    for (const x of gen) {
      out.push([x.start, x.end]);
      // (a consumer keeping only the first word of a longer name goes on right after it, as the person rule does)
      if (cut) {
        const sp = x.m[0].indexOf(' ', (x.m.groups?.cue?.length ?? 0) + (x.m.groups?.pre?.length ?? 0) + 1);
        if (sp > 0) r.lastIndex = x.m.index + sp;
      }
    }
    return out;
  };
  return [run(matchAll(re, doc.text, regions), re), run(matchAtAnchors(sticky, doc.text, regions, anchors(doc)), sticky)];
};

describe('rules at their anchors', () => {
  it('English: the same matches as a whole-text scan, whatever the text', () => {
    const titles = ['President', 'Prime Minister', 'Dr.', 'General'];
    const source = `${START}(?<cue>${alt(titles)}[ \\t]+)(?<name>[A-Z][a-z]+(?:[ \\t][A-Z][a-z]+)?)${END}`;
    const words = fc.constantFrom('President', 'Prime', 'Minister', 'Dr.', 'General', 'general', 'Ann', 'Lee', 'Smith', 'the', 'said', ',', '.', 'X2', '"', '(', 'وPresident', 'president');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.boolean(), (ws, cut) => {
        const doc = docOf(ws.join(' '));
        const regions: Region[] = [{ start: 0, end: doc.text.length, lang: 'en' }];
        const [scan, anchored] = both(compile(source), compile(source, 'y'), doc, regions, wordAnchors(titles), cut);
        expect(anchored).toEqual(scan);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('Arabic: the same matches, with proclitics on the first word and regions of the language only', () => {
    const heads = ['الرئيس', 'رئيس الوزراء', 'وزير'];
    const source = `${wordStart('ar')}(?<cue>${alt(heads)}[ \\t]+)(?<name>[\\u0621-\\u064A]{2,12}(?:[ \\t][\\u0621-\\u064A]{2,12})?)${END}`;
    const words = fc.constantFrom('الرئيس', 'والرئيس', 'فالرئيس', 'بالرئيس', 'رئيس', 'الوزراء', 'وزير', 'ووزير', 'لوزير', 'سمير', 'أمين', 'قال', '،', '.', 'Dell', '2024');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.boolean(), fc.nat(40), (ws, cut, split) => {
        const doc = docOf(ws.join(' '));
        // (two regions of the language with a word between them, as a mixed document has; regions start and end
        // where words do, at sentence bounds)
        const t = doc.tokens!;
        const k = t.length ? split % t.length : 0;
        const at = t.length ? t.start[k] : 0;
        const next = k + 1 < t.length ? t.start[k + 1] : doc.text.length;
        const regions: Region[] = [{ start: 0, end: at, lang: 'ar' }, { start: next, end: doc.text.length, lang: 'ar' }];
        const [scan, anchored] = both(compile(source), compile(source, 'y'), doc, regions, wordAnchors(heads, true), cut);
        expect(anchored).toEqual(scan);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('with numbers: a match may start at a number, a sign or bracket glued to one, or digits inside a word', () => {
    // (a date-like rule: a bracket or 'the' or a day, then a month; and a figure-like one: a signed or decimal number)
    const sources = [
      `(?<![0-9A-Za-z])(?:\\([ \\t]?|the[ \\t]+)?[0-9]{1,2}(?:st|nd)?[ \\t]+(?:May|June)${END}`,
      `(?<![0-9A-Za-z.,])(?:[-\\u2212]|(?<=[ (])\\.)?[0-9]+(?:\\.[0-9]+)?(?![0-9])`,
      // (a currency sign or code glued to the amount: USD10m, RM79, $5)
      `(?<![0-9A-Za-z])(?:usd|rm|\\$)[ \\t]?[0-9]+(?:m(?![a-z]))?`,
    ];
    const words = fc.constantFrom('(', '( 5', 'the', '5', '21st', '2nd', 'May', 'June', 'و19', 'APT28', '-5', '−3', '.5', '1.5', 'x', ',', '.', 'the 3rd', 'USD10m', 'RM79', '$5', 'USD', 'rm');
    for (const source of sources) {
      fc.assert(
        fc.property(fc.array(words, { maxLength: 30 }), (ws) => {
          const doc = docOf(ws.join(' '));
          const regions: Region[] = [{ start: 0, end: doc.text.length, lang: 'en' }];
          const [scan, anchored] = both(compile(source, 'i'), compile(source, 'iy'), doc, regions, wordAnchors(['(', 'the', 'usd', 'rm', '$'], false, true), false);
          expect(anchored).toEqual(scan);
        }),
        { numRuns: 300, seed: 20261203 },
      );
    }
  });

  it('near a rare character: the same matches as a whole-text scan (fractions: a slash or a fraction sign within the lead)', () => {
    // (the shape of the numeric-fraction rule: an optional whole number, then a/b or a fraction sign)
    const source = '(?<![0-9A-Za-z.,/\\u2044-])(?:(?<whole>[0-9]{1,3})(?:[ \\t]|(?=[\\u00BC-\\u00BE])))?(?:(?<a>[0-9]{1,3})(?<sl>[/\\u2044])(?<b>[0-9]{1,4})|(?<v>[\\u00BC-\\u00BE]))(?![0-9]|[/\\u2044.,][0-9])';
    const needs = /[/\u2044\u00BC-\u00BE]/g;
    const parts = fc.constantFrom('1', '12', '123', '1234', '/', '\u2044', '½', '¼', ' ', '  ', 'a', 'of', '.', ',', '-', '9/11', '3 1/2', '24/7');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 40 }), fc.nat(60), (ps, cut) => {
        const text = ps.join('');
        const at = Math.min(cut, text.length);
        const regions: Region[] = [{ start: 0, end: at, lang: 'en' }, { start: at, end: text.length, lang: 'en' }];
        const spans = (gen: Iterable<{ start: number; end: number }>) => [...gen].map((x) => [x.start, x.end]);
        expect(spans(matchNear(compile(source, 'y'), text, regions, needs, 8))).toEqual(spans(matchAll(compile(source), text, regions)));
      }),
      { numRuns: 500, seed: 20261203 },
    );
  });

  it('a list asked for after a document\'s anchors were found gets its own anchors there too (the other language\'s rules, built later)', () => {
    const doc = docOf('وقال الرئيس إن المبعوث zxqfirst سيصل، ثم قال zxqsecond ولzxqthird إن 12 شخصا وصلوا.');
    const early = wordAnchors(['الرئيس'], true);
    expect(Array.from(early(doc))).toEqual([doc.text.indexOf('الرئيس')]);
    // (lists no rule asked for before this document was read: their words are found in it all the same)
    const late = wordAnchors(['zxqsecond', 'zxqfirst']);
    expect(Array.from(late(doc))).toEqual([doc.text.indexOf('zxqfirst'), doc.text.indexOf('zxqsecond')]);
    const withNumbers = wordAnchors(['zxqfirst'], false, true);
    expect(Array.from(withNumbers(doc))).toEqual([doc.text.indexOf('zxqfirst'), doc.text.indexOf('12')]);
    // (the same list asked for again is the same set: the same anchors)
    expect(Array.from(wordAnchors(['zxqfirst', 'zxqsecond'])(doc))).toEqual(Array.from(late(doc)));
    expect(Array.from(early(doc))).toEqual([doc.text.indexOf('الرئيس')]);
  });

  it('refuses a regex that is not sticky', () => {
    const doc = docOf('President Lee');
    expect(() => [...matchAtAnchors(compile('President'), doc.text, [{ start: 0, end: doc.text.length, lang: 'en' }], [0])]).toThrow(/sticky/);
  });
});

describe('where a key starts', () => {
  it('gives the offsets of the tokens of a key, ascending, and with proclitics the words that are the key less one', () => {
    const doc = docOf('Novak spoke. Then novak and NOVAK left; Novakovic stayed.');
    const at = (s: string, from = 0) => doc.text.indexOf(s, from);
    expect(keyOffsets(doc, lookupKey('Novak'))).toEqual([at('Novak'), at('novak'), at('NOVAK')]);
    expect(keyOffsets(doc, ';')).toEqual([at(';')]);
    expect(keyOffsets(doc, 'nobody')).toEqual([]);
    const ar = docOf('قال كوشنر إن لكوشنر وكوشنر رأيا، وكوشنرية كلمة أخرى.');
    const k = lookupKey('كوشنر');
    expect(keyOffsets(ar, k)).toEqual([ar.text.indexOf('كوشنر')]);
    expect(keyOffsets(ar, k, true)).toEqual([ar.text.indexOf('كوشنر'), ar.text.indexOf('لكوشنر'), ar.text.indexOf('وكوشنر ')]);
  });
});

describe('lookup keys', () => {
  it('a key needing no change (ASCII with no capital, tab or double space; Arabic letters) is the same as the full fold, collapse and lower-casing gives', () => {
    const full = (x: string) => fold(x).replace(/[ \t]+/g, ' ').toLowerCase();
    const chars = fc.constantFrom('a', 'Z', ' ', '\t', 'é', 'É', 'Ж', 'ж', 'ب', 'أ', 'ة', '٣', '1', '-', '.', "'");
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), (x) => lookupKey(x) === full(x)), { numRuns: 2000 });
    expect(lookupKey('fancy bear')).toBe('fancy bear');
    expect(lookupKey('Fancy  Bear')).toBe('fancy bear');
    expect(lookupKey('ÉCOLE')).toBe('école');
  });
});

describe('phrase tries', () => {
  // (a phrase trie stands for the alternation of its phrases followed by END: same ends, longest first, at each place)
  const check = (phrases: string[], ci: boolean, pieces: string[]) => {
    const trie = phraseTrie(phrases, ci);
    const re = new RegExp(`(?:${alt(phrases)})${END}`, ci ? 'iy' : 'y');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const x = parts.join('');
        for (let p = 0; p <= x.length; p++) {
          re.lastIndex = p;
          const m = re.exec(x);
          expect(trie.longest(x, p)).toBe(m ? p + m[0].length : -1);
          // every end the trie gives before a word's end is one the regex can end at
          for (const e of trie.ends(x, p, true)) expect(new RegExp(`^(?:${alt(phrases)})$`, ci ? 'i' : '').test(x.slice(p, e))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  };
  it('English units, case-insensitive, spaces and tabs between words', () => {
    check(['per cent', 'percent', 'GB', 'gigabyte', 'gigabytes', 'square meter', 'square meters', 'sq ft', 'km/h', 'days'], true, ['per', 'cent', 'Percent', 'PER', ' ', '  ', '\t', '     ', 'gb', 'GB', 'gigabyte', 's', 'square', 'meter', 'sq', 'ft', 'km', '/h', 'days', 'x', '-', '.', 'ſ', 'K']);
  });
  it('Arabic units as written', () => {
    check(['جيغا بايت', 'جيغابايت', 'بالمئة', 'في المئة', 'دولار', 'دولارا'], false, ['جيغا', 'بايت', ' ', '  ', '\t', 'بال', 'مئة', 'في', 'ال', 'دولار', 'ا', 'ات', '.', 'GB']);
  });
});

describe('a list as every way its words are written (procliticTable)', () => {
  // (the lookup the rules made before: the word as written, else the first of procliticForms's forms the list has)
  const byForms = (list: ReadonlySet<string>, key: string, contracted: boolean) =>
    list.has(key) ? [key, 0] : (procliticForms(key, contracted).find(([f]) => list.has(f)) ?? null);
  it('gives, for any word, the form and proclitic length procliticForms finds first', () => {
    // (words that read two ways: ولي is و + لي and a word; لل + a word with the article; a proclitic on a proclitic)
    const letters = fc.constantFrom('و', 'ف', 'ب', 'ك', 'ل', 'ا', 'ال', 'خارجية', 'دفاع', 'ي', 'لي');
    const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((x) => x.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 20 }), fc.boolean(), (listed, asked, contracted) => {
        const list = new Set(listed);
        const table = procliticTable(list, contracted);
        for (const k of [...asked, ...listed.flatMap((w) => ['و' + w, 'ول' + w.slice(1), 'لل' + w.slice(2)])]) {
          expect([k, table.get(k) ?? null]).toEqual([k, byForms(list, k, contracted)]);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('reads ل + ال written لل only when asked', () => {
    expect(procliticTable(['الخارجية'], true).get('للخارجية')).toEqual(['الخارجية', 1]);
    expect(procliticTable(['الخارجية'], true).get('وللخارجية')).toEqual(['الخارجية', 2]);
    expect(procliticTable(['الخارجية']).get('للخارجية')).toBeUndefined();
    expect(procliticTable(['الخارجية']).get('بالخارجية')).toEqual(['الخارجية', 1]);
  });
});

