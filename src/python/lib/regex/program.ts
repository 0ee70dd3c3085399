/**
 * The regex program: a flat Int32Array of instructions for the backtracking
 * machine (machine.ts), each an opcode followed by fixed operands. Layouts:
 *
 *   FAIL                      backtrack
 *   MATCH                     the whole pattern matched (top level checks apply)
 *   CHAR c | NOT_CHAR c       one code point equal / not equal to c
 *   CHAR_IGN l | NOT_CHAR_IGN l   lower(ch) equal / not equal to l
 *   ANY 0 | ANY_ALL 0         any but '\n' / any
 *   SET i                     sets[i].test(ch)
 *   AT kind                   a zero-width position test (AtKind)
 *   JMP to
 *   SPLIT a b                 try a; on failure b
 *   MARK slot                 record the position in a group slot
 *   REF g | REF_IGN g         the text of group g again
 *   REF_EXISTS g no           continue if group g matched, else jump to no
 *   REPEAT r min max exit     a general greedy repeat: body follows, ends with UNTIL_MAX r head
 *   REPEAT_MIN r min max exit the lazy form, body ends with UNTIL_MIN r head
 *   UNTIL_MAX r head | UNTIL_MIN r head
 *   ONE min max exit | ONE_MIN min max exit | ONE_POSS min max exit
 *                             a greedy / lazy / possessive repeat of one single-character
 *                             test, which follows (2 words); exit is the tail
 *   POSS r min max exit       a possessive repeat: each iteration is atomic and none is
 *                             retried; body follows, ends with POSS_END r head
 *   ASSERT neg back after     a look-around: body follows, ends with ASSERT_END
 *   ATOMIC after              body follows, ends with ATOMIC_END
 *   ASSERT_END | ATOMIC_END
 */
import type { CharSet } from './charset.js';

export const enum Op {
  FAIL,
  MATCH,
  CHAR,
  NOT_CHAR,
  CHAR_IGN,
  NOT_CHAR_IGN,
  ANY,
  ANY_ALL,
  SET,
  AT,
  JMP,
  SPLIT,
  MARK,
  REF,
  REF_IGN,
  REF_EXISTS,
  REPEAT,
  REPEAT_MIN,
  UNTIL_MAX,
  UNTIL_MIN,
  ONE,
  ONE_MIN,
  ONE_POSS,
  POSS,
  POSS_END,
  ASSERT,
  ASSERT_END,
  ATOMIC,
  ATOMIC_END,
}

/** What AT tests (multiline and Unicode variants resolved at compile time). */
export const enum AtKind {
  Beginning,
  BeginningLine,
  BeginningString,
  End,
  EndLine,
  EndString,
  Boundary,
  NonBoundary,
  AsciiBoundary,
  AsciiNonBoundary,
}

export interface Program {
  code: Int32Array;
  sets: CharSet[];
  /** Number of general repeats (each has a counter slot). */
  repeats: number;
  /** Groups including group 0. */
  groups: number;
  groupIndex: Map<string, number>;
  /** The final flags (re.UNICODE added for str patterns). */
  flags: number;
  /** ASCII flag: case folding and \b use ASCII rules. */
  ascii: boolean;
  /** The pattern can match only at index 0 (it starts with \A or a non-multiline ^). */
  anchored: boolean;
  /** The first code point of every match, when the pattern starts with a literal (a search shortcut). */
  firstChar: number;
}
