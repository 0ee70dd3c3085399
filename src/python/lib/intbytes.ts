/**
 * int.to_bytes and int.from_bytes (two's complement when signed), with CPython 3.11's
 * errors. Pure; errors are PyLibErrors.
 */
import { PyLibError } from './errors.js';
import type { PyInt } from './pyint.js';

const norm = (v: bigint): PyInt => (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);

/** `byteorder` checked: true for 'big'. */
export function bigEndian(order: string): boolean {
  if (order !== 'big' && order !== 'little') throw new PyLibError('ValueError', "byteorder must be either 'little' or 'big'");
  return order === 'big';
}

/** int.to_bytes(length, byteorder, signed=...). */
export function intToBytes(value: PyInt, length: number, big: boolean, signed: boolean): Uint8Array {
  if (length < 0) throw new PyLibError('ValueError', 'length argument must be non-negative');
  let v = BigInt(value);
  if (v < 0n && !signed) throw new PyLibError('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  if (!fits || (length === 0 && v !== 0n)) throw new PyLibError('OverflowError', 'int too big to convert');
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return big ? out : out.reverse();
}

/** int.from_bytes(bytes, byteorder, signed=...). */
export function intFromBytes(data: Uint8Array, big: boolean, signed: boolean): PyInt {
  const bytes = big ? data : data.slice().reverse();
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (signed && bytes.length > 0 && bytes[0]! >= 0x80) v -= 1n << BigInt(bytes.length * 8);
  return norm(v);
}
