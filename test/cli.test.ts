/** The real binary, end to end: user stories, formats, exit codes and every bad-input row of SPEC. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { NewsRecordSchema, type NewsRecord } from '../src/core/record.js';
import { spawnSync } from 'node:child_process';
import { BIN, FIXTURES, SEEDS, extract, slice } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'extract-cli-'));
});

function yamlRecords(out: string): NewsRecord[] {
  return parseAllDocuments(out).map((d) => d.toJS() as NewsRecord);
}

function expectValidWithSpans(r: NewsRecord, source: string): void {
  expect(NewsRecordSchema.safeParse(r).success).toBe(true);
  const spans = [...r.entities.flatMap((e) => e.mentions), ...r.dates, ...r.figures, ...r.quotes, ...r.attributions.map((a) => a.evidence)];
  expect(spans.length).toBeGreaterThan(0);
  for (const s of spans) expect(slice(source, s.start, s.end)).toBe(s.text);
}

describe('the seeds', () => {
  it('gives 5 valid records, four Arabic and one English, in sorted order, deterministically', () => {
    const a = extract([SEEDS]);
    expect(a.status).toBe(0);
    const records = yamlRecords(a.stdout);
    expect(records.map((r) => r.id)).toEqual(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => f.replace(/\.txt$/, '')));
    expect(records.map((r) => r.language.code)).toEqual(['ar', 'ar', 'ar', 'en', 'ar']);
    for (const r of records) expectValidWithSpans(r, readFileSync(r.source.path, 'utf8'));
    expect(extract([SEEDS]).stdout).toBe(a.stdout);
  });

  it('writes records with -o that `extract validate` accepts', () => {
    const out = join(tmp, 'seeds-out');
    expect(extract([SEEDS, '-o', out]).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(readdirSync(SEEDS).sort().map((f) => f.replace(/\.txt$/, '.yaml')));
    const v = extract(['validate', out]);
    expect(v.stderr).toContain('validate: 5 records in 5 files, 0 problems');
    expect(v.status).toBe(0);
  });
});

describe('the bundle bin/extract.js loads (scripts/bundle.js)', () => {
  it('gives what the modules it was made from give, in the main thread and in worker threads', () => {
    // (dist/cli/main.js run directly: the modules tsc wrote, each reading its files by its own path)
    const unbundled = (args: string[]) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', "import('./dist/cli/main.js').then((m) => m.main([process.argv[0], 'extract', ...process.argv.slice(1)]))", '--', ...args], {
        cwd: join(BIN, '..', '..'),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    for (const args of [[FIXTURES, '-f', 'ndjson', '-q', '--jobs', '1'], [FIXTURES, '-f', 'ndjson', '-q', '--jobs', '2'], ['--version']]) {
      const a = extract(args);
      const b = unbundled(args);
      expect(a.status).toBe(0);
      expect(b.status).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(0);
      expect(a.stdout).toBe(b.stdout);
    }
    expect(readFileSync(BIN, 'utf8')).toContain('dist/bundle/main.js');
  });
});

describe('formats and inputs', () => {
  it('prints a JSON array and NDJSON that parse', () => {
    const j = extract([join(FIXTURES, 'articles'), '-f', 'json']);
    expect(j.status).toBe(0);
    const arr = JSON.parse(j.stdout) as NewsRecord[];
    expect(arr.map((r) => r.id)).toEqual(['ar-archive-windows-1256', 'ar-election-phishing', 'en-ransomware-report', 'en-scraped-junk', 'mixed-ar-en']);
    const n = extract([join(FIXTURES, 'articles'), '-f', 'ndjson']);
    expect(n.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(arr.map((r) => r.id));
    expect(JSON.stringify(arr)).toBe(JSON.stringify(n.stdout.trim().split('\n').map((l) => JSON.parse(l))));
  });

  it('fails when there is nothing to read (CI must not pass on nothing)', () => {
    const d = join(tmp, 'nothing');
    mkdirSync(d);
    const r = extract([d, '-f', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('extract: error: no input files matched');
    expect(r.stdout).toBe('');
  });

  it('reads text from stdin', () => {
    const r = extract(['-', '-f', 'json', '--ref-date', '2024-11-06'], { input: 'Officials said more than 2,700 attempts were made yesterday.' });
    expect(r.status).toBe(0);
    const [rec] = JSON.parse(r.stdout) as NewsRecord[];
    expect(rec.id).toBe('stdin');
    expect(rec.figures[0]).toMatchObject({ text: 'more than 2,700 attempts', value: 2700, unit: 'attempt', qualifier: 'more_than' });
    expect(rec.dates[0]).toMatchObject({ text: 'yesterday', value: 'PAST_REF', resolved: '2024-11-05' });
  });

  it('reads NDJSON lines with lang and published', () => {
    const r = extract(['--input', 'ndjson', '-', '-f', 'ndjson'], { input: readFileSync(join(FIXTURES, 'batches', 'mixed-batch.ndjson')) });
    expect(r.status).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as NewsRecord);
    expect(recs.map((x) => [x.id, x.language.code, x.published ?? null])).toEqual([
      ['batch-ar-1', 'ar', '2024-05-20'],
      ['batch-en-1', 'en', '2024-05-21'],
      ['batch-en-2', 'en', null],
    ]);
    expect(recs[0].dates[0]).toMatchObject({ text: 'الأسبوع الماضي', resolved: '2024-W20' });
    expect(recs[2].dates[0]).toMatchObject({ text: '12 March 2024', value: '2024-03-12' });
  });

  it('reports bad NDJSON lines with their line numbers and goes on', () => {
    const r = extract(['--input', 'ndjson', '-', '-f', 'ndjson'], { input: '{"id":"a","text":"fine text here"}\nnot json\n{"id":"b"}\n{"id":"c","text":"also fine"}\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:2: error: not JSON: /m);
    expect(r.stderr).toMatch(/^<stdin>:3: error: text: /m);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
  });

  it('reads RSS, Atom and NewsML-G2 feeds, one record per item, dated by the item', () => {
    const r = extract([join(FIXTURES, 'feeds'), '-f', 'json']);
    expect(r.status).toBe(0);
    const recs = JSON.parse(r.stdout) as NewsRecord[];
    expect(recs.map((x) => [x.source.format, x.source.item, x.language.code])).toEqual([
      ['atom', 1, 'en'], ['atom', 2, 'ar'], ['newsml', 1, 'en'], ['rss', 1, 'en'], ['rss', 2, 'ar'],
    ]);
    const leak = recs.find((x) => x.id === 'https://news.example.org/2024/10/leak')!;
    expect(leak.title).toBe('Hackers leak 4 GB of campaign emails');
    expect(leak.dates.find((d) => d.text === 'yesterday')?.resolved).toBe('2024-10-15');
    expect(leak.figures.map((f) => f.text)).toContain('about 4 GB');
  });

  it('mirrors the input tree under -o, one file per feed item', () => {
    const out = join(tmp, 'fixtures-out');
    expect(extract([FIXTURES, '-o', out]).status).toBe(0);
    expect(existsSync(join(out, 'articles', 'en-scraped-junk.yaml'))).toBe(true);
    expect(readdirSync(join(out, 'feeds', 'rss-cyber-news')).sort()).toEqual(['001.yaml', '002.yaml']);
    expect(extract(['validate', out]).status).toBe(0);
  });

  it('honours --include and --exclude', () => {
    const r = extract([FIXTURES, '--include', '*.txt', '--exclude', 'en-*', '-f', 'ndjson']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['ar-archive-windows-1256', 'ar-election-phishing', 'mixed-ar-en']);
  });

  it('includes the source text on request, and validate then checks every span against it', () => {
    const out = join(tmp, 'with-text');
    expect(extract([join(FIXTURES, 'articles', 'ar-election-phishing.txt'), '--include-text', '-o', out]).status).toBe(0);
    expect(extract(['validate', out]).status).toBe(0);
    const file = join(out, 'ar-election-phishing.yaml');
    const tampered = readFileSync(file, 'utf8').replace(/start: (\d+)/, (_m, n) => `start: ${Number(n) + 1}`);
    writeFileSync(file, tampered);
    const v = extract(['validate', out]);
    expect(v.status).toBe(1);
    expect(v.stdout).toMatch(/ar-election-phishing\.yaml:\d+:\d+: .*text does not match the source/);
  });
});

describe('bad input (SPEC table)', () => {
  it('missing path: an error line, the others go on, exit 1', () => {
    const r = extract([join(tmp, 'no-such-file.txt'), join(FIXTURES, 'articles', 'mixed-ar-en.txt'), '-f', 'ndjson']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(tmp, 'no-such-file.txt')}: error: no such file or directory`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('unreadable file (a dangling link) and a directory loop: error lines, exit 1', () => {
    const d = join(tmp, 'loop');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'sub', 'a.txt'), 'Officials said about 40 percent voted.');
    symlinkSync('..', join(d, 'sub', 'up'));
    symlinkSync(join(d, 'missing-target.txt'), join(d, 'dangling.txt'));
    const r = extract([d, '-f', 'ndjson'], { timeout: 20000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dangling.txt: error: no such file or directory');
    expect(r.stderr).toMatch(/up: error: directory loop/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a']);
  });

  it('empty or whitespace-only file: a warning and an und record; --skip-empty skips it', () => {
    const d = join(tmp, 'empty');
    mkdirSync(d);
    writeFileSync(join(d, 'blank.txt'), '  \n\t\n');
    writeFileSync(join(d, 'zero.txt'), '');
    const r = extract([d, '-f', 'json']);
    expect(r.status).toBe(0);
    const recs = JSON.parse(r.stdout) as NewsRecord[];
    expect(recs.map((x) => [x.id, x.language.code, x.entities.length + x.dates.length + x.figures.length])).toEqual([['blank', 'und', 0], ['zero', 'und', 0]]);
    expect(r.stderr).toContain('blank.txt: warning: empty or whitespace-only text');
    const s = extract([d, '-f', 'json', '--skip-empty']);
    expect(JSON.parse(s.stdout)).toEqual([]);
    expect(s.status).toBe(0);
  });

  it('invalid UTF-8: windows-1256 Arabic with a warning, otherwise an error', () => {
    const ok = extract([join(FIXTURES, 'articles', 'ar-archive-windows-1256.txt'), '-f', 'json']);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/warning: invalid UTF-8 at byte 0; decoded as windows-1256/);
    const [rec] = JSON.parse(ok.stdout) as NewsRecord[];
    expect(rec.source.encoding).toBe('windows-1256');
    expect(rec.language.code).toBe('ar');
    expect(rec.figures.map((f) => f.text)).toContain('أكثر من 200 حساب');
    const bad = join(tmp, 'latin1.txt');
    writeFileSync(bad, Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e', 'latin1'));
    const r = extract([bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}: error: invalid UTF-8 at byte 3, and the text reads neither as windows-1256 Arabic nor as windows-1252 Latin`);
    expect(r.stdout).toBe('');
  });

  it('binary file: an error, skipped', () => {
    const bin = join(tmp, 'image.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const r = extract([bin, join(FIXTURES, 'articles', 'mixed-ar-en.txt'), '-f', 'ndjson']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bin}: error: binary file (NUL byte at offset 4); skipped`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('a 1 MB line with no spaces finishes well under a second of extraction', () => {
    const f = join(tmp, 'long-line.txt');
    writeFileSync(f, 'ا1,'.repeat(110_000) + '&#'.repeat(50_000) + '2,700'.repeat(40_000));
    const t0 = Date.now();
    const r = extract([f, '-f', 'ndjson'], { timeout: 20000 });
    const ms = Date.now() - t0;
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('long-line');
    expect(ms).toBeLessThan(5000); // whole process, start-up included; the property is linear time
  });

  it('huge file: a 6 MB article of many paragraphs is processed in bounded time', () => {
    const f = join(tmp, 'huge.txt');
    // figures, dates, people and quotes in every paragraph: linking must stay linear too
    // (each copy's quoted words its own, the copy's number spelled in letters, no figure: the same quote repeated is
    // written once)
    const letters = (n: number) => [...String(n)].map((d) => 'أبتثجحخدذر'[Number(d)]).join('');
    const para = (n: number) => `قالت الشركة إن أكثر من 2700 محاولة جرت في 5 نوفمبر 2024، وإن نحو 9 جيغا بايت تسربت.\nOfficials said about 500,000 voters were affected last week.\nوقالت جانيت مانفرا: “نعمل مع الباحثين منذ سنوات في مختبر ${letters(n)}”.\n`;
    const copies = Math.ceil(6e6 / Buffer.byteLength(para(100000)));
    writeFileSync(f, Array.from({ length: copies }, (_, n) => para(n)).join(''));
    const t0 = Date.now();
    const r = extract([f, '-f', 'ndjson'], { timeout: 120000 });
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout) as NewsRecord;
    expect(rec.figures.length).toBe(3 * copies); // 2700 attempts, 9 GB, 500,000 voters in every copy
    expect(rec.quotes.filter((q) => q.kind === 'direct').length).toBe(copies);
    expect(Date.now() - t0).toBeLessThan(60000);
  });

  it('a document in a language without rules gets a record with its code and a warning', () => {
    const r = extract(['-', '-f', 'json'], { input: "Les responsables électoraux ont déclaré vendredi que les machines à voter avaient passé tous les contrôles de l'année." });
    expect(r.status).toBe(0);
    const [rec] = JSON.parse(r.stdout) as NewsRecord[];
    expect(rec.language.code).toBe('fr');
    expect(rec.warnings).toContain("language 'fr' has no extraction rules; only its Arabic or English passages were read");
    expect(r.stderr).toContain("<stdin>: warning: language 'fr' has no extraction rules");
  });

  it('HTML entities and scraper junk are cleaned; offsets still point into the source', () => {
    const src = readFileSync(join(FIXTURES, 'articles', 'en-scraped-junk.txt'), 'utf8');
    const r = extract([join(FIXTURES, 'articles', 'en-scraped-junk.txt'), '-f', 'json']);
    const [rec] = JSON.parse(r.stdout) as NewsRecord[];
    expect(rec.title).toBe('Officials Say Voting Machines Passed Audit & Review');
    expect(rec.warnings).toContain('cleaned before extraction: 4 HTML entities, 2 markup tags, 3 scraper junk markers, 1 boilerplate line');
    expectValidWithSpans(rec, src);
    expect(rec.figures.map((f) => [f.text, f.value])).toEqual([['1,200 voting machines', 1200], ['9 days', 9], ['about 85 percent', 85]]);
  });

  it('malformed XML feed: a clear error with its position, no crash', () => {
    const f = join(tmp, 'broken.xml');
    writeFileSync(f, '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Open\n</channel></rss>\n');
    const r = extract([f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: malformed XML: `, 'm'));
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('a YAML bomb and a record with wrong types: clear errors with positions, no hang', () => {
    const d = join(tmp, 'records');
    mkdirSync(d);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => {
      const prev = i === 0 ? 'a' : `l${i}`;
      return `l${i + 1}: &l${i + 1} [${Array(9).fill(`*${prev}`).join(',')}]`;
    })].join('\n');
    writeFileSync(join(d, 'bomb.yaml'), bomb + '\n');
    const good = (JSON.parse(extract([join(FIXTURES, 'articles', 'en-scraped-junk.txt'), '-f', 'json']).stdout) as NewsRecord[])[0];
    const wrong = { ...good, language: { code: 'arabic', confidence: 2 }, figures: [{ ...good.figures[0], value: 'nine' }] };
    writeFileSync(join(d, 'wrong.json'), JSON.stringify(wrong, null, 2));
    const t0 = Date.now();
    const v = extract(['validate', d], { timeout: 20000 });
    expect(Date.now() - t0).toBeLessThan(10000);
    expect(v.status).toBe(1);
    expect(v.stdout).toMatch(/bomb\.yaml:1:1: cannot read: .*alias/i);
    const lines = v.stdout.split('\n').filter((l) => l.includes('wrong.json'));
    const json = JSON.stringify(wrong, null, 2).split('\n');
    const lineOf = (needle: string) => json.findIndex((l) => l.includes(needle)) + 1;
    expect(lines).toContain(`${join(d, 'wrong.json')}:${lineOf('"code": "arabic"')}:13: language.code: Invalid string: must match pattern /^([a-z]{2}|und)$/`);
    expect(lines.some((l) => l.startsWith(`${join(d, 'wrong.json')}:${lineOf('"confidence": 2')}:`) && l.includes('language.confidence'))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${join(d, 'wrong.json')}:${lineOf('"value": "nine"')}:`) && l.includes('figures[0].value'))).toBe(true);
  });

  it('output path escaping -o is refused', () => {
    const out = join(tmp, 'escape-out');
    const r = extract(['--input', 'ndjson', '-', '-o', out], { input: '{"id":"../../evil","text":"about 40 percent"}\n{"id":"fine","text":"about 40 percent"}\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("output path '../../evil' escapes the output directory; refused");
    expect(existsSync(join(tmp, 'evil.yaml'))).toBe(false);
    expect(readdirSync(out)).toEqual(['fine.yaml']);
  });
});

describe('knowledge base from the user', () => {
  it('adds --kb entries, and refuses a malformed file with its reason', () => {
    const kb = join(tmp, 'my-entities.yaml');
    writeFileSync(kb, 'entities:\n  - {id: acme-sec, type: organization, name: Acme Security, name_ar: أكمي للأمن, aliases: {en: [Acme Security], ar: [أكمي للأمن, أكمي]}}\n');
    const r = extract(['-', '-f', 'json', '--kb', kb], { input: 'قالت شركة أكمي إن الهجوم توقف.' });
    expect(r.status).toBe(0);
    const [rec] = JSON.parse(r.stdout) as NewsRecord[];
    expect(rec.entities.map((e) => [e.name, e.kb, e.mentions[0].text])).toEqual([['Acme Security', 'acme-sec', 'أكمي']]);
    const bad = join(tmp, 'bad-kb.yaml');
    writeFileSync(bad, 'entities:\n  - {id: x, type: planet, name: X, aliases: {en: [X]}}\n');
    const b = extract(['-', '--kb', bad], { input: 'text' });
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/bad-kb\.yaml: entities\.0\.type: /);
  });
});

describe('parallelism', () => {
  it('writes the same bytes with --jobs 1 and --jobs 3 (the pool starts after the first documents)', () => {
    const texts = readdirSync(join(FIXTURES, 'articles')).filter((f) => !f.includes('1256')).map((f) => readFileSync(join(FIXTURES, 'articles', f), 'utf8'));
    const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: texts[i % texts.length], published: '2024-11-05' }));
    const f = join(tmp, 'batch.ndjson');
    writeFileSync(f, lines.join('\n') + '\n');
    const one = extract(['--input', 'ndjson', f, '-f', 'ndjson', '--jobs', '1']);
    const three = extract(['--input', 'ndjson', f, '-f', 'ndjson', '--jobs', '3']);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(one.stdout.trim().split('\n')).toHaveLength(60);
    expect(three.stdout).toBe(one.stdout);
    expect(extract(['--jobs', '0', f]).status).toBe(2);
  });

  it('writes the same bytes and files when the pool starts at once (more files than a run keeps in its own thread), as a run of each file alone', () => {
    const texts = readdirSync(join(FIXTURES, 'articles')).filter((f) => !f.includes('1256')).map((f) => readFileSync(join(FIXTURES, 'articles', f), 'utf8'));
    const dir = join(tmp, 'many');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.txt`), texts[i % texts.length]);
    // (a run this big works in a worker also with --jobs 1: each record is the one a run of its file alone makes here)
    // (the first five: the fixture articles, each once)
    const alone = readdirSync(dir).sort().slice(0, 5).map((n) => extract([join(dir, n), '-f', 'ndjson', '--jobs', '1']).stdout.trim());
    expect(extract([dir, '-f', 'ndjson', '--jobs', '1']).stdout.trim().split('\n').slice(0, 5)).toEqual(alone);
    for (const format of ['json', 'yaml']) {
      const one = extract([dir, '-f', format, '--jobs', '1']);
      const two = extract([dir, '-f', format, '--jobs', '2']);
      expect(one.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
    // one file per record under -o: the workers serialize them as this thread would
    const [o1, o2] = [join(tmp, 'out-1'), join(tmp, 'out-2')];
    expect(extract([dir, '-o', o1, '-f', 'json', '--jobs', '1']).status).toBe(0);
    expect(extract([dir, '-o', o2, '-f', 'json', '--jobs', '2']).status).toBe(0);
    const names = readdirSync(o1).sort();
    expect(names).toHaveLength(20);
    expect(readdirSync(o2).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(o2, n), 'utf8')).toBe(readFileSync(join(o1, n), 'utf8'));
    // (eleven runs of the binary: ~17 s on this 2-core machine, over 30 s when other work loads it)
  }, 90000);
});

describe('commands and usage', () => {
  it('prints its version and help, exit 0', () => {
    expect(extract(['--version'])).toMatchObject({ status: 0, stdout: '0.1.0\n' });
    const h = extract(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('validate');
  });

  it('usage errors exit 2 with one line', () => {
    const a = extract(['-f', 'xml', FIXTURES]);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/error: option '-f, --format <format>' argument 'xml' is invalid/);
    const b = extract([FIXTURES, '--ref-date', 'yesterday']);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain("extract: error: --ref-date 'yesterday' is not a date (YYYY-MM-DD)");
    expect(extract(['--no-such-option']).status).toBe(2);
  });

  it('prints the committed JSON Schema', () => {
    const r = extract(['schema']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, '..', 'schemas', 'news-record.schema.json'), 'utf8'));
  });

  it('check lints articles and writes a JUnit report', () => {
    const d = join(tmp, 'check');
    mkdirSync(d);
    writeFileSync(join(d, 'a.txt'), readFileSync(join(FIXTURES, 'articles', 'en-ransomware-report.txt')));
    writeFileSync(join(d, 'b-copy.txt'), readFileSync(join(FIXTURES, 'articles', 'en-ransomware-report.txt')));
    writeFileSync(join(d, 'c-empty.txt'), '\n');
    writeFileSync(join(d, 'd-junk.txt'), readFileSync(join(FIXTURES, 'articles', 'en-scraped-junk.txt')));
    writeFileSync(join(d, 'e-digits.txt'), '12345 67890\n');
    const report = join(tmp, 'junit.xml');
    const r = extract(['check', d, '--report', report]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(d, 'b-copy.txt')}: error: duplicate: same text as ${join(d, 'a.txt')}`);
    expect(r.stderr).toContain(`${join(d, 'c-empty.txt')}: error: empty or whitespace-only text`);
    expect(r.stderr).toContain(`${join(d, 'd-junk.txt')}: warning: leftover markup or boilerplate: 4 HTML entities`);
    expect(r.stderr).toContain(`${join(d, 'e-digits.txt')}: error: language could not be determined`);
    const xml = readFileSync(report, 'utf8');
    expect(xml).toMatch(/<testsuites name="extract check" tests="\d+" failures="3">/);
    expect(xml).toContain(`<testcase classname="${join(d, 'b-copy.txt')}" name="not a duplicate">`);
    const clean = extract(['check', join(FIXTURES, 'articles', 'ar-election-phishing.txt')]);
    expect(clean.status).toBe(0);
    expect(extract(['check', '--strict', join(d, 'd-junk.txt')]).status).toBe(1);
  });
});

// a pseudo-terminal from util-linux's script(1), when the machine has it
const hasScript = spawnSync('script', ['--version']).status === 0;
describe.skipIf(!hasScript)('progress on a terminal', () => {
  it('shows [n/total] and the path on stderr when it is a TTY, and nothing when it is not', () => {
    const out = join(tmp, 'tty-out');
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${JSON.stringify(join(FIXTURES, 'articles'))} -o ${JSON.stringify(out)}`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(0);
    const total = readdirSync(join(FIXTURES, 'articles')).filter((f) => f.endsWith('.txt')).length;
    expect(r.stdout).toContain(`\r\x1b[K[0/${total}] 0 records · `);
    expect(r.stdout).toContain(`[${total}/${total}] ${total} records · `);
    expect(r.stdout).toMatch(/\r\x1b\[K(?:\d+ records, \d+ warnings?, \d+ errors? in [0-9.]+ s\r?\n)?$/); // the line is cleared at the end (then the summary of a run over a second)
    const plain = extract([join(FIXTURES, 'articles'), '-o', join(tmp, 'plain-out')]);
    expect(plain.stderr).not.toContain('[1/');
  });
});
