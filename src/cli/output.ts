/**
 * Writing records: a YAML stream, a JSON array or NDJSON on stdout (streamed, with backpressure), or
 * one file per record under -o DIR, each written whole or not at all (temp file, then rename), never
 * outside DIR.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { toYaml, yamlChunks } from './yaml-out.js';
import { jsonChunks } from './json-out.js';
import type { NewsRecord } from '../core/record.js';

export type Format = 'yaml' | 'json' | 'ndjson';
export const FORMATS: readonly Format[] = ['yaml', 'json', 'ndjson'];

/** One record as one string (small records; tests). */
export function serialize(record: NewsRecord, format: Format, pretty: boolean): string {
  switch (format) {
    case 'yaml':
      return toYaml(record as unknown as Record<string, unknown>);
    case 'json':
      return JSON.stringify(record, null, pretty ? 2 : undefined);
    case 'ndjson':
      return JSON.stringify(record);
  }
}

/** One record in pieces (about 64 KB each), the same text as serialize: records of any size are written whole. */
export function serializeChunks(record: NewsRecord, format: Format, pretty: boolean, indent = ''): Iterable<string> {
  switch (format) {
    case 'yaml':
      return yamlChunks(record as unknown as Record<string, unknown>);
    case 'json':
      return jsonChunks(record, pretty, undefined, indent);
    case 'ndjson':
      return jsonChunks(record, false);
  }
}

/**
 * A record's text as it goes to standard output (inside the stream's framing: a JSON array's items are indented) or
 * to a file of its own under -o (ending in a new line, but YAML's). The same text whichever thread makes it.
 */
export function recordChunks(record: NewsRecord, format: Format, to: 'stdout' | 'file'): Iterable<string> {
  if (to === 'stdout') return serializeChunks(record, format, true, '  ');
  const chunks = serializeChunks(record, format, true);
  return format === 'yaml' ? chunks : withNewline(chunks);
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

/** Writes to stdout, waiting for the pipe to drain, so memory stays flat on any input size. */
export class StdoutSink {
  private count = 0;
  constructor(private readonly format: Format) {}

  private async put(s: string | Uint8Array): Promise<void> {
    if (!process.stdout.write(s)) await new Promise<void>((r) => process.stdout.once('drain', r));
  }

  /** Writes a record serialized by recordChunks(…, 'stdout'), in this thread or a worker's. */
  async writeChunks(chunks: Iterable<string | Uint8Array>): Promise<void> {
    if (this.format === 'yaml') await this.put('---\n');
    else if (this.format === 'json') await this.put(this.count === 0 ? '[\n  ' : ',\n  ');
    for (const c of chunks) await this.put(c);
    if (this.format === 'ndjson') await this.put('\n');
    this.count++;
  }

  async end(): Promise<void> {
    if (this.format === 'json') await this.put(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

export class OutputPathError extends Error {}

/** The file for a record under the output directory; refuses anything that would land outside it. */
export function outputPath(dir: string, rel: string, format: Format): string {
  const ext = format === 'json' ? '.json' : format === 'ndjson' ? '.ndjson' : '.yaml';
  if (rel.includes('\0')) throw new OutputPathError('output path has a NUL byte; refused');
  if (isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) throw new OutputPathError(`output path '${rel}' is absolute; refused`);
  const root = resolve(dir);
  const target = resolve(root, rel + ext);
  const r = relative(root, target);
  if (r === '' || r.startsWith('..') || isAbsolute(r) || r.split(sep).includes('..')) {
    throw new OutputPathError(`output path '${rel}' escapes the output directory; refused`);
  }
  return target;
}

/** Writes a file whole or not at all: the pieces go to a temp file beside it, which is then renamed. */
export function writeAtomic(file: string, content: string | Iterable<string | Uint8Array>): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'w');
    // (two calls, one per overload of writeSync: text, or a worker's UTF-8 bytes)
    for (const c of typeof content === 'string' ? [content] : content) {
      if (typeof c === 'string') writeSync(fd, c);
      else writeSync(fd, c);
    }
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}
