import os
import sys

print(sys.platform)
print(os.no_such_function())
