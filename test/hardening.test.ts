/**
 * What a new user runs into (issue 15), item by item: each test failed before its fix. CLI tests run the
 * real binary; the progress display is tested on a real pseudo-terminal (test/pty-run.py).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewsRecord } from '../src/core/record.js';
import { extractText } from '../src/core/pipeline.js';
import { loadFranc } from '../src/core/language.js';
import { parseFeed } from '../src/core/feeds.js';
import { missingShared } from './global-setup.js';
import { BIN, FIXTURES, ROOT, extract, slice } from './helpers.js';

let tmp: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'extract-hardening-'));
  await loadFranc();
});

const ndjson = (out: string): NewsRecord[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as NewsRecord);

describe('1. short English text is English', () => {
  const headlines = ['Ransomware gang demands $5 million', 'Russia denies hacking claims', 'Data breach hits 2 million customers', 'Hackers stole 9 GB yesterday.'];

  it('a headline on stdin is read as English and its figures are found', () => {
    const r = extract(['-', '-f', 'ndjson'], { input: 'Ransomware gang demands $5 million\n' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('has no extraction rules');
    const [rec] = ndjson(r.stdout);
    expect(rec.language.code).toBe('en');
    expect(rec.figures.map((f) => [f.text, f.value, f.unit])).toEqual([['$5 million', 5000000, 'USD']]);
  });

  it('headlines and one-sentence items in a batch are English, in the library too', () => {
    for (const h of headlines) expect(extractText(h).language.code, h).toBe('en');
    expect(extractText('Hackers stole 9 GB yesterday.').figures[0]).toMatchObject({ text: '9 GB', value: 9, unit: 'GB' });
    const r = extract(['-', '-f', 'ndjson'], { input: headlines.map((text, i) => JSON.stringify({ id: `h${i}`, text })).join('\n') });
    expect(ndjson(r.stdout).map((x) => x.language.code)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('real French, German and Spanish headlines are not taken for English', () => {
    expect(extractText('La Russie dément les accusations de piratage').language.code).toBe('fr');
    expect(extractText('Die Regierung will die Angriffe untersuchen').language.code).toBe('de');
    expect(extractText('Hackers roban datos de millones de clientes').language.code).toBe('es');
  });

  it('--lang and lang force the language', () => {
    const fr = 'Le gouvernement a annoncé 300 arrestations';
    expect(extractText(fr).language.code).toBe('fr');
    expect(extractText(fr, { lang: 'en' }).language).toEqual({ code: 'en', confidence: 1 });
    const r = extract(['-', '--lang', 'en', '-f', 'ndjson'], { input: fr });
    expect(ndjson(r.stdout)[0].language.code).toBe('en');
    const bad = extract(['-', '--lang', 'xx'], { input: 'x' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--lang/);
  });
});

// (2. large inputs: test/hardening-large.test.ts, a file of its own so that the runner runs it beside this one)

const hasPython = spawnSync('python3', ['--version']).status === 0;
/** Runs extract on a real pseudo-terminal; what the terminal received, and the exit code. */
function onTerminal(args: string[], opts: { signal?: string; after?: string; stdoutFile?: string } = {}): { status: number; output: string } {
  const pre = [
    ...(opts.signal ? ['--signal', opts.signal, '--after', opts.after ?? '['] : []),
    ...(opts.stdoutFile ? ['--stdout-file', opts.stdoutFile] : []),
  ];
  const out = execFileSync('python3', [join(ROOT, 'test', 'pty-run.py'), ...pre, '--', process.execPath, BIN, ...args], { encoding: 'utf8', timeout: 150_000, cwd: ROOT });
  return JSON.parse(out) as { status: number; output: string };
}

