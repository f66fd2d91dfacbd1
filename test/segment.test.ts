import { describe, expect, it } from 'vitest';
import { paragraphsOf, segment, segmentResources, titleOf } from '../src/core/segment.js';
import { loadLanguage } from '../src/resources/index.js';

const res = segmentResources({ ar: loadLanguage('ar'), en: loadLanguage('en') });
const sentences = (text: string) => segment(text, res).sentences.map((s) => text.slice(s.start, s.end));

describe('segmentation', () => {
  it('keeps English abbreviations, initials and decimals inside sentences', () => {
    expect(sentences('Body\n\nU.S. officials met Mr. Smith in Sacramento, Calif. on Friday. Turnout was 61.5 percent. J. Doe agreed.')).toEqual([
      'Body',
      'U.S. officials met Mr. Smith in Sacramento, Calif. on Friday.',
      'Turnout was 61.5 percent.',
      'J. Doe agreed.',
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
