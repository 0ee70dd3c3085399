rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 12, 10.0),
    ("Thingamajig", 1, 149.99),
    ("Gizmo", 100, 0.25),
]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5d}{price:>10.2f}{total:>12,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<27}{grand:>12,.2f}")
print("%-12s%5s%10s" % ("left", "mid", "right"))
print("{:<12}{:>5}{:>10}".format("left", "mid", "right"))
