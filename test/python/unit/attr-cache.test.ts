/**
 * The compiled tier's inline caches and the per-class caches behind calls
 * (vm/instructions.ts LOAD_ATTR, STORE_ATTR, LOAD_METHOD; runtime/attr.ts
 * cacheLoadAttr/cacheStoreAttr; runtime/typecall.ts newAndInit), on differential cases
 * that change classes under the same sites: classes/attr_cache (a base's datum, a new
 * class attribute, a property, __getattr__, __getattribute__, __setattr__, a descriptor
 * whose class gains __get__ and __set__, __class__ assignment, __slots__, two classes
 * through one site, a module attribute), classes/call_cache (__init__ and __new__
 * replaced between calls, by functions and by plain values), classes/super_init_chain
 * (super().__init__ from several classes through LOAD_METHOD). diff.test.ts runs them in
 * the interpreter; here every code object is compiled on its first run, so each cache
 * is filled before the change it must notice.
 */
import { describe, expect, it } from 'vitest';
import { listCases } from '../diff-harness.js';
import { inTier } from '../diff-tiers.js';

const CASES = ['classes/attr_cache', 'classes/call_cache', 'classes/super_init_chain'];

describe('inline and per-class caches, compiled tier', () => {
  const all = listCases();
  for (const name of CASES) {
    it(`${name} prints what CPython printed`, () => {
      const c = all.find((x) => x.name === name);
      expect(c).toBeDefined();
      expect(inTier(c!, 0)).toBeGreaterThan(0);
    });
  }
});
