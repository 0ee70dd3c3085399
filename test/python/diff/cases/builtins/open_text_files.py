import os

folder = "open_text_files"
os.mkdir(folder)
path = os.path.join(folder, "notes.txt")
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    print("wrote", n, "chars; closed inside with:", f.closed)
print("closed after with:", f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write("third line\n")
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
f = open(path)
print(f.read(5), f.read(3), repr(f.read(0)))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(os.path.exists(path), os.path.getsize(path))
os.remove(path)
os.rmdir(folder)
print(os.path.exists(folder))
