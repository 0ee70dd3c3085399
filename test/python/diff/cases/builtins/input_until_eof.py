total = 0
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    if line == "":
        print("(blank line)")
        continue
    lines.append(line)
    if line.isdigit():
        total += int(line)
print(lines)
print("total", total)
