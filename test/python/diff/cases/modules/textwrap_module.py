import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "A well-known, state-of-the-art, hyphen-separated compound -- and an em--dash -- appear here. "
        "Supercalifragilisticexpialidocious is a very long word indeed.")
for w in (10, 20, 35, 70):
    print(textwrap.fill(text, width=w))
    print('---')
print(textwrap.wrap(text, 30, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill("Hello there.  How are you? I am fine.", 20, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11), textwrap.shorten(text, 50, placeholder='...'))
print(textwrap.wrap(text, 25, max_lines=3))
print(repr(textwrap.dedent('''
    def f():
        return 1

    x = 2
    ''')))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n   y\n")))
print(repr(textwrap.indent("a\n\nb\n", '> ')), repr(textwrap.indent("a\nb", '+', lambda l: True)))
print(textwrap.wrap("tab\there and\ttabs", 12), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
print(textwrap.fill("a b c d e f g h", 3, drop_whitespace=False))
