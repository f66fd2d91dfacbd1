/**
 * A YAML emitter for records: block mappings and sequences of plain data (strings, numbers, booleans,
 * null). Strings are plain scalars when that is unambiguous, otherwise JSON-quoted (a JSON string is a
 * valid YAML double-quoted scalar). Small and fast, so the default output does not load a YAML library;
 * a test parses its output back with the `yaml` package over arbitrary records.
 */

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const RESERVED = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<)$/;
// anything a YAML 1.1 or 1.2 reader might take for a number ("." is a float in YAML 1.1)
const NUMBER_LIKE = /^(?:[-+.0-9eE][-+0-9_.,:eE]*|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+)$/;
// control characters, line and paragraph separators, BOM, lone surrogates, and YAML's special sequences
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uD800-\uDFFF]|: |:$| #|\s$/;

export function yamlScalar(s: string): string {
  if (s === '' || INDICATOR_START.test(s) || RESERVED.test(s) || NUMBER_LIKE.test(s) || UNSAFE.test(s)) {
    return quote(s);
  }
  return s;
}

/** JSON quoting, with the characters YAML treats specially escaped too. */
function quote(s: string): string {
  return JSON.stringify(s).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? '.inf' : v < 0 ? '-.inf' : '.nan';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return yamlScalar(String(v));
}

function isCollection(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === 'object' && v !== null;
}

/** Where the lines go: whole lines into pieces of about `size` characters; `lead`, what replaces the indentation of the next line. */
interface Sink {
  buf: string;
  pieces: string[];
  size: number;
  /** an array item's dash for the first line of the collection it holds (`- key: value`), or null */
  lead: string | null;
}

function line(s: Sink, indent: string, text: string): void {
  const prefix = s.lead ?? indent;
  s.lead = null;
  s.buf += `${prefix}${text}\n`;
  if (s.buf.length >= s.size) {
    s.pieces.push(s.buf);
    s.buf = '';
  }
}

/**
 * The lines of a value, into whole-line pieces: a record with a million mentions is written piece by piece, never built
 * as one string (V8 caps a string near 512 MB) nor spread into one call (the stack caps that). A plain recursive walk:
 * nested generators cost the default output about 6% of a run.
 */
function emit(v: unknown, indent: string, s: Sink): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      if (isCollection(item) && (Array.isArray(item) ? item.length : Object.keys(item).length)) {
        // (the item's first line starts with the dash; an item that writes no line leaves the lead as it was)
        const before = s.lead;
        s.lead = `${before ?? indent}- `;
        emit(item, `${indent}  `, s);
        if (s.lead !== null) s.lead = before;
      } else line(s, indent, `- ${isCollection(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`);
    }
    return;
  }
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    if (val === undefined) continue;
    const key = yamlScalar(k);
    if (isCollection(val)) {
      const empty = Array.isArray(val) ? val.length === 0 : Object.keys(val).length === 0;
      if (empty) line(s, indent, `${key}: ${Array.isArray(val) ? '[]' : '{}'}`);
      else {
        line(s, indent, `${key}:`);
        emit(val, `${indent}  `, s);
      }
    } else line(s, indent, `${key}: ${scalar(val)}`);
  }
}

/** One YAML document (no leading ---) in pieces of about `size` characters, each ending with a newline. */
export function* yamlChunks(value: Record<string, unknown>, size = 1 << 16): Generator<string> {
  const s: Sink = { buf: '', pieces: [], size, lead: null };
  emit(value, '', s);
  if (s.buf) s.pieces.push(s.buf);
  yield* s.pieces;
}

/** One YAML document (no leading ---), ending with a newline. */
export function toYaml(value: Record<string, unknown>): string {
  let out = '';
  for (const c of yamlChunks(value)) out += c;
  return out;
}
