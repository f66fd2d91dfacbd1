/**
 * `extract eval`: scores the extractor on public annotated data with the same pipeline the CLI runs.
 * --timeml DIR (TempEval-3 .tml files: dates and durations, the DCT as reference date) and
 * --quantities FILE (NewsQuant JSON: figures). Human-readable table by default, --format json for
 * machines, --show-errors for each miss, false positive and wrong value.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDocument, sha256Hex, withLanguageId } from '../core/pipeline.js';
import type { NewsRecord } from '../core/record.js';
import { pct, type PRF } from '../eval/metrics.js';
import { parseGoldValue, scoreQuantities, type GoldQuantity } from '../eval/quantities.js';
import { parseTimeml, scoreTimexes, systemTimexes } from '../eval/timeml.js';
import { scoreDateSpecs, scoreNumberSpecs, typeOf, type SpecCase } from '../eval/recognizers.js';
import { parseWojood, scoreSpans, wojoodItems } from '../eval/wojood.js';
import { parseConll, scoreConll } from '../eval/conll.js';
import { Registry, languageExtractors } from '../extractors/registry.js';
import { loadKb } from '../resources/index.js';
import { Diagnostics, UsageError } from './diagnostics.js';
import { describeFsError, findInputs } from './inputs.js';
import { readInput } from './read.js';
import { GoldError, parseGold, scoreGold, type GoldDoc, type GoldScores } from '../eval/gold.js';

export interface EvalOptions {
  gold?: string;
  timeml?: string;
  quantities?: string;
  recognizers?: string[];
  wojood?: string;
  conll?: string[];
  lang?: string;
  format?: 'table' | 'json';
  showErrors?: boolean;
}

/** One text through the pipeline. `timex`: keep the reference adverbs (now, الآن) among the dates, for the
 *  benchmarks that annotate them as time expressions (TimeML, Recognizers-Text, Wojood); GOLD.md does not. */
async function run(id: string, text: string, lang: string, refDate?: string, registry?: Registry, timex = false): Promise<NewsRecord> {
  return withLanguageId(() =>
    processDocument({ id, text, lang, source: { path: id, sha256: sha256Hex(text), format: 'string', encoding: 'utf-8' } }, { refDate, registry, referenceAdverbs: timex }),
  );
}

function row(name: string, s: PRF): string {
  return `| ${name.padEnd(22)} | ${pct(s.p).padStart(5)} | ${pct(s.r).padStart(5)} | ${pct(s.f1).padStart(5)} | ${String(s.tp).padStart(5)} | ${String(s.predicted).padStart(5)} | ${String(s.gold).padStart(5)} |`;
}
const HEAD = '| measure                |     P |     R |    F1 |    tp |  pred |  gold |\n|------------------------|-------|-------|-------|-------|-------|-------|';

