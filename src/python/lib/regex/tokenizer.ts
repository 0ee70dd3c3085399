/**
 * The pattern tokenizer of re/_parser.py: one character, or a backslash and
 * one character, at a time; positions (for re.error) in code points.
 */
import { isidentifier } from '../strcase.js';
import { strRepr } from '../strrepr.js';
import { RegexError } from './syntax.js';

/** re/_parser.py's Tokenizer: tokens are one character or a backslash and one character. */
export class Tokenizer {
  readonly cps: string[];
  index = 0;
  next: string | null = null;
  private nextLen = 0;

  constructor(readonly text: string) {
    this.cps = Array.from(text);
    this.advance();
  }

  private advance(): void {
    let i = this.index;
    if (i >= this.cps.length) {
      this.next = null;
      this.nextLen = 0;
      return;
    }
    let ch = this.cps[i]!;
    let n = 1;
    if (ch === '\\') {
      i++;
      if (i >= this.cps.length) throw new RegexError('bad escape (end of pattern)', this.cps.length - 1);
      ch += this.cps[i]!;
      n = 2;
    }
    this.index = i + 1;
    this.next = ch;
    this.nextLen = n;
  }

  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }

  getwhile(n: number, charset: string): string {
    let out = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !charset.includes(c)) break;
      out += c;
      this.advance();
    }
    return out;
  }

  getuntil(terminator: string, name: string): string {
    let out = '';
    let len = 0;
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (out === '') throw this.error(`missing ${name}`);
        throw this.error(`missing ${terminator}, unterminated name`, len);
      }
      if (c === terminator) {
        if (out === '') throw this.error(`missing ${name}`, 1);
        break;
      }
      out += c;
      len += cpLen(c);
    }
    return out;
  }

  tell(): number {
    return this.index - this.nextLen;
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  error(msg: string, offset = 0): RegexError {
    return new RegexError(msg, this.tell() - offset);
  }

  checkGroupName(name: string, offset: number): void {
    if (!isidentifier(name)) throw this.error(`bad character in group name ${strRepr(name)}`, cpLen(name) + offset);
  }
}

/** Length in code points. */
export const cpLen = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
};
