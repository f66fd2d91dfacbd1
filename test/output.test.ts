import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { outputPath, OutputPathError } from '../src/cli/output.js';
import { toYaml, yamlScalar } from '../src/cli/yaml-out.js';
import { extractText } from '../src/index.js';

describe('YAML output', () => {
  it('round-trips arbitrary plain data through a real YAML parser', () => {
    const leaf = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('', 'null', 'true', 'no', '~', '123', '1.5e3', '0x1F', '2024-11-05', '- x', 'a: b', 'a #b', ' lead', 'trail ', '#', '"q"', "'", '*', '&a', '!t', '%', '@', '`', '|', '>', '[x]', '{x}', '?', ':', '\u2028', '\uFEFF', 'أكثر من 2700', '.inf'),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const data = fc.letrec((tie) => ({
      node: fc.oneof({ maxDepth: 3 }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), data, { maxKeys: 6 }), (obj) => {
        const normal = JSON.parse(JSON.stringify(obj)); // -0 and the like as JSON sees them
        expect(parse(toYaml(normal), { version: '1.2' }) ?? {}).toEqual(normal);
        expect(parse(toYaml(normal), { version: '1.1' }) ?? {}).toEqual(normal);
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('keeps Arabic and ordinary text plain, quotes what YAML would misread', () => {
    expect(yamlScalar('وزارة الأمن الداخلي')).toBe('وزارة الأمن الداخلي');
    expect(yamlScalar('Microsoft')).toBe('Microsoft');
    expect(yamlScalar('2024-11-05')).toBe('"2024-11-05"');
    expect(yamlScalar('no')).toBe('"no"');
    expect(yamlScalar('key: value')).toBe('"key: value"');
  });

  it('writes a record that parses back to the same record', () => {
    const r = extractText('وقالت مايكروسوفت إن أكثر من 2700 محاولة جرت في 5 نوفمبر 2024: "نعم".');
    const docs = parseAllDocuments(`---\n${toYaml(r as unknown as Record<string, unknown>)}`);
    expect(docs.map((d) => d.toJS())).toEqual([JSON.parse(JSON.stringify(r))]);
  });
});

describe('output paths', () => {
  it('stays inside the output directory', () => {
    expect(outputPath('/tmp/out', 'a/b', 'yaml')).toBe('/tmp/out/a/b.yaml');
    expect(outputPath('/tmp/out', 'x', 'json')).toBe('/tmp/out/x.json');
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:\\x', 'a\0b', '..']) {
      expect(() => outputPath('/tmp/out', bad, 'yaml')).toThrow(OutputPathError);
    }
  });
});
