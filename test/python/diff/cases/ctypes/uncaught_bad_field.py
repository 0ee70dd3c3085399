# A Structure field holds a C value: a str does not fit an int field.
from ctypes import Structure, c_int, c_double


class Reading(Structure):
    _fields_ = [("sensor", c_int), ("value", c_double)]


r = Reading(3, 20.5)
print(r.sensor, r.value)
r.value = 7
print(r.value)
r.sensor = "three"
