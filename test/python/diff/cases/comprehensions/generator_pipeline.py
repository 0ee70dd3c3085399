def read_lines():
    data = "alpha 3\nbeta x\n\ngamma 10\ndelta 7\n"
    for line in data.split("\n"):
        yield line


def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line


def parse(lines):
    for line in lines:
        name, _, value = line.partition(" ")
        if value.isdigit():
            yield name, int(value)
        else:
            print("skip bad line:", repr(line))


def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, total


for name, total in running_total(parse(non_empty(read_lines()))):
    print(name, total)
