/**
 * Arrays the dispatch loop indexes (locals+stack, constants, global caches) are all
 * created with V8's most general element kind. Mixed kinds (small ints in one
 * code object's constants, objects in another's) make the loop's loads polymorphic
 * and cost it deoptimisations; one kind keeps them monomorphic.
 */

/** An array of n `undefined` slots, in the generic element kind. */
export function slots<T>(n: number): T[] {
  const a: unknown[] = [undefined];
  a.length = 0;
  for (let i = 0; i < n; i++) a.push(undefined);
  return a as T[];
}

/** A copy of `items` in the generic element kind. */
export function genericCopy<T>(items: readonly T[]): T[] {
  const a: unknown[] = [undefined];
  a.length = 0;
  for (const x of items) a.push(x);
  return a as T[];
}
