/**
 * id(v): a stable number per object, allocated per heap in creation order so that
 * a run is deterministic. The VM makes the running interpreter's IdSpace current
 * before it runs any code; fork gives every cloned object its original's id (a
 * forked child sees the same ids, as with a copied address space).
 */
import type { Value } from './object.js';

export class IdSpace {
  readonly map = new WeakMap<object, number>();
  /** How many objects have an id here (a fork's copy looks ids up only when some object has one). */
  given = 0;
  constructor(
    public next = 0x7f5a1c000010,
    /** For a look that must change nothing (peek): the space whose ids it reads. */
    private readonly base: IdSpace | null = null,
  ) {}

  /**
   * A space for looking at this heap without changing it (the TUI's variables): ids this
   * heap has given are read; an object without one gets the id it would get next, noted
   * here only — the program's own later ids stay what they would have been.
   */
  peek(): IdSpace {
    return new IdSpace(this.next, this);
  }

  /** The id given to `v` here or in the base (undefined: none yet). */
  known(v: object): number | undefined {
    return this.map.get(v) ?? this.base?.map.get(v);
  }

  /** The id of `orig` in this space, given to `copy` in `child`. */
  inherit(child: IdSpace, orig: object, copy: object): void {
    if (this.given === 0) return;
    const id = this.map.get(orig);
    if (id !== undefined) {
      child.map.set(copy, id);
      child.given++;
    }
  }
}

let current = new IdSpace();

/** Makes `space` the one ids are drawn from (called by the VM when a heap runs). */
export function useIds(space: IdSpace): void {
  current = space;
}

/** The id of a value (primitives get a value-derived id). */
export function idOf(v: Value): number {
  if (v === null) return 0x7f5a1b0a0d00;
  if (typeof v !== 'object') return primitiveId(v);
  let id = current.known(v);
  if (id === undefined) {
    id = current.next;
    current.next += 0x30;
    current.map.set(v, id);
    current.given++;
  }
  return id;
}

function primitiveId(v: number | bigint | string | boolean): number {
  if (typeof v === 'boolean') return v ? 0x7f5a1b0a0e00 : 0x7f5a1b0a0e20;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= -5 && v <= 256) return 0x7f5a1b0b0000 + (v + 5) * 32;
  let h = 0;
  const s = `${typeof v}:${String(v)}`;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return 0x7f5a00000000 + h * 16;
}
