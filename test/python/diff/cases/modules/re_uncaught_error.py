import re

pattern = "(?P<word>\\w+) (?P=word"
print("compiling", pattern)
re.compile(pattern)
