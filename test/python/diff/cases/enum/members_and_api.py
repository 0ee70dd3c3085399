# Members with data and methods, _missing_, @unique, the functional API, pickling and copying.
import copy
import pickle
from enum import Enum, unique


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))


class Answer(Enum):
    YES = "yes"
    NO = "no"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Answer("YES"), Answer("No"))
try:
    Answer("maybe")
except ValueError as e:
    print("ValueError:", e)

try:
    @unique
    class Dup(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__, Animal)
Pets = Enum("Pets", [("DOG", "d"), ("CAT", "c")])
print(repr(Pets("c")), list(Enum("Nums", {"ONE": 1, "TWO": 2})))
print(copy.copy(Animal.ANT) is Animal.ANT, copy.deepcopy(Planet.EARTH) is Planet.EARTH)
print(pickle.loads(pickle.dumps(Mood.HAPPY)) is Mood.HAPPY)


class Status(Enum):
    ACTIVE = "active"
    _ignore_ = ["helper"]
    helper = "not a member"
    CLOSED = "closed"


print(list(Status), hasattr(Status, "helper"))
