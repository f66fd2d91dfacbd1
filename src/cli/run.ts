/** The main job: inputs → records, on stdout or under -o DIR. */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { processDocument, withLanguageId, type DocumentInput, type PipelineOptions } from '../core/pipeline.js';
import { parseRefDate } from '../core/resolve.js';
import { getDefaultRegistry } from '../extractors/registry.js';
import type { KbEntry } from '../resources/schema.js';
import { Diagnostics, UsageError, displayPath } from './diagnostics.js';
import { describeFsError, findInputs, type InputKind } from './inputs.js';
import { OutputPathError, StdoutSink, outputPath, serialize, writeAtomic, type Format } from './output.js';
import { readInput, type OutputName } from './read.js';
import { Pool, type Outcome } from './pool.js';

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
  /** worker threads; 1 runs everything in this thread */
  jobs?: number;
}

/** Documents handled in this thread before a worker pool is started (small runs never pay for one). */
const IN_THREAD = 16;

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
  const userKb = opts.kb?.length ? await loadUserKb(opts.kb) : [];
  const registry = getDefaultRegistry(userKb);
  const pipeline: PipelineOptions = { refDate: opts.refDate, includeText: opts.includeText, registry };
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  let pool: Pool | null = null;
  let seen = 0;
  // Every document goes through the same pure pipeline, here or in a worker: the output is the same.
  const process_ = async (doc: DocumentInput): Promise<Outcome> => {
    if (jobs > 1 && ++seen > IN_THREAD) {
      pool ??= new Pool(jobs, userKb, { refDate: opts.refDate, includeText: opts.includeText });
      return pool.process(doc);
    }
    try {
      return { record: await withLanguageId(() => processDocument(doc, pipeline)) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  // In flight, in input order: a bounded window keeps memory flat whatever the input size.
  const window: Promise<() => Promise<void>>[] = [];
  const limit = Math.max(8, jobs * 4);
  const flush = async (all: boolean) => {
    while (window.length && (all || window.length >= limit)) await (await window.shift()!)();
  };
  const diag = new Diagnostics(opts.quiet);
  const files = findInputs(paths, { include: opts.include, exclude: opts.exclude, extensions: DEFAULT_EXTENSIONS }, diag);
  const sink = opts.output ? null : new StdoutSink(opts.format);
  const progress = process.stderr.isTTY && !opts.quiet;
  let done = 0;

  for (const file of files) {
    if (progress) process.stderr.write(`\r\x1b[K[${done + 1}/${files.length}] ${displayPath(file.path)}`);
    for await (const ev of readInput(file, opts.input)) {
      if (ev.kind === 'error' || ev.kind === 'warning') {
        const { kind, path, message } = ev;
        window.push(Promise.resolve(async () => {
          if (progress) process.stderr.write('\r\x1b[K');
          if (kind === 'error') diag.error(displayPath(path), message);
          else diag.warning(displayPath(path), message);
        }));
        await flush(false);
        continue;
      }
      const where = displayPath(file.path) + (ev.doc.source.item && file.path !== '-' ? `#${ev.doc.source.item}` : '');
      const out = ev.out;
      window.push(process_(ev.doc).then((o) => () => emit(o, where, out)));
      await flush(false);
    }
    done++;
  }
  await flush(true);
  await (pool as Pool | null)?.close();
  if (progress) process.stderr.write('\r\x1b[K');
  if (sink) await sink.end();
  return diag.errors > 0 ? 1 : 0;

  async function emit(o: Outcome, where: string, out: OutputName): Promise<void> {
    if ('error' in o) {
      diag.error(where, o.error);
      return;
    }
    const record = o.record;
    const empty = record.warnings.includes('empty or whitespace-only text');
    if (empty && opts.skipEmpty) {
      diag.warning(where, 'empty or whitespace-only text; skipped (--skip-empty)');
      return;
    }
    for (const w of record.warnings) if (echoed(w)) diag.warning(where, w);
    if (sink) {
      await sink.write(record);
      return;
    }
    try {
      const target = outputPath(opts.output!, out.rel, opts.format);
      writeAtomic(target, serialize(record, opts.format, true) + (opts.format === 'yaml' ? '' : '\n'));
    } catch (e) {
      diag.error(where, e instanceof OutputPathError ? e.message : `cannot write output: ${describeFsError(e)}`);
    }
  }
}
