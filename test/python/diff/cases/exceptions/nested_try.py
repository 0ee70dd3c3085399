def level(n):
    try:
        try:
            if n == 1:
                raise ValueError("v")
            if n == 2:
                raise KeyError("k")
            if n == 3:
                raise TypeError("t")
            print("no error")
        except ValueError as e:
            print("inner handles", repr(e))
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer handles", repr(e))
    finally:
        print("outer finally")


for n in range(4):
    print("case", n)
    try:
        level(n)
    except TypeError as e:
        print("top handles", repr(e))
