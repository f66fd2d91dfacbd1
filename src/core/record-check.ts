/**
 * The check every record passes before it is written, without zod (whose import alone costs ~110 ms of
 * start-up). It reads the record's JSON Schema (schemas/news-record.schema.json, generated from the zod
 * schema in record.ts, and a test keeps the two the same), compiles it once into small closures, and adds
 * what a JSON Schema cannot say: a span's end is not before its start, an entity a quote or an attribution
 * names is in the record, and, with the text in the record, every span slices back to it. `extract
 * validate` still uses the zod schema, for its messages; a test holds both to the same verdicts.
 */
import { readFileSync } from 'node:fs';
import { codePointLength } from './clean.js';

export const SCHEMA_ID = 'news-record/1';

type TypeName = 'object' | 'array' | 'string' | 'number' | 'integer' | 'null' | 'boolean';

/** The JSON Schema keywords the record's schema uses. */
interface Schema {
  type?: TypeName | TypeName[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  anyOf?: Schema[];
  const?: unknown;
  enum?: unknown[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  minLength?: number;
  pattern?: string;
}

export interface RecordIssue {
  path: (string | number)[];
  message: string;
}

/** Returns the first problem found, or null. `path` is the value's place, for the message. */
type Check = (v: unknown, path: (string | number)[]) => RecordIssue | null;

const KNOWN = new Set(['$schema', '$id', 'title', 'type', 'properties', 'required', 'additionalProperties', 'anyOf', 'const', 'enum', 'items', 'minimum', 'maximum', 'minItems', 'minLength', 'pattern']);

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** Runs a check on a value one step down the path (an item's index, a field's name). */
function under(path: (string | number)[], step: string | number, check: Check, value: unknown): RecordIssue | null {
  path.push(step);
  const bad = check(value, path);
  path.pop();
  return bad;
}

/** Compiles a schema into a check; a keyword it does not know is an error here, not a check skipped. */
export function compileSchema(s: Schema): Check {
  for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`record schema: keyword '${k}' is not supported by the record check`);
  if (Array.isArray(s.type)) {
    // (several types: the value is one of them, with the other keywords)
    const alts = s.type.map((t) => compileSchema({ ...s, type: t }));
    return (v, path) => {
      let first: RecordIssue | null = null;
      for (const c of alts) {
        const bad = c(v, path);
        if (!bad) return null;
        first ??= bad;
      }
      return first;
    };
  }
  const checks: Check[] = [];
  const fail = (path: (string | number)[], message: string): RecordIssue => ({ path: [...path], message });
  if (s.anyOf) {
    const alts = s.anyOf.map(compileSchema);
    checks.push((v, path) => (alts.some((c) => c(v, path) === null) ? null : fail(path, 'matches none of the allowed forms')));
  }
  if (s.const !== undefined) checks.push((v, path) => (v === s.const ? null : fail(path, `must be ${JSON.stringify(s.const)}`)));
  if (s.enum) {
    const allowed = new Set(s.enum);
    checks.push((v, path) => (allowed.has(v) ? null : fail(path, `must be one of ${s.enum!.map((e) => JSON.stringify(e)).join(', ')}`)));
  }
  switch (s.type) {
    case undefined:
      break;
    case 'string': {
      const re = s.pattern !== undefined ? new RegExp(s.pattern, 'u') : null;
      const min = s.minLength;
      checks.push((v, path) => {
        if (typeof v !== 'string') return fail(path, `expected a string, got ${typeName(v)}`);
        if (min !== undefined && [...v].length < min) return fail(path, `must have at least ${min} character${min === 1 ? '' : 's'}`);
        if (re && !re.test(v)) return fail(path, `does not match ${s.pattern}`);
        return null;
      });
      break;
    }
    case 'number':
    case 'integer': {
      const int = s.type === 'integer';
      checks.push((v, path) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return fail(path, `expected a finite number, got ${typeName(v)}`);
        if (int && !Number.isInteger(v)) return fail(path, 'expected an integer');
        if (s.minimum !== undefined && v < s.minimum) return fail(path, `must be at least ${s.minimum}`);
        if (s.maximum !== undefined && v > s.maximum) return fail(path, `must be at most ${s.maximum}`);
        return null;
      });
      break;
    }
    case 'null':
      checks.push((v, path) => (v === null ? null : fail(path, `expected null, got ${typeName(v)}`)));
      break;
    case 'boolean':
      checks.push((v, path) => (typeof v === 'boolean' ? null : fail(path, `expected a boolean, got ${typeName(v)}`)));
      break;
    case 'array': {
      const item = s.items ? compileSchema(s.items) : null;
      checks.push((v, path) => {
        if (!Array.isArray(v)) return fail(path, `expected an array, got ${typeName(v)}`);
        if (s.minItems !== undefined && v.length < s.minItems) return fail(path, `must have at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`);
        if (item) {
          for (let i = 0; i < v.length; i++) {
            const bad = under(path, i, item, v[i]);
            if (bad) return bad;
          }
        }
        return null;
      });
      break;
    }
    case 'object': {
      const props = Object.entries(s.properties ?? {}).map(([k, p]) => [k, compileSchema(p)] as const);
      const known = new Set(props.map(([k]) => k));
      const required = s.required ?? [];
      const closed = s.additionalProperties === false;
      checks.push((v, path) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, `expected an object, got ${typeName(v)}`);
        const o = v as Record<string, unknown>;
        for (const k of required) if (o[k] === undefined) return fail([...path, k], 'is required');
        if (closed) for (const k of Object.keys(o)) if (!known.has(k) && o[k] !== undefined) return fail([...path, k], 'is not a field of this object');
        for (const [k, c] of props) {
          const bad = o[k] === undefined ? null : under(path, k, c, o[k]);
          if (bad) return bad;
        }
        return null;
      });
      break;
    }
    default:
      throw new Error(`record schema: type '${String(s.type)}' is not supported by the record check`);
  }
  return (v, path) => {
    for (const c of checks) {
      const bad = c(v, path);
      if (bad) return bad;
    }
    return null;
  };
}