describe.skipIf(!hasPython)('3. the progress display on a terminal', () => {
  let many: string;
  beforeAll(() => {
    many = join(tmp, 'many');
    mkdirSync(many);
    // (each article four times over, so that the run lasts over the second after which it is summed up on any machine)
    for (let i = 0; i < 30; i++) {
      for (const f of readdirSync(join(FIXTURES, 'articles'))) {
        const bytes = readFileSync(join(FIXTURES, 'articles', f));
        writeFileSync(join(many, `${String(i).padStart(2, '0')}-${f}`), Buffer.concat([bytes, Buffer.from('\n\n'), bytes, Buffer.from('\n\n'), bytes, Buffer.from('\n\n'), bytes]));
      }
    }
  });

  it('counts records written, clears itself before every warning and at the end, and sums up a long run', () => {
    const t = onTerminal([many, '-o', join(tmp, 'many-out'), '-j', '1']);
    expect(t.status).toBe(0);
    const total = readdirSync(many).length;
    expect(t.output).toContain(`[${total}/${total}] ${total} records · `);
    // what the terminal shows of each line: a carriage return goes back to its start, ESC[K erases the rest
    const visible = (line: string) => line.split('\r').map((seg) => seg.replace(/^\x1b\[K/, '')).filter(Boolean).at(-1) ?? '';
    const warnings = t.output.split('\n').map(visible).filter((l) => l.includes(': warning: '));
    expect(warnings.length).toBe(30);
    // a warning stands alone on its line: no progress glued before it
    for (const w of warnings) expect(w).toMatch(/^\/.*: warning: invalid UTF-8 at byte 0; decoded as windows-1256 \(Arabic\)$/);
    // never more files done than records written
    for (const m of t.output.matchAll(/\[(\d+)\/\d+\] (\d+) records?/g)) expect(+m[1]).toBeLessThanOrEqual(+m[2]);
    expect(t.output).toMatch(/\r\x1b\[K150 records, 30 warnings, 0 errors in [0-9.]+ s\r?\n$/);
  });

  it('clears the line when interrupted (SIGINT) and exits 130', () => {
    const t = onTerminal([many, '-o', join(tmp, 'many-int'), '-j', '1'], { signal: 'SIGINT', after: '] 1 record' });
    expect(t.status).toBe(130);
    expect(t.output.endsWith('\r\x1b[K')).toBe(true);
  });

  it('shows no progress while records stream into a pipe, nor with --quiet', () => {
    const piped = spawnSync('bash', ['-c', `python3 ${JSON.stringify(join(ROOT, 'test', 'pty-run.py'))} -- bash -c ${JSON.stringify(`${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${JSON.stringify(join(FIXTURES, 'articles'))} -f ndjson | cat > /dev/null`)}`], { encoding: 'utf8' });
    expect(JSON.parse(piped.stdout).output).not.toContain('\x1b[K');
    const quiet = onTerminal([join(FIXTURES, 'articles'), '-o', join(tmp, 'quiet-out'), '-q']);
    expect(quiet.output).toBe('');
  });
});

describe('4. a decimal point or an abbreviation ends no quote', () => {
  it('English and Arabic reported speech runs past 2.5 and U.S.', () => {
    expect(extractText('Microsoft said it saw 2.5 million attempts.').quotes[0].text).toBe('it saw 2.5 million attempts');
    expect(extractText('The company said the U.S. firm paid $1.5 million. Nothing else was said.').quotes[0].text).toBe('the U.S. firm paid $1.5 million');
    expect(extractText('وقالت الشركة إنها خسرت 2.5 مليون دولار. وأضافت أن الهجوم انتهى.').quotes[0].text).toBe('خسرت 2.5 مليون دولار');
  });

  it('the fixture article quotes the whole sum', () => {
    const r = extract([join(FIXTURES, 'articles', 'en-ransomware-report.txt'), '-f', 'ndjson']);
    expect(ndjson(r.stdout)[0].quotes.map((q) => q.text)).toContain('the attackers demanded about $2.5 million and stole more than 3,000 documents, including roughly 12 GB of voter records');
  });
});

describe('5. validate - reads NDJSON, a JSON array or a YAML stream', () => {
  for (const format of ['ndjson', 'json', 'yaml']) {
    it(format, () => {
      const records = extract([join(FIXTURES, 'articles'), '-f', format]).stdout;
      const v = extract(['validate', '-'], { input: records });
      expect(v.stdout).toBe('');
      expect(v.stderr).toContain('validate: 5 records in 1 file, 0 problems');
      expect(v.status).toBe(0);
    });
  }
});

describe('6. YAML syntax errors', () => {
  it('are reported once, at their real line and column', () => {
    const f = join(tmp, 'broken.yaml');
    writeFileSync(f, 'schema: news-record/1\nid: x\n  bad: [1\nlanguage: {code: en}\n');
    const v = extract(['validate', f]);
    expect(v.status).toBe(1);
    const lines = v.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:5: syntax: `));
  });
});

describe('7. a run that reads nothing fails', () => {
  it('extract, validate and check say "no input files matched" and exit 1', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const onlyTxt = join(tmp, 'only-txt');
    mkdirSync(onlyTxt);
    writeFileSync(join(onlyTxt, 'a.txt'), 'Some article text here.');
    for (const args of [[empty], ['validate', onlyTxt], ['check', empty], [empty, '-f', 'json']]) {
      const r = extract(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('no input files matched');
    }
  });
});

describe('8. -o never loses a record to a name clash', () => {
  it('mirrors the tree from the common root, and gives a clash a suffix with a warning', () => {
    for (const d of ['a', 'b']) {
      mkdirSync(join(tmp, 'clash', d), { recursive: true });
      writeFileSync(join(tmp, 'clash', d, 'x.txt'), `Hackers stole ${d === 'a' ? 9 : 7} GB on Monday.`);
    }
    const out = join(tmp, 'clash-out');
    const r = extract([join(tmp, 'clash', 'a', 'x.txt'), join(tmp, 'clash', 'b', 'x.txt'), '-o', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a', 'b']);
    const twice = extract([join(tmp, 'clash', 'a', 'x.txt'), join(tmp, 'clash', 'a', 'x.txt'), '-o', join(tmp, 'twice-out')]);
    expect(readdirSync(join(tmp, 'twice-out')).sort()).toEqual(['x-2.yaml', 'x.yaml']);
    expect(twice.stderr).toContain('its output name is taken by');
    const ids = extract(['-', '-o', join(tmp, 'ids-out')], { input: '{"id":"1","text":"Hackers stole 9 GB."}\n{"id":"1","text":"Russia denies it."}\n' });
    expect(ids.status).toBe(0);
    expect(readdirSync(join(tmp, 'ids-out')).sort()).toEqual(['1-2.yaml', '1.yaml']);
  });
});

describe('9. a bad -o target', () => {
  it('is one usage error naming it, before any work', () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = extract([join(FIXTURES, 'articles'), '-o', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`extract: error: -o '${file}' is not a directory`]);
    const under = extract([join(FIXTURES, 'articles'), '-o', join(file, 'sub')]);
    expect(under.status).toBe(2);
    expect(under.stderr.trim().split('\n')).toHaveLength(1);
    expect(under.stderr).toContain(join(file, 'sub'));
  });
});

describe('10. Hijri months and days without a year resolve to the nearest occurrence', () => {
  const resolved = (refDate: string) => extractText('وصل في رمضان ثم عاد في 15 شوال', { refDate }).dates.map((d) => d.resolved);
  it('on both sides of the reference date', () => {
    expect(resolved('2024-11-05')).toEqual(['2025-03', '2025-04-13']); // Ramadan 1446 starts 2025-03-01
    expect(resolved('2024-12-31')).toEqual(['2025-03', '2025-04-13']);
    expect(resolved('2024-03-20')).toEqual(['2024-03', '2024-04-24']); // inside Ramadan 1445
    expect(resolved('2024-06-01')).toEqual(['2024-03', '2024-04-24']);
  });
});

describe('11. NDJSON on stdin is sniffed', () => {
  it('without --input ndjson, each line is a record', () => {
    const r = extract(['-', '-f', 'ndjson'], { input: readFileSync(join(FIXTURES, 'batches', 'mixed-batch.ndjson')) });
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual(['batch-ar-1', 'batch-en-1', 'batch-en-2']);
  });
});

describe('12. damaged feeds', () => {
  const item = (n: number) => `<item><title>Item ${n}: hackers stole ${n} GB</title><guid>g${n}</guid><description>Hackers stole ${n} GB on Monday, officials said.</description></item>\n`;
  it('a truncated feed: an error at its end, with the items before the damage read', () => {
    const f = join(tmp, 'truncated.xml');
    writeFileSync(f, `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n${item(1)}${item(2)}<item><title>Item 3</title><description>Hackers st`);
    const r = extract([f, '-f', 'ndjson']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:\\d+: error: malformed XML: the feed ends before <description>, <item>, <channel>, <rss> are closed`, 'm'));
    expect(r.stderr).not.toContain("Invalid '[");
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual(['g1', 'g2']);
  });

  it('a bare & is read as text, with a warning', () => {
    const f = join(tmp, 'amp.xml');
    writeFileSync(f, `<rss version="2.0"><channel><title>T</title>\n<item><title>AT&T hit</title><guid>g1</guid><description>Hackers stole 9 GB from AT&T, R&D said.</description></item>\n${item(2)}</channel></rss>\n`);
    const r = extract([f, '-f', 'ndjson']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${f}:2:16: warning: 3 bare &s (not an entity) read as text`);
    const recs = ndjson(r.stdout);
    expect(recs.map((x) => x.title)).toEqual(['AT&T hit', 'Item 2: hackers stole 2 GB']);
    expect(recs[0].figures[0].text).toBe('9 GB');
  });

  it('an & in CDATA or a real entity is left alone', () => {
    const r = parseFeed('<rss><channel><item><title>A &amp; B &#38; C</title><description><![CDATA[x & y]]></description></item></channel></rss>');
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && r.items[0].title).toBe('A & B & C');
  });
});

describe('13. check', () => {
  it('names the problem, and takes a feed body\'s markup as expected', () => {
    const r = extract(['check', join(FIXTURES, 'articles', 'en-scraped-junk.txt'), join(FIXTURES, 'feeds')]);
    expect(r.stderr).toContain('en-scraped-junk.txt: warning: leftover markup or boilerplate: ');
    expect(r.stderr).not.toContain('no leftover markup');
    expect(r.stderr).not.toMatch(/\.xml#\d+: warning/);
    const strict = extract(['check', '--strict', join(FIXTURES, 'feeds')]);
    expect(strict.status).toBe(0);
  });
});

describe('14. windows-1252 and --encoding', () => {
  it('Latin-script text that is not UTF-8 is read as windows-1252, with a warning', () => {
    const f = join(tmp, 'cp1252.txt');
    writeFileSync(f, Buffer.concat([Buffer.from('Microsoft said '), Buffer.from([0x93]), Buffer.from('we paid 5 million euros'), Buffer.from([0x94]), Buffer.from(' to the caf\xe9 owners.', 'latin1')]));
    const r = extract([f, '-f', 'ndjson']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('decoded as windows-1252');
    const [rec] = ndjson(r.stdout);
    expect(rec.source.encoding).toBe('windows-1252');
    expect(rec.quotes[0].text).toBe('we paid 5 million euros');
    expect(slice(readFileSync(f, 'latin1').replace('\x93', '“').replace('\x94', '”'), rec.quotes[0].start, rec.quotes[0].end)).toBe(rec.quotes[0].text);
  });

  it('--encoding forces a decoding, and an unknown one is a usage error', () => {
    const f = join(tmp, 'latin1.txt');
    writeFileSync(f, Buffer.from('Caf\xe9 owners lost 300 euros.', 'latin1'));
    const r = extract([f, '--encoding', 'iso-8859-1', '-f', 'ndjson']);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout)[0].source.encoding).toBe('windows-1252'); // the WHATWG name of latin1
    const bad = extract([f, '--encoding', 'klingon']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--encoding 'klingon' is not an encoding");
  });
});

describe('15. small CLI edges', () => {
  it('extract help shows the help', () => {
    const r = extract(['help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: extract');
    expect(extract(['help', 'validate']).stdout).toContain('Usage: extract validate');
  });

  it('an NDJSON item\'s record warnings carry its line number', () => {
    const r = extract(['-', '-f', 'ndjson'], { input: '{"id":"a","text":"Hackers stole 9 GB."}\n{"id":"b","text":"   "}\n' });
    expect(r.stderr).toMatch(/^<stdin>:2: warning: empty or whitespace-only text$/m);
  });

  it('eval with a missing spec file says so plainly', () => {
    const r = extract(['eval', '--recognizers', join(tmp, 'missing.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`extract: error: ${join(tmp, 'missing.json')}: no such file or directory`);
  });

  it('eval reads spec, CoNLL and gold files that start with a byte-order mark, as editors on Windows save them', () => {
    const spec = join(tmp, 'bom-spec.json');
    writeFileSync(spec, '\uFEFF' + JSON.stringify([{ Input: 'They met on March 5, 2024.', Results: [{ Text: 'march 5, 2024', TypeName: 'datetimeV2.date' }] }]));
    const r = extract(['eval', '--lang', 'en', '--recognizers', spec, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const conll = join(tmp, 'bom.conll');
    writeFileSync(conll, '\uFEFFParis B-LOC\nis O\nbig O\n');
    const c = extract(['eval', '--conll', conll, '--format', 'json']);
    expect(c.status).toBe(0);
    expect(JSON.parse(c.stdout)[`conll:${conll}`].LOC).toMatchObject({ tp: 1, gold: 1 });
  });

  it('a PDF, a DOCX or an image named on the command line is a binary file', () => {
    const pdf = join(tmp, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nSome text that looks like words\n');
    const docx = join(tmp, 'report.docx');
    writeFileSync(docx, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml text')]));
    const r = extract([pdf, docx, '-f', 'ndjson']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${pdf}: error: binary file (a PDF document); skipped`);
    expect(r.stderr).toContain(`${docx}: error: binary file (a ZIP archive`);
    expect(r.stdout).toBe('');
  });
});

describe('16. library edges', () => {
  it('accepts a Date as refDate and rejects what is no date with a TypeError', () => {
    const r = extractText('Hackers struck yesterday.', { refDate: new Date('2024-11-05T23:00:00Z') });
    expect(r.dates[0].resolved).toBe('2024-11-04');
    expect(() => extractText('x', { refDate: 5 as unknown as string })).toThrow(TypeError);
    expect(() => extractText('x', { refDate: new Date('nonsense') })).toThrow(TypeError);
    expect(() => extractText(5 as unknown as string)).toThrow(TypeError);
  });

  it('the published declarations compile in a consumer without @types/node', () => {
    const dir = join(tmp, 'consumer');
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(dir, 'node_modules', 'extract'));
    writeFileSync(join(dir, 'main.ts'), "import { extractText, type NewsRecord } from 'extract';\nconst r: NewsRecord = extractText('Hackers stole 9 GB.', { refDate: new Date() });\nexport const n: number = r.figures.length;\n");
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: [], noEmit: true }, files: ['main.ts'] }));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});

