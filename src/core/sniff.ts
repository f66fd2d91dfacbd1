/** Whether text is an XML feed (cheap: no XML parser loaded). */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^]{0,2000}?-->\s*)*(?:<!DOCTYPE[^>]{0,500}>\s*)?<(?:rss|feed|newsMessage|newsItem|rdf:RDF)[\s>]/.test(text.slice(0, 4000));
}

/**
 * Whether text is NDJSON articles: its first non-empty lines (up to five) are each a JSON object with a
 * string `text`. A plain article never starts that way; an NDJSON batch always does.
 */
export function looksLikeNdjson(text: string): boolean {
  let seen = 0;
  let at = 0;
  while (seen < 5 && at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trim();
    at = end + 1;
    if (!line) continue;
    if (line[0] !== '{') return false;
    try {
      const v = JSON.parse(line) as unknown;
      if (typeof v !== 'object' || v === null || Array.isArray(v) || typeof (v as { text?: unknown }).text !== 'string') return false;
    } catch {
      return false;
    }
    seen++;
  }
  return seen > 0;
}

/** File formats that are not text, told by their first bytes (magic numbers). */
const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'], // %PDF-
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (DOCX, XLSX, ODT and EPUB are ZIP files)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an OLE2 document (DOC, XLS, MSG)'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'], // GIF8
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x42, 0x5a, 0x68], 'a bzip2 archive'], // BZh
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz archive'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'a zstd archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7z archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
  [[0x25, 0x21, 0x50, 0x53], 'a PostScript document'], // %!PS
];

/** What binary format the bytes are, when their start says so; null for anything else. */
export function binaryFormat(bytes: Uint8Array): string | null {
  for (const [magic, what] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) {
      // bzip2's "BZh" must be followed by a block size digit, or it is a word
      if (magic[0] === 0x42 && !(bytes[3] >= 0x31 && bytes[3] <= 0x39)) continue;
      return what;
    }
  }
  // RIFF containers (WebP, WAV, AVI) and ISO media (MP4, HEIC)
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF') return 'a RIFF media file (WebP, WAV, AVI)';
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') return 'an ISO media file (MP4, MOV, HEIC)';
  return null;
}