interface SpanLike {
  text: string;
  start: number;
  end: number;
}
interface RecordLike {
  text?: string;
  entities: { id: string; mentions: SpanLike[] }[];
  dates: SpanLike[];
  figures: SpanLike[];
  quotes: (SpanLike & { speaker: string | null })[];
  attributions: { actor: string | null; attributed_to: string | null; claimed_by: string | null; evidence: SpanLike }[];
}

/** Every span of a record with its place, in record order, until `visit` returns a problem. */
function eachSpan(r: RecordLike, visit: (s: SpanLike, path: () => (string | number)[]) => RecordIssue | null): RecordIssue | null {
  let bad: RecordIssue | null = null;
  // (the place is built only for a span that has a problem)
  for (let i = 0; i < r.entities.length && !bad; i++) {
    const ms = r.entities[i].mentions;
    for (let j = 0; j < ms.length && !bad; j++) bad = visit(ms[j], () => ['entities', i, 'mentions', j]);
  }
  for (let i = 0; i < r.dates.length && !bad; i++) bad = visit(r.dates[i], () => ['dates', i]);
  for (let i = 0; i < r.figures.length && !bad; i++) bad = visit(r.figures[i], () => ['figures', i]);
  for (let i = 0; i < r.quotes.length && !bad; i++) bad = visit(r.quotes[i], () => ['quotes', i]);
  for (let i = 0; i < r.attributions.length && !bad; i++) bad = visit(r.attributions[i].evidence, () => ['attributions', i, 'evidence']);
  return bad;
}

/** What the zod schema's refinements add: spans in order, entity references, spans against the text. */
function semanticIssue(r: RecordLike): RecordIssue | null {
  const order = eachSpan(r, (s, path) => (s.end < s.start ? { path: [...path(), 'end'], message: 'end is before start' } : null));
  if (order) return order;
  const ids = new Set(r.entities.map((e) => e.id));
  const ref = (id: string | null, path: (string | number)[]): RecordIssue | null => (id !== null && !ids.has(id) ? { path, message: `no entity ${id} in this record` } : null);
  for (let i = 0; i < r.quotes.length; i++) {
    const bad = ref(r.quotes[i].speaker, ['quotes', i, 'speaker']);
    if (bad) return bad;
  }
  for (let i = 0; i < r.attributions.length; i++) {
    const a = r.attributions[i];
    const bad = ref(a.actor, ['attributions', i, 'actor']) ?? ref(a.attributed_to, ['attributions', i, 'attributed_to']) ?? ref(a.claimed_by, ['attributions', i, 'claimed_by']);
    if (bad) return bad;
  }
  if (r.text !== undefined) {
    const cps = Array.from(r.text);
    return eachSpan(r, (s, path) => (cps.slice(s.start, s.end).join('') !== s.text ? { path: [...path(), 'text'], message: `text does not match the source at ${s.start}-${s.end}` } : null));
  }
  return null;
}

/**
 * The same schema as one generated function that only says whether a value is valid: no closures per keyword,
 * no path kept, nothing allocated. The pipeline runs it on every record; the closures of `compileSchema` run
 * only on a record it refuses, to say where and why (a test holds the two to the same verdicts).
 */
