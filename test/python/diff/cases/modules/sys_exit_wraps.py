import sys

print("exit code 258 wraps to 2")
sys.exit(258)
