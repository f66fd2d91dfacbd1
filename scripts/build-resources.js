#!/usr/bin/env node
// Checks every resource file (src/resources/{ar,en}/*.yaml, kb/entities.yaml) with the zod schemas and
// writes them as dist/resources/data.json, which the compiled loader reads at start-up (and language id's
// Latin word table as dist/resources/latin.json, read when first needed). ar/ and en/
// must hold the same file names (the resources are kept symmetric).
import { writeFileSync } from 'node:fs';
import { compileResources, compileRomanizeSource } from '../dist/resources/compile.js';
import { compileLexicon, keptFor } from '../dist/lexicon/compile.js';

try {
  const data = compileResources(new URL('../src/resources/', import.meta.url), ['ar', 'en']);
  const { latin, ...rest } = data;
  // (without each entry's source, a note for the reader of the YAML that no rule reads: a seventh of the file, which
  // every run reads and parses at start-up)
  const kb = rest.kb.map(({ source, ...e }) => e);
  writeFileSync(new URL('../dist/resources/data.json', import.meta.url), JSON.stringify({ ...rest, kb }));
  // language id's Latin word table is read only when a Latin-script text first needs it
  writeFileSync(new URL('../dist/resources/latin.json', import.meta.url), JSON.stringify(latin));
  // the lists that romanize a foreign person's Arabic name (romanize.yaml, the resources, the knowledge base's
  // people), sorted for the search, read when a name is first romanized
  const { romanizeLists, romanizeData } = await import('../dist/link/romanize.js');
  const lists = romanizeLists(compileRomanizeSource(new URL('../src/resources/', import.meta.url)), data.langs.en, data.langs.ar, data.kb);
  writeFileSync(new URL('../dist/resources/romanize.json', import.meta.url), JSON.stringify(romanizeData(lists)));
  // each language's lexicon (every vocabulary list and knowledge-base name, by first token), read when the
  // language is first met; cut to the categories the rules read (the others are compiled again if a rule comes to read them)
  const { readByRules } = await import('../dist/extractors/registry.js');
  for (const lang of ['ar', 'en']) {
    const lexicon = keptFor(compileLexicon(lang, data.langs[lang], data.kb), readByRules, readByRules.signature);
    writeFileSync(new URL(`../dist/resources/lexicon-${lang}.json`, import.meta.url), JSON.stringify(lexicon));
  }
  // every phrase alternation the rules build, so that start-up reads them instead of building them again
  const { recordAlternations } = await import('../dist/extractors/patterns.js');
  const recorded = recordAlternations();
  // and the Arabic spelling index of the packaged knowledge base (the Arabic extractors make it when built)
  const { recordSpellingIndex } = await import('../dist/extractors/spelling.js');
  const spelling = recordSpellingIndex();
  const { languageExtractors } = await import('../dist/extractors/registry.js');
  const { loadKb } = await import('../dist/resources/index.js');
  for (const lang of ['ar', 'en']) languageExtractors(lang, loadKb());
  writeFileSync(new URL('../dist/resources/patterns.json', import.meta.url), JSON.stringify(Object.fromEntries(recorded)));
  const index = spelling();
  if (!index) throw new Error('the Arabic extractors made no spelling index');
  writeFileSync(new URL('../dist/resources/spelling.json', import.meta.url), JSON.stringify(index));
  const files = Object.keys(data.langs.ar).length;
  console.log(`resources: 2 languages × ${files} files, ${data.kb.length} knowledge-base entries`);
} catch (e) {
  console.error(`resources: ${e.message}`);
  process.exit(1);
}
