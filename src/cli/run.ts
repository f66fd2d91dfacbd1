/** The main job: inputs → records, on stdout or under -o DIR. */
import { fstatSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { DocumentInput, PipelineOptions } from '../core/pipeline.js';
import type { NewsRecord } from '../core/record.js';
import { parseRefDate } from '../core/resolve.js';
import { encodingLabel } from '../core/decode.js';
import type { KbEntry } from '../resources/schema.js';
import { append } from '../core/arrays.js';
import { Diagnostics, UsageError, displayPath } from './diagnostics.js';
import { describeFsError, findInputs, noInputsMessage, type InputKind } from './inputs.js';
import { OutputPathError, StdoutSink, outputPath, recordChunks, writeAtomic, type Format } from './output.js';
import { kindOf, readInput, type OutputName } from './read.js';
import { Pool, WORKER_HOLDS, type Outcome } from './pool.js';
import { Progress } from './progress.js';

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
  /** worker threads; 1 runs a small run in this thread, a big one in one worker */
  jobs?: number;
  /** auto (detect), or a language every input is read as */
  lang?: string;
  /** a decoding forced on every input file (a WHATWG label: windows-1252, iso-8859-6 …) */
  encoding?: string;
}

/**
 * The worker threads a run starts when --jobs is not given: as many as the cores can feed. A worker pays a fixed cost
 * before it runs at speed, its start-up and V8's compiling of the rules' hot functions on a helper thread (a few seconds
 * of CPU over its first megabytes, main.ts OPTIMIZE_AFTER), so on two cores a second worker slows a small run and
 * speeds up a big one (measured on this 2-core machine, one worker against two: the 40 dev articles, 1.2 MB in files,
 * 1.17 s against 1.30; 2.5 MB of news as NDJSON 3.4-3.9 s against 3.3-3.5; 5 MB 4.8-5.0 against 4.3-4.5; 10 MB 7.7-8.3
 * against 6.5-6.8; 20 MB 17.5 against 11.9, 1.47 times as fast; 80 MB more memory at the peak). Below ALL_CORES_INPUT of
 * input on disk, one a core and a half (one on two cores, two on three or four, five on eight); above it, one a core.
 * Standard input's size is not known: it counts as small.
 */
export function defaultJobs(cores: number, inputBytes = 0): number {
  if (inputBytes >= ALL_CORES_INPUT) return Math.max(1, cores);
  return Math.max(1, Math.floor(cores / 1.5));
}

/** Bytes of input files from which a run starts a worker on every core (defaultJobs). */
const ALL_CORES_INPUT = 4 << 20;

/** Documents handled in this thread before a worker pool is started (small runs never pay for one). */
const IN_THREAD = 16;
/** Bytes of input files above which the pool starts with the first document. */
const BIG_INPUT = 1 << 20;
/**
 * Characters of a document above which it runs in this thread, also in a run with workers: near its heap's limit a
 * worker spends its time collecting (an 8 MB article took 30 s there before it ran out, 7 s here), and a big document
 * takes about as long here as there (2 MB: 2.7 s here, 2.9 s in a worker).
 */
const WORKER_DOC_CHARS = 1 << 20;
/** Characters of documents in flight (read, not yet written) above which reading waits. */
const WINDOW_CHARS = 1 << 25;

/** A file's size in bytes (0 for standard input or what cannot be read: the run reports that itself). */
function sizeOf(path: string): number {
  if (path === '-') return 0;
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
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
      throw new UsageError(`--kb '${f}': ${describeFsError(e)}`);
    }
    try {
      append(out, parseKb(text, f));
    } catch (e) {
      if (e instanceof ResourceError) throw new UsageError((e as Error).message);
      throw e;
    }
  }
  return out;
}

