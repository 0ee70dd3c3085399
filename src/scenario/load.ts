/**
 * Loading scenarios: a file (or a name under `scenarios/`) becomes a `Scenario` —
 * the main program's image, the loader for everything it may start, its declared
 * options, stdin and files. One loader per language, chosen by extension.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Loader, composeLoader } from '../kernel/program.js';
import type { Image } from '../kernel/syscalls.js';
import type { ScenarioMeta } from './api.js';
import { EXIT, UserError, usageError } from './errors.js';
import { tsLoader } from './loaders.js';
import { OptionError, type RunOptions, fromScenarioOptions } from './options.js';
import { commandLoader } from './commands.js';
import { type CodeMap, codeMap, displayUnder } from './source-map.js';

/** node:crypto, loaded on first use (loading it is ~10 ms of a start that most commands do not need). */
const crypto = (): typeof import('node:crypto') => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');

export interface Scenario {
  /** Path under scenarios/ without extension ('kernel/fork-tree'), or the file's path. */
  id: string;
  file: string;
  lang: 'ts' | 'py';
  title: string;
  /** Where it comes from and what it shows. */
  about: string;
  options: RunOptions;
  /** Other option sets with their own snapshots: name → options layered on `options`. */
  variants: Record<string, RunOptions>;
  stdin: string;
  files: Record<string, string>;
  main: Image;
  loader: Loader;
  source: string;
  /** A digest of the program as it runs (a TypeScript scenario's bundle, with what it imports; a Python file's code without its comment lines, with the modules beside it and its stdin). */
  digest: string;
  /** A TypeScript scenario's bundle: where its code is, for error locations and the watchdog. */
  code?: CodeMap;
  /** A TypeScript scenario's bundle itself (an explorer's workers load it from this, without building it again). */
  bundle?: string;
}

/** Builds a scenario from a file's bytes (each language decodes its own source: Python's declares its encoding). */
export type LanguageLoader = (file: string, data: Uint8Array, id: string, instance: string) => Promise<Scenario> | Scenario;

/**
 * One loader per extension. The Python frontend is most of forkscope's code and a
 * TypeScript run needs none of it, so it loads only when a `.py` file is run.
 */
const LANGUAGES: Readonly<Record<string, LanguageLoader>> = {
  '.ts': loadTs,
  '.py': async (file, data, id) => (await import('./python.js')).loadPython(file, data, id),
};

/** The scenarios folder that ships with forkscope. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Finds a scenario by path, or by its name under scenarios/ (with or without extension). */
export function resolveScenario(ref: string): string {
  const candidates = [ref, ...Object.keys(LANGUAGES).map((ext) => `${ref}${ext}`)];
  const places = [...candidates, ...candidates.map((c) => join(SCENARIOS_DIR, c))];
  for (const p of places) if (existsSync(p) && statSync(p).isFile()) return resolve(p);
  if (places.some((p) => existsSync(p) && statSync(p).isDirectory())) {
    throw usageError(`${ref} is a directory; give a scenario file (.py or .ts) or a name from 'forkscope list'`);
  }
  throw usageError(`no such scenario: ${ref} (see 'forkscope list')`);
}

/**
 * Loads a scenario. `instance` names a fresh copy of a TypeScript scenario's module (its
 * own functions, never run or optimised): the watchdog's profiling replay uses one.
 */
export async function loadScenario(ref: string, instance = ''): Promise<Scenario> {
  const file = resolveScenario(ref);
  const ext = extname(file);
  const load = LANGUAGES[ext];
  if (!load) throw new UserError(`cannot run ${ext || 'extensionless'} files (known: ${Object.keys(LANGUAGES).join(', ')})`, file, EXIT.usage);
  return load(file, readFileSync(file), idOf(file), instance);
}

/** A scenario's id: its path under scenarios/ without extension, or the file's path. */
function idOf(file: string): string {
  const rel = relative(SCENARIOS_DIR, file);
  return rel.startsWith('..') ? file : rel.slice(0, -extname(file).length);
}

/**
 * A TypeScript scenario loaded again from the bundle another thread built of it
 * (`Scenario.bundle`): an explorer's worker gets the same program without running
 * esbuild, which costs more than the rest of the worker's start.
 */
export async function loadBundled(file: string, bundle: string): Promise<Scenario> {
  return tsFromBundle(file, Buffer.from(readFileSync(file)).toString('utf8'), idOf(file), '', bundle);
}

