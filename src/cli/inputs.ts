/**
 * Finding the inputs: files, directories (recursive, sorted, .txt and .xml by default, --include and
 * --exclude globs), '-' for stdin. Directory loops through symbolic links are caught.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostics } from './diagnostics.js';

export type InputKind = 'text' | 'xml' | 'ndjson' | 'auto';

export interface InputFile {
  /** The path as given or found ('-' for stdin). */
  path: string;
  /** The path relative to the argument it was found under, for mirroring with -o. */
  rel: string;
}

export interface FindOptions {
  include?: string[];
  exclude?: string[];
  /** Extensions taken from directories when no --include is given. */
  extensions: string[];
}

/** A glob (*, **, ?) as a regular expression over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function matches(rel: string, globs: RegExp[]): boolean {
  const name = rel.split('/').pop() ?? rel;
  return globs.some((g) => g.test(rel) || g.test(name));
}

/**
 * Finds the inputs. Each file's `rel` is its path from the deepest directory that holds every argument
 * (`seeds/` gives `000.txt`; `a/x.txt b/x.txt` gives `a/x.txt` and `b/x.txt`), so -o mirrors the tree
 * and two inputs of the same name in different places never map to one output.
 */
export function findInputs(args: string[], opts: FindOptions, diag: Diagnostics): InputFile[] {
  const found = findRelative(args, opts, diag);
  const anchors = found.filter((f) => f.path !== '-').map((f) => f.anchor);
  if (anchors.length === 0) return found.map(({ path, rel }) => ({ path, rel }));
  const root = commonDir(anchors);
  return found.map(({ path, rel, anchor }) => ({
    path,
    rel: path === '-' ? rel : relative(root, join(anchor, rel)).split(sep).join('/') || rel,
  }));
}

/** The deepest directory containing every one of `dirs` (absolute paths). */
function commonDir(dirs: string[]): string {
  let parts = dirs[0].split(sep);
  for (const d of dirs.slice(1)) {
    const p = d.split(sep);
    let k = 0;
    while (k < parts.length && k < p.length && parts[k] === p[k]) k++;
    parts = parts.slice(0, k);
  }
  return parts.join(sep) || sep;
}

function findRelative(args: string[], opts: FindOptions, diag: Diagnostics): (InputFile & { anchor: string })[] {
  const include = (opts.include ?? []).map(globToRegExp);
  const exclude = (opts.exclude ?? []).map(globToRegExp);
  const out: (InputFile & { anchor: string })[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-', rel: 'stdin', anchor: '' });
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch (e) {
      diag.error(arg, describeFsError(e));
      continue;
    }
    if (st.isDirectory()) {
      const files: InputFile[] = [];
      walk(arg, '', new Set(), files, diag);
      files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
      for (const f of files) {
        const wanted = include.length ? matches(f.rel, include) : opts.extensions.includes(extname(f.rel).toLowerCase());
        if (wanted && !matches(f.rel, exclude)) out.push({ ...f, anchor: resolve(arg) });
      }
    } else {
      // a file named on the command line is read whatever its extension, unless excluded
      if (!matches(basename(arg), exclude)) out.push({ path: arg, rel: basename(arg), anchor: dirname(resolve(arg)) });
    }
  }
  return out;
}

function walk(root: string, rel: string, seen: Set<string>, out: InputFile[], diag: Diagnostics): void {
  const dir = rel ? join(root, rel) : root;
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    diag.error(dir, describeFsError(e));
    return;
  }
  if (seen.has(real)) {
    diag.error(dir, 'directory loop (a link back to a directory being read); not followed');
    return;
  }
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    diag.error(dir, describeFsError(e));
    seen.delete(real);
    return;
  }
  names.sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const childRel = rel ? `${rel}/${name}` : name;
    const child = join(root, childRel.split('/').join(sep));
    let st;
    try {
      st = statSync(child);
    } catch (e) {
      diag.error(child, describeFsError(e));
      continue;
    }
    if (st.isDirectory()) walk(root, childRel, seen, out, diag);
    else if (st.isFile()) out.push({ path: child, rel: childRel });
  }
  seen.delete(real);
}

export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return err.message ?? String(e);
  }
}

/** The line for a run that found nothing to read (CI must not pass on nothing): exit 1. */
export function noInputsMessage(extensions: string[], include?: string[]): string {
  const looked = include?.length ? include.join(', ') : extensions.map((e) => `*${e}`).join(', ');
  return `extract: error: no input files matched (directories are searched for ${looked}${include?.length ? '' : '; --include GLOB takes others'})\n`;
}
