/**
 * memoryview where forkscope knowingly differs from CPython (types/memoryview.ts, the
 * README's language section): CPython refuses to resize a bytearray while a view of it is
 * alive; forkscope cannot tell when a view is gone, so it allows the resize and refuses to
 * use a view the bytearray has shrunk under. Everything else is in the differential corpus
 * (test/python/diff/cases/types/memoryview.py).
 */
import { describe, expect, it } from 'vitest';
import { runPython } from '../../../src/scenario/python.js';

describe('memoryview over a bytearray that changes size', () => {
  it('a growing bytearray keeps its views working; one that shrinks under a view makes the view raise BufferError', () => {
    const r = runPython(`buf = bytearray(b"abcd")
tail = memoryview(buf)[2:]
buf.extend(b"ef")
print(tail.tobytes(), tail[1])
del buf[1:]
try:
    tail.tobytes()
except BufferError as e:
    print("BufferError", e)
try:
    tail[0]
except BufferError:
    print("BufferError again")
`);
    expect(r.stdout).toBe(
      "b'cd' 100\nBufferError the bytearray under this memoryview has shrunk since the view was made (CPython refuses that resize while the view is alive)\nBufferError again\n",
    );
  });
});
