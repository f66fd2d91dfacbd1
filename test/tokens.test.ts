/** The token table and the one dictionary pass (src/core/tokens.ts, src/lexicon/). */
import { describe, expect, it } from 'vitest';
import { ARABIC, CAP, DIGIT, LATIN, LINE_BEFORE, NUMBER, PUNCT, SPACE_BEFORE, UPPER, WORD, tokenAt, tokenKeys, tokenize } from '../src/core/tokens.js';
import fc from 'fast-check';
import { LexiconBuilder, keptFor } from '../src/lexicon/compile.js';
import { Lexicon, hitsAt, hitsOf, matchLexicon } from '../src/lexicon/match.js';
import type { KbEntry } from '../src/resources/schema.js';
import { SPORTS_WORDS, genreOf } from '../src/extractors/genre.js';

const words = (text: string) => {
  const t = tokenize(text);
  return Array.from({ length: t.length }, (_, i) => text.slice(t.start[i], t.end[i]));
};

describe('tokens', () => {
  it('splits words, numbers and punctuation, a change of script, an apostrophe and a hyphen', () => {
    expect(words("Russia's Iran-linked APT28 stole 2,700 files (1.5 GB) وDell 9GB.")).toEqual([
      'Russia', "'", 's', 'Iran', '-', 'linked', 'APT28', 'stole', '2,700', 'files', '(', '1.5', 'GB', ')', 'و', 'Dell', '9', 'GB', '.',
    ]);
    expect(words('قالت مايكروسوفت إن 2700 محاولة.')).toEqual(['قالت', 'مايكروسوفت', 'إن', '2700', 'محاولة', '.']);
    expect(words('1.2.3 and 12:30')).toEqual(['1.2.3', 'and', '12', ':', '30']);
  });

  it('gives each token its kind, script, shape and key', () => {
    const t = tokenize('The FBI said\nقال 5%');
    expect(Array.from(t.kind)).toEqual([WORD, WORD, WORD, WORD, NUMBER, PUNCT]);
    expect(t.key).toEqual(['the', 'fbi', 'said', 'قال', '5', '%']);
    expect(t.flags[0] & (LATIN | CAP | SPACE_BEFORE | LINE_BEFORE)).toBe(LATIN | CAP | SPACE_BEFORE | LINE_BEFORE);
    expect(t.flags[1] & UPPER).toBe(UPPER);
    expect(t.flags[2] & CAP).toBe(0);
    expect(t.flags[3] & (ARABIC | LINE_BEFORE)).toBe(ARABIC | LINE_BEFORE);
    expect(t.flags[4] & DIGIT).toBe(DIGIT);
    expect(t.flags[5] & SPACE_BEFORE).toBe(0);
    expect(tokenAt(t, 5)).toBe(1);
  });

  it('gives a phrase the keys the token table gives it (tokenKeys, used for resource phrases)', () => {
    const pieces = fc.constantFrom('Fancy', 'BEAR', 'apt28', ' ', '\n', '-', "'", '2,700', '9GB', 'وزارة', 'ال', 'Ж', '.', '\u{1F600}', ',');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const t = tokenize(text);
        let upper = t.length > 0;
        for (let i = 0; i < t.length; i++) if ((t.flags[i] & LATIN) && !(t.flags[i] & UPPER)) upper = false;
        expect(tokenKeys(text)).toEqual({ keys: t.key, upper });
      }),
    );
    expect(tokenKeys('The FBI')).toEqual({ keys: ['the', 'fbi'], upper: false });
    expect(tokenKeys('GRU, FSB')).toEqual({ keys: ['gru', ',', 'fsb'], upper: true });
  });

  it('gives sentences as token ranges', () => {
    const text = 'One two. Three four five.';
    const t = tokenize(text, [{ start: 0, end: 8 }, { start: 9, end: 25 }]);
    expect(Array.from(t.sentence)).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect(Array.from(t.sentenceTokens)).toEqual([0, 3, 3, 7]);
  });

  it('takes a 2 MB line with no spaces and one of words (its speed is measured in npm run bench)', () => {
    const t = tokenize('ا1,'.repeat(300_000) + 'word '.repeat(200_000));
    expect(t.length).toBe(800_000); // ا1 and a comma, 300,000 times; then the words
    expect(t.key[t.length - 1]).toBe('word');
  });
});

const entry = (id: string, type: KbEntry['type'], en: string[], ar: string[], context?: string[]): KbEntry =>
  ({ id, type, name: en[0] ?? ar[0], aliases: { en, ar }, ...(context ? { context: { en: context, ar: [] } } : {}) }) as KbEntry;

