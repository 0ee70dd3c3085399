/**
 * V8 builds `a + b` of 13 or more characters as a rope (a ConsString: two pointers to
 * the parts), so an f-string of five parts is a tree of four nodes over five leaves.
 * A program that keeps such strings (a list of 400,000 formatted lines) keeps every
 * node, and each young-generation collection copies all of them: half the CPU of the
 * f-string bench was the garbage collector. `flat` makes V8 copy a short rope into one
 * flat string now (reading a character flattens it in place), which is cheap while it
 * is short. Long strings stay ropes: `s += x` in a loop relies on them to be linear.
 */
export const FLAT_MAX = 256;

/** `s`, flattened in place when it is a short rope (see above); same value either way. */
export function flat(s: string): string {
  if (s.length > 12 && s.length < FLAT_MAX) s.charCodeAt(0);
  return s;
}
