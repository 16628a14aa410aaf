/**
 * The project's import graph, read from the source text: every static import and export-from, side-effect
 * import and dynamic import() with a literal specifier, type-only ones included (a type import still says
 * which layer knows which). Relative specifiers resolve to files; bare ones stay package names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ImportEdge {
  from: string;
  /** A project file (relative to the root, with /) or a package name. */
  to: string;
  external: boolean;
}

const IMPORT = /(?:^|[;\s])(?:import|export)\s(?:type\s)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(ROOT, dir))) {
      const rel = `${dir}/${name}`;
      if (statSync(path.join(ROOT, rel)).isDirectory()) {
        if (name !== 'node_modules') walk(rel);
      } else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

/** Block comments and whole-line comments go first: they quote imports in prose. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function resolve(from: string, specifier: string): string | undefined {
  const base = path.posix.join(path.posix.dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}/index.ts`, base]) {
    if (existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  // Tests may quote imports of files they build at run time (a compiled dist/); production code may not.
  if (/^(functions|bot|cards)\//.test(from)) throw new Error(`${from}: cannot resolve import '${specifier}'`);
  return undefined;
}

export function importsOf(file: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const m of code(readFileSync(path.join(ROOT, file), 'utf8')).matchAll(IMPORT)) {
    const specifier = (m[1] ?? m[2] ?? m[3])!;
    if (specifier.startsWith('.')) {
      const to = resolve(file, specifier);
      if (to) edges.push({ from: file, to, external: false });
    } else edges.push({ from: file, to: specifier.startsWith('node:') ? specifier : packageName(specifier), external: true });
  }
  return edges;
}

/** Strongly connected components with more than one file (or a file importing itself): the cycles. */
export function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((e) => !e.external).map((e) => e.to)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}
