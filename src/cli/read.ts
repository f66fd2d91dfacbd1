/**
 * Reading inputs into documents: text files (decoded, see core/decode), NDJSON lines
 * `{id, text, lang?, published?}`, and XML feeds (one document per item). Each yields documents or
 * problems; nothing here throws for a user's bad input.
 */
import { createReadStream, openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { basename, extname } from 'node:path';
import { decodeBytes } from '../core/decode.js';
import { looksLikeFeed, looksLikeNdjson } from '../core/sniff.js';
import type { DocumentInput } from '../core/pipeline.js';
import { sha256Hex } from '../core/hash.js';
import { describeFsError, type InputFile, type InputKind } from './inputs.js';

export type ReadEvent =
  /** `where`: how problems with this document are located on stderr (file, file#item, file:line) */
  | { kind: 'doc'; doc: DocumentInput; out: OutputName; where: string }
  | { kind: 'error'; path: string; message: string }
  | { kind: 'warning'; path: string; message: string };

/** Where a record goes under -o: a path relative to the output directory, before its extension. */
export interface OutputName {
  rel: string;
  /** Taken from the input's own data (an NDJSON id): must be checked against escaping. */
  untrusted: boolean;
}

/** Largest input file read (a bigger one is an error, not an out-of-memory crash). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

function stem(p: string): string {
  const b = basename(p);
  const e = extname(b);
  return e ? b.slice(0, -e.length) : b;
}

function withoutExt(rel: string): string {
  const e = extname(rel);
  return e ? rel.slice(0, -e.length) : rel;
}

export function kindOf(file: InputFile, forced: InputKind): InputKind {
  if (forced !== 'auto') return forced;
  const e = extname(file.path).toLowerCase();
  if (e === '.xml' || e === '.rss' || e === '.atom') return 'xml';
  if (e === '.ndjson' || e === '.jsonl') return 'ndjson';
  return file.path === '-' ? 'auto' : 'text';
}

/** All of standard input. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function readAll(path: string): Promise<Uint8Array> {
  if (path === '-') return readStdin();
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) throw Object.assign(new Error(`file is larger than ${MAX_FILE_BYTES >> 20} MiB`), { code: 'EFBIG' });
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

interface NdjsonLine {
  id?: string | number;
  text: string;
  lang?: string;
  published?: string;
}

/** An NDJSON line's object: `text` a string; `id` a non-empty string or a number, `lang` an ISO 639-1 code, `published` a string, when given. */
function ndjsonLine(v: unknown): { ok: true; data: NdjsonLine } | { ok: false; message: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, message: `line: expected an object, got ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}` };
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string') return { ok: false, message: `text: expected a string, got ${o.text === undefined ? 'nothing' : o.text === null ? 'null' : typeof o.text}` };
  if (o.id !== undefined && !(typeof o.id === 'number' || (typeof o.id === 'string' && o.id.length > 0))) return { ok: false, message: 'id: expected a non-empty string or a number' };
  if (o.lang !== undefined && !(typeof o.lang === 'string' && /^([a-z]{2}|und)$/.test(o.lang))) return { ok: false, message: 'lang: expected an ISO 639-1 code such as ar or en' };
  if (o.published !== undefined && typeof o.published !== 'string') return { ok: false, message: 'published: expected a string' };
  return { ok: true, data: { id: o.id as string | number | undefined, text: o.text, lang: o.lang as string | undefined, published: o.published as string | undefined } };
}

const shown = (path: string) => (path === '-' ? '<stdin>' : path);

