LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))


def play(moves):
    board = [" "] * 9
    player = "X"
    for i, pos in enumerate(moves):
        if board[pos] != " ":
            print(f"move {i}: square {pos} taken, skipping")
            continue
        board[pos] = player
        w = winner(board)
        if w:
            show(board)
            return f"{w} wins after {i + 1} moves"
        player = "O" if player == "X" else "X"
    show(board)
    return "draw" if " " not in board else "unfinished"


print(play([4, 0, 2, 6, 3, 5, 1, 7, 8]))
print(play([0, 3, 1, 4, 1, 2]))
print(play([0, 1, 2, 4, 3, 5, 7, 6, 8]))
print(play([8]))
