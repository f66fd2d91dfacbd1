/** A foreign person written in Arabic letters, by the Latin name the person writes (src/link/romanize.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { romanizeLists, romanizePerson } from '../src/link/romanize.js';
import { nameList, romanizeWord } from '../src/lexicon/latin-names.js';
import { loadLanguage, loadRomanizeSource } from '../src/resources/index.js';
import type { KbEntry } from '../src/resources/schema.js';
import { extractText } from '../src/core/pipeline.js';

const lists = romanizeLists(loadRomanizeSource(), loadLanguage('en'), loadLanguage('ar'));

describe('romanizing a foreign name written in Arabic letters', () => {
  // [Arabic, the Latin name]: every word spelled letter for letter, the most common spelling of the lists
  const positives: [string, string][] = [
    ['فرانك دوبسون', 'Frank Dobson'],
    ['هيلين كلارك', 'Helen Clark'],
    ['ثيودور روزفلت', 'Theodore Roosevelt'],
    ['تشارلز ديكنز', 'Charles Dickens'],
    ['مارغريت تاتشر', 'Margaret Thatcher'],
    ['جيمس كوك', 'James Cook'],
    ['إليزابيث وارن', 'Elizabeth Warren'],
    ['سارة جونسون', 'Sarah Johnson'],
    ['كيفن مكارثي', 'Kevin McCarthy'],
    ['غوردون براون', 'Gordon Brown'],
    ['ألكسندر هاملتون', 'Alexander Hamilton'],
    ['بيتر ميلر', 'Peter Miller'],
    ['واين روني', 'Wayne Rooney'],
    ['جون سميث', 'John Smith'],
    // (ج before a vowel may be written je or ge: Jean, George; a final silent e after a vowel: Joe)
    ['جان كارتر', 'Jean Carter'],
    ['جو مارتن', 'Joe Martin'],
  ];
  for (const [ar, latin] of positives) it(`${ar} → ${latin}`, () => expect(romanizePerson(ar, lists)).toBe(latin));

  // names the lists cannot spell as their people write them stay as written
  const negatives: [string, string][] = [
    ['سعيد جعفر', 'a letter only Arabic writes (ع)'],
    ['سمير شمس', 'an Arab given name and a common Arabic word'],
    ['محمد الشريف', 'Arabic letters and an Arab name with the article'],
    ['دودي الفايد', 'ال opens a Latin name as Al or El only'],
    ['عبد الله', 'a compound opener'],
    ['ستيفن', 'one word'],
    ['سيرغي سكريبالوف', 'a surname of no list'],
    ['ألان شيرر', 'a first word that is an Arabic word once alef is folded (الان)'],
  ];
  for (const [ar, why] of negatives) it(`${ar} stays Arabic: ${why}`, () => expect(romanizePerson(ar, lists)).toBeNull());

  it('a short vowel the Arabic leaves out may be written, one the Arabic writes may not be doubled', () => {
    const l = nameList(['Boyer', 'Baer', 'Carpenter']);
    // (باير writes its vowels: Baer, not Boyer with an o before the alef)
    expect(romanizeWord('باير', l)).toBe('Baer');
    expect(romanizeWord('كاربنتر', l)).toBe('Carpenter');
  });

  it('اي may be the two vowels of Brian as well as a diphthong: the commoner name wins (Brian over Brain)', () => {
    const l = nameList(['Brian', 'Bryan', 'Brain']);
    expect(romanizeWord('براين', l)).toBe('Brian');
    expect(romanizeWord('مايك', nameList(['Mike', 'Miak']))).toBe('Mike');
  });

  it('c is soft for س and hard for ك, a final vowel Arabic sounds is written, a doubled consonant costs', () => {
    expect(romanizeWord('لوسي', nameList(['Lucy', 'Luki']))).toBe('Lucy');
    expect(romanizeWord('ماركو', nameList(['Marco']))).toBe('Marco');
    expect(romanizeWord('ماركي', nameList(['Marci']))).toBeNull();
    // (ريك is Rick, not the more common Ricky: Arabic writes a final y)
    expect(romanizeWord('ريك', nameList(['Ricky', 'Rick']))).toBe('Rick');
    // (a doubled consonant counts as a name 1.5 times rarer: Ollie, a little more common, loses to Oli, and wins when far more common)
    const fillers = Array.from({ length: 10 }, (_, k) => `Filler${'abcdefghij'[k]}`);
    expect(romanizeWord('اولي', nameList([...fillers, 'Ollie', 'Oli']))).toBe('Oli');
    expect(romanizeWord('اولي', nameList(['Ollie', ...fillers, 'Oli']))).toBe('Ollie');
  });

  it("a generational suffix is written as English writes it; a known person's name word as that person's name spells it", () => {
    // (invented people: a Kessler family, and a name the knowledge base's people spell)
    const known = romanizeLists(loadRomanizeSource(), loadLanguage('en'), loadLanguage('ar'), [
      { id: 'x-tramb', type: 'person', name: 'Victor Tramb', name_ar: 'فيكتور ترامب', aliases: { en: ['Victor Tramb'], ar: ['فيكتور ترامب'] } },
      { id: 'x-peres', type: 'person', name: 'Dalia Peres', name_ar: 'داليا بيريز', aliases: { en: ['Dalia Peres'], ar: ['داليا بيريز'] } },
    ] as KbEntry[]);
    expect(romanizePerson('بيتر كيسلر الابن', known)).toBe('Peter Kessler Jr.');
    // (the suffix needs a name of two words before it)
    expect(romanizePerson('كيسلر الابن', known)).toBeNull();
    // (a relative of a known person: her spelling, where the lists alone would give a rarer one)
    expect(romanizePerson('مارك ترامب', lists)).not.toBe('Mark Tramb');
    expect(romanizePerson('مارك ترامب', known)).toBe('Mark Tramb');
    // (but a surname the lists hold among their thousand most common keeps the lists' spelling: Perez, not Peres)
    expect(romanizePerson('توم بيريز', known)).toBe('Tom Perez');
  });

  it('a record names the person by the Latin name, the Arabic one as name_ar (an invented sentence)', () => {
    const r = extractText('وقال الباحث غوردون ويليامز إن الهجوم استهدف شبكة الشركة.', { lang: 'ar' });
    const p = r.entities.find((e) => e.type === 'person');
    expect(p).toMatchObject({ name: 'Gordon Williams', name_ar: 'غوردون ويليامز' });
    expect(p!.mentions[0].text).toBe('غوردون ويليامز');
  });

  it('an Arab name keeps its Arabic name (an invented sentence)', () => {
    const r = extractText('وقال المهندس سمير جعفر إن الهجوم استهدف شبكة الشركة.', { lang: 'ar' });
    const p = r.entities.find((e) => e.type === 'person');
    expect(p?.name).toBe('سمير جعفر');
    expect(p?.name_ar).toBeUndefined();
  });

  it('never throws, and gives null or capitalized Latin words, one per Arabic word, on any Arabic letters', () => {
    const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءئؤأإآ'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 45 }).map((a) => a.join(''));
    fc.assert(
      // (words of names the lists spell among random ones, so that both outcomes are seen)
      fc.property(fc.array(fc.oneof(word, fc.constantFrom('جون', 'سميث', 'كارتر', 'مارتن', 'بيتر', 'ميلر')), { minLength: 1, maxLength: 5 }), (words) => {
        const latin = romanizePerson(words.join(' '), lists);
        if (latin === null) return;
        expect(latin.split(' ')).toHaveLength(words.length);
        for (const w of latin.split(' ')) expect(w).toMatch(/^(?:Mc)?[A-Z][a-z]+$/);
      }),
      { numRuns: 300 },
    );
  });
});
