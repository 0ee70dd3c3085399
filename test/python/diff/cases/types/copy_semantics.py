original = {"list": [1, 2], "num": 1}
shallow = original.copy()
shallow["num"] = 99
shallow["list"].append(3)
print(original, shallow)
rows = [[1, 2], [3, 4]]
copied = [row[:] for row in rows]
copied[0][0] = "x"
print(rows, copied)
s = {1, 2}
s2 = s.copy()
s2.add(3)
print(sorted(s), sorted(s2))
t = (1, [2])
t2 = t
t[1].append(3)
print(t2)
lst = [1, 2, 3]
same = lst
lst = lst + [4]
print(same, lst)
