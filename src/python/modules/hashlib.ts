/**
 * _hashlib: one-shot digests by Node's crypto (the same algorithms OpenSSL gives CPython's
 * hashlib), HMACs and PBKDF2. The hash objects of hashlib.py and hmac.py keep the bytes fed
 * to them as Python data — so a fork copies a half-fed hash like any other object — and
 * digest them here when asked.
 */
import { createRequire } from 'node:module';
import { PyBytes } from '../objects/bytes.js';
import { typeErr, valueErr } from '../objects/exceptions.js';
import { fn, unpack } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import type { Value } from '../objects/object.js';
import { typeOf } from '../objects/types.js';
import type { Interpreter } from '../objects/interpreter.js';
import { bytesLike } from '../types/bytearray.js';

/** node:crypto, loaded on first use (`forkscope run` loads it only for a program that hashes: test/cli/bundle.test.ts). */
const crypto = (): typeof import('node:crypto') => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');

/** hashlib's names → Node's (OpenSSL's) names. */
const ALGORITHMS: Record<string, string> = {
  md5: 'md5',
  sha1: 'sha1',
  sha224: 'sha224',
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
  sha3_224: 'sha3-224',
  sha3_256: 'sha3-256',
  sha3_384: 'sha3-384',
  sha3_512: 'sha3-512',
  blake2b: 'blake2b512',
  blake2s: 'blake2s256',
};

function algorithm(v: Value): string {
  const name = typeof v === 'string' ? v.toLowerCase().replace('-', '_') : undefined;
  const algo = name === undefined ? undefined : ALGORITHMS[name];
  if (algo === undefined) throw valueErr(`unsupported hash type ${typeof v === 'string' ? v : typeOf(v).name}`);
  return algo;
}

function data(v: Value): Uint8Array {
  if (typeof v === 'string') throw typeErr('Strings must be encoded before hashing');
  const d = bytesLike(v);
  if (d === undefined) throw typeErr(`object supporting the buffer API required`);
  return d;
}

export function makeHashlib(_interp: Interpreter): PyModule {
  const m = new PyModule('_hashlib');
  const def = (name: string, f: import('../objects/function.js').NativeFn): void => m.ns.setStr(name, fn(name, f, '_hashlib'));
  // digest(name, data) -> bytes
  def('digest', (_th, a) => {
    unpack('digest', a, 2, 2);
    return new PyBytes(new Uint8Array(crypto().createHash(algorithm(a[0]!)).update(data(a[1]!)).digest()));
  });
  // check(name) -> None, or ValueError for a name hashlib does not know
  def('check', (_th, a) => {
    unpack('check', a, 1, 1);
    algorithm(a[0]!);
    return null;
  });
  // hmac(name, key, msg) -> bytes
  def('hmac', (_th, a) => {
    unpack('hmac', a, 3, 3);
    return new PyBytes(new Uint8Array(crypto().createHmac(algorithm(a[0]!), data(a[1]!)).update(data(a[2]!)).digest()));
  });
  // pbkdf2(name, password, salt, iterations, dklen) -> bytes
  def('pbkdf2', (_th, a) => {
    unpack('pbkdf2', a, 5, 5);
    const [iterations, dklen] = [Number(a[3]), Number(a[4])];
    if (iterations < 1) throw valueErr('iteration value must be greater than 0.');
    if (dklen < 1) throw valueErr('key length must be greater than 0.');
    return new PyBytes(new Uint8Array(crypto().pbkdf2Sync(data(a[1]!), data(a[2]!), iterations, dklen, algorithm(a[0]!))));
  });
  return m;
}
