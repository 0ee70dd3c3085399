print(1 == 1.0, 1 == True, 0 == False, 2 == True, "1" == 1, None == 0, [] == ())
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "b") > (1, "a"), "Apple" < "apple", "10" < "9")
print([1, [2]] == [1, [2]], {"a": [1]} == {"a": [1]}, {1, 2} == {2, 1}, (1,) == [1])
print(1 < 2.5 < 3, -1 < False, 3 >= 3.0, "abc" != "ABC")
print(max("apple", "Banana"), min([3, 2.5, 2]), sorted([1, 1.0, True, 0.5]))
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print("TypeError:", e)
