import queue

q = queue.Queue()
for i in range(3):
    q.put(i * 10)
print(q.qsize(), q.empty(), q.full())
print(q.get(), q.get(), q.get())
print(q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), repr(str(e)))
b = queue.Queue(maxsize=2)
b.put("a")
b.put("b")
print(b.full())
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", timeout=0.1)
except queue.Full:
    print("Full after timeout")
l = queue.LifoQueue()
for x in "abc":
    l.put(x)
print(l.get(), l.get(), l.get())
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2]:
    pq.put(x)
print([pq.get() for _ in range(4)])
