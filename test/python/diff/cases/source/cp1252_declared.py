# coding: cp1252
print(ascii("€ “quoted”"))
