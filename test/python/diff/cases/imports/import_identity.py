import os
import os as a
import sys
from os import path as p1
import os.path

print(a is os)
print(p1 is os.path)
print(sys.modules["os"] is os)
print("os" in sys.modules, "no_such_module_xyz" in sys.modules)
import os
print(a is os)
