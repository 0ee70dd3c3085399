class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


class Upper(str):
    def shout(self):
        return self.upper() + "!"


class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
u = Upper("hey")
print(u.shout(), u + " you", type(u + "x").__name__)
d = DefaultDict()
d["a"] += 1
d["a"] += 1
d["b"]
print(d)