/** `encoding`: a canonical encoding name forced on text and feed files (NDJSON is JSON: always UTF-8). */
export async function* readInput(file: InputFile, forced: InputKind, encoding?: string): AsyncGenerator<ReadEvent> {
  let kind = kindOf(file, forced);
  if (kind === 'ndjson') {
    yield* readNdjson(file);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readAll(file.path);
  } catch (e) {
    yield { kind: 'error', path: file.path, message: describeFsError(e) };
    return;
  }
  const decoded = decodeBytes(bytes, encoding);
  if (!decoded.ok) {
    yield { kind: 'error', path: file.path, message: decoded.error };
    return;
  }
  const sha256 = sha256Hex(bytes);
  if (kind === 'auto') kind = looksLikeFeed(decoded.text) ? 'xml' : looksLikeNdjson(decoded.text) ? 'ndjson' : 'text';
  if (kind === 'ndjson') {
    // standard input sniffed as NDJSON: the same lines, already read
    yield* ndjsonLines(file, decoded.text.split('\n'));
    return;
  }
  if (kind === 'xml') {
    // the XML parser is loaded only when a feed is read
    const { parseFeed, itemText } = await import('../core/feeds.js');
    const feed = parseFeed(decoded.text);
    if (!feed.ok) {
      const where = feed.line ? `${file.path}:${feed.line}:${feed.col ?? 1}` : file.path;
      yield { kind: 'error', path: where, message: feed.error };
      return;
    }
    for (const w of feed.warnings) yield { kind: w.level, path: w.line ? `${file.path}:${w.line}:${w.col ?? 1}` : file.path, message: w.message };
    if (feed.items.length === 0) yield { kind: 'warning', path: file.path, message: `${feed.format} feed has no items` };
    const width = Math.max(3, String(feed.items.length).length);
    for (const item of feed.items) {
      const n = String(item.index).padStart(width, '0');
      yield {
        kind: 'doc',
        doc: {
          id: item.id ?? `${stem(file.path)}#${item.index}`,
          text: itemText(item),
          source: { path: file.path, sha256, format: feed.format, encoding: decoded.encoding, item: item.index },
          ...(item.published ? { published: item.published } : {}),
          warnings: decoded.warnings,
        },
        out: { rel: `${withoutExt(file.rel)}/${n}`, untrusted: false },
        where: `${shown(file.path)}#${item.index}`,
      };
    }
    return;
  }
  const text = decoded.text;
  yield {
    kind: 'doc',
    doc: {
      id: file.path === '-' ? 'stdin' : stem(file.path),
      text,
      source: { path: file.path, sha256, format: 'text', encoding: decoded.encoding },
      warnings: decoded.warnings,
    },
    out: { rel: withoutExt(file.rel), untrusted: false },
    where: shown(file.path),
  };
}

async function* readNdjson(file: InputFile): AsyncGenerator<ReadEvent> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = file.path === '-' ? process.stdin : createReadStream(file.path);
    if (file.path !== '-') {
      // surface open errors (missing, unreadable) as one error line
      await new Promise<void>((resolve, reject) => {
        (stream as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', reject);
      });
    }
  } catch (e) {
    yield { kind: 'error', path: file.path, message: describeFsError(e) };
    return;
  }
  // (a read that fails once the file is open, EISDIR or EIO, is the file's error, after the lines read before it)
  try {
    yield* ndjsonLines(file, linesOf(stream));
  } catch (e) {
    yield { kind: 'error', path: file.path, message: describeFsError(e) };
  }
}

/**
 * The lines of a stream of UTF-8 text, ended by LF, CRLF or a lone CR (as readline ends them), the last one whether a
 * line break ends it or not. Pulled a chunk at a time: readline's iterator reads up to a thousand lines ahead of its
 * reader, and a thousand news articles held at once set the main thread's heap growing (10 MB of NDJSON: ~16 MB live).
 * Only each new chunk is searched for a line break, so a line of 50 MB costs one pass.
 */
export async function* linesOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // (the pieces of the line begun and not yet ended; a CR at a chunk's end waits to see whether an LF follows)
  let pieces: string[] = [];
  let crPending = false;
  const take = function* (text: string): Generator<string> {
    if (text === '') return;
    let start = 0;
    let i = 0;
    if (crPending) {
      crPending = false;
      if (text.charCodeAt(0) === 10) start = i = 1;
    }
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (c === 13 && i + 1 === text.length) {
        crPending = true;
      } else if (c === 13 && text.charCodeAt(i + 1) === 10) {
        pieces.push(text.slice(start, i));
        yield pieces.join('');
        pieces = [];
        start = i + 2;
        i++;
        continue;
      }
      pieces.push(text.slice(start, i));
      yield pieces.join('');
      pieces = [];
      start = i + 1;
    }
    if (start < text.length) pieces.push(text.slice(start));
  };
  for await (const chunk of stream) yield* take(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  yield* take(decoder.end());
  if (pieces.length) yield pieces.join('');
}

async function* ndjsonLines(file: InputFile, lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ReadEvent> {
  let n = 0;
  const seen = new Set<string>();
  for await (const raw of lines) {
    n++;
    let line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (!line.trim()) continue;
    const where = `${shown(file.path)}:${n}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      yield { kind: 'error', path: where, message: `not JSON: ${(e as Error).message}` };
      continue;
    }
    const r = ndjsonLine(data);
    if (!r.ok) {
      yield { kind: 'error', path: where, message: r.message };
      continue;
    }
    const id = r.data.id !== undefined ? String(r.data.id) : `${file.path === '-' ? 'stdin' : stem(file.path)}-${n}`;
    if (seen.has(id)) yield { kind: 'warning', path: where, message: `id '${id}' repeats an earlier line` };
    seen.add(id);
    const text = r.data.text;
    yield {
      kind: 'doc',
      doc: {
        id,
        text,
        source: { path: file.path, sha256: sha256Hex(text), format: 'ndjson', encoding: 'utf-8', item: n },
        ...(r.data.lang ? { lang: r.data.lang } : {}),
        ...(r.data.published ? { published: r.data.published } : {}),
      },
      out: { rel: file.path === '-' ? id : `${withoutExt(file.rel)}/${id}`, untrusted: true },
      where,
    };
  }
}
