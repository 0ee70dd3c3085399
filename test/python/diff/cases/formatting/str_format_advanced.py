print("{0:*<10}|{0:*>10}|{0:*^10}".format("pad"))
print("{:=+10d}|{:=10.2f}|{:+010d}".format(42, -3.14159, -42))
print("{:,.3f}|{:_b}|{:#_x}".format(9876543.21, 255, 2 ** 40))
print("{0.real} {0.imag}".format(5))
print("{0[a]} {0[b][1]}".format({"a": 1, "b": [2, 3]}))
print("{0} {0!r} {0:^7}".format("s"))
print("{:g}|{:G}|{:d}".format(1e-5, 1e20, 1234))
fmt = "{name:>{w}}|"
for w in (3, 6):
    print(fmt.format(name="abc", w=w))
