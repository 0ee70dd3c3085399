/**
 * Arrays the dispatch loop indexes (locals+stack, constants, global caches) are all
 * created with V8's most general element kind. Mixed kinds (small ints in one
 * code object's constants, objects in another's) make the loop's loads polymorphic
 * and cost it deoptimisations; one kind keeps them monomorphic.
 */

/**
 * An empty array in the generic element kind: made with an `undefined` in it, which
 * `pop` takes out (setting `length` would go through V8's runtime, ~70 ns, at every
 * function made).
 */
function generic(): unknown[] {
  const a: unknown[] = [undefined];
  a.pop();
  return a;
}

/** An array of n `undefined` slots, in the generic element kind. */
export function slots<T>(n: number): T[] {
  const a = generic();
  for (let i = 0; i < n; i++) a.push(undefined);
  return a as T[];
}

/** A copy of `items` in the generic element kind. */
export function genericCopy<T>(items: readonly T[]): T[] {
  const a = generic();
  for (const x of items) a.push(x);
  return a as T[];
}
