import os
import sys

print(type(os).__name__, type(sys).__name__)
print(os.__name__, sys.__name__)
print(hasattr(os, "path"), hasattr(sys, "argv"), hasattr(os, "no_such_thing"))
print(os.sep, repr(os.linesep))
print(sys.maxsize == 2 ** 63 - 1)
