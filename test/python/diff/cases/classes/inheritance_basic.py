class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return type(self).__name__ + ": " + self.speak()


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    sound = "meow"

    def speak(self):
        return super().speak() + " (purr)"


class Kitten(Cat):
    def speak(self):
        return "tiny " + super().speak()


for a in [Animal("generic"), Dog("Rex"), Cat("Tom"), Kitten("Kit")]:
    print(a.describe())
print(Kitten.__bases__[0].__name__, Cat.__bases__[0].__name__, Animal.__bases__[0].__name__)
