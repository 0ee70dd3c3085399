import os

base = "os_listdir_mkdir"
os.mkdir(base)
print(os.listdir(base))
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
os.mkdir(os.path.join(base, "sub"))
os.makedirs(os.path.join(base, "deep", "er", "est"))
print(sorted(os.listdir(base)))
print([n for n in sorted(os.listdir(base)) if n.endswith(".txt")])
print(os.path.isdir(os.path.join(base, "sub")), os.path.isfile(os.path.join(base, "a.txt")))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__ + ":", e)
try:
    os.listdir("os_listdir_mkdir_missing")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.rename(os.path.join(base, "c.log"), os.path.join(base, "d.log"))
print(sorted(os.listdir(base)))
for name in ["a.txt", "b.txt", "d.log"]:
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, "sub"))
print(os.listdir(base))
os.removedirs(os.path.join(base, "deep", "er", "est"))
print("removedirs also pruned the empty base:", os.path.exists(base))
