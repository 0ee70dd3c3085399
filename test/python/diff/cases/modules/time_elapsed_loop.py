import time

t0 = time.time()
marks = []
for i in range(3):
    time.sleep(0.1)
    marks.append(time.time() - t0)
print([m >= 0.1 * (i + 1) for i, m in enumerate(marks)])
print(all(b > a for a, b in zip(marks, marks[1:])))
print("total >= 0.3:", time.time() - t0 >= 0.3)
