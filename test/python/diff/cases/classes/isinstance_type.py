class A:
    pass


class B(A):
    pass


class C:
    pass


b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(bool, int))
print(type(b).__name__, type(b) is B, type(b) is A, type(b) == B)
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(None, object))
for v in [1, 1.5, "s", b"b", True, None, [], (), {}, set(), range(3), len, A, b]:
    print(type(v).__name__, end=" ")
print()
print(type(A).__name__, type(type).__name__, isinstance(A, type))
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError:", e)
