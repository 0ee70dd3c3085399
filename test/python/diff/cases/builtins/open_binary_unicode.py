import os

folder = "open_binary_unicode"
os.mkdir(folder)
text_path = os.path.join(folder, "中文.txt")
with open(text_path, "w", encoding="utf-8") as f:
    f.write("你好\n世界\n")
with open(text_path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
print(data.decode("utf-8").splitlines())
with open(text_path, encoding="utf-8") as f:
    print(f.read(1), f.read())
bin_path = os.path.join(folder, "bytes.bin")
with open(bin_path, "wb") as f:
    f.write(bytes(range(5)))
    f.write(b"\xff")
with open(bin_path, "rb") as f:
    raw = f.read()
print(raw, list(raw), raw[5])
print(sorted(os.listdir(folder)))
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
print(os.path.exists(folder))
