/** The main job: inputs → records, on stdout or under -o DIR. */
import { readFileSync } from 'node:fs';
import { processDocument, withLanguageId, type PipelineOptions } from '../core/pipeline.js';
import { parseRefDate } from '../core/resolve.js';
import { getDefaultRegistry } from '../extractors/registry.js';
import type { KbEntry } from '../resources/schema.js';
import { Diagnostics, UsageError, displayPath } from './diagnostics.js';
import { describeFsError, findInputs, type InputKind } from './inputs.js';
import { OutputPathError, StdoutSink, outputPath, serialize, writeAtomic, type Format } from './output.js';
import { readInput } from './read.js';

export interface RunOptions {
  format: Format;
  output?: string;
  input: InputKind;
  include?: string[];
  exclude?: string[];
  refDate?: string;
  skipEmpty?: boolean;
  includeText?: boolean;
  kb?: string[];
  quiet?: boolean;
}

export const DEFAULT_EXTENSIONS = ['.txt', '.xml'];

/** Record warnings worth a line on stderr (the cleaning summary stays in the record only). */
function echoed(w: string): boolean {
  return !w.startsWith('cleaned before extraction');
}

async function loadUserKb(files: string[]): Promise<KbEntry[]> {
  const { parseKb, ResourceError } = await import('../resources/compile.js');
  const out: KbEntry[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (e) {
      throw new UsageError(`${f}: ${describeFsError(e)}`);
    }
    try {
      out.push(...parseKb(text, f));
    } catch (e) {
      if (e instanceof ResourceError) throw new UsageError((e as Error).message);
      throw e;
    }
  }
  return out;
}

export async function run(paths: string[], opts: RunOptions): Promise<number> {
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files or directories, or - to read standard input');
    paths = ['-'];
  }
  if (opts.refDate !== undefined && (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(opts.refDate) || !parseRefDate(opts.refDate))) {
    throw new UsageError(`--ref-date '${opts.refDate}' is not a date (YYYY-MM-DD)`);
  }
  const registry = getDefaultRegistry(opts.kb?.length ? await loadUserKb(opts.kb) : []);
  const pipeline: PipelineOptions = { refDate: opts.refDate, includeText: opts.includeText, registry };
  const diag = new Diagnostics(opts.quiet);
  const files = findInputs(paths, { include: opts.include, exclude: opts.exclude, extensions: DEFAULT_EXTENSIONS }, diag);
  const sink = opts.output ? null : new StdoutSink(opts.format);
  const progress = process.stderr.isTTY && !opts.quiet;
  let done = 0;

  for (const file of files) {
    if (progress) process.stderr.write(`\r\x1b[K[${done + 1}/${files.length}] ${displayPath(file.path)}`);
    for await (const ev of readInput(file, opts.input)) {
      if (ev.kind === 'error') {
        if (progress) process.stderr.write('\r\x1b[K');
        diag.error(displayPath(ev.path), ev.message);
        continue;
      }
      if (ev.kind === 'warning') {
        diag.warning(displayPath(ev.path), ev.message);
        continue;
      }
      const where = displayPath(file.path) + (ev.doc.source.item && file.path !== '-' ? `#${ev.doc.source.item}` : '');
      let record;
      try {
        record = await withLanguageId(() => processDocument(ev.doc, pipeline));
      } catch (e) {
        diag.error(where, (e as Error).message);
        continue;
      }
      const empty = record.warnings.includes('empty or whitespace-only text');
      if (empty && opts.skipEmpty) {
        diag.warning(where, 'empty or whitespace-only text; skipped (--skip-empty)');
        continue;
      }
      for (const w of record.warnings) if (echoed(w)) diag.warning(where, w);
      if (sink) {
        await sink.write(record);
      } else {
        try {
          const target = outputPath(opts.output!, ev.out.rel, opts.format);
          writeAtomic(target, serialize(record, opts.format, true) + (opts.format === 'yaml' ? '' : '\n'));
        } catch (e) {
          diag.error(where, e instanceof OutputPathError ? e.message : `cannot write output: ${describeFsError(e)}`);
        }
      }
    }
    done++;
  }
  if (progress) process.stderr.write('\r\x1b[K');
  if (sink) await sink.end();
  return diag.errors > 0 ? 1 : 0;
}
