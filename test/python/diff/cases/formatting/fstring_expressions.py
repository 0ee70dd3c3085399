items = ["apple", "banana"]
counts = {"apple": 3}
print(f"{items[0].upper()} {items[-1][::-1]} {counts.get('pear', 0)} {len(items) * 10}")
print(f"{', '.join(items)} {sum(range(5))} {sorted(counts)}")
print(f"{'single'} {'double' if False else 'x'} {'''triple'''}")
a, b = 3, 4
print(f"{a}+{b}={a + b}", f"{a ** b}", f"{a / b:.3f}", f"{a // b}", f"{a > b}")
print(f"{a!r:>4}{b!s:<4}|")
print(f"""multi
line {a}""")
nums = [1.5, 2.25, 3.125]
print(", ".join(f"{n:.1f}" for n in nums))
print(f"{'%d' % 5} {'{}'.format(6)} {str(7).zfill(3)}")
