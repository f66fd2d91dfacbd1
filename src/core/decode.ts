/**
 * Bytes to text. UTF-8 with or without BOM; UTF-16 with a BOM; invalid UTF-8 that reads as Arabic
 * windows-1256 (old Arabic news archives) with a warning; NUL bytes mean a binary file.
 */
import { scriptCounts } from './script.js';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeBytes(bytes: Uint8Array): DecodeResult {
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
    return { ok: false, error: `invalid UTF-8 at byte ${bad}, and the text does not read as windows-1256 Arabic` };
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
