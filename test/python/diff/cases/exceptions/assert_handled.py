def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


for n in [3, 0, -2]:
    try:
        print(check_positive(n))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), repr(str(e)))
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-string message:", e.args)
assert True, "never evaluated " + 1
print("assert True passes without evaluating the message")
