import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cleaner, FOLD_CHANGES, SourceText, classTable, cleanerMatches, codePointLength, foldByRegex, foldForMatching, restoreAla, restoreAli, restoreTaMarbuta, unwrapLines, taMarbutaWords, alaFollowers } from '../src/core/clean.js';
import { slice } from './helpers.js';
import { extractText } from '../src/index.js';

const cleaner = new Cleaner({ boilerplateLines: ['Source link', 'التعليقات'] });

/** Maps a cleaned substring back and returns the source text it covers. */
function back(source: string, needle: string): string {
  const r = cleaner.clean(source);
  const at = r.text.indexOf(needle);
  expect(at, `'${needle}' in '${r.text}'`).toBeGreaterThanOrEqual(0);
  const [s, e] = r.map.toSource(at, at + needle.length);
  return slice(source, s, e);
}

/**
 * A typing restoration (`restore` with its lazy vocabulary) on text typed so and on text as usually written: the first
 * comes out as `expected`, one letter for one, the vocabulary asked for once; the second unchanged, the vocabulary not
 * asked for again.
 */
function expectRestored<T>(restore: (text: string, vocabulary: () => T) => string, vocabulary: T, typed: string, expected: string, written: string): void {
  let asked = 0;
  const ask = () => (asked++, vocabulary);
  const restored = restore(typed, ask);
  expect(restored).toBe(expected);
  expect(restored.length).toBe(typed.length);
  expect(asked).toBe(1);
  expect(restore(written, ask)).toBe(written);
  expect(asked).toBe(1);
}

