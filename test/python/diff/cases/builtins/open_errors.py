import os

folder = "open_errors"
os.mkdir(folder)
try:
    open(os.path.join(folder, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
path = os.path.join(folder, "exists.txt")
with open(path, "x") as f:
    f.write("made with x")
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    open(folder)
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)
with open(path, "r") as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__ + ":", e)
os.remove(path)
os.rmdir(folder)
print("cleaned", os.path.exists(folder))
