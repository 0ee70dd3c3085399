name = "Ada"
n = 42
print(f"[{name}]", f"[{name:10}]", f"[{name:>10}]", f"[{name:^10}]", f"[{name:<10}]")
print(f"[{n}]", f"[{n:10}]", f"[{n:<10}]", f"[{n:^10}]", f"[{n:*^10}]", f"[{n:0>6}]")
print(f"[{name:.2}]", f"[{name:>6.1}]", f"[{'':5}]", f"[{name:2}]")
print(f"[{-n:=8}]", f"[{-n:08}]", f"[{n:+}]", f"[{n: }]", f"[{-n: }]", f"[{n:+08}]")
print(f"[{3.5:10}]", f"[{3.5:<10}]", f"[{True:>6}]", f"[{None!s:>6}]")
for item, price in [("tea", 3.5), ("cake", 12.25), ("water", 0.8)]:
    print(f"{item:<8}|{price:>8.2f}|")
