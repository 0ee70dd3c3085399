class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(reversed(self._items))

    def __repr__(self):
        return "Stack(" + ", ".join(map(repr, self._items)) + ")"


class Queue:
    def __init__(self, items=()):
        self._in = list(items)
        self._out = []

    def enqueue(self, item):
        self._in.append(item)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("dequeue from empty queue")
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)

    def __bool__(self):
        return len(self) > 0


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if s.peek() != pairs[ch]:
                return False
            s.pop()
    return len(s) == 0


s = Stack()
for x in [1, "two", 3.0]:
    s.push(x)
print(s, len(s), s.peek(), list(s))
print(s.pop(), s.pop(), s.pop())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
for text in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(repr(text), balanced(text))
q = Queue("abc")
q.enqueue("d")
out = []
while q:
    out.append(q.dequeue())
    if out[-1] == "b":
        q.enqueue("e")
print(out, len(q), bool(q))
