import os

p = os.path.join("data", "raw", "file.tar.gz")
print(p)
print(os.path.basename(p), os.path.dirname(p))
print(os.path.split(p), os.path.splitext(p), os.path.splitext("noext"), os.path.splitext(".hidden"))
print(os.path.join("a", "/abs", "b"), os.path.join("a", ""), os.path.join("", "b"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/x/../../y"))
print(os.path.isabs("/tmp"), os.path.isabs("rel/path"))
print(os.path.basename("dir/"), os.path.dirname("file"), os.path.split("/"))
os.mkdir("os_path")
with open(os.path.join("os_path", "made.txt"), "w") as f:
    f.write("x")
print(os.path.exists("os_path_missing_file"), os.path.exists(os.path.join("os_path", "made.txt")))
print(os.path.isfile("os_path/made.txt"), os.path.isdir("os_path"), os.path.getsize("os_path/made.txt"))
os.remove("os_path/made.txt")
os.rmdir("os_path")
print(os.path.exists("os_path"))
