#!/usr/bin/env node
// Bundles the command (dist/cli/main.js) and its worker thread (dist/cli/worker.js), each with the modules and
// packages they import, into dist/bundle/, which bin/extract.js loads: one file to read and compile instead of
// some fifty ES modules resolved one by one, which was a tenth of the start-up of a one-article run. The
// commands' lazy imports (run, validate, check, eval) stay lazy as chunks of their own. dist/bundle/ sits two
// folders below the package like dist/cli/, so the code's paths from import.meta.url (../resources/data.json,
// ../../schemas/…, ./worker.js) name the same files from either.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// (file paths, not URL paths: C:\\... on Windows)
const outdir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['main', 'worker'].map((n) => fileURLToPath(new URL(`../dist/cli/${n}.js`, import.meta.url))),
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // (commander and fast-xml-parser are CommonJS: their require() of Node's modules needs a require in an ES module)
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
