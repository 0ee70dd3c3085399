import queue

MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##.#",
    "..#...#..E",
]


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return r, c


def bfs(start, goal):
    q = queue.Queue()
    q.put(start)
    came_from = {start: None}
    while not q.empty():
        cur = q.get()
        if cur == goal:
            break
        r, c = cur
        for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#" and (nr, nc) not in came_from:
                came_from[(nr, nc)] = cur
                q.put((nr, nc))
    if goal not in came_from:
        return None
    path, node = [], goal
    while node:
        path.append(node)
        node = came_from[node]
    return path[::-1]


start, goal = find("S"), find("E")
path = bfs(start, goal)
print("start", start, "goal", goal, "steps", len(path) - 1)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
print(bfs(start, (0, 3)) is not None, bfs(start, (1, 1)))
