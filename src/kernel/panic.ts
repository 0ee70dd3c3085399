/**
 * The second tier of failure: a broken invariant is our bug, not the guest program's.
 * It is never turned into a guest exception or output; the CLI ends the run with exit
 * status 70 and "forkscope: internal error: ...".
 */
export class KernelPanic extends Error {
  constructor(invariant: string) {
    super(`kernel panic: ${invariant}`);
    this.name = 'KernelPanic';
  }
}

/** Does not return. */
export function panic(invariant: string): never {
  throw new KernelPanic(invariant);
}
