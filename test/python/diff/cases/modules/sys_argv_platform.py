import sys
import os

print(sys.argv)
print(os.path.basename(sys.argv[0]), len(sys.argv))
print(sys.platform, sys.platform.startswith("linux"))
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(type(sys.argv).__name__, sys.maxsize > 2 ** 32)
print(sys.stdout is not None, sys.stderr is not sys.stdout)
