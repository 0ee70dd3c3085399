import sys

n = sys.stdout.write("no newline")
sys.stdout.write("\n")
print("write returned", n)
sys.stdout.write("中文 " + str(len("中文")) + "\n")
sys.stderr.write("to stderr\n")
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.writelines(["a\n", "b\n"])
sys.stderr.write("last stderr line\n")
