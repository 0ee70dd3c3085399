# Assigning to a frozen dataclass's field.
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    name: str


c = Config("prod")
print(c)
c.name = "dev"
