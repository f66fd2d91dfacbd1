import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, loadFranc, NeedsFranc } from '../src/core/language.js';

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
