import sys

print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2")
sys.stderr.write("raw stderr write\n")
sys.stdout.write("raw stdout write\n")
print("error", 42, sep=": ", file=sys.stderr)
n = sys.stdout.write("counted\n")
print(n)
print("final stderr line", file=sys.stderr, flush=True)
print("done")
