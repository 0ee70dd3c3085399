# redirect_stdout/redirect_stderr rebind sys.stdout/sys.stderr (print follows); io.StringIO
# collects the text. chdir changes the directory for the block.
import io
import os
import sys
from contextlib import redirect_stdout, redirect_stderr, chdir

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2)
    print("more", end="!")
    sys.stdout.write("|written")
print(target is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
s = io.StringIO("line one\nline two\n")
print(s.readline(), s.read(), repr(s.read()), s.tell())
s.seek(0)
print(s.readlines(), list(io.StringIO("a\nb")))
s = io.StringIO()
s.write("hello")
s.seek(1)
s.write("E")
print(s.getvalue(), s.closed)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
b = io.BytesIO(b"ab")
b.seek(2)
b.write(b"cd")
print(b.getvalue(), type(io.StringIO()).__name__)
os.makedirs("redirect_dir", exist_ok=True)
start = os.getcwd()
with chdir("redirect_dir"):
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == start)
os.rmdir("redirect_dir")
