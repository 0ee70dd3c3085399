/**
 * lib/sha256.ts (the seeds of unseeded generators) gives node:crypto's digests: every
 * length around the block boundaries, and text with multi-byte characters.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/python/lib/sha256.js';

const node = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
const ours = (data: Uint8Array): string => Buffer.from(sha256(data)).toString('hex');

describe('sha256', () => {
  it('is the standard digest of the empty input and of "abc"', () => {
    expect(ours(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(ours(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it("gives node:crypto's digest for every length from 0 to 300 bytes", () => {
    for (let n = 0; n <= 300; n++) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n * 7) & 0xff);
      expect(ours(data), `${n} bytes`).toBe(node(data));
    }
  });

  it('gives node:crypto\'s digest of the seeds\' UTF-8 text', () => {
    for (const text of ['0/1/global', '12345/42/urandom-fork', 'é/ü/🙂 seed', 'x'.repeat(1000)]) {
      const data = Buffer.from(text, 'utf8');
      expect(ours(data), text).toBe(node(data));
    }
  });
});
