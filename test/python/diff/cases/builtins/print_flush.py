import sys
import time

print("first", flush=True)
print("second", end=" ", flush=True)
time.sleep(0.05)
print("same line", flush=False)
print("explicit stdout", file=sys.stdout)
sys.stdout.flush()
print("after flush")
