import sys

print("before exit")
sys.exit()
print("not printed")
