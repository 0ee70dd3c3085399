# sorted and list.sort with key lambdas on tuples and strings, reverse, itemgetter-free.
rows = [((i * 7919) % 1000, 'name%d' % ((i * 31) % 5000), i) for i in range(90000)]
by_first = sorted(rows, key=lambda r: r[0])
by_pair = sorted(rows, key=lambda r: (r[0], r[1]))
by_name = sorted(rows, key=lambda r: r[1], reverse=True)
nums = [(i * 2654435761) % 1000003 for i in range(100000)]
nums.sort()
strs = [str(n) for n in nums[:50000]]
strs.sort()
print(by_first[0], by_pair[-1], by_name[0], nums[:3], strs[:3])
