# methods: fork
# Fork isolation for each kind of object: the parent writes after start(), before the
# child looks; the child writes after it looked, before the parent looks; neither sees
# the other's writes, and identity (is, id()) is kept on both sides.
import multiprocessing as mp
import os
import textwrap
from collections import deque


class K:
    count = 0
    tags = []


class P:
    pass


def make():
    n = 0

    def inc(d):
        nonlocal n
        n += d
        return n

    return inc


def gen(acc):
    for i in range(10):
        acc.append(i)
        yield len(acc)


xs = [1, [2, 3]]
inner = xs[1]
d = {'a': 1, 'n': {'k': 0}}
keys = d.keys()
s = {1, 2}
o = P()
o.x = 1
inc = make()
g = 0
textwrap.mark = 'before'
b = bytearray(b'abc')
it = iter([1, 2, 3, 4, 5, 6])
next(it)
acc = []
gn = gen(acc)
next(gn)
dq = deque([1, 2], maxlen=3)
f = 1.5
ids = (id(xs), id(inner), id(f))


def snapshot():
    return [
        xs, inner is xs[1], d, list(keys), sorted(map(str, s)), vars(o),
        (K.count, K.tags, K().count), inc(0), g, textwrap.mark, bytes(b),
        next(it), next(gn), acc, list(dq), (id(xs), id(xs[1]), id(f)) == ids,
    ]


def mutate(tag):
    global g
    inner.append(tag)
    xs[0] = tag
    d['a'] = tag
    d['n'][tag] = 1
    s.add(tag)
    s.discard(1)
    o.x = tag
    setattr(o, tag, 1)
    K.count += len(tag)
    K.tags.append(tag)
    inc(len(tag))
    g += len(tag)
    textwrap.mark = tag
    b.extend(tag.encode())
    next(it)
    next(gn)
    acc.append(tag)
    dq.append(tag)


def child(ready, out):
    ready.wait()
    out.put(repr(snapshot()))
    mutate('child')
    out.put(repr(snapshot()))


if __name__ == '__main__':
    mp.set_start_method(os.environ.get('FORKSCOPE_START_METHOD', 'fork'))
    ready = mp.Event()
    out = mp.Queue()
    p = mp.Process(target=child, args=(ready, out))
    p.start()
    mutate('parent')
    ready.set()
    print('child sees', out.get())
    print('child after its write', out.get())
    p.join()
    print('parent sees', repr(snapshot()))
    print('exit code', p.exitcode)
