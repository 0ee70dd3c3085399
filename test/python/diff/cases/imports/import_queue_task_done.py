from queue import Queue, Empty

q = Queue()
q.put("job1")
q.put("job2")
print(q.unfinished_tasks)
print(q.get())
q.task_done()
print(q.get())
q.task_done()
q.join()
print("joined", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
try:
    q.get(timeout=0.05)
except Empty:
    print("empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
