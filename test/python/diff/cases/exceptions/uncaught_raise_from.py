def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not parse {text!r}") from e


print(parse("42"))
print(parse("forty-two"))
