/**
 * Python numeric semantics for the VM, one import away: int arithmetic
 * (intarith), bitwise ops and base conversion (intbits), float arithmetic
 * (floatarith), and parsing of numeric strings (numparse).
 *
 * Ints are `number | bigint` (canonical: number when safe); floats are
 * `number`. Int and float have separate functions because JS cannot tell
 * 7 from 7.0 and CPython's results and messages differ between them.
 */
export * from './intarith.js';
export * from './intbits.js';
export * from './floatarith.js';
export { intFromString, floatFromString, strRepr } from './numparse.js';
export type { PyInt } from './pyint.js';
