data = ["10", "x", "30", "", "5.5", "-7"]
total = 0
bad = []
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        bad.append(str(e))
        continue
    finally:
        print("processed", repr(item))
print(total)
for b in bad:
    print(b)