/** Every scenario under a folder, sorted by id. */
export function listScenarioFiles(dir = SCENARIOS_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (name.startsWith('_')) continue; // shared code, not a scenario
      if (statSync(p).isDirectory()) walk(p);
      else if (LANGUAGES[extname(name)] && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The shared part of every language: builds the Scenario from what the file declares. */
export function makeScenario(
  parts: Omit<Scenario, 'options' | 'variants' | 'loader' | 'digest'> & {
    options: RunOptions;
    variants: Record<string, RunOptions>;
    frontends: Record<string, Loader>;
    /** What the digest covers, when more than the source (a bundle). */
    program?: string;
  },
): Scenario {
  const { frontends, program, ...rest } = parts;
  const scenario = { ...rest, digest: '', loader: composeLoader({ command: commandLoader, ...frontends }) };
  // The digest is computed when first read (snapshots, exploration): a plain run never
  // reads it, and loading node:crypto is ~10 ms of its start.
  let digest: string | null = null;
  Object.defineProperty(scenario, 'digest', {
    enumerable: true,
    get: () => (digest ??= crypto().createHash('sha256').update(program ?? parts.source).digest('hex').slice(0, 16)),
  });
  return scenario;
}

async function loadTs(file: string, data: Uint8Array, id: string, instance: string): Promise<Scenario> {
  const source = Buffer.from(data).toString('utf8');
  const { build } = await import('esbuild');
  let code: string;
  const base = dirname(file);
  try {
    const out = await build({
      entryPoints: [file],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
      sourcemap: 'inline',
      absWorkingDir: base,
      plugins: [selfReference],
    });
    code = out.outputFiles[0]!.text;
  } catch (e) {
    const err = (e as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] }).errors?.[0];
    if (err) {
      const where = err.location ? `${resolve(base, err.location.file)}:${err.location.line}:${err.location.column + 1}` : file;
      throw new UserError(err.text, where);
    }
    throw e;
  }
  return tsFromBundle(file, source, id, instance, code);
}

/** The TypeScript scenario whose bundle is `code`: imports it and reads what it declares. */
async function tsFromBundle(file: string, source: string, id: string, instance: string, code: string): Promise<Scenario> {
  const base = dirname(file);
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}${instance ? `#${instance}` : ''}`;
  const map = codeMap(code, url, base, displayUnder(SCENARIOS_DIR));
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (e) {
    // The module's own top-level code threw.
    const where = map.frames(e instanceof Error ? (e.stack ?? '') : '')[0] ?? `${file}:1:1`;
    throw new UserError(`the scenario module threw while loading: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, where.replace(/^.* \((.*)\)$/, '$1'));
  }
  if (typeof mod.default !== 'function') throw new UserError('a TypeScript scenario must export its program as the default export', `${file}:1:1`);
  const meta = (mod.scenario ?? {}) as ScenarioMeta;
  const where = `${file}:1:1`;
  const opts = (o: ScenarioMeta['options']): RunOptions => {
    try {
      return fromScenarioOptions(o);
    } catch (e) {
      if (e instanceof OptionError) throw new UserError(`scenario options: ${e.message}`, where);
      throw e;
    }
  };
  const variants: Record<string, RunOptions> = {};
  for (const [name, o] of Object.entries(meta.variants ?? {})) variants[name] = opts(o);
  return makeScenario({
    id,
    file,
    lang: 'ts',
    title: meta.title ?? basename(file),
    about: meta.about ?? '',
    options: opts(meta.options),
    variants,
    stdin: meta.stdin ?? '',
    files: meta.files ?? {},
    main: { kind: 'ts', label: basename(file, '.ts'), data: JSON.stringify({ export: 'default', args: [] }) },
    source,
    // The bundle's comment lines (the files it came from, its inline source map) and this installation's path are not the program.
    program: code.replace(/^\/\/.*$/gm, '').replaceAll(SELF_URL, 'forkscope'),
    code: map,
    bundle: code,
    frontends: { ts: tsLoader(mod, map) },
  });
}

/** This installation's library entry, as a URL. */
const SELF_URL = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'index.js')).href;

/** Lets a scenario `import ... from 'forkscope'` resolve to this installation. */
const selfReference = {
  name: 'forkscope-self',
  setup(b: { onResolve: (o: { filter: RegExp }, cb: () => { path: string; external: boolean }) => void }): void {
    b.onResolve({ filter: /^forkscope$/ }, () => ({ path: SELF_URL, external: true }));
  },
};
