/**
 * The compiled tier's inline caches of LOAD_ATTR and STORE_ATTR (vm/instructions.ts,
 * runtime/attr.ts cacheLoadAttr/cacheStoreAttr): the differential case
 * classes/attr_cache changes classes under the same attribute sites (a base's datum, a
 * new class attribute, a property, __getattr__, __getattribute__, __setattr__, a
 * descriptor whose class gains __get__ and __set__, __class__ assignment, __slots__,
 * two classes through one site, a module attribute). diff.test.ts runs it in the
 * interpreter; here every code object is compiled on its first run, so each site's
 * cache is filled before the change it must notice.
 */
import { describe, expect, it } from 'vitest';
import { listCases } from '../diff-harness.js';
import { inTier } from '../diff-tiers.js';

describe('attribute inline caches', () => {
  it('follow every change to the classes under them (compiled tier, as CPython)', () => {
    const c = listCases().find((x) => x.name === 'classes/attr_cache');
    expect(c).toBeDefined();
    expect(inTier(c!, 0)).toBeGreaterThan(0);
  });
});