export function compileValidator(root: Schema): (v: unknown) => boolean {
  const consts: unknown[] = [];
  const ref = (x: unknown) => `k[${consts.push(x) - 1}]`;
  const fns: string[] = [];
  // one function per schema node: `function fN(v) { ...; return true; }`
  const gen = (s: Schema): string => {
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`record schema: keyword '${k}' is not supported by the record check`);
    const name = `f${fns.length}`;
    fns.push('');
    const body: string[] = [];
    if (Array.isArray(s.type)) {
      const alts = s.type.map((t) => gen({ ...s, type: t }));
      body.push(`if (!(${alts.map((a) => `${a}(v)`).join(' || ')})) return false;`);
    } else {
      if (s.anyOf) body.push(`if (!(${s.anyOf.map((a) => `${gen(a)}(v)`).join(' || ')})) return false;`);
      if (s.const !== undefined) body.push(`if (v !== ${ref(s.const)}) return false;`);
      if (s.enum) body.push(`if (!${ref(new Set(s.enum))}.has(v)) return false;`);
      switch (s.type) {
        case undefined:
          break;
        case 'string':
          body.push(`if (typeof v !== 'string') return false;`);
          if (s.minLength !== undefined) body.push(`if (v.length < ${2 * s.minLength} && ${ref(codePointLength)}(v) < ${s.minLength}) return false;`);
          if (s.pattern !== undefined) body.push(`if (!${ref(new RegExp(s.pattern, 'u'))}.test(v)) return false;`);
          break;
        case 'number':
        case 'integer':
          body.push(`if (typeof v !== 'number' || !Number.isFinite(v)) return false;`);
          if (s.type === 'integer') body.push(`if (!Number.isInteger(v)) return false;`);
          if (s.minimum !== undefined) body.push(`if (v < ${s.minimum}) return false;`);
          if (s.maximum !== undefined) body.push(`if (v > ${s.maximum}) return false;`);
          break;
        case 'null':
          body.push(`if (v !== null) return false;`);
          break;
        case 'boolean':
          body.push(`if (typeof v !== 'boolean') return false;`);
          break;
        case 'array': {
          body.push(`if (!Array.isArray(v)) return false;`);
          if (s.minItems !== undefined) body.push(`if (v.length < ${s.minItems}) return false;`);
          if (s.items) body.push(`for (let i = 0; i < v.length; i++) if (!${gen(s.items)}(v[i])) return false;`);
          break;
        }
        case 'object': {
          body.push(`if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;`);
          const props = Object.entries(s.properties ?? {});
          for (const k of s.required ?? []) body.push(`if (v[${JSON.stringify(k)}] === undefined) return false;`);
          if (s.additionalProperties === false) {
            body.push(`for (const key in v) if (!${ref(new Set(props.map(([k]) => k)))}.has(key) && Object.hasOwn(v, key) && v[key] !== undefined) return false;`);
          }
          for (const [k, p] of props) body.push(`{ const x = v[${JSON.stringify(k)}]; if (x !== undefined && !${gen(p)}(x)) return false; }`);
          break;
        }
        default:
          throw new Error(`record schema: type '${String(s.type)}' is not supported by the record check`);
      }
    }
    fns[Number(name.slice(1))] = `function ${name}(v) {\n  ${body.join('\n  ')}\n  return true;\n}`;
    return name;
  };
  const top = gen(root);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is generated from the packaged schema only
  return new Function('k', `'use strict';\n${fns.join('\n')}\nreturn ${top};`)(consts) as (v: unknown) => boolean;
}

let compiled: { valid: (v: unknown) => boolean; check: Check } | null = null;
/** The record's check, compiled from schemas/news-record.schema.json on first use. */
function recordCheck(): { valid: (v: unknown) => boolean; check: Check } {
  if (!compiled) {
    // (src/core or dist/core: the schema is in the package's schemas/)
    const schema = JSON.parse(readFileSync(new URL('../../schemas/news-record.schema.json', import.meta.url), 'utf8')) as Schema;
    const check = compileSchema(schema);
    let valid: (v: unknown) => boolean;
    try {
      valid = compileValidator(schema);
    } catch (e) {
      // (node --disallow-code-generation-from-strings forbids the generated function: the closures check alone)
      if (!(e instanceof EvalError)) throw e;
      valid = (v) => check(v, []) === null;
    }
    compiled = { valid, check };
  }
  return compiled;
}

/** The first problem of a record, or null when it is valid. */
export function checkRecord(record: unknown): RecordIssue | null {
  const { valid, check } = recordCheck();
  return (valid(record) ? null : check(record, [])) ?? semanticIssue(record as RecordLike);
}
