/**
 * The VM's second error tier: our own bugs. A guest program's errors are Python
 * exceptions (objects/exceptions.ts) that its handlers may catch; a broken
 * invariant of forkscope is a VmPanic, which no Python handler sees. The unwinder
 * lets it through every frame (vm/unwind.ts), so it leaves `AddressSpace.run` as a
 * JavaScript exception and ends the whole run; the CLI recognises it by type
 * (`instanceof VmPanic`, exported from src/python/index.ts) and exits 70 with
 * "forkscope: internal error: …".
 */
export class VmPanic extends Error {
  constructor(invariant: string, options?: { cause?: unknown }) {
    super(`vm panic: ${invariant}`, options);
    this.name = 'VmPanic';
  }
}

/** Throws a VmPanic naming the invariant that does not hold. Does not return. */
export function panic(invariant: string, cause?: unknown): never {
  throw new VmPanic(invariant, cause === undefined ? undefined : { cause });
}
