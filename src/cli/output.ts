/**
 * Writing records: a YAML stream, a JSON array or NDJSON on stdout (streamed, with backpressure), or
 * one file per record under -o DIR, each written whole or not at all (temp file, then rename), never
 * outside DIR.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { toYaml } from './yaml-out.js';
import type { NewsRecord } from '../core/record.js';

export type Format = 'yaml' | 'json' | 'ndjson';
export const FORMATS: readonly Format[] = ['yaml', 'json', 'ndjson'];

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

/** Writes to stdout, waiting for the pipe to drain, so memory stays flat on any input size. */
export class StdoutSink {
  private count = 0;
  constructor(private readonly format: Format) {}

  private async put(s: string): Promise<void> {
    if (!process.stdout.write(s)) await new Promise<void>((r) => process.stdout.once('drain', r));
  }

  async write(record: NewsRecord): Promise<void> {
    const body = serialize(record, this.format, true);
    if (this.format === 'yaml') await this.put(`---\n${body}`);
    else if (this.format === 'json') await this.put(`${this.count === 0 ? '[\n' : ',\n'}${body}`);
    else await this.put(`${body}\n`);
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

export function writeAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
