greeting = "你好，世界"
print(greeting)
print(len(greeting), greeting[0], greeting[-1], greeting[1:3], greeting[::-1])
encoded = greeting.encode("utf-8")
print(len(encoded), encoded[:3], encoded.decode("utf-8") == greeting)
print(ord("中"), chr(20013), hex(ord("文")), "\u4e2d\u6587")
print(greeting.upper() == greeting, "中" in greeting, greeting.find("世界"))
print(f"[{'中文':>6}]", f"[{'中文':*<5}]", "[" + "学习".center(6, "-") + "]")
names = ["张三", "李四", "王五"]
for i, name in enumerate(names, 1):
    print(f"{i}. {name}，你好！")
print("、".join(names), sorted(names), max(names))
print(repr("中文"), ascii("中文"), "中文".encode("utf-8"))
print("café".encode("utf-8"), len("café"), "e\u0301" == "é", len("e\u0301"))
print("😀", len("😀"), len("😀".encode("utf-8")), ord("😀"))
