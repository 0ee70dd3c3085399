/**
 * The AST as JSON, for the build-time cache of forkscope's Python stdlib: parsing its
 * modules (lezer, then conversion) is most of a multiprocessing program's start-up, so
 * the build parses them once and the importer reads the AST back. Big ints and bytes,
 * which JSON cannot hold, travel as tagged objects; the source's digest guards
 * against a stale cache.
 */
import { createHash } from 'node:crypto';
import type { Module } from './ast.js';

export interface AstCache {
  digest: string;
  ast: Module;
}

export const sourceDigest = (source: string): string => createHash('sha1').update(source).digest('hex');

export function astToJson(source: string, ast: Module): string {
  return JSON.stringify({ digest: sourceDigest(source), ast }, (_key, v: unknown) => {
    if (typeof v === 'bigint') return { $bigint: v.toString() };
    if (v instanceof Uint8Array) return { $bytes: Array.from(v) };
    return v;
  });
}

/** The cached AST of `source`, or null when the cache was made from other source. */
export function astFromJson(source: string, json: string): Module | null {
  const cache = JSON.parse(json, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object') {
      if ('$bigint' in v) return BigInt((v as { $bigint: string }).$bigint);
      if ('$bytes' in v) return Uint8Array.from((v as { $bytes: number[] }).$bytes);
    }
    return v;
  }) as AstCache;
  return cache.digest === sourceDigest(source) ? cache.ast : null;
}
