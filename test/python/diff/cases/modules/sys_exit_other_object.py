import sys

print("exiting with a list")
sys.exit(["not", "a", "string"])