export async function evaluate(opts: EvalOptions, articles: string[] = []): Promise<number> {
  if (!opts.gold && !opts.timeml && !opts.quantities && !opts.recognizers?.length && !opts.wojood && !opts.conll?.length) {
    throw new UsageError('eval needs --gold DIR ARTICLES..., --timeml DIR, --quantities FILE, --recognizers FILE, --wojood FILE or --conll FILE');
  }
  if (articles.length && !opts.gold) throw new UsageError('articles to score need --gold DIR');
  const report: Record<string, unknown> = {};
  const lines: string[] = [];
  let status = 0;
  if (opts.gold) {
    if (!articles.length) throw new UsageError('--gold DIR needs the articles to score: extract eval --gold DIR ARTICLES...');
    if (!existsSync(opts.gold)) throw new UsageError(`${opts.gold}: no such directory`);
    const diag = new Diagnostics();
    const docs: GoldDoc[] = [];
    for (const file of findInputs(articles, { extensions: ['.txt'] }, diag)) {
      for await (const ev of readInput(file, 'text')) {
        if (ev.kind === 'error') {
          diag.error(ev.path, ev.message);
          status = 1;
          continue;
        }
        if (ev.kind === 'warning') continue;
        const goldPath = join(opts.gold, `${ev.doc.id}.yaml`);
        if (!existsSync(goldPath)) {
          diag.warning(file.path, `no gold file ${goldPath}; not scored`);
          continue;
        }
        let gold;
        try {
          gold = parseGold(readUtf8(goldPath), goldPath, ev.doc.text);
        } catch (e) {
          if (!(e instanceof GoldError)) throw e;
          process.stderr.write(`${e.message.replace(/^([^:]+): /, '$1: error: ')}\n`);
          status = 1;
          continue;
        }
        const record = await withLanguageId(() => processDocument(ev.doc));
        docs.push({ gold, record, article: ev.doc.text });
      }
    }
    if (docs.length === 0) throw new UsageError('no article had a gold file to score against');
    const g = scoreGold(docs);
    report.gold = { documents: g.documents, scores: g.scores, ...(opts.showErrors ? { errors: g.errors } : {}) };
    for (const [lang, sc] of Object.entries(g.scores)) {
      if (lines.length) lines.push('');
      lines.push(`Gold (${opts.gold}): ${lang}, ${g.documents[lang]} documents`, GOLD_HEAD, ...goldRows(sc));
    }
    if (opts.showErrors) {
      lines.push('');
      for (const e of g.errors) lines.push(`  ${e.kind.padEnd(8)} ${e.field.padEnd(12)} ${e.doc}: "${e.text}"${e.detail ? ` ${e.detail}` : ''}${e.rule ? ` [${e.rule}]` : ''}`);
    }
  }
  if (opts.timeml) {
    let files: string[];
    try {
      files = readdirSync(opts.timeml).filter((f) => f.endsWith('.tml')).sort();
    } catch (e) {
      throw new UsageError(`${opts.timeml}: ${describeFsError(e)}`);
    }
    const docs = [];
    for (const f of files) {
      const d = parseTimeml(f, readUtf8(join(opts.timeml, f)));
      const r = await run(f, d.text, 'en', d.dct, undefined, true);
      docs.push({ id: f, gold: d.gold, system: systemTimexes(r) });
    }
    const s = scoreTimexes(docs);
    report.timeml = { documents: files.length, span: s.span, value: s.value, ...(opts.showErrors ? { errors: s.errors } : {}) };
    lines.push(`TimeML: ${files.length} documents (${opts.timeml})`, HEAD, row('timex span (relaxed)', s.span), row('timex value', s.value));
    if (opts.showErrors) for (const e of s.errors) lines.push(`  ${e.kind.padEnd(8)} ${e.doc}: "${e.text}"${e.gold ? ` gold=${e.gold}` : ''}${e.got ? ` got=${e.got}` : ''}`);
  }
  if (opts.quantities) {
    let data: { text: string; quantities: { value: string; normalized_unit: string }[] }[];
    try {
      data = readJson(opts.quantities) as typeof data;
    } catch (e) {
      throw new UsageError(`${opts.quantities}: ${(e as Error).message}`);
    }
    const items = [];
    for (const [i, d] of data.entries()) {
      const gold: GoldQuantity[] = d.quantities.map((q) => ({ ...parseGoldValue(q.value), unit: q.normalized_unit === '-' ? null : q.normalized_unit }));
      items.push({ gold, record: await run(`s${i}`, d.text, 'en') });
    }
    const s = scoreQuantities(items);
    const strict = scoreQuantities(items, { ranges: false });
    report.quantities = {
      sentences: data.length,
      value: s.value,
      valueUnit: s.valueUnit,
      valueHead: s.valueHead,
      valueUnitNoPence: s.valueUnitNoPence,
      strict: { value: strict.value, valueUnit: strict.valueUnit },
      ...(opts.showErrors ? { errors: s.errors } : {}),
    };
    if (lines.length) lines.push('');
    lines.push(
      `Quantities: ${data.length} sentences (${opts.quantities}); a gold range is matched by a figure at either bound ('strict': ranges never match)`,
      HEAD,
      row('value', s.value),
      row('value+unit', s.valueUnit),
      row('value+unit, head noun*', s.valueHead),
      row('value+unit, no pence**', s.valueUnitNoPence),
      row('value (strict)', strict.value),
      row('value+unit (strict)', strict.valueUnit),
      "* diagnostic: NewsQuant's noun-phrase unit ('residential burglary') agrees with our head lemma ('burglary'), as SPEC asks; not the published measure",
      "** diagnostic: NewsQuant's 'point' for a London price in pence (164p) is not read as our GBX",
    );
    if (opts.showErrors) for (const e of s.errors) lines.push(`  ${e.kind.padEnd(8)} #${e.sentence}: ${e.value}${e.gold !== undefined ? ` gold=${e.gold}` : ''}${e.got !== undefined ? ` got=${e.got}` : ''}   ${data[e.sentence].text.slice(0, 90)}`);
  }
  for (const file of opts.recognizers ?? []) {
    let cases: SpecCase[];
    try {
      cases = readJson(file) as SpecCase[];
    } catch (e) {
      throw new UsageError(`${file}: ${(e as Error).message}`);
    }
    const lang = opts.lang ?? (/\/Arabic\//.test(file) ? 'ar' : 'en');
    const dateSpec = cases.some((c) => (c.Results ?? []).some((r) => typeOf(r).startsWith('datetimeV2')));
    const runs = [];
    for (const [i, c] of cases.entries()) {
      const refDate = c.Context?.ReferenceDateTime?.slice(0, 10) ?? '2016-11-07';
      runs.push({ c, record: await run(`case${i}`, c.Input, lang, refDate, undefined, true) });
    }
    const s = dateSpec ? scoreDateSpecs(runs) : scoreNumberSpecs(runs);
    report[`recognizers:${file}`] = { cases: cases.length, span: s.span, value: s.value, ...(opts.showErrors ? { errors: s.errors } : {}) };
    if (lines.length) lines.push('');
    lines.push(`Recognizers-Text spec: ${cases.length} cases (${file}; ${dateSpec ? 'dates, date ranges, durations' : 'numbers and percentages'})`, HEAD, row('span (relaxed)', s.span), row('value', s.value));
    if (opts.showErrors) for (const e of s.errors) lines.push(`  ${e.kind.padEnd(8)} "${e.text}"${e.gold !== undefined ? ` gold=${e.gold}` : ''}${e.got !== undefined ? ` got=${e.got}` : ''}   ${e.input.slice(0, 80)}`);
  }
  if (opts.wojood) {
    let sentences;
    try {
      sentences = parseWojood(readUtf8(opts.wojood));
    } catch (e) {
      throw new UsageError(`${opts.wojood}: ${describeFsError(e)}`);
    }
    const records = [];
    for (const [i, s] of sentences.entries()) records.push(await run(`w${i}`, s.text, 'ar', undefined, undefined, true));
    const items = wojoodItems(sentences, records);
    const dates = scoreSpans(items.dates);
    const figures = scoreSpans(items.figures);
    report.wojood = { sentences: sentences.length, dates, figures };
    if (lines.length) lines.push('');
    lines.push(`Wojood: ${sentences.length} sentences (${opts.wojood}; spans only, relaxed)`, HEAD, row('DATE vs dates', dates), row('numeric vs figures', figures));
  }
  for (const file of opts.conll ?? []) {
    let docs;
    try {
      docs = parseConll(readUtf8(file));
    } catch (e) {
      throw new UsageError(`${file}: ${describeFsError(e)}`);
    }
    const lang = opts.lang ?? (/[\u0600-\u06FF]/.test(docs[0]?.text ?? '') ? 'ar' : 'en');
    const items = [];
    for (const [i, doc] of docs.entries()) items.push({ doc, record: await run(`d${i}`, doc.text, lang) });
    const { scores: s, errors } = scoreConll(items);
    // the same documents with the knowledge base less the entries a benchmark's misses suggested (guided_by)
    const kb = loadKb();
    let heldOut: ReturnType<typeof scoreConll>['scores'] | null = null;
    if (kb.some((e) => e.guided_by)) {
      const fairKb = kb.filter((e) => !e.guided_by);
      const registry = new Registry((l) => languageExtractors(l, fairKb), { kb: fairKb });
      const fair = [];
      for (const [i, doc] of docs.entries()) fair.push({ doc, record: await run(`d${i}`, doc.text, lang, undefined, registry) });
      heldOut = scoreConll(fair).scores;
    }
    report[`conll:${file}`] = { documents: docs.length, ...s, ...(heldOut ? { held_out: heldOut } : {}), ...(opts.showErrors ? { errors } : {}) };
    if (lines.length) lines.push('');
    lines.push(`CoNLL NER: ${docs.length} documents (${file}; exact chunks, MISC ignored)`, HEAD, ...Object.entries(s).map(([t, x]) => row(t, x)));
    if (heldOut) lines.push(...Object.entries(heldOut).map(([t, x]) => row(`${t}, KB held out`, x)));
    if (opts.showErrors)
      for (const e of errors) lines.push(`  ${e.kind.padEnd(8)} d${e.doc}: "${e.text}"${e.gold ? ` gold=${e.gold}` : ''}${e.got ? ` got=${e.got}` : ''}${e.rule ? ` [${e.rule}]` : ''}`);
  }
  process.stdout.write(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${lines.join('\n')}\n`);
  return status;
}

const GOLD_HEAD =
  '| field        |     P |     R |    F1 |    tp |  pred |  gold | accuracy over hits\n|--------------|-------|-------|-------|-------|-------|-------|-------------------';
function goldRows(sc: GoldScores): string[] {
  return Object.entries(sc).map(([field, s]) => {
    const accs = Object.entries(s.accuracy)
      .map(([k, [ok, n]]) => `${k} ${n ? pct(ok / n) : '-'} (${ok}/${n})`)
      .join(', ');
    return `| ${field.padEnd(12)} | ${pct(s.p).padStart(5)} | ${pct(s.r).padStart(5)} | ${pct(s.f1).padStart(5)} | ${String(s.tp).padStart(5)} | ${String(s.predicted).padStart(5)} | ${String(s.gold).padStart(5)} | ${accs}`;
  });
}

/** A UTF-8 file without the byte-order mark Windows editors put first (JSON.parse and the CoNLL columns reject it). */
function readUtf8(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A JSON file, with a reader's words for what went wrong (no such file, not JSON), never a raw errno. */
function readJson(file: string): unknown {
  let text: string;
  try {
    text = readUtf8(file);
  } catch (e) {
    throw new Error(describeFsError(e));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
}
