import os

print(os.environ.get("HOME") is not None)
print(os.environ.get("FORKSCOPE_NOT_SET_XYZ"))
print(os.environ.get("FORKSCOPE_NOT_SET_XYZ", "fallback"))
print(os.getenv("FORKSCOPE_NOT_SET_XYZ", "getenv default"))
print(os.environ["TZ"], "PATH" in os.environ, "FORKSCOPE_NOT_SET_XYZ" in os.environ)
os.environ["FORKSCOPE_DEMO"] = "42"
print(os.environ["FORKSCOPE_DEMO"], os.getenv("FORKSCOPE_DEMO"), type(os.environ["FORKSCOPE_DEMO"]).__name__)
del os.environ["FORKSCOPE_DEMO"]
print(os.environ.get("FORKSCOPE_DEMO"))
try:
    os.environ["FORKSCOPE_NOT_SET_XYZ"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
