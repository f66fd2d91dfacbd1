/** People the knowledge base does not know: titles, given names, short forms; and what is not a name. */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

const people = (text: string, lang: 'ar' | 'en') =>
  extractText(text, { lang }).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)]);

describe('persons', () => {
  it('finds English names after titles and given names, and their short forms', () => {
    expect(people('Spokesman Dmitry Peskov denied it. Later, Sam Woolley said Woolley had no doubt, and Mr. Lowe agreed.', 'en')).toEqual([
      ['Dmitry Peskov', ['Dmitry Peskov']],
      ['Sam Woolley', ['Sam Woolley', 'Woolley']],
      ['Lowe', ['Lowe']],
    ]);
  });

  it('finds Arabic names after given names and person titles, cut before the next phrase', () => {
    expect(people('وقالت جانيت مانفرا إن الوضع سيء، وأضافت جانيت أن الحكومة ستساعد. والتقى الرئيس السوري بشار الأسد ربما غدا.', 'ar')).toEqual([
      ['جانيت مانفرا', ['جانيت مانفرا', 'جانيت']],
      ['بشار الأسد', ['بشار الأسد']],
    ]);
  });

  it('joins an Arabic name and its Latin spelling under the Latin name', () => {
    const r = extractText('وأوضحت جانيت مانفرا Jeanette Manfra أن الوضع سيء. وقالت مانفرا إن الحكومة ستساعد.', { lang: 'ar' });
    expect(r.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.name_ar, e.mentions.map((m) => m.text)])).toEqual([
      ['Jeanette Manfra', 'جانيت مانفرا', ['جانيت مانفرا', 'Jeanette Manfra', 'مانفرا']],
    ]);
  });

  it('does not take common words for names', () => {
    expect(people('ليس لدينا أي مؤشر على ذلك، وقال رئيس حزب التجمع إن الاتفاق قائم.', 'ar')).toEqual([]);
    expect(people('The President said on Monday that Congress would act.', 'en')).toEqual([]);
  });
});
