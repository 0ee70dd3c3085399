value = 3.14159265
width = 12
precision = 3
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width}}]")
for w in range(4, 9, 2):
    print(f"[{'x':{w}}] [{42:0{w}d}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{width}}]")
data = {"key": "val", "n": 7}
items = [1, 2, 3]
print(f"{data['key']} {data['n'] * 2} {items[-1]} {len(items)} {items[1:]}")
print(f"{'yes' if value > 3 else 'no'} {(lambda q: q * 2)(21)} {max(items)}")
print(f"{{literal braces}} {{{value:.1f}}} {'{'}")
print(f"{'nested ' + f'{width:03}'}")
print(f"{value!r:>20}")
