# -*- coding: latin-1 -*-
# Café: a Latin-1 file that says so.
s = "café"
print(ascii(s), len(s), s.encode("utf-8"))
