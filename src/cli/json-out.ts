/**
 * JSON in pieces: the same text as JSON.stringify(value, null, 2) (or with no indent), produced piece by
 * piece, so a record of any size is written without one giant string. What stands four levels down
 * (a mention of an entity) is small and goes to JSON.stringify whole.
 */

const WHOLE_BELOW = 4;

function* emit(v: unknown, indent: string, pretty: boolean, depth: number): Generator<string> {
  if (typeof v !== 'object' || v === null || depth >= WHOLE_BELOW || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    const s = JSON.stringify(v, null, pretty ? 2 : undefined);
    // a nested value's own lines take the indent of where it stands
    yield s === undefined ? 'null' : pretty && indent ? s.replace(/\n/g, `\n${indent}`) : s;
    return;
  }
  const inner = pretty ? `${indent}  ` : '';
  const nl = pretty ? `\n${inner}` : '';
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield (i ? ',' : '') + nl;
      const item = v[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* emit(item, inner, pretty, depth + 1);
    }
    yield pretty ? `\n${indent}]` : ']';
    return;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(
    ([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol',
  );
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [k, x] = entries[i];
    yield `${i ? ',' : ''}${nl}${JSON.stringify(k)}:${pretty ? ' ' : ''}`;
    yield* emit(x, inner, pretty, depth + 1);
  }
  yield pretty ? `\n${indent}}` : '}';
}

/** Values whose text is estimated below this many characters are stringified at once (one native call, no pieces). */
const AT_ONCE = 1 << 21;

/**
 * Whether a value's JSON text is likely under `budget` characters: its strings' lengths and a few characters per
 * key and item, counted in a walk that stops once the budget is spent (no text is made).
 */
function smallerThan(v: unknown, budget: number): boolean {
  let left = budget;
  const walk = (x: unknown): boolean => {
    if (typeof x === 'string') left -= x.length + 2;
    else if (typeof x === 'object' && x !== null) {
      if (Array.isArray(x)) {
        left -= 2 + x.length;
        for (let i = 0; i < x.length && left > 0; i++) if (!walk(x[i])) return false;
      } else {
        for (const k in x) {
          left -= k.length + 8;
          if (left <= 0 || !walk((x as Record<string, unknown>)[k])) return false;
        }
      }
    } else left -= 24;
    return left > 0;
  };
  return walk(v);
}

/** JSON text in pieces of about `size` characters; joined, they equal JSON.stringify(value, null, pretty ? 2 : undefined). */
export function* jsonChunks(value: unknown, pretty: boolean, size = 1 << 16, indent = ''): Generator<string> {
  // (an ordinary record is one string at once; the pieces are for records of many megabytes)
  if (typeof value === 'object' && value !== null && smallerThan(value, AT_ONCE)) {
    const s = JSON.stringify(value, null, pretty ? 2 : undefined);
    yield pretty && indent ? s.replace(/\n/g, `\n${indent}`) : s;
    return;
  }
  let buf = '';
  for (const piece of emit(value, indent, pretty, 0)) {
    buf += piece;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
