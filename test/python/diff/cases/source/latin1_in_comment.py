print("a byte that is not UTF-8, in a comment")  # café
