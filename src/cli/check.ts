/**
 * `forkscope check FILE`: what would go wrong before running. A TypeScript scenario is
 * type-checked against forkscope's API, with its default export checked as a `Program`
 * (a mistake such as `yield k.sleep('1ms')` without the `*`, or a misspelt operation, is
 * a TypeScript error here instead of a puzzling one at run time); a Python scenario is
 * parsed and compiled. Errors are `file:line:col: message`, one per line; status 1.
 *
 * Type-checking needs the `typescript` package (a development dependency of forkscope,
 * and of most TypeScript projects); without it, `check` says how to get it.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError, usageError } from '../scenario/errors.js';
import { loadScenario, resolveScenario } from '../scenario/load.js';
import type { Io } from './io.js';

type TS = typeof import('typescript');

/**
 * forkscope's API as a scenario imports it: the declarations beside the built code; run
 * from the sources, the scenario API itself (src/scenario/api.ts, what scenarios use:
 * checking against src/index.ts would parse all of forkscope).
 */
function apiPath(): string {
  const declarations = fileURLToPath(new URL('../index.d.ts', import.meta.url));
  if (existsSync(declarations)) return declarations;
  const api = fileURLToPath(new URL('../scenario/api.ts', import.meta.url));
  if (existsSync(api)) return api;
  throw new Error(`forkscope's API declarations are missing: ${declarations}`);
}

export async function checkCommand(refs: string[], io: Io): Promise<number> {
  const files = refs.map(resolveScenario);
  let bad = 0;
  for (const file of files.filter((f) => f.endsWith('.py'))) {
    try {
      await loadScenario(file);
      io.stdout(`${file}: ok\n`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      io.stderr(`forkscope: ${e.text}\n`);
      bad++;
    }
  }
  const tsFiles = files.filter((f) => !f.endsWith('.py'));
  if (tsFiles.length > 0) {
    let ts: TS;
    try {
      ts = ((await import('typescript')) as { default: TS }).default;
    } catch {
      throw usageError('forkscope check needs the typescript package to type-check a TypeScript scenario: npm install --save-dev typescript');
    }
    const problems = typeErrors(ts, tsFiles);
    for (const file of tsFiles) {
      const mine = problems.get(file) ?? [];
      if (mine.length === 0) {
        io.stdout(`${file}: ok\n`);
        continue;
      }
      bad++;
      for (const p of mine) io.stderr(`${p}\n`);
      io.stderr(`forkscope: ${mine.length} type error${mine.length === 1 ? '' : 's'} in ${file}\n`);
    }
  }
  return bad > 0 ? 1 : 0;
}

/** A file beside each scenario that uses its default export as a Program; it exists only in the check. */
const probeOf = (file: string): string => join(dirname(file), `__forkscope_check_${basename(file, '.ts')}.ts`);
const probeText = (file: string): string => `import type { Program } from 'forkscope';\nimport main from './${basename(file, '.ts')}.js';\nexport const program: Program = main;\n`;

/** TypeScript's errors for each scenario, and for its default export used as a Program (one program for all). */
function typeErrors(ts: TS, files: string[]): Map<string, string[]> {
  const probes = new Map(files.map((f) => [probeOf(f), f]));
  const options: import('typescript').CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: [],
    skipLibCheck: true,
    paths: { forkscope: [apiPath()] },
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) => {
    const scenario = probes.get(resolve(name));
    return scenario !== undefined ? ts.createSourceFile(name, probeText(scenario), lang) : getSourceFile(name, lang, onError, create);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => probes.has(resolve(name)) || fileExists(name);
  const program = ts.createProgram({ rootNames: [...files, ...probes.keys()], options, host });
  const out = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const d of program.getOptionsDiagnostics()) out.get(files[0]!)!.push(`error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n  ')}`);
  // The scenarios' own errors (and their probes'); forkscope's files are checked where they are built.
  for (const [name, scenario] of [...files.map((f) => [f, f] as const), ...probes]) {
    const sf = program.getSourceFile(name);
    if (!sf) continue;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n  ');
      const { line, character } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
      const probe = name !== scenario;
      const where = probe ? `${scenario}: the default export` : `${resolve(d.file?.fileName ?? name)}:${line + 1}:${character + 1}`;
      out.get(scenario)!.push(`${where}: error TS${d.code}: ${probe ? `is not a forkscope Program: ${text}` : text}`);
    }
  }
  return out;
}
