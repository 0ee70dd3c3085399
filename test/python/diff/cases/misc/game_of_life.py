def step(live, width, height):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    cell = ((x + dx) % width, (y + dy) % height)
                    counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, width, height):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(width)) for y in range(height))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 6, 6
state = glider
for gen in range(5):
    print(f"generation {gen} ({len(state)} cells)")
    print(render(state, w, h))
    state = step(state, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
