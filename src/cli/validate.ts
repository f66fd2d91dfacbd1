/**
 * `extract validate`: records in YAML (one or a stream), JSON (a record or an array) or NDJSON,
 * checked against the schema. Every problem is one line `file:line:col: message`; exit 1 if any.
 * Parsing is bounded: YAML aliases are capped (a "billion laughs" file is an error, not a hang).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { LineCounter, parseAllDocuments, isNode, type Document } from 'yaml';
import { NewsRecordSchema } from '../core/record.js';
import { append } from '../core/arrays.js';
import { Diagnostics, displayPath } from './diagnostics.js';
import { describeFsError, findInputs, noInputsMessage } from './inputs.js';
import { readStdin } from './read.js';

export const RECORD_EXTENSIONS = ['.yaml', '.yml', '.json', '.ndjson', '.jsonl'];
const MAX_ALIASES = 100;

interface Problem {
  line: number;
  col: number;
  message: string;
}

async function readText(path: string): Promise<string> {
  return path === '-' ? (await readStdin()).toString('utf8') : readFileSync(path, 'utf8');
}

/** Where a path inside a parsed document is; falls back to the nearest ancestor that exists. */
function positionOf(doc: Document, lc: LineCounter, path: (string | number)[], base: { line: number; col: number }): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const p = lc.linePos(node.range[0]);
      return { line: base.line + p.line - 1, col: p.line === 1 ? base.col + p.col - 1 : p.col };
    }
  }
  return base;
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** Validates the records in one text (YAML stream or JSON), `base` being where the text starts. */
export function validateText(text: string, base = { line: 1, col: 1 }, ndjsonLine = false): { problems: Problem[]; records: number } {
  const problems: Problem[] = [];
  let records = 0;
  const lc = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
  } catch (e) {
    return { problems: [{ ...base, message: `cannot parse: ${(e as Error).message}` }], records };
  }
  if (!Array.isArray(docs)) docs = [docs];
  for (const doc of docs) {
    if (doc.errors.length) {
      // the first error is the problem; what follows it in the same document is its echo
      const err = doc.errors[0];
      const p = err.linePos?.[0] ?? lc.linePos(err.pos[0]);
      problems.push({ line: base.line + p.line - 1, col: p.line === 1 ? base.col + p.col - 1 : p.col, message: `syntax: ${err.message.split('\n')[0]}` });
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
      const p = positionOf(doc, lc, [], base);
      problems.push({ ...p, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    if (data === null || data === undefined) continue; // an empty document in a stream
    const list: [unknown, (string | number)[]][] = Array.isArray(data) && !ndjsonLine ? data.map((d, i) => [d, [i]]) : [[data, []]];
    for (const [rec, prefix] of list) {
      records++;
      const r = NewsRecordSchema.safeParse(rec);
      if (r.success) continue;
      for (const issue of r.error.issues) {
        const path = [...prefix, ...(issue.path as (string | number)[])];
        const p = positionOf(doc, lc, path, base);
        const where = formatPath(issue.path);
        problems.push({ ...p, message: `${where ? `${where}: ` : ''}${issue.message}` });
      }
    }
  }
  return { problems, records };
}

/**
 * NDJSON whatever the file is called (standard input has no name): two or more non-empty lines, the
 * first a whole JSON object. A JSON array or a pretty-printed record spans lines and fails that test; a
 * YAML stream starts with a key or ---.
 */
export function looksLikeNdjsonRecords(text: string): boolean {
  const lines: string[] = [];
  let at = 0;
  while (lines.length < 2 && at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trim();
    at = end + 1;
    if (line) lines.push(line);
  }
  if (lines.length < 2 || !lines.every((l) => l.startsWith('{'))) return false;
  try {
    const v = JSON.parse(lines[0]) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

export async function validate(paths: string[]): Promise<number> {
  const diag = new Diagnostics();
  const files = findInputs(paths, { extensions: RECORD_EXTENSIONS }, diag);
  if (files.length === 0) {
    process.stderr.write(noInputsMessage(RECORD_EXTENSIONS).replace('; --include GLOB takes others', ''));
    return 1;
  }
  let records = 0;
  let problems = 0;
  for (const f of files) {
    const name = displayPath(f.path);
    let text: string;
    try {
      text = await readText(f.path);
    } catch (e) {
      diag.error(name, describeFsError(e));
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const ext = extname(f.path).toLowerCase();
    const found: Problem[] = [];
    if (ext === '.ndjson' || ext === '.jsonl' || (ext !== '.yaml' && ext !== '.yml' && looksLikeNdjsonRecords(text))) {
      text.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        const r = validateText(line, { line: i + 1, col: 1 }, true);
        records += r.records;
        append(found, r.problems);
      });
    } else {
      const r = validateText(text);
      records += r.records;
      append(found, r.problems);
      if (r.records === 0 && r.problems.length === 0) found.push({ line: 1, col: 1, message: 'no record in this file' });
    }
    for (const p of found) process.stdout.write(`${name}:${p.line}:${p.col}: ${p.message}\n`);
    problems += found.length;
  }
  process.stderr.write(`validate: ${records} record${records === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}\n`);
  return problems > 0 || diag.errors > 0 ? 1 : 0;
}
