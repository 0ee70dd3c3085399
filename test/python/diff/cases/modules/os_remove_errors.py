import os

for func, arg in [(os.remove, "no_such_file.txt"), (os.rmdir, "no_such_dir"), (os.listdir, "nope/nope")]:
    try:
        func(arg)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
        print(" ", e)
