#!/usr/bin/env node
// npm run bench: throughput (MB/s of article text), start-up time and peak memory of the real CLI,
// on ../shared/seeds and on a corpus generated from fixtures/ (article text repeated to ~20 MB).
// Prints a table; nothing here is asserted (speed is measured, not tested).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const bin = join(root, 'bin', 'extract.js');
const seeds = join(root, '..', 'shared', 'seeds');

function timeRun(args, input) {
  // /usr/bin/time gives the peak resident memory of the child
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssKb = Number((r.stderr.trim().split('\n').pop() ?? '').trim());
  if (r.status !== 0 && r.status !== 1) throw new Error(`extract ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, rssMb: Number.isFinite(rssKb) ? rssKb / 1024 : NaN };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function dirBytes(dir) {
  let n = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const st = statSync(p);
    n += st.isDirectory() ? dirBytes(p) : st.size;
  }
  return n;
}

const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
if (!hasTime) console.error('note: /usr/bin/time not found; peak memory not measured (apt-get install time)');
const run = (args, input) => (hasTime ? timeRun(args, input) : (() => {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, [bin, ...args], { input, maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, rssMb: NaN };
})());

const rows = [];
const node0 = median(Array.from({ length: 5 }, () => {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}));
rows.push(['node -e 0 (baseline)', `${node0.toFixed(0)} ms`, '', '']);
const version = median(Array.from({ length: 5 }, () => run(['--version']).ms));
const over = (ms) => `${ms.toFixed(0)} ms (node + ${(ms - node0).toFixed(0)})`;
rows.push(['start-up: extract --version', over(version), '', '']);
const one = join(root, 'fixtures', 'articles', 'ar-election-phishing.txt');
const oneRuns = Array.from({ length: 5 }, () => run([one]));
rows.push(['start-up: one Arabic article', over(median(oneRuns.map((r) => r.ms))), '', `${median(oneRuns.map((r) => r.rssMb)).toFixed(0)} MB`]);
const oneEn = join(root, 'fixtures', 'articles', 'en-ransomware-report.txt');
const oneEnRuns = Array.from({ length: 5 }, () => run([oneEn]));
rows.push(['start-up: one English article', over(median(oneEnRuns.map((r) => r.ms))), '', `${median(oneEnRuns.map((r) => r.rssMb)).toFixed(0)} MB`]);

// seeds
const seedBytes = dirBytes(seeds);
const s = run([seeds, '-f', 'ndjson']);
rows.push(['../shared/seeds (5 articles)', `${s.ms.toFixed(0)} ms`, `${(seedBytes / 1e6 / (s.ms / 1000)).toFixed(2)} MB/s (with start-up)`, `${s.rssMb.toFixed(0)} MB`]);

// generated corpus: fixtures' articles, many copies, as NDJSON and as files
const tmp = mkdtempSync(join(tmpdir(), 'extract-bench-'));
const texts = [];
for (const sub of ['articles']) for (const f of readdirSync(join(root, 'fixtures', sub))) {
  const t = readFileSync(join(root, 'fixtures', sub, f));
  try { texts.push(new TextDecoder('utf-8', { fatal: true }).decode(t)); } catch { /* the windows-1256 file */ }
}
for (const f of readdirSync(seeds)) texts.push(readFileSync(join(seeds, f), 'utf8'));
const target = Number(process.env.BENCH_MB ?? 20) * 1e6;
const lines = [];
let bytes = 0;
for (let i = 0; bytes < target; i++) {
  const text = texts[i % texts.length];
  lines.push(JSON.stringify({ id: `doc-${i}`, text }));
  bytes += Buffer.byteLength(text);
}
const ndjson = join(tmp, 'corpus.ndjson');
writeFileSync(ndjson, lines.join('\n') + '\n');
const corpusMs = [];
for (const jobs of [1, 2]) {
  const c = run(['--input', 'ndjson', ndjson, '-f', 'ndjson', '--jobs', String(jobs)]);
  corpusMs.push(c.ms);
  rows.push([`generated corpus (${lines.length} articles, NDJSON), --jobs ${jobs}`, `${(c.ms / 1000).toFixed(1)} s`, `${(bytes / 1e6 / (c.ms / 1000)).toFixed(2)} MB/s`, `${c.rssMb.toFixed(0)} MB`]);
}
// (each worker compiles the hot code again, a cost per thread: the speed-up grows with the input, BENCH_MB)
rows.push(['--jobs 2 speed-up on that corpus', `${(corpusMs[0] / corpusMs[1]).toFixed(2)}x`, '', '']);

// the same corpus, English articles only (the English goal)
const english = lines.filter((l) => !/[\u0600-\u06FF]/.test(l));
const englishBytes = english.reduce((n, l) => n + Buffer.byteLength(JSON.parse(l).text), 0);
const ndjsonEn = join(tmp, 'corpus-en.ndjson');
writeFileSync(ndjsonEn, english.join('\n') + '\n');
const ce = run(['--input', 'ndjson', ndjsonEn, '-f', 'ndjson', '--jobs', '1']);
rows.push([`generated corpus, English articles only (${english.length}), --jobs 1`, `${(ce.ms / 1000).toFixed(1)} s`, `${(englishBytes / 1e6 / (ce.ms / 1000)).toFixed(2)} MB/s`, `${ce.rssMb.toFixed(0)} MB`]);

// a 1 MB line with no spaces
const big = join(tmp, 'line.txt');
writeFileSync(big, 'ا1,'.repeat(110000) + '&#'.repeat(50000) + '2,700'.repeat(40000));
const b = run([big, '-f', 'ndjson']);
rows.push(['1 MB line, no spaces', `${b.ms.toFixed(0)} ms`, '', `${b.rssMb.toFixed(0)} MB`]);
rmSync(tmp, { recursive: true, force: true });

const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['what', 'time', 'throughput', 'peak RSS'][i].length));
const line = (r) => `| ${r.map((x, i) => x.padEnd(w[i])).join(' | ')} |`;
console.log(line(['what', 'time', 'throughput', 'peak RSS']));
console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}; one process, one core. The peers follow (scripts/peers.js).`);
