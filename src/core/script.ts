/** Script counts: the cheap, reliable half of language identification. */

export interface ScriptCounts {
  arabic: number;
  latin: number;
  other: number;
  letters: number;
}

/** Counts letters by script in text[start, end). */
export function scriptCounts(text: string, start: number, end: number): ScriptCounts {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    } else if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) ||
      (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) ||
      (c >= 0xfe70 && c <= 0xfefc)) {
      arabic++;
    } else if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) {
      latin++;
    } else if (isOtherLetter(c)) {
      other++;
    }
  }
  return { arabic, latin, other, letters: arabic + latin + other };
}

const LETTER = /\p{L}/u;
function isOtherLetter(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c < 0x370) return false; // punctuation, symbols and modifiers below Greek
  return LETTER.test(String.fromCharCode(c));
}
