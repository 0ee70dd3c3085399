# -*- coding: latin-1 -*-
# A BOM says UTF-8: declaring another encoding is an error.
print("never")
