/**
 * How many Python objects have been made (every PyObject constructor counts one): the
 * memory accounting (vm/space.ts) reads how many a run made, to know when the heap may
 * have grown enough to be counted again (vm/heapsize.ts). A counter of the whole host,
 * read as differences, so it needs no reset.
 */
export const made = { n: 0 };
