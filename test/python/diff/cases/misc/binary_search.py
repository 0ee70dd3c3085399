def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def bisect_left(items, x):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


data = list(range(0, 100, 3))
for t in [0, 33, 99, 50, -1, 100]:
    print(t, binary_search(data, t))
dups = [1, 2, 2, 2, 5, 7]
print([bisect_left(dups, x) for x in [0, 1, 2, 3, 5, 8]])
sorted_list = []
for v in [5, 1, 4, 1, 9, 2, 6]:
    sorted_list.insert(bisect_left(sorted_list, v), v)
print(sorted_list)