describe('cleaner', () => {
  it('finds its regex\'s matches only where one can start, the same as a scan of the whole text (cleanerMatches)', () => {
    const pieces = fc.constantFrom(
      '&amp;', '&#39;', '&#x27;', '& # 39;', '&nbsp', '&', '<p>', '</div>', '<br/>', '<!-- x -->', '<', '>', '[ad_1]', '[19659002]', '[19659002',
      '[', ']', '[a link](http://x.org/a)', '![an image](y.png)', '(', ')', '**', '*', '# Heading', '## ', '#', 'Source link', 'التعليقات',
      '\u0640', '\u064E', '\u0651', '\u200F', '\uFEFF', '\u00AD', '\u0007', '\r\n', '\r', '\n', '\u2028', '\u2029', '\t', ' ', '   ',
      '😀', '\uD800', '\uDC00', 'كلمة', 'word', '!', '.', 'ﻻ', 'ﻣﺎ', '\uFE70', '\uFDF2',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        const seen = (ms: Iterable<RegExpExecArray>) => Array.from(ms, (m) => [m.index, ...m]);
        // (the same regex scanning the whole text, as the cleaner did before)
        const global = new RegExp(cleaner.sticky.source, 'gm');
        const scanned: RegExpExecArray[] = [];
        for (let m = global.exec(s); m !== null; m = global.exec(s)) {
          scanned.push(m);
          if (m[0].length === 0) global.lastIndex++;
        }
        expect(seen(cleanerMatches(cleaner.sticky, s))).toEqual(seen(scanned));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves plain text and its offsets alone', () => {
    const r = cleaner.clean('Hello world.\nSecond line');
    expect(r.text).toBe('Hello world.\nSecond line');
    expect(r.map.toSource(6, 11)).toEqual([6, 11]);
    expect(r.junk).toEqual({});
  });

  it('decodes HTML entities and maps a decoded span to the whole entity', () => {
    const src = 'Tom &amp; Jerry said &#8220;hi&#8221; and &quot;bye&quot;';
    const r = cleaner.clean(src);
    expect(r.text).toBe('Tom & Jerry said “hi” and "bye"');
    expect(back(src, '& Jerry')).toBe('&amp; Jerry');
    expect(back(src, '“hi”')).toBe('&#8220;hi&#8221;');
    expect(r.junk['html-entity']).toBe(5);
  });

  it('decodes broken entities such as "& # 39;"', () => {
    const src = "So, & # 39; Keep the backups offline. & # 39; Then";
    const r = cleaner.clean(src);
    expect(r.text).toBe("So, ' Keep the backups offline. ' Then");
    expect(back(src, "' Keep")).toBe('& # 39; Keep');
  });

  it('leaves unknown named entities as text', () => {
    expect(cleaner.clean('a &notanentity; b').text).toBe('a &notanentity; b');
  });

  it('removes scraper junk, markup and boilerplate lines, keeping offsets into the source', () => {
    const src = '[ad_1]\n<p>Kim &mdash; said.</p>[19659002]Next\n[19659002"Quote"\nSource link\n';
    const r = cleaner.clean(src);
    expect(r.text).not.toContain('ad_1');
    expect(r.text).not.toContain('19659002');
    expect(r.text).not.toContain('<p>');
    expect(r.text).not.toContain('Source link');
    expect(r.text).toContain('Kim — said.');
    expect(back(src, 'Kim — said.')).toBe('Kim &mdash; said.');
    expect(back(src, 'Next')).toBe('Next');
    expect(r.junk).toMatchObject({ 'scraper-junk': 3, markup: 2, boilerplate: 1, 'html-entity': 1 });
  });

  it('deletes tatweel, diacritics and bidi controls; spans still cover them in the source', () => {
    const src = 'قالَ الرئيـــس\u200F اليوم';
    const r = cleaner.clean(src);
    expect(r.text).toBe('قال الرئيس اليوم');
    expect(back(src, 'الرئيس')).toBe('الرئيـــس');
    expect(back(src, 'قال')).toBe('قالَ');
    expect(back(src, 'الرئيس')).toBe('الرئيـــس');
    expect(back('مُحَمَّدٌ قالَ', 'محمد قال')).toBe('مُحَمَّدٌ قالَ');
    expect(back('\u064Eقال', 'قال')).toBe('قال');
  });

  it('folds Arabic-Indic and Persian digits, separators, alef forms, without moving offsets', () => {
    const src = 'أكثر من ٢٬٧٠٠ محاولة و۳٫۵٪ في إيران وآخرون';
    const r = cleaner.clean(src);
    expect(r.text).toBe('اكثر من 2,700 محاولة و3.5% في ايران واخرون');
    expect(r.text.length).toBe(src.length);
    expect(back(src, '2,700')).toBe('٢٬٧٠٠');
  });

  it('folds the ways other sources type Arabic letters, one for one, without moving offsets: a final ى as ي (the Egyptian press types every final ي so) but not in على (the preposition; علي is a name), the Persian keyboard\'s kaf and yeh (على keeping its ى), ئ before و as ؤ (مسئول)', () => {
    const cases: [source: string, cleaned: string, word: string, asWritten: string][] = [
      ['قال مصطفى فى بيان إن الأمر على ما يرام وعلى الجميع الانتباه', 'قال مصطفي في بيان ان الامر على ما يرام وعلى الجميع الانتباه', 'مصطفي', 'مصطفى'],
      ['قال المسئول فی بیان إن الشرکة علی حق', 'قال المسؤول في بيان ان الشركة على حق', 'الشركة', 'الشرکة'],
    ];
    for (const [src, cleaned, word, asWritten] of cases) {
      const r = cleaner.clean(src);
      expect(r.text).toBe(cleaned);
      expect(r.text.length).toBe(src.length);
      expect(back(src, word)).toBe(asWritten);
    }
    // (resource phrases fold the same way)
    const words = ['إلى', 'حتى', 'على', 'فعلى', 'شئون', 'علی', 'وعلی', 'علیم'];
    expect(words.map(foldForMatching)).toEqual(['الي', 'حتي', 'على', 'فعلى', 'شؤون', 'على', 'وعلى', 'عليم']);
  });

  it('folds in one pass as the contextual folds\' regexes and then the fold\'s regex did (foldByRegex)', () => {
    // (the two passes as they were written, the oracle)
    const ALA = '(?<![\\u0621-\\u064A\\u0671\\u06CC])[وف]?عل';
    const CONTEXT = new RegExp(`(?<=${ALA})\\u06CC(?![\\u0621-\\u064A\\u06CC])|(?<!${ALA})\\u0649|\\u0626(?=\\u0648)`, 'g');
    // (then each letter by itself as the fold's regex made it: a letter alone has no context; ى and ئ it left)
    const oracle = (x: string) =>
      Array.from(x.replace(CONTEXT, (ch) => (ch === '\u06CC' ? '\u0649' : ch === '\u0649' ? '\u064A' : '\u0624')), (c) => (c === '\u0649' || c === '\u0626' ? c : foldByRegex(c))).join('');
    const letters = fc.constantFrom('ع', 'ل', 'و', 'ف', 'ی', 'ى', 'ئ', 'ي', 'ک', 'ك', 'ٱ', 'ا', 'أ', 'ب', ' ', '.', '٣', 'x');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 12 }), (parts) => {
        const x = parts.join('');
        expect(foldByRegex(x)).toBe(oracle(x));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes ة again for a final ه in a text that types every final ة as ه, where the word so written is a word of the vocabulary (less a proclitic, ل + ال, or the article), and leaves a text that writes ة as it is', () => {
    const words = taMarbutaWords(['ستة', 'يوم الجمعة', 'وزارة الداخلية', 'وحدة', 'ثلاثة']);
    expect([...words].sort()).toEqual(['الداخلية', 'الجمعة', 'جمعة', 'داخلية', 'ثلاثة', 'ستة', 'وحدة', 'وزارة'].sort());
    // typed with ه throughout: the vocabulary's words take ة; the pronoun's ه (له، منه، موظفيه) and words the vocabulary
    // lacks (القضيه) keep ه; a text that writes ة (news ends 3-7 words in ة for one in ه) stays as it is
    const typed = 'قالت وزاره الداخليه يوم الجمعه إن سته من موظفيه والثلاثه الآخرين وللجمعه له منه في القضيه';
    expectRestored(
      restoreTaMarbuta,
      words,
      typed,
      'قالت وزارة الداخلية يوم الجمعة إن ستة من موظفيه والثلاثة الآخرين وللجمعة له منه في القضيه',
      'قالت وزارة الداخلية إن ستة من موظفيه عملوا وحده في الجمعة الماضية وله رأي',
    );
    // (through the cleaner, the offsets map back to the source's ه)
    const c = new Cleaner({ boilerplateLines: [], taMarbutaWords: () => words });
    const r = c.clean(typed);
    const at = r.text.indexOf('ستة');
    const [s, e] = r.map.toSource(at, at + 3);
    expect(slice(typed, s, e)).toBe('سته');
  });

  it('writes the preposition على again for علي in a text that types every final ى as ي, where a definite word, a number or a word that follows على in the vocabulary comes after it; the name علي stays, and a text that writes على is left as it is', () => {
    const followers = alaFollowers(['وقع الهجوم على يد مجموعة', 'فرض عقوبات على روسيا'], ['روسيا', 'محمد علي'], new Set(['محمد']));
    expect([...followers].sort()).toEqual(['روسيا', 'يد'].sort());
    // (news that writes على: as it is)
    expectRestored(
      restoreAla,
      followers,
      'وقع الهجوم علي الشبكة علي يد مجموعة وفرضت عقوبات علي روسيا وعلي الحكومة، وقال علي حسن إن علي 12 موظفا دورا فعلي',
      'وقع الهجوم على الشبكة على يد مجموعة وفرضت عقوبات على روسيا وعلى الحكومة، وقال علي حسن إن على 12 موظفا دورا فعلي',
      'وقع الهجوم على الشبكة على يد مجموعة، وقال علي حسن إن على الجميع الحذر',
    );
  });

  it('writes the name علي again for على before an Arab given name in a text that types every final ي as ى (or as the Persian yeh), and leaves a text that writes ي as it is', () => {
    // (the cleaner's fold has made every final ى ي but على's; restoreAli counts the source's final ي against its ى; a text
    // that writes final ي stays as it is)
    const source = 'وقال على حسن فى بيانه إن الهجوم وقع على مصر وعلى الشبكة، وأكد على محمود ذلك فى القاهرة';
    const folded = 'وقال على حسن في بيانه ان الهجوم وقع على مصر وعلى الشبكة، واكد على محمود ذلك في القاهرة';
    const sourceOf = (text: string) => (text === folded ? source : text);
    expectRestored(
      (text: string, names: () => ReadonlySet<string>) => restoreAli(text, sourceOf(text), names),
      new Set(['حسن', 'محمود']),
      folded,
      'وقال علي حسن في بيانه ان الهجوم وقع على مصر وعلى الشبكة، واكد علي محمود ذلك في القاهرة',
      'وقال الوزير في بيانه الذي نشره إن الهجوم وقع على حسن التدبير',
    );
    // (through the cleaner)
    const c = new Cleaner({ boilerplateLines: [], arabNames: () => new Set(['حسن']) });
    expect(c.clean('وقال على حسن فى بيانه إن الهجوم وقع على مصر فى الليل').text).toBe('وقال علي حسن في بيانه ان الهجوم وقع على مصر في الليل');
  });

  it('writes Arabic presentation forms (text copied from a PDF) as their letters, a lam-alef ligature as its two, with offsets back to the forms', () => {
    const src = 'ﻗﺎﻟﺖ ﺷﺮﻛﺔ ﻣﺎﻳﻜﺮﻭﺳﻮﻓﺖ ﺇﻥ ﻻﻫﻮﺭ ﺗﻀﺮﺭﺕ';
    const r = cleaner.clean(src);
    expect(r.text).toBe('قالت شركة مايكروسوفت ان لاهور تضررت');
    expect(back(src, 'مايكروسوفت')).toBe('ﻣﺎﻳﻜﺮﻭﺳﻮﻓﺖ');
    expect(back(src, 'لاهور')).toBe('ﻻﻫﻮﺭ');
    expect(back(src, 'تضررت')).toBe('ﺗﻀﺮﺭﺕ');
    // (and the record: the entities found, their mentions as the source writes them)
    expect(extractText(src, { lang: 'ar' }).entities.map((e) => [e.name, e.mentions[0].text])).toEqual([['Microsoft', 'ﻣﺎﻳﻜﺮﻭﺳﻮﻓﺖ'], ['Lahore', 'ﻻﻫﻮﺭ']]);
  });

  it('writes the line breaks inside a hard-wrapped text\'s paragraphs as spaces, one for one; a paragraph\'s end, a bullet and a text a sentence a line stay', () => {
    const wrapped = [
      'The ministry said on Tuesday that hackers working for a foreign state had',
      'broken into the mail servers of three regional offices and copied the',
      'files of more than 2,000 staff members before the intrusion was found.',
      '',
      'Officials declined to say which state they meant, but a spokesman said the',
      'investigation was continuing and that more details would follow soon.',
      '- The offices were closed for two days.',
      'A second line of the list.',
    ].join('\n');
    const out = unwrapLines(wrapped);
    expect(out.length).toBe(wrapped.length);
    expect(out.split('\n')).toEqual([
      'The ministry said on Tuesday that hackers working for a foreign state had broken into the mail servers of three regional offices and copied the files of more than 2,000 staff members before the intrusion was found.',
      '',
      'Officials declined to say which state they meant, but a spokesman said the investigation was continuing and that more details would follow soon.',
      '- The offices were closed for two days.',
      'A second line of the list.',
    ]);
    // (a sentence a line, a table's rows, a text of long paragraphs: as they are)
    const sentences = ['The ministry said hackers had broken into the mail servers of three offices.', 'Officials declined to say which state they meant in the statement issued.', 'A spokesman said the investigation was continuing and would take weeks.', 'The offices were closed for two days while the systems were restored.', 'Staff were told to change their passwords before logging in again today.', 'The ministry did not say how many files had been copied by the hackers.'].join('\n');
    expect(unwrapLines(sentences)).toBe(sentences);
    const table = ['Pohang 3 Ulsan 1 Puchon 2 Chonbuk 2 Anyang 0 Suwon 1 Seoul 4 Busan 0', 'Daejeon 1 Gwangju 1 Incheon 2 Jeju 0 Gangwon 3 Sangju 1 Ansan 2 Asan 0', 'Pohang 3 Ulsan 1 Puchon 2 Chonbuk 2 Anyang 0 Suwon 1 Seoul 4 Busan 0', 'Daejeon 1 Gwangju 1 Incheon 2 Jeju 0 Gangwon 3 Sangju 1 Ansan 2 Asan 0', 'Pohang 3 Ulsan 1 Puchon 2 Chonbuk 2 Anyang 0 Suwon 1 Seoul 4 Busan 0', 'Daejeon 1 Gwangju 1 Incheon 2 Jeju 0 Gangwon 3 Sangju 1 Ansan 2 Asan 0'].join('\n');
    expect(unwrapLines(table)).toBe(table);
    // (through the pipeline: the reported words run across the break)
    const r = extractText(wrapped, { lang: 'en' });
    expect(r.figures.map((f) => f.text)).toEqual(['three regional offices', 'more than 2,000 staff members', 'two days']);
    expect(r.quotes.map((q) => q.text.replace(/\s+/g, ' '))).toContain('the investigation was continuing and that more details would follow soon');
  });

  it('reads a wrapped line that opens with a word in markdown emphasis or a hashtag as the line before goes on, and a link whose words run over a break as a link', () => {
    const wrapped = [
      'The minister for digital affairs told reporters from the evening show *The',
      '*Night Desk* on Monday that the cabinet office was trying to reach the',
      'platform about the stolen account, and campaigners using the tag',
      '#SaveOurVotes said the [joint advisory from the two',
      'agencies](https://example.org/advisories/2024/aa-17-ballot-systems-warning) came',
      'far too late for the counties that had already been hit by the attackers.',
      '* A bullet stays a line of its own.',
      '# A heading too',
    ].join('\n');
    const out = unwrapLines(wrapped);
    expect(out.split('\n')).toEqual([
      wrapped.split('\n').slice(0, 6).join(' '),
      '* A bullet stays a line of its own.',
      '# A heading too',
    ]);
    // (the cleaner: a link's words may run over a line break, not over a blank line; its address goes, its words stay)
    const cleaned = cleaner.clean(wrapped.split('\n').slice(3, 5).join('\n')).text;
    expect(cleaned).toBe('#SaveOurVotes said the joint advisory from the two\nagencies came');
    const paragraphs = 'See the [joint advisory\n\nfrom the two](https://example.org/a) agencies.';
    expect(cleaner.clean(paragraphs).text).toBe(paragraphs);
  });

  it('reads a wrapped line cut short because the next word, a link with its address, did not fit as the line before goes on', () => {
    const wrapped = [
      'The ministry said on Tuesday that hackers working for a foreign state had',
      'broken into the mail servers of three regional offices and copied the',
      'files of more than 2,000 staff members, and the national cyber agency, with',
      'the help of the',
      'FBI](https://example.org/advisories/2024/aa-17-mail-servers-foreign-state-intrusion-notice),',
      'published the tools the intruders had used so that others could find them.',
      'Officials declined to say which state they meant, but a spokesman said the',
      'investigation was continuing and that more details would follow soon.',
    ].join('\n').replace('with\nthe help of the\nFBI]', 'with\nthe help of the\n[FBI]');
    const cleaned = cleaner.clean(wrapped).text;
    expect(cleaned).toContain('with the help of the FBI, published the tools');
    // (an astral character before it, two UTF-16 units for one code point of the offset map: the same)
    expect(cleaner.clean(`\u{1F512} ${wrapped}`).text).toContain('with the help of the FBI, published the tools');
    // (a short line that ends a sentence may end its paragraph: it stays)
    const ended = wrapped.replace('the help of the\n[FBI]', 'the help of the FBI.\n[FBI]');
    expect(cleaner.clean(ended).text).toContain('the help of the FBI.\nFBI, published');
  });

  it('drops CR before LF and turns a lone CR into a line break', () => {
    const r = cleaner.clean('a\r\nb\rc');
    expect(r.text).toBe('a\nb\nc');
    const [s, e] = r.map.toSource(2, 3);
    expect(slice('a\r\nb\rc', s, e)).toBe('b');
  });

  it('counts offsets in code points around astral characters', () => {
    const src = 'x 😀 y 𝐀 z';
    const r = cleaner.clean(src);
    expect(r.text).toBe(src);
    expect(back(src, 'y')).toBe('y');
    expect(back(src, '😀 y 𝐀')).toBe('😀 y 𝐀');
    const at = r.text.indexOf('z');
    expect(r.map.toSource(at, at + 1)).toEqual([8, 9]);
  });

  it('replaces lone surrogates, keeping one code point for one', () => {
    const src = 'a\uD800b\uDC00c';
    const r = cleaner.clean(src);
    expect(r.text).toBe('a\uFFFDb\uFFFDc');
    expect(r.map.toSource(2, 3)).toEqual([2, 3]);
  });

  it('is linear on a 1 MB line of junk-like characters', () => {
    const line = '&#'.repeat(100_000) + '[1'.repeat(100_000) + '<a'.repeat(100_000) + 'x'.repeat(400_000);
    const t0 = performance.now();
    const r = cleaner.clean(line);
    expect(r.text.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('cleans for display without folding', () => {
    expect(cleaner.display('Audit &amp; Review — أُمّة ٣')).toBe('Audit & Review — أمة ٣');
  });

  it('folds resource phrases the same way as text', () => {
    expect(foldForMatching('أكثر من ١٢')).toBe('اكثر من 12');
  });
});

describe('folding for matching', () => {
  it('marks exactly the code units the fold changes alone, and those it changes in context (ئ before و), so the quick walk skips no change', () => {
    const wrong: number[] = [];
    // (ئ changes only before و: the table marks it, as a walk must not skip it)
    const inContext = new Map([[0x0626, '\u0626\u0648']]);
    for (let c = 0; c < 0x10000; c++) {
      const ch = inContext.get(c) ?? String.fromCharCode(c);
      if ((FOLD_CHANGES[c] === 1) !== (foldByRegex(ch) !== ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(foldForMatching('Fancy Bear')).toBe('Fancy Bear');
    expect(foldForMatching('إيران\u0640 ٢٠٢٤')).toBe('ايران 2024');
  });
});

describe('character class tables', () => {
  it('reads literals, \\uXXXX, \\r and ranges, and refuses any other escape', () => {
    const t = classTable('a-c_\\u0660-\\u0662\\r');
    const on = [...t.keys()].filter((c) => t[c] === 1).map((c) => String.fromCharCode(c));
    expect(on).toEqual(['\r', '_', 'a', 'b', 'c', '\u0660', '\u0661', '\u0662']);
    expect(() => classTable('a\\d')).toThrow(/escape \\d/);
  });
});

describe('SourceText', () => {
  it('slices by code points like Array.from', () => {
    const s = 'a😀b𝐀c';
    const st = new SourceText(s);
    expect(st.length).toBe(codePointLength(s));
    for (let i = 0; i <= st.length; i++) for (let j = i; j <= st.length; j++) expect(st.slice(i, j)).toBe(slice(s, i, j));
  });
});
