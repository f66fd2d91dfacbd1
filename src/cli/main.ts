/**
 * The command line. Only this layer touches files, stdout, stderr, the clock and the exit code.
 * Commands load their modules when called, so `extract --version` pays for nothing else.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './diagnostics.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('extract');
  program
    .description('Bilingual (Arabic/English) news extraction: one validated record per article.')
    .version(pkg.version, '-V, --version')
    .argument('[paths...]', "article files or directories; '-' reads standard input")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json', 'ndjson']).default('yaml'))
    .option('-o, --output <dir>', 'one file per article under DIR, mirroring the input tree from the inputs\' common directory (feed items: <feed>/<n>.yaml); written atomically, never outside DIR, never over another output of the same run (a clash gets -2, -3 … with a warning); DIR is checked before any work')
    .addOption(new Option('--input <kind>', 'how to read inputs (auto: by extension; standard input is sniffed for feeds and NDJSON)').choices(['auto', 'text', 'ndjson', 'xml']).default('auto'))
    .option('--include <glob>', 'take files matching GLOB from directories (repeatable; default *.txt, *.xml)', collect)
    .option('--exclude <glob>', 'skip files matching GLOB (repeatable)', collect)
    .option('--ref-date <date>', 'reference date YYYY-MM-DD for relative dates; an item\'s own date (feed pubDate, NDJSON published) wins')
    .option('--skip-empty', 'skip empty or whitespace-only articles instead of writing an empty record')
    .option('--include-text', 'put the source text in each record, so validate can check every span against it')
    .option('--kb <file>', 'add knowledge-base entries (same YAML format as src/resources/kb/); repeatable', collect)
    .addOption(new Option('--lang <code>', 'read every input as this language (auto: detect it per input; a short Latin-script text is English unless another language\'s own words say otherwise)').choices(['auto', 'ar', 'en']).default('auto'))
    .option('--encoding <name>', 'decode input files with this encoding (windows-1252, windows-1256, iso-8859-6, utf-16le …) instead of detecting it (detection: UTF-8, UTF-16 by BOM, else windows-1256 Arabic, else windows-1252 Latin, with a warning)')
    .option('-q, --quiet', 'no warnings, progress or summary on stderr (errors still)')
    .option('-j, --jobs <n>', 'worker threads (default: as many as the cores can feed: one a core and a half, 1 on two cores, 2 on four; one a core for 4 MB of input files or more; output is the same for any n); a run of over 16 files or 1 MB of NDJSON or feeds uses one also with 1, a document of over a million characters runs in the main thread', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('a whole number from 1 to 256');
      return n;
    })
    .enablePositionalOptions()
    .showHelpAfterError('(run extract --help for usage)')
    .action(async (paths: string[], opts) => {
      const { run } = await import('./run.js');
      setExit(await run(paths, { ...opts, format: opts.format, input: opts.input }));
    });

  program.helpCommand('help [command]', 'show help for a command');

  program
    .command('validate')
    .description('check YAML/JSON/NDJSON records against the schema; prints file:line:col: message per problem')
    .argument('<paths...>', "record files or directories; '-' reads standard input")
    .action(async (paths: string[]) => {
      const { validate } = await import('./validate.js');
      setExit(await validate(paths));
    });

  program
    .command('check')
    .description('lint article files: readable, valid UTF-8, not empty, language detectable, no junk, no duplicates')
    .argument('<paths...>', 'article files or directories')
    .option('--report <file>', 'write a JUnit XML report')
    .option('--strict', 'warnings fail the check too')
    .option('--include <glob>', 'take files matching GLOB from directories (repeatable)', collect)
    .option('--exclude <glob>', 'skip files matching GLOB (repeatable)', collect)
    .action(async (paths: string[], opts) => {
      const { check } = await import('./check.js');
      setExit(await check(paths, opts));
    });

  program
    .command('eval')
    .description('score extraction on annotated data: gold files (GOLD.md), TempEval-3, NewsQuant, Recognizers-Text specs, Wojood, CoNLL NER')
    .argument('[articles...]', 'articles to score against --gold (files or directories of .txt)')
    .option('--gold <dir>', 'a folder of gold YAML files (GOLD.md format), one per article, named after it')
    .option('--timeml <dir>', 'a folder of TimeML .tml files (TIMEX3 span and value; the DCT is the reference date)')
    .option('--quantities <file>', 'a NewsQuant-format JSON file of sentences and quantities')
    .option('--recognizers <file>', 'a Recognizers-Text spec file (DateTimeModel, NumberModel, PercentModel); repeatable', collect)
    .option('--wojood <file>', 'a Wojood IOB2 file (DATE spans vs dates, numeric spans vs figures)')
    .option('--conll <file>', 'a CoNLL/BIO NER file (PER/PERS, LOC, ORG; MISC ignored): entity F1 per type; repeatable', collect)
    .option('--lang <code>', 'language of the spec inputs (default: from the path, Arabic/ or English/)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--show-errors', 'list every miss, false positive and wrong value')
    .action(async (articles: string[], opts) => {
      const { evaluate } = await import('./eval.js');
      setExit(await evaluate(opts, articles));
    });

  program
    .command('schema')
    .description('print the JSON Schema of a record (news-record/1)')
    .action(async () => {
      const { recordJsonSchema } = await import('../core/record.js');
      process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
      setExit(0);
    });
  return program;
}

/**
 * How much a function runs (in V8's units of bytecode) before V8 compiles it with its optimizing compiler. At V8's default
 * (132 KB) hundreds of the rules' functions go to that compiler in a run's first megabytes, many of them twice or more as
 * the words they meet change their types' feedback: ~4 s of CPU on a helper thread for the first 2 MB of news, in each
 * worker, which on two cores a second worker's compiling took from the work of both (`node --trace-opt`). At 500 KB the
 * functions that stay hot are compiled, once their feedback has settled, and the others run as they are (measured on this
 * 2-core machine, whole process, before -> after: 10 MB of news as NDJSON with --jobs 2 7.7-8.4 s -> 6.5-6.8 s, 14-15 s of
 * CPU -> 11.6-12.2; --jobs 1 about as before, 7.7-8.3 s, with 10 % less CPU; the 40 dev articles 1.25 s -> 1.16 s; one
 * article unchanged). Set before any rule runs; the workers share the process's flags. Output does not depend on it.
 */
const OPTIMIZE_AFTER = 500_000;

export async function main(argv: string[]): Promise<void> {
  setFlagsFromString(`--interrupt-budget=${OPTIMIZE_AFTER}`);
  // A closed pipe (extract ... | head) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  let code = 0;
  const program = buildProgram((c) => (code = c));
  program.exitOverride();
  program.configureOutput({ outputError: (s, write) => write(`extract: ${s.replace(/^error: /, 'error: ')}`) });
  for (const c of program.commands) c.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      code = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    } else if (e instanceof UsageError) {
      process.stderr.write(`extract: error: ${e.message}\n`);
      code = 2;
    } else {
      process.stderr.write(`extract: internal error: ${(e as Error).stack ?? e}\n`);
      code = 1;
    }
  }
  process.exitCode = code;
}
