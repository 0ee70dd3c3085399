def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing {text!r}")
        e.add_note("hint: digits only")
        raise


print(parse("12"))
err = KeyError("k")
err.add_note("a note on a caught error")
print(err.__notes__)
parse("1x")
