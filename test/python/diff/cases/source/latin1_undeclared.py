# A Latin-1 file without a declaration: CPython refuses it.
print("start")
s = "café"
