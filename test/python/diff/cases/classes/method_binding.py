class Greeter:
    greeting = "hi"

    def greet(self, name):
        return f"{self.greeting} {name}"


g = Greeter()
bound = g.greet
print(bound("Ann"))
print(Greeter.greet(g, "Bob"))
g.greeting = "hello"
print(bound("Cy"))
print(type(bound).__name__, type(Greeter.greet).__name__)
print(bound.__self__ is g, bound.__func__ is Greeter.greet)
g.greet = lambda name: "instance " + name
print(g.greet("Dee"), Greeter.greet(g, "Eve"))
del g.greet
print(g.greet("Fay"))
Greeter.extra = lambda self: "added later " + self.greeting
print(g.extra())
try:
    Greeter.greet("no self")
except TypeError as e:
    print("TypeError:", e)
