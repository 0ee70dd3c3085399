/**
 * Fork isolation, one case per kind of object a fork copies: after the fork each
 * process writes to its own copy, and neither sees the other's writes — the parent's
 * write made after the fork (before the child looks) and the child's write (before the
 * parent looks). `program` builds the same program for our VM and, when the expected
 * lines were recorded, for CPython 3.11 (python3 on the recording machine).
 */

export interface IsolationCase {
  /** The kind of object. */
  kind: string;
  /** Module-level code run before the fork. */
  setup: string;
  /** An expression each process prints (it may advance an iterator: then every look advances it). */
  view: string;
  /** What the parent does after the fork, before the child looks. */
  parent: string;
  /** What the child does after its first look. */
  child: string;
  /** The child's first look, its look after its own write, and the parent's look after the child exited. */
  expected: [child: string, childAfter: string, parent: string];
}

const indent = (code: string, by: string): string =>
  code
    .trim()
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/**
 * The child waits on a pipe until the parent has written (so the parent's write comes
 * first in both VMs), looks, writes, looks again and exits; the parent looks once the
 * child has exited.
 */
export function program(c: IsolationCase): string {
  return `import os
${c.setup.trim()}

def view():
    return ${c.view}

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
${indent(c.child, '    ')}
    print('child after its write', view(), flush=True)
    os._exit(0)
${c.parent.trim()}
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
`;
}

