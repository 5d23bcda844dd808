// src/ transpiled to ESM JavaScript (no type check: tsc --noEmit does that) in a directory of its
// own, runnable by node as its own process: for tests that need the program as a person starts it.

import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Writes `out`/src/**.js and a package.json; links the project's node_modules unless told not to
 * (then no package can be imported). Returns the path of the CLI's entry.
 */
export function transpileSources(out: string, { nodeModules = true }: { nodeModules?: boolean } = {}): string {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk(join(ROOT, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: file,
    }).outputText;
    const target = join(out, 'src', relative(join(ROOT, 'src'), file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  if (nodeModules) symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'));
  return join(out, 'src', 'cli.js');
}
