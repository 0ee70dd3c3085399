# str.replace of every occurrence: left to right without overlaps, the replacement taken
# literally ($ signs included), the same str back when the old one is absent.
s = 'a$b$c'
print(s.replace('$', '$$'), s.replace('$', '$&'), s.replace('b', "$'"), s.replace('a', '$`'), s.replace('$', '$1'))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('aa', 'b'), 'abab'.replace('ab', 'ba'))
word = 'HELLO WORLD'
print(word.replace('O', '0'), word.replace('Q', '0'), word.replace('Q', '0') is word)
print('x'.replace('', '-'), 'ab'.replace('', '$'), 'aXbXc'.replace('X', ''), 'aXbXc'.replace('X', '$', 1))
print('é€😀é'.replace('é', 'e'), '😀😀'.replace('😀', '$&'), ''.replace('a', 'b'))
print([w.upper().replace('O', '0') for w in 'the quick brown fox jumps over the lazy dog'.split()])
