/** Knowledge-base entities: threat actors from the MISP import, context aliases, canonical names across languages. */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const ents = (text: string, lang: 'ar' | 'en') =>
  extractText(text, { lang }).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]);

describe('threat actors', () => {
  it('knows MISP aliases under Microsoft current names, in English and Arabic', () => {
    expect(ents('Researchers tied Fancy Bear, also called APT28, to the attack.', 'en')).toEqual([
      ['threat_actor', 'Forest Blizzard', ['Fancy Bear', 'APT28']],
    ]);
    expect(ents('وقالت الشركة إن مجموعة كوتون ساندستورم وراء الهجوم.', 'ar')).toEqual([
      ['threat_actor', 'Cotton Sandstorm', ['كوتون ساندستورم']],
    ]);
  });

  it('takes an ordinary-word alias only near an actor word or in quotes', () => {
    expect(ents('The group Phosphorus targeted officials.', 'en')).toEqual([['threat_actor', 'Mint Sandstorm', ['Phosphorus']]]);
    expect(ents('Phosphorus is used in fertilizer. Lead prices rose and Platinum fell.', 'en')).toEqual([]);
    expect(ents('وأطلقت الشركة على المجموعة اسم "الفسفور".', 'ar')).toEqual([['threat_actor', 'Mint Sandstorm', ['الفسفور']]]);
    expect(ents('يستخدم الفسفور في صناعة الأسمدة.', 'ar')).toEqual([]);
  });

  it('gives the same canonical name in both languages', () => {
    const en = extractText('Microsoft said Iran denied it.', { lang: 'en' }).entities.map((e) => e.name);
    const ar = extractText('وقالت مايكروسوفت إن إيران نفت ذلك.', { lang: 'ar' }).entities.map((e) => e.name);
    expect(ar).toEqual(en);
  });
});
