def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"


print(connect("example"))
print(connect("example", port=443, secure=True))
try:
    connect("example", 443)
except TypeError as e:
    print("TypeError:", e)


def log(*messages, sep=" | ", level):
    return level + ": " + sep.join(messages)


print(log("a", "b", level="INFO"))
print(log("x", sep="-", level="WARN"))
try:
    log("a", "b")
except TypeError as e:
    print("TypeError:", e)


def kwonly_no_default(*, a, b):
    return a - b


print(kwonly_no_default(b=1, a=10))
try:
    kwonly_no_default()
except TypeError as e:
    print("TypeError:", e)
