import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphsOf, segment, segmentResources, titleOf, wordBefore } from '../src/core/segment.js';
import { loadLanguage } from '../src/resources/index.js';

const res = segmentResources({ ar: loadLanguage('ar'), en: loadLanguage('en') });
const sentences = (text: string) => segment(text, res).sentences.map((s) => text.slice(s.start, s.end));

describe('segmentation', () => {
  it('a month\'s abbreviation ends a sentence before a capital (in Jan. Officials …), not before a day or a year (Jan. 20, Feb. 2021), and other abbreviations stay inside (Mr. Smith, the U.S. Army)', () => {
    expect(sentences('The attack took place in Jan. Officials said it was over.')).toEqual(['The attack took place in Jan.', 'Officials said it was over.']);
    expect(sentences('It began on Jan. 20 and ended in Feb. 2021, Mr. Smith of the U.S. Army said.')).toEqual(['It began on Jan. 20 and ended in Feb. 2021, Mr. Smith of the U.S. Army said.']);
  });

  it('reads the word before a period by character code as the regex it replaced read it (wordBefore)', () => {
    const re = /([A-Za-z\u0600-\u06FF]+(?:\.[A-Za-z\u0600-\u06FF]+)*)$/;
    const pieces = fc.constantFrom('U', 'S', 'Calif', 'Mr', 'a', 'ب', 'الولايات', '.', '..', ' ', '-', '1', '2.5', 'é', '\u06F1', '\u0700', 'x.y');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.nat(40), (parts, cut) => {
        const text = parts.join('');
        const at = Math.min(cut, text.length);
        expect(wordBefore(text, at)).toBe(re.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? null);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps English abbreviations, initials and decimals inside sentences', () => {
    expect(sentences('Body\n\nU.S. officials met Mr. Smith in Sacramento, Calif. on Friday. Turnout was 61.5 percent. J. Doe agreed.')).toEqual([
      'Body',
      'U.S. officials met Mr. Smith in Sacramento, Calif. on Friday.',
      'Turnout was 61.5 percent.',
      'J. Doe agreed.',
    ]);
  });

  it('ends a sentence after a capital letter alone when a function word opens the next (… Facebook and X. The …); an initial before a name stays inside', () => {
    expect(sentences('The posts went up on Facebook and X. The company removed them. President George W. Bush agreed.')).toEqual([
      'The posts went up on Facebook and X.',
      'The company removed them.',
      'President George W. Bush agreed.',
    ]);
  });

  it('splits Arabic on . ؟ ! ؛ including a period glued to the next word after a quote', () => {
    expect(sentences('عنوان\n\nقالت: “أتوق إلى ذلك”.ويعمد الهاكرز إلى الاختبار؟ نعم؛ بالتأكيد!')).toEqual([
      'عنوان',
      'قالت: “أتوق إلى ذلك”.',
      'ويعمد الهاكرز إلى الاختبار؟',
      'نعم؛',
      'بالتأكيد!',
    ]);
  });

  it('does not split inside an Arabic dotted acronym, but does before a run-on word', () => {
    expect(sentences('عنوان\n\nوحذر مكتب (إف.بي.آي) من الهجوم.وقال إنه مستعد.')).toEqual(['عنوان', 'وحذر مكتب (إف.بي.آي) من الهجوم.', 'وقال إنه مستعد.']);
  });

  it('does not split inside web addresses', () => {
    expect(sentences('x\n\nSee cnn.com for more. Then go.')).toEqual(['x', 'See cnn.com for more.', 'Then go.']);
  });

  it('treats each non-empty line as a paragraph and a short first line as the title', () => {
    const text = '  Headline here  \n\nFirst paragraph.\nSecond paragraph.\n\n';
    const p = paragraphsOf(text);
    expect(p.map((s) => text.slice(s.start, s.end))).toEqual(['Headline here', 'First paragraph.', 'Second paragraph.']);
    expect(titleOf(text, p)).toEqual(p[0]);
  });

  it('has no title for a single paragraph or a long first sentence', () => {
    expect(titleOf('Only one line.', paragraphsOf('Only one line.'))).toBeNull();
    const long = `${'word '.repeat(30)}end.\nNext paragraph.`;
    expect(titleOf(long, paragraphsOf(long))).toBeNull();
  });
});

describe('a first paragraph of two sentences or more', () => {
  it('is no headline: its sentences are split (the story opens with its first paragraph)', () => {
    const text = 'The regulator said it was investigating. The ministry declined to comment.\n\nThe agency has claimed several operations.';
    expect(sentences(text)).toEqual(['The regulator said it was investigating.', 'The ministry declined to comment.', 'The agency has claimed several operations.']);
    expect(segment(text, res).title).toBeNull();
    // (one sentence, or a line with no end, stays the headline)
    expect(segment('Hackers hit the port\n\nThe agency said it was investigating.', res).title).not.toBeNull();
    expect(segment('Hackers hit the port. Officials say\n\nThe agency said it was investigating.', res).title).not.toBeNull();
  });
});
