/** The layout of src/ as the stages read (issue 16): imports go one way, and no module imports one that imports it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Every module under src/ with the modules it imports (relative specifiers; `type` imports apart when asked). */
function importGraph(withTypes: boolean): Map<string, string[]> {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(SRC);
  const graph = new Map<string, string[]>();
  const statement = withTypes ? /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g : /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s+'(\.[^']+)'/g;
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    const specs = [...src.matchAll(statement), ...src.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1]);
    graph.set(relative(SRC, f), specs.map((s) => relative(SRC, resolve(dirname(f), s.replace(/\.js$/, '.ts')))).filter((d) => files.includes(join(SRC, d))));
  }
  return graph;
}

/** The import cycles of a graph, each as the path that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, number>();
  const out: string[][] = [];
  const visit = (n: string, stack: string[]) => {
    state.set(n, 1);
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 1) out.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.get(d)) visit(d, stack);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of graph.keys()) if (!state.get(n)) visit(n, []);
  return out;
}

describe('layout', () => {
  it('no module imports, at run time, a module that imports it back', () => {
    expect(cycles(importGraph(false))).toEqual([]);
  });

  it('the extractors do not import the registry that builds them (their interface is in core/types.ts)', () => {
    const graph = importGraph(true);
    const back = [...graph].filter(([f, deps]) => f.startsWith('extractors/') && f !== 'extractors/registry.ts' && deps.includes('extractors/registry.ts'));
    expect(back.map(([f]) => f)).toEqual([]);
  });

  it('nothing outside src/cli imports src/cli (the command line is the outer layer: the core never reaches into it)', () => {
    const graph = importGraph(true);
    const intoCli = [...graph].filter(([f, deps]) => !f.startsWith('cli/') && deps.some((d) => d.startsWith('cli/')));
    expect(intoCli.map(([f]) => f)).toEqual([]);
  });
});
