class Config:
    debug = False

    def __init__(self):
        self.level = 3


c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "default"))
setattr(c, "name", "prod")
print(c.name, hasattr(c, "name"), hasattr(c, "nope"))
delattr(c, "name")
print(hasattr(c, "name"))
for attr in ["missing", "name"]:
    try:
        getattr(c, attr)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    delattr(c, "debug")
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.upper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Config.level
except AttributeError as e:
    print("AttributeError:", e)
try:
    "x".nope = 1
except AttributeError as e:
    print("AttributeError:", e)
