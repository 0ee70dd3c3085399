import os

from .io import result_path


def count_words(path):
    with open(path) as f:
        n = len(f.read().split())
    with open(result_path(os.path.basename(path)), "w") as out:
        out.write(f"{n} words\n")
    return n
