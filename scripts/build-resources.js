#!/usr/bin/env node
// Checks every resource file (src/resources/{ar,en}/*.yaml, kb/entities.yaml) with the zod schemas and
// writes them as dist/resources/data.json, which the compiled loader reads at start-up. ar/ and en/
// must hold the same file names (the resources are kept symmetric).
import { writeFileSync } from 'node:fs';
import { compileResources } from '../dist/resources/compile.js';

try {
  const data = compileResources(new URL('../src/resources/', import.meta.url), ['ar', 'en']);
  writeFileSync(new URL('../dist/resources/data.json', import.meta.url), JSON.stringify(data));
  const files = Object.keys(data.langs.ar).length;
  console.log(`resources: 2 languages × ${files} files, ${data.kb.length} knowledge-base entries`);
} catch (e) {
  console.error(`resources: ${e.message}`);
  process.exit(1);
}
