/**
 * Bytes to text. UTF-8 with or without BOM; UTF-16 with a BOM; invalid UTF-8 that reads as Arabic
 * windows-1256 (old Arabic news archives), else as Latin-script windows-1252, with a warning; a known
 * binary format (PDF, ZIP/DOCX, images, archives) by its first bytes, or NUL bytes, mean a binary file.
 */
import { scriptCounts } from './script.js';
import { binaryFormat } from './sniff.js';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * windows-1252 as the WHATWG Encoding Standard defines it: latin1 except 0x80-0x9F, which hold the
 * curly quotes, dashes, the euro sign and a few letters. Node's TextDecoder('windows-1252') decodes that
 * range as latin1's control characters (it loses smart quotes), so the table is here.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    const codes = new Array<number>(part.length);
    for (let k = 0; k < part.length; k++) {
      const b = part[k];
      codes[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

/** Decodes with a canonical encoding name; windows-1252 (latin1's WHATWG name too) by the table above. */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/** The canonical name of an encoding label TextDecoder knows (windows-1252, latin1, utf8 …), or null. */
export function encodingLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * `forced`: a canonical encoding name (see encodingLabel) to decode with whatever the bytes look like;
 * bytes it cannot map become U+FFFD, with a warning.
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): DecodeResult {
  const format = binaryFormat(bytes);
  if (format) return { ok: false, error: `binary file (${format}); skipped: extract reads text` };
  if (forced) {
    const text = decodeAs(forced, bytes);
    const bad = text.indexOf('\uFFFD');
    return { ok: true, text, encoding: forced, warnings: bad >= 0 ? [`decoded as ${forced} (--encoding); some bytes do not map to a character (U+FFFD)`] : [] };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(enc).decode(bytes); // drops the BOM
    return { ok: true, text, encoding: enc, warnings: [`decoded as ${enc.toUpperCase()} (byte-order mark)`] };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, error: `binary file (NUL byte at offset ${nul}); skipped` };
  try {
    // TextDecoder removes a leading UTF-8 BOM (ignoreBOM: false), as SPEC's offsets require.
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const text = new TextDecoder('windows-1256').decode(bytes);
    const s = scriptCounts(text, 0, text.length);
    if (s.arabic >= 20 && s.arabic >= 0.6 * s.letters) {
      return {
        ok: true,
        text,
        encoding: 'windows-1256',
        warnings: [`invalid UTF-8 at byte ${bad}; decoded as windows-1256 (Arabic)`],
      };
    }
    // Latin-script text from old Windows tools (smart quotes, accented letters) is windows-1252
    const latin = decodeWindows1252(bytes);
    const l = scriptCounts(latin, 0, latin.length);
    if (l.latin >= 20 && l.latin >= 0.8 * l.letters) {
      return {
        ok: true,
        text: latin,
        encoding: 'windows-1252',
        warnings: [`invalid UTF-8 at byte ${bad}; decoded as windows-1252 (Latin script); --encoding NAME forces another`],
      };
    }
    return { ok: false, error: `invalid UTF-8 at byte ${bad}, and the text reads neither as windows-1256 Arabic nor as windows-1252 Latin; --encoding NAME forces a decoding` };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    let min = 0;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}
