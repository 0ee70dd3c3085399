# -*- coding: utf-8 -*-
print("bom and a utf-8 declaration agree")
