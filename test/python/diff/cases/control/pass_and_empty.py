def nothing():
    pass


class Empty:
    pass


for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    print("unreachable")
print(nothing(), type(Empty()).__name__)
for x in []:
    print("never")
else:
    print("empty for else")
print("done")
