# Tracebacks name files by absolute path, as CPython 3.9+ does for the main script and
# the modules imported beside it: the frames' filenames, the formatted traceback, __file__.
import os
import sys
import traceback

import tbhelper

here = os.getcwd()


def show(path):
    # the temporary directory differs from run to run: print it as "<cwd>"
    return path.replace(here, "<cwd>")


try:
    tbhelper.fail(0)
except ZeroDivisionError as e:
    frames = traceback.extract_tb(e.__traceback__)
    for fr in frames:
        print(show(fr.filename), fr.lineno, fr.name, os.path.isabs(fr.filename))
    text = traceback.format_exc()
    print(show(text))

print(show(__file__), os.path.isabs(__file__))
print(show(tbhelper.__file__), os.path.isabs(tbhelper.__file__))
print(show(sys.argv[0]))
print(show(tbhelper.fail.__code__.co_filename))
tbhelper.fail(0)