/** The -o directory, checked once before any work: it exists or is made, and is a writable directory. */
function prepareOutputDir(dir: string): void {
  let st;
  try {
    st = statSync(dir);
  } catch {
    st = null;
  }
  if (st && !st.isDirectory()) throw new UsageError(`-o '${dir}' is not a directory`);
  if (!st) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new UsageError(`-o '${dir}': cannot create the directory: ${describeFsError(e)}`);
    }
  }
  const probe = join(dir, `.extract-probe-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (e) {
    throw new UsageError(`-o '${dir}': cannot write there: ${describeFsError(e)}`);
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export async function run(paths: string[], opts: RunOptions): Promise<number> {
  const started = Date.now();
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files or directories, or - to read standard input');
    paths = ['-'];
  }
  if (opts.refDate !== undefined && (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(opts.refDate) || !parseRefDate(opts.refDate))) {
    throw new UsageError(`--ref-date '${opts.refDate}' is not a date (YYYY-MM-DD)`);
  }
  const encoding = opts.encoding === undefined ? undefined : encodingLabel(opts.encoding);
  if (encoding === null) throw new UsageError(`--encoding '${opts.encoding}' is not an encoding this Node.js can decode (try utf-8, windows-1256, windows-1252, iso-8859-6, utf-16le)`);
  const forcedLang = opts.lang && opts.lang !== 'auto' ? opts.lang : undefined;
  if (opts.output) prepareOutputDir(opts.output);
  const userKb = opts.kb?.length ? await loadUserKb(opts.kb) : [];
  // (the pipeline is loaded when a document first runs in this thread: a run in workers never loads it here)
  let inThread: Promise<{ run: (doc: DocumentInput) => Promise<NewsRecord> }> | null = null;
  const loadPipeline = async () => {
    const [{ processDocument, withLanguageId }, { getDefaultRegistry }] = await Promise.all([import('../core/pipeline.js'), import('../extractors/registry.js')]);
    const pipeline: PipelineOptions = { refDate: opts.refDate, includeText: opts.includeText, registry: getDefaultRegistry(userKb) };
    return { run: (doc: DocumentInput) => withLanguageId(() => processDocument(doc, pipeline)) };
  };
  // (without --jobs, the number waits for the inputs' size: defaultJobs)
  let jobs = Math.max(1, opts.jobs ?? defaultJobs(availableParallelism()));
  let pool: Pool | null = null;
  let seen = 0;
  let bigRun = false;
  // Every document goes through the same pure pipeline, here or in a worker: the output is the same.
  const here = async (doc: DocumentInput): Promise<Outcome> => {
    // (back to the event loop between documents, so that ^C is heard while the run works in this thread)
    await new Promise<void>((r) => setImmediate(r));
    try {
      return { record: await (await (inThread ??= loadPipeline())).run(doc) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  // (a big run goes to workers also with one job: a worker's heap has a limit, which keeps its peak memory down; a
  // document too big for it runs here)
  const pooled = () => pool !== null || bigRun || (jobs > 1 && ++seen > IN_THREAD);
  const process_ = async (doc: DocumentInput): Promise<Outcome> => {
    if (forcedLang) doc.lang = forcedLang;
    if (doc.text.length <= WORKER_DOC_CHARS && pooled()) {
      pool ??= new Pool(jobs, userKb, { refDate: opts.refDate, includeText: opts.includeText }, { format: opts.format, to: opts.output ? 'file' : 'stdout' }, here);
      return pool.process(doc);
    }
    return here(doc);
  };
  // In flight, in input order: a bounded window keeps memory flat whatever the input size. With workers, enough
  // documents for each to hold two full batches (pool.ts), and no more text than WINDOW_CHARS.
  const window: { done: Promise<() => Promise<void>>; chars: number }[] = [];
  const limit = () => (pool !== null ? jobs * (WORKER_HOLDS + 4) : 8);
  let inFlight = 0;
  const flush = async (all: boolean) => {
    while (window.length && (all || window.length >= limit() || inFlight > WINDOW_CHARS)) {
      const { done, chars } = window.shift()!;
      inFlight -= chars;
      await (await done)();
    }
  };
  const enqueue = (done: Promise<() => Promise<void>>, chars = 0) => {
    window.push({ done, chars });
    inFlight += chars;
  };
  const diag = new Diagnostics(opts.quiet);
  // progress on a terminal's stderr only, and not while records stream into a pipe: the reader at its
  // other end (jq) writes to the same terminal, and its lines would land on the progress line
  const progress = new Progress(process.stderr, process.stderr.isTTY === true && !opts.quiet && (!!opts.output || !stdoutIsPipe()));
  diag.beforeWrite = () => progress.clear();
  const files = findInputs(paths, { include: opts.include, exclude: opts.exclude, extensions: DEFAULT_EXTENSIONS }, diag);
  if (files.length === 0) {
    progress.close();
    process.stderr.write(noInputsMessage(DEFAULT_EXTENSIONS, opts.include));
    return 1;
  }
  // a run known to hold many documents (many files, or a megabyte of NDJSON or feeds on disk) starts the workers at
  // once, and this thread never builds the rules it would only use for the first documents (one big text file is one
  // document: it stays here)
  const manyDocs = (f: (typeof files)[number]) => ['ndjson', 'xml'].includes(kindOf(f, opts.input));
  const sizes = files.map((f) => sizeOf(f.path));
  bigRun = files.length > IN_THREAD || files.reduce((n, f, k) => n + (manyDocs(f) ? sizes[k] : 0), 0) > BIG_INPUT;
  if (opts.jobs === undefined) jobs = defaultJobs(availableParallelism(), sizes.reduce((n, x) => n + x, 0));
  const sink = opts.output ? null : new StdoutSink(opts.format);
  /** Output files written in this run (lower-cased: a case-insensitive disk would merge x and X), with their input. */
  const written = new Map<string, string>();
  let records = 0;
  let filesDone = 0;
  const show = (path: string, force = false) => progress.update(`[${filesDone}/${files.length}] ${plural(records, 'record')} · ${displayPath(path)}`, force);

  try {
    for (const file of files) {
      show(file.path);
      for await (const ev of readInput(file, opts.input, encoding)) {
        if (ev.kind === 'error' || ev.kind === 'warning') {
          const { kind, path, message } = ev;
          enqueue(Promise.resolve(async () => {
            if (kind === 'error') diag.error(displayPath(path), message);
            else diag.warning(displayPath(path), message);
          }));
          await flush(false);
          continue;
        }
        const where = ev.where;
        const out = ev.out;
        enqueue(process_(ev.doc).then((o) => () => emit(o, where, out)), ev.doc.text.length);
        await flush(false);
      }
      // a file is done when its last record is written, not when it has been read
      const path = file.path;
      enqueue(Promise.resolve(async () => {
        filesDone++;
        show(path, filesDone === files.length);
      }));
    }
    await flush(true);
  } finally {
    await (pool as Pool | null)?.close();
    progress.close();
  }
  if (sink) await sink.end();
  const seconds = (Date.now() - started) / 1000;
  if (process.stderr.isTTY && !opts.quiet && seconds > 1) {
    process.stderr.write(`${plural(records, 'record')}, ${plural(diag.warnings, 'warning')}, ${plural(diag.errors, 'error')} in ${seconds.toFixed(1)} s\n`);
  }
  return diag.errors > 0 ? 1 : 0;

  async function emit(o: Outcome, where: string, out: OutputName): Promise<void> {
    if ('error' in o) {
      diag.error(where, o.error);
      return;
    }
    // (a worker's record comes serialized, with its warnings)
    const warnings = 'record' in o ? o.record.warnings : o.warnings;
    const chunks = (): Iterable<string | Uint8Array> => ('record' in o ? recordChunks(o.record, opts.format, sink ? 'stdout' : 'file') : o.parts);
    const empty = warnings.includes('empty or whitespace-only text');
    if (empty && opts.skipEmpty) {
      diag.warning(where, 'empty or whitespace-only text; skipped (--skip-empty)');
      return;
    }
    for (const w of warnings) if (echoed(w)) diag.warning(where, w);
    if (sink) {
      await sink.writeChunks(chunks());
      records++;
      return;
    }
    let target: string;
    try {
      target = outputPath(opts.output!, out.rel, opts.format);
      // never overwrite what this run wrote: a second input of the same name gets the next free suffix
      if (written.has(target.toLowerCase())) {
        const first = written.get(target.toLowerCase())!;
        let n = 2;
        while (written.has(outputPath(opts.output!, `${out.rel}-${n}`, opts.format).toLowerCase())) n++;
        target = outputPath(opts.output!, `${out.rel}-${n}`, opts.format);
        diag.warning(where, `its output name is taken by ${first}; written as ${target}`);
      }
    } catch (e) {
      diag.error(where, e instanceof OutputPathError ? e.message : String(e));
      return;
    }
    written.set(target.toLowerCase(), where);
    try {
      writeAtomic(target, chunks());
      records++;
    } catch (e) {
      diag.error(where, `cannot write ${target}: ${describeFsError(e)}`);
    }
  }
}

/** Whether standard output is a pipe (extract … | jq), not a terminal or a file. */
function stdoutIsPipe(): boolean {
  try {
    return fstatSync(1).isFIFO();
  } catch {
    return false;
  }
}
