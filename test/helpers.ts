/** Shared test helpers: paths, the real binary, and span checks. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'extract.js');
export const SHARED = join(ROOT, '..', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const FIXTURES = join(ROOT, 'fixtures');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `extract` binary. */
export function extract(args: string[], opts: { input?: string | Buffer; cwd?: string; timeout?: number } = {}): Run {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    timeout: opts.timeout ?? 60000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** SPEC: offsets count code points of the source; the text must slice back. */
export function slice(source: string, start: number, end: number): string {
  return Array.from(source).slice(start, end).join('');
}
