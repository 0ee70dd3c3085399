try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from os import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import os.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
