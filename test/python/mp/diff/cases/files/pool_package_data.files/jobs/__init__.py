from .count import count_words


def summary(counts):
    return f"{len(counts)} files, {sum(counts)} words"
