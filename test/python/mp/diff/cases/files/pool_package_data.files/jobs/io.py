import os


def result_path(name):
    return os.path.join("results", name.replace(".txt", ".out"))
