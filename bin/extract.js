#!/usr/bin/env node
// The `extract` command. The code lives in dist/ (built by `npm ci` through the prepare script).
import { setFlagsFromString } from 'node:v8';

// V8 runs a new regex in its interpreter and compiles it to machine code once it is used again; the rules'
// big alternations are each used many times, so interpreting them first only adds time: one article's run
// takes ~0.15 s less with regexes compiled at once, and throughput and output are unchanged (npm run bench).
setFlagsFromString('--no-regexp-tier-up');
// V8 lets the old generation grow to up to four times what a full collection kept before collecting again;
// a document's garbage is dropped as soon as its record is written, so half again is room enough: peak memory
// ~320 -> ~220 MB on 10 MB of news (a 10 MB article ~890 -> ~650 MB) at the same speed. A growth limit, not a
// cap: a huge article still gets the memory it needs.
setFlagsFromString('--heap-growing-percent=50');
import('../dist/cli/main.js').then(
  (m) => m.main(process.argv),
  (e) => {
    process.stderr.write(`extract: cannot load dist/ (run 'npm run build'): ${e.message}\n`);
    process.exitCode = 1;
  },
);
