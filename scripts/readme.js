#!/usr/bin/env node
// The parts of README.md that are generated, so they cannot drift: the options tables (from the commander
// program itself: the same words as --help) and the knowledge base's counts (from the build). Each part
// sits between <!-- generated:NAME --> and <!-- /generated:NAME -->. `node scripts/readme.js` rewrites
// them; a test fails when the committed README differs from what this would write.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = new URL('../', import.meta.url);

function cell(s) {
  return s.replace(/\|/g, '\\|');
}

/** One markdown table of a command's options, as commander knows them. */
function optionsTable(cmd) {
  const rows = ['| option | meaning |', '| --- | --- |'];
  for (const o of cmd.options) {
    if (o.long === '--version') continue;
    const arg = o.argChoices ? o.argChoices.join('|') : (/<([^>]+)>/.exec(o.flags)?.[1] ?? '').toUpperCase();
    const flags = o.flags.replace(/ ?<[^>]+>/, '');
    const extra = o.defaultValue !== undefined && o.defaultValue !== false ? ` (default ${o.defaultValue})` : '';
    rows.push(`| \`${cell(`${flags}${arg ? ` ${arg}` : ''}`)}\` | ${cell(o.description)}${extra} |`);
  }
  return rows.join('\n');
}

/** The generated parts, by name. */
export async function generatedSections() {
  const { buildProgram } = await import('../dist/cli/main.js');
  const program = buildProgram(() => undefined);
  const sub = (name) => program.commands.find((c) => c.name() === name);
  const kbDir = new URL('src/resources/kb/', ROOT);
  const files = readdirSync(kbDir).filter((f) => f.endsWith('.yaml')).sort();
  const perFile = files.map((f) => ({ file: f, entities: parse(readFileSync(new URL(f, kbDir), 'utf8')).entities }));
  const all = perFile.flatMap((x) => x.entities);
  const byType = {};
  for (const e of all) byType[e.type] = (byType[e.type] ?? 0) + 1;
  const n = (x) => x.toLocaleString('en-US');
  const kb = [
    `${n(all.length)} entries: ${Object.entries(byType).sort().map(([t, c]) => `${n(c)} ${t.replace('_', ' ')}`).join(', ')}.`,
    '',
    '| file | entries |',
    '| --- | --- |',
    ...perFile.map((x) => `| \`src/resources/kb/${x.file}\` | ${n(x.entities.length)} |`),
  ].join('\n');
  return {
    options: optionsTable(program),
    'check-options': optionsTable(sub('check')),
    'eval-options': optionsTable(sub('eval')),
    'kb-count': kb,
  };
}

/** README text with every generated part replaced. */
export async function renderReadme(text) {
  const sections = await generatedSections();
  let out = text;
  for (const [name, body] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- generated:${name} -->\\n)(?:[^]*?\\n)?(<!-- /generated:${name} -->)`);
    if (!re.test(out)) throw new Error(`README.md has no <!-- generated:${name} --> section`);
    out = out.replace(re, (_, a, b) => `${a}${body}\n${b}`);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = new URL('README.md', ROOT);
  const before = readFileSync(file, 'utf8');
  const after = await renderReadme(before);
  if (after !== before) writeFileSync(file, after);
  console.log(after === before ? 'README.md: generated parts up to date' : 'README.md: generated parts rewritten');
}