describe('the lexicon pass', () => {
  const kb = [
    entry('ru', 'location', ['Russia'], ['روسيا']),
    entry('us', 'location', ['United States', 'U.S.'], ['الولايات المتحدة']),
    entry('ta', 'threat_actor', ['Forest Blizzard', 'APT28'], [], ['Strontium']),
    entry('guard', 'organization', ['Revolutionary Guard'], ['الحرس الثوري']),
  ];
  const lex = (lang: 'ar' | 'en') => {
    const b = new LexiconBuilder(lang);
    b.add('said', 'speech-verbs.verbs');
    b.add('according to', 'speech-verbs.sources');
    b.add('قال', 'speech-verbs.verbs');
    b.addKb(kb);
    return new Lexicon(b.data());
  };
  const found = (text: string, lang: 'ar' | 'en') => {
    const t = tokenize(text);
    const l = lex(lang);
    const h = matchLexicon(t, l, [{ start: 0, end: text.length }]);
    return Array.from({ length: h.length }, (_, k) => `${l.cats[h.cat[k]]}:${text.slice(t.start[h.start[k]] + h.pre[k], t.end[h.end[k] - 1])}`);
  };

  it('finds every phrase with its category, longest and shorter alike', () => {
    expect(found('The U.S. and Russia said, according to APT28 experts.', 'en')).toEqual(['kb:U.S.', 'kb:Russia', 'speech-verbs.verbs:said', 'speech-verbs.sources:according to', 'kb:APT28']);
  });

  it('matches names as written (places and bodies in capitals too), never across a line break', () => {
    expect(found('russia and RUSSIA and Forest Blizzard and FOREST BLIZZARD', 'en')).toEqual(['kb:RUSSIA', 'kb:Forest Blizzard']);
    expect(found('Forest\nBlizzard', 'en')).toEqual([]);
    expect(found('the Strontium group', 'en')).toEqual(['kb.context:Strontium']);
  });

  it('takes Arabic proclitics off, and ل + ال written لل', () => {
    expect(found('وقال إن وروسيا وللحرس الثوري', 'ar')).toEqual(['speech-verbs.verbs:قال', 'kb:روسيا', 'kb:لحرس الثوري']);
  });

  it('answers by token and by category', () => {
    const text = 'Russia said';
    const t = tokenize(text);
    const l = lex('en');
    const h = matchLexicon(t, l, [{ start: 0, end: text.length }]);
    expect([...hitsAt(h, 1)].map((k) => l.cats[h.cat[k]])).toEqual(['speech-verbs.verbs']);
    expect(hitsOf(h, l.cat('kb')).map((k) => h.start[k])).toEqual([0]);
    expect(l.cat('no such category')).toBe(-1);
  });

  it('a lexicon cut at build time to the categories the rules read is used as it is; one cut for another list is cut again', () => {
    const b = new LexiconBuilder('en');
    b.add('said', 'speech-verbs.verbs');
    b.add('Monday', 'weekdays.weekdays.names', 0);
    const speechOnly = Object.assign((cat: string) => cat.startsWith('speech-verbs.'), { signature: 'speech' });
    const cut = keptFor(b.data(), speechOnly, speechOnly.signature);
    expect(cut.kept).toBe('speech');
    expect(Object.keys(cut.first)).toEqual(['said']);
    const text = 'On Monday he said';
    const hits = (l: Lexicon) => {
      const h = matchLexicon(tokenize(text), l, [{ start: 0, end: text.length }]);
      return Array.from({ length: h.length }, (_, k) => l.cats[h.cat[k]]);
    };
    expect(hits(new Lexicon(cut, undefined, speechOnly))).toEqual(['speech-verbs.verbs']);
    // (the full data with the same reader: filtered at load, the same hits)
    expect(hits(new Lexicon(b.data(), undefined, speechOnly))).toEqual(['speech-verbs.verbs']);
    // (a reader of another list filters the cut data again: nothing of the weekdays comes back, nothing of speech is lost)
    const other = Object.assign((cat: string) => cat.startsWith('speech-verbs.') || cat.startsWith('weekdays.'), { signature: 'other' });
    expect(hits(new Lexicon(cut, undefined, other))).toEqual(['speech-verbs.verbs']);
  });
});

describe('the genre the lexicon pass shows (src/extractors/genre.ts)', () => {
  const genre = (text: string, lang: 'ar' | 'en', words: string[]) => {
    const b = new LexiconBuilder(lang);
    for (const w of words) b.add(w, SPORTS_WORDS);
    const l = new Lexicon(b.data());
    return genreOf(l, matchLexicon(tokenize(text), l, [{ start: 0, end: text.length }]));
  };
  it('three sports words as written make sports text; two, or three with one only after a proclitic, leave it news', () => {
    expect(genre('The league match ended early at the stadium.', 'en', ['league', 'match', 'stadium'])).toBe('sports');
    expect(genre('The match ended early; the league met again in the stadium.', 'en', ['league', 'match', 'football', 'stadium'])).toBe('sports');
    // (two, as a news story holds a team and its goal)
    expect(genre('The team said its goal was a new law.', 'en', ['team', 'goal'])).toBe('news');
    expect(genre('The match of the fingerprints was exact.', 'en', ['league', 'match'])).toBe('news');
    expect(genre('انتهت المباراة في الدوري مبكرا على الملعب.', 'ar', ['المباراة', 'الدوري', 'الملعب'])).toBe('sports');
    // (وبالمباراة: a proclitic taken off does not count; a word as written does)
    expect(genre('وقال إن المباراة وبالدوري انتهت على الملعب.', 'ar', ['المباراة', 'الدوري', 'الملعب'])).toBe('news');
    expect(genre('No sports words at all.', 'en', [])).toBe('news');
  });
});