export const CASES: IsolationCase[] = [
  {
    kind: 'list (and a list inside it, through an alias)',
    setup: 'xs = [1, [2, 3]]\ninner = xs[1]',
    view: '(xs, inner is xs[1])',
    parent: "inner.append('p')\nxs[0] = 'P'",
    child: "inner.append('c')\nxs.append('C')",
    expected: ["([1, [2, 3]], True)", "([1, [2, 3, 'c'], 'C'], True)", "(['P', [2, 3, 'p']], True)"],
  },
  {
    kind: 'dict (and a dict inside it)',
    setup: "d = {'a': 1, 'n': {'k': 0}}",
    view: 'd',
    parent: "d['a'] = 'P'\nd['n']['k'] = 'P'\nd['p'] = 1",
    child: "del d['a']\nd['n'].clear()\nd['c'] = 2",
    expected: ["{'a': 1, 'n': {'k': 0}}", "{'n': {}, 'c': 2}", "{'a': 'P', 'n': {'k': 'P'}, 'p': 1}"],
  },
  {
    kind: 'set',
    setup: "s = {1, 2, 'x'}",
    view: 'sorted(map(str, s))',
    parent: "s.add('p')\ns.discard(1)",
    child: "s.add('c')\ns.clear()\ns.add(3)",
    expected: ["['1', '2', 'x']", "['3']", "['2', 'p', 'x']"],
  },
  {
    kind: 'instance (its attributes, and a list it holds)',
    setup: 'class P:\n    pass\no = P()\no.x = 1\no.items = [1]',
    view: 'vars(o)',
    parent: "o.x = 'P'\no.items.append('P')\no.y = 1",
    child: "del o.x\no.items.append('C')\no.z = 'C'",
    expected: ["{'x': 1, 'items': [1]}", "{'items': [1, 'C'], 'z': 'C'}", "{'x': 'P', 'items': [1, 'P'], 'y': 1}"],
  },
  {
    kind: 'class attributes (read through the class and an instance)',
    setup: 'class K:\n    count = 0\n    tags = []\n    def total(self):\n        return self.count + len(self.tags)\nk = K()',
    view: "(K.count, K.tags, k.total(), hasattr(K, 'new'), hasattr(k, 'c'))",
    parent: "K.count += 1\nK.tags.append('p')\nK.new = 1",
    child: "K.count -= 5\nK.c = 1\nK.tags = ['c']",
    expected: ["(0, [], 0, False, False)", "(-5, ['c'], -4, False, True)", "(1, ['p'], 2, True, False)"],
  },
  {
    kind: "closures' cells",
    setup:
      'def make():\n    n = 0\n    seen = []\n    def inc(d):\n        nonlocal n\n        n += d\n        seen.append(d)\n        return n\n    def get():\n        return n, seen\n    return inc, get\ninc, get = make()\ninc(1)',
    view: 'get()',
    parent: 'inc(10)',
    child: 'inc(100)',
    expected: ["(1, [1])", "(101, [1, 100])", "(11, [1, 10])"],
  },
  {
    kind: 'module globals (of the main module and of an imported module)',
    setup: "import textwrap\ng = 0\ndef bump(d):\n    global g\n    g += d\ntextwrap.mark = 'before'",
    view: "(g, 'h' in globals(), textwrap.mark)",
    parent: "bump(1)\nglobals()['h'] = 'P'\ntextwrap.mark = 'parent'",
    child: "bump(100)\ntextwrap.mark = 'child'\ndel textwrap.mark\ntextwrap.mark = 'child again'",
    expected: ["(0, False, 'before')", "(100, False, 'child again')", "(1, True, 'parent')"],
  },
  {
    kind: 'bytearray',
    setup: "b = bytearray(b'abc')",
    view: 'bytes(b)',
    parent: "b[0] = ord('P')\nb.extend(b'P')",
    child: "b[1] = ord('C')\ndel b[0]",
    expected: ["b'abc'", "b'Cc'", "b'PbcP'"],
  },
  {
    kind: 'list iterator mid-iteration',
    setup: 'it = iter([1, 2, 3, 4, 5, 6])\nnext(it)',
    view: 'next(it)',
    parent: 'next(it)',
    child: 'next(it)',
    expected: ["2", "4", "3"],
  },
  {
    kind: 'generator mid-iteration (and the list its frame holds)',
    setup: 'def gen(acc):\n    for i in range(10):\n        acc.append(i)\n        yield len(acc)\nacc = []\ng = gen(acc)\nnext(g)',
    view: '(next(g), acc)',
    parent: "next(g)\nacc.append('p')",
    child: 'next(g)',
    expected: ["(2, [0, 1])", "(4, [0, 1, 2, 3])", "(4, [0, 1, 'p', 2])"],
  },
  {
    kind: 'dict views and a dict iterator (values stored after the fork)',
    setup: "d = {'a': 1, 'b': 2, 'c': 3}\nkeys = d.keys()\nvals = d.values()\nit = iter(d.items())\nnext(it)",
    view: '(list(keys), list(vals), next(it, None))',
    parent: "d['b'] = 'P'\nd['c'] += 30",
    child: "d['b'] = 'C'\nd['a'] = 'C'",
    expected: ["(['a', 'b', 'c'], [1, 2, 3], ('b', 2))", "(['a', 'b', 'c'], ['C', 'C', 3], ('c', 3))", "(['a', 'b', 'c'], [1, 'P', 33], ('b', 'P'))"],
  },
  {
    kind: 'deque',
    setup: 'from collections import deque\nq = deque([1, 2], maxlen=3)',
    view: 'list(q)',
    parent: "q.append('p')\nq.appendleft('P')",
    child: "q.popleft()\nq.extend('cc')",
    expected: ["[1, 2]", "[2, 'c', 'c']", "['P', 1, 2]"],
  },
  {
    kind: 'identity (is, id()) through aliases',
    setup: 'a = [1]\npair = (a, a)\nf = 1.5\nbox = {"f": f}\nids = (id(a), id(pair), id(f))',
    view: '(pair[0] is pair[1], pair[0] is a, (id(pair[0]), id(pair), id(box["f"])) == ids, box["f"] is f, a)',
    parent: "pair[0].append('p')\na = [9]",
    child: "pair[1].append('c')",
    expected: ["(True, True, True, True, [1])", "(True, True, True, True, [1, 'c'])", "(True, False, True, True, [9])"],
  },
  {
    kind: 'function defaults and attributes',
    setup: 'def f(x, acc=[]):\n    acc.append(x)\n    return len(acc)\nf.tag = 0',
    view: '(f.__defaults__, f.tag)',
    parent: "f('p')\nf.tag = 'P'",
    child: "f('c')\nf.__defaults__ = (['C'],)",
    expected: ["(([],), 0)", "((['C'],), 0)", "((['p'],), 'P')"],
  },
  {
    kind: 'instances with __slots__, and subclasses of list and dict',
    setup: "class S:\n    __slots__ = ('a', 'b')\nclass L(list):\n    pass\nclass D(dict):\n    pass\ns = S()\ns.a = 1\nl = L([1])\nl.note = 'l'\ndd = D(k=1)\ndd.note = 'd'",
    view: "(s.a, getattr(s, 'b', None), l, l.note, dd, dd.note)",
    parent: "s.a = 'P'\nl.append('P')\nl.note = 'P'\ndd['p'] = 1",
    child: "s.b = 'C'\ndel s.a\ns.a = 'C'\nl.clear()\ndd.note = 'C'",
    expected: ["(1, None, [1], 'l', {'k': 1}, 'd')", "('C', 'C', [], 'l', {'k': 1}, 'C')", "('P', None, [1, 'P'], 'P', {'k': 1, 'p': 1}, 'd')"],
  },
  {
    kind: 'exception objects (args, attributes, a traceback held)',
    setup: "try:\n    raise ValueError([1])\nexcept ValueError as e:\n    err = e\nerr.note = 'before'",
    view: '(err.args, err.note, err.__traceback__ is not None)',
    parent: "err.args[0].append('p')\nerr.note = 'P'",
    child: "err.args = ('C',)\nerr.__traceback__ = None",
    expected: ["(([1],), 'before', True)", "(('C',), 'before', False)", "(([1, 'p'],), 'P', True)"],
  },
];