describe('17. documentation that cannot drift', () => {
  it('the README\'s generated parts (options tables, knowledge-base counts) are up to date', async () => {
    // @ts-expect-error: a plain JavaScript module of the scripts folder
    const { renderReadme } = (await import('../scripts/readme.js')) as { renderReadme: (s: string) => Promise<string> };
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(await renderReadme(readme)).toBe(readme);
    for (const flag of ['-j, --jobs N', '--lang auto\\|ar\\|en', '--encoding NAME', '--strict']) expect(readme).toContain(flag);
  });

  it('without ../shared the suite says what is missing', () => {
    const empty = join(tmp, 'no-shared');
    mkdirSync(empty);
    expect(missingShared(empty)).toMatch(/the tests need the shared data beside this checkout, at .*no-shared; missing: .*seeds/);
    expect(missingShared(join(ROOT, '..', 'shared'))).toBeNull();
  });
});

describe('18. threat-actor names and linking phrases', () => {
  it('a group word makes a known actor\'s name (Lazarus Group), and a relative clause links it', () => {
    const r = extractText('Lazarus Group, which is linked to North Korea, stole $600 million from the exchange.');
    const lazarus = r.entities.find((e) => e.mentions.some((m) => m.text === 'Lazarus Group'))!;
    expect(lazarus.type).toBe('threat_actor');
    // the link, and the act (stole) as its own tuple with no sponsor (GOLD.md: one entry per distinct tuple)
    expect(r.attributions.map((a) => [a.rule, a.actor, a.actor_text, r.entities.find((e) => e.id === a.attributed_to)?.name ?? null])).toEqual([
      ['en/attribution/link', lazarus.id, 'Lazarus Group', 'North Korea'],
      ['en/attribution/act', lazarus.id, 'Lazarus Group', null],
    ]);
  });

  it('an appositive links the actor named before it', () => {
    const r = extractText("APT28, a group tied to Russia's GRU, targeted the ministry.");
    const apt28 = r.entities.find((e) => e.mentions.some((m) => m.text === 'APT28'))!;
    expect(r.attributions[0]).toMatchObject({ actor: apt28.id, actor_text: 'APT28' });
    expect(r.entities.find((e) => e.id === r.attributions[0].attributed_to)?.name).toBe('GRU');
  });

  it('actor_text is the actor\'s noun phrase, and an unnamed claimant is written out', () => {
    const r = extractText('The hackers were tied to Russia, researchers said.');
    expect(r.attributions[0]).toMatchObject({ actor: null, actor_text: 'hackers', claimed_by: null, claimed_by_text: 'researchers' });
    const ar = extractText('وقالت الشركة إن مجموعات مرتبطة بإيران نفذت الهجمات.');
    expect(ar.attributions[0]).toMatchObject({ actor: null, actor_text: 'مجموعات', claimed_by: null, claimed_by_text: 'الشركة' });
    expect(ar.entities.find((e) => e.id === ar.attributions[0].attributed_to)?.name).toBe('Iran');
    const named = extractText('Microsoft said hackers tied to China broke into the servers.');
    expect(named.attributions[0].claimed_by).toBe(named.entities.find((e) => e.name === 'Microsoft')!.id);
    expect(named.attributions[0].claimed_by_text).toBeUndefined();
  });

  it('an Arabic group word before a known actor describes it: the actor is the name', () => {
    const r = extractText('وقالت الشركة إن مجموعة APT28 المرتبطة بروسيا نفذت الهجوم.');
    const actor = r.entities.find((e) => e.type === 'threat_actor')!;
    expect(actor.mentions[0].text).toBe('APT28');
    expect(r.attributions[0]).toMatchObject({ actor: actor.id, actor_text: 'APT28', claimed_by_text: 'الشركة' });
  });
});

describe('a locked-down Node', () => {
  it('runs with code generation from strings disallowed: the record check falls back to its closures, same records', () => {
    const args = [BIN, join(FIXTURES, 'articles', 'mixed-ar-en.txt'), '--format', 'ndjson'];
    const plain = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60000 });
    const locked = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', ...args], { encoding: 'utf8', timeout: 60000 });
    expect(plain.status).toBe(0);
    expect(locked.stderr).toBe(plain.stderr);
    expect(locked.status).toBe(0);
    expect(locked.stdout).toBe(plain.stdout);
    expect(JSON.parse(locked.stdout).entities.length).toBeGreaterThan(0);
  });
});

describe('words that name JavaScript object properties', () => {
  it('are plain words: an article with constructor, toString or __proto__ in it gets its record (the real binary, built lexicon)', () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    expect(names).toContain('constructor');
    const text = `The ${names.join(' and the ')} said 5 percent of voters left on 3 March 2025.\n`;
    const r = extract(['-', '--format', 'ndjson', '--lang', 'en'], { input: text });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout) as NewsRecord;
    expect(rec.figures.map((f) => f.text)).toEqual(['5 percent']);
    expect(rec.dates.map((d) => d.text)).toEqual(['3 March 2025']);
  });
});
