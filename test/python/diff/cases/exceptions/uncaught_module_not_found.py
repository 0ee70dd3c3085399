import os
print("imported os")
import nosuchmodule_abc
