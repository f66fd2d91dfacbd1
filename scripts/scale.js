#!/usr/bin/env node
// Scale run: `node scripts/scale.js [MB] [jobs]` writes a folder of MB megabytes of articles (the
// fixtures' articles, each copy numbered so none is a duplicate) under the system temp directory,
// runs the real CLI over it with NDJSON to /dev/null, and prints the time, throughput and the peak
// resident memory of the whole process tree. Memory that stays flat from 100 MB to 1 GB is the point.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const mb = Number(process.argv[2] ?? 100);
const jobs = process.argv[3] ?? '2';
const dir = mkdtempSync(join(tmpdir(), 'extract-scale-'));
const articles = readdirSync(join(root, 'fixtures', 'articles'))
  .filter((f) => f.endsWith('.txt') && !f.includes('1256'))
  .map((f) => readFileSync(join(root, 'fixtures', 'articles', f), 'utf8'));
let bytes = 0;
let n = 0;
while (bytes < mb * 1e6) {
  const sub = join(dir, String(Math.floor(n / 1000)).padStart(4, '0'));
  if (n % 1000 === 0) mkdirSync(sub);
  // a few articles per file (news pages of 5-20 KB), numbered so none repeats another
  const body = Array.from({ length: 6 }, (_, k) => articles[(n + k) % articles.length]).join('\n\n') + `\n\nItem ${n}.\n`;
  writeFileSync(join(sub, `a${n}.txt`), body);
  bytes += Buffer.byteLength(body);
  n++;
}
console.log(`${n} files, ${(bytes / 1e6).toFixed(0)} MB in ${dir}`);

const t0 = Date.now();
const out = openSync('/dev/null', 'w');
const child = spawn(process.execPath, [join(root, 'bin', 'extract.js'), dir, '--format', 'ndjson', '--jobs', jobs], { stdio: ['ignore', out, 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
let peak = 0;
const samples = [];
const sample = setInterval(() => {
  // resident memory of the CLI and its worker threads (one process) plus any children
  try {
    const ps = execFileSync('ps', ['-o', 'rss=', '--ppid', String(child.pid), '-p', String(child.pid)], { encoding: 'utf8' });
    const kb = ps.split('\n').filter(Boolean).reduce((s, x) => s + Number(x), 0);
    peak = Math.max(peak, kb);
    samples.push([Math.round((Date.now() - t0) / 1000), Math.round(kb / 1024)]);
  } catch {
    /* the process has ended */
  }
}, 1000);
child.on('exit', (code) => {
  clearInterval(sample);
  const s = (Date.now() - t0) / 1000;
  const every = Math.max(1, Math.floor(samples.length / 10));
  console.log(`exit ${code}; ${s.toFixed(0)} s; ${(bytes / 1e6 / s).toFixed(2)} MB/s with --jobs ${jobs}; peak RSS ${(peak / 1024).toFixed(0)} MB`);
  console.log(`RSS over time (s: MB): ${samples.filter((_, i) => i % every === 0).map(([t, m]) => `${t}: ${m}`).join(', ')}`);
  if (stderr.trim()) console.log(`stderr (first lines):\n${stderr.split('\n').slice(0, 5).join('\n')}`);
  rmSync(dir, { recursive: true, force: true });
});
