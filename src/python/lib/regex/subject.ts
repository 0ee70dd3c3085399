/** The subject of a match: a str as code points (positions are Python str indices). */
export class Subject {
  readonly cps: Int32Array;
  private offsets: Int32Array | null = null;

  constructor(readonly str: string) {
    let n = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff || i === 0 || !isHigh(str.charCodeAt(i - 1))) n++;
    }
    const cps = new Int32Array(n);
    if (n === str.length) for (let i = 0; i < n; i++) cps[i] = str.charCodeAt(i);
    else {
      let k = 0;
      for (const ch of str) cps[k++] = ch.codePointAt(0)!;
    }
    this.cps = cps;
  }

  get length(): number {
    return this.cps.length;
  }

  /** The text between two code-point positions. */
  slice(a: number, b: number): string {
    if (this.cps.length === this.str.length) return this.str.slice(a, b);
    if (this.offsets === null) {
      const off = new Int32Array(this.cps.length + 1);
      let u = 0;
      for (let i = 0; i < this.cps.length; i++) {
        off[i] = u;
        u += this.cps[i]! > 0xffff ? 2 : 1;
      }
      off[this.cps.length] = u;
      this.offsets = off;
    }
    return this.str.slice(this.offsets[a], this.offsets[b]);
  }
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

