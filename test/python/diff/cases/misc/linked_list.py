class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in values:
            self.append(v)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"


ll = LinkedList([1, 2, 3])
ll.append(4)
ll.prepend(0)
print(ll, len(ll))
ll.remove(2)
ll.remove(0)
print(ll, len(ll), 3 in ll, 2 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
empty = LinkedList()
empty.reverse()
print(empty, len(empty), list(empty))
