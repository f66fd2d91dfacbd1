#!/usr/bin/env node
// Validates every resource file (src/resources/{ar,en}/*.yaml, kb/entities.yaml) with the zod
// schemas and writes them as dist/resources/data.json, which the compiled loader reads at start-up.
// ar/ and en/ must hold the same file names (the resources are kept symmetric).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { LANGS, parseKb, parseResource } from '../dist/resources/index.js';
import { ResourceSchemas } from '../dist/resources/schema.js';

const root = new URL('../src/resources/', import.meta.url);
const expected = Object.keys(ResourceSchemas).map((n) => `${n}.yaml`).sort();
const langs = {};
try {
  for (const lang of LANGS) {
    const have = readdirSync(new URL(`${lang}/`, root)).filter((f) => f.endsWith('.yaml')).sort();
    if (JSON.stringify(have) !== JSON.stringify(expected)) {
      throw new Error(`resources/${lang}: expected exactly ${expected.join(', ')}; found ${have.join(', ')}`);
    }
    langs[lang] = Object.fromEntries(
      Object.keys(ResourceSchemas).map((name) => [
        name,
        parseResource(name, readFileSync(new URL(`${lang}/${name}.yaml`, root), 'utf8'), `${lang}/${name}.yaml`),
      ]),
    );
  }
  const kb = parseKb(readFileSync(new URL('kb/entities.yaml', root), 'utf8'), 'kb/entities.yaml');
  writeFileSync(new URL('../dist/resources/data.json', import.meta.url), JSON.stringify({ langs, kb }));
  console.log(`resources: ${LANGS.length} languages × ${expected.length} files, ${kb.length} knowledge-base entries`);
} catch (e) {
  console.error(`resources: ${e.message}`);
  process.exit(1);
}
