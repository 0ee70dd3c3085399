words = ["a", "中文", "café", "🙂"]
for w in words:
    print(f"[{w:<6}] [{w:>6}] [{w:^6}] len={len(w)}")
print("%-6s|%6s|" % ("中", "文"))
print("{:~^10}".format("学习"))
print("中文".ljust(5, "."), "中文".rjust(5, "."), "中文".center(6, "."))
