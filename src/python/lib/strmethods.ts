/**
 * Python `str` methods on JS strings, with CPython 3.11 semantics.
 * `join` and `format` live elsewhere (the VM and strformat.ts).
 *
 * Python counts code points where JS counts UTF-16 units; every function
 * here takes and returns code-point positions, and takes a native fast path
 * when the string has no surrogates.
 */
export { pyLen, pyIndex, pySlice, sliceIndices, hasSurrogates } from './codepoints.js';
export { strRepr, strAscii } from './strrepr.js';
export { find, rfind, index, rindex, count, startswith, endswith, replace, partition, rpartition, adjustIndices } from './strsearch.js';
export type { Bound } from './strsearch.js';
export { split, rsplit, splitlines, strip, lstrip, rstrip } from './strsplit.js';
export { center, ljust, rjust, zfill, expandtabs } from './strlayout.js';
export {
  upper, lower, casefold, title, capitalize, swapcase, isascii, isdecimal, isdigit, isnumeric, isalpha, isalnum,
  isspace, isprintable, isidentifier, isupper, islower, istitle,
} from './strcase.js';
