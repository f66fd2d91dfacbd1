/** The consonant skeletons that let an Arabic transcription meet a knowledge-base name (src/extractors/spelling.ts). */
import { describe, expect, it } from 'vitest';
import { arabicSkeleton, latinSkeleton } from '../src/extractors/spelling.js';

const ar = (s: string) => s.split(' ').map(arabicSkeleton).join('');
const en = (s: string) => s.split(' ').map(latinSkeleton).join('');

describe('spelling skeletons', () => {
  it('two Arabic transcriptions of one name share a skeleton (long vowels, g letters, a space)', () => {
    expect(ar('فلاديمير بوتن')).toBe(ar('فلاديمير بوتين'));
    expect(ar('تريزا ماي')).toBe(ar('تيريزا ماي'));
    expect(ar('غوغل')).toBe(ar('جوجل'));
    expect(ar('دراغون فلاي')).toBe(ar('دراغونفلاي'));
  });

  it('a Latin name and its Arabic transcription share a skeleton', () => {
    expect(en('Dragonfly')).toBe(ar('دراغون فلاي'));
    expect(en('Theresa May')).toBe(ar('تيريزا ماي'));
    expect(en('Chuck Schumer')).toBe(ar('تشاك شومر'));
    expect(en('Fancy Bear')).toBe(ar('فانسي باير'));
  });

  it('different names keep different skeletons', () => {
    expect(ar('بوتين')).not.toBe(ar('بولتون'));
    expect(en('Sandworm')).not.toBe(en('Sandstorm'));
  });
});
