class Robot:
    kind = "android"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return "I am " + self.name


r = Robot("R2")
print(getattr(r, "name"), getattr(r, "kind"), getattr(r, "greet")())
print(getattr(r, "battery", 100), hasattr(r, "greet"), hasattr(r, "fly"))
setattr(r, "battery", 75)
print(r.battery, getattr(r, "battery"))
for attr in ["name", "kind", "greet", "battery", "fly"]:
    print(attr, hasattr(r, attr))
setattr(Robot, "kind", "droid")
print(r.kind, Robot("C3").kind)
print(getattr("text", "upper")(), getattr([], "append") is not None)
try:
    getattr(r, "fly")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, 5)
except TypeError as e:
    print("TypeError:", e)
