import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, functionWordShare, loadFranc, NeedsFranc } from '../src/core/language.js';

describe('function-word share', () => {
  it('counts the words the regexes it replaced counted, by character code', () => {
    const latinWord = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:['’](?=[A-Za-z\u00C0-\u024F]))?/g;
    const share = (s: string, words: Set<string>, arabic: boolean) => {
      const all = [...s.matchAll(arabic ? /[\u0621-\u064A]+/g : latinWord)].map((m) => (arabic ? m[0] : m[0].toLowerCase()));
      return all.length ? all.filter((w) => words.has(w)).length / all.length : 0;
    };
    const en = new Set(['the', 'of', "don'", 't', 'é']);
    const ar = new Set(['في', 'من']);
    const pieces = fc.constantFrom('The', 'the', 'of', "don't", 'don’t', "'", '’', 'É', 'é', '×', '÷', 'Ā', 'ŉ', 'في', 'من', 'والله', 'ـ', ' ', '.', '1', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const s = parts.join('');
        expect(functionWordShare(s, en, false)).toBe(share(s, en, false));
        expect(functionWordShare(s, ar, true)).toBe(share(s, ar, true));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('language identification without franc', () => {
  it('decides Arabic and English prose by script and function words, and asks for franc otherwise', () => {
    const words = { ar: new Set(['في', 'من']), en: new Set(['the', 'of', 'and', 'said']) };
    expect(detectLanguage('قال المسؤول في بيان صدر من الوزارة اليوم', words).code).toBe('ar');
    expect(detectLanguage('The head of the agency said the attack was over and the data safe.', words).code).toBe('en');
    expect(() => detectLanguage('Le président a dit que les élections auront lieu en novembre.', words)).toThrow(NeedsFranc);
  });
});

describe('language identification', () => {
  beforeAll(loadFranc);

  it('calls a mostly-Arabic article with Latin names Arabic', () => {
    const r = detectLanguage('وأوضحت جانيت مانفرا Jeanette Manfra أن مجموعة Cotton Sandstorm حاولت اختراق حملات انتخابية عدة خلال الأسابيع الماضية');
    expect(r.code).toBe('ar');
    // short and a third Latin: Arabic, with a modest confidence
    expect(r.confidence).toBeGreaterThan(0.3);
  });

  it('recognizes English, French and Persian', () => {
    expect(detectLanguage('Election officials said on Friday that the voting machines had passed every audit this year.').code).toBe('en');
    expect(detectLanguage("Les responsables électoraux ont déclaré vendredi que les machines à voter avaient passé tous les contrôles.").code).toBe('fr');
    expect(detectLanguage('این یک متن فارسی است که برای آزمایش تشخیص زبان نوشته شده است و باید فارسی تشخیص داده شود').code).toBe('fa');
  });

  it('is undetermined for empty, numeric or tiny text', () => {
    expect(detectLanguage('').code).toBe('und');
    expect(detectLanguage('12345 67 89').code).toBe('und');
    expect(detectLanguage('ok').code).toBe('und');
  });

  it('stays fast on long text by sampling', () => {
    const long = 'The election officials met in Philadelphia this weekend. '.repeat(20000);
    const t0 = performance.now();
    expect(detectLanguage(long).code).toBe('en');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
