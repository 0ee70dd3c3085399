def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = []
        for k, v in obj.items():
            inner.append(f"{pad}  {k!r}: {pretty(v, indent + 1)}")
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        if not obj:
            return open_ + close
        if all(not isinstance(x, (dict, list, tuple)) for x in obj):
            return open_ + ", ".join(repr(x) for x in obj) + close
        inner = [pad + "  " + pretty(x, indent + 1) for x in obj]
        return open_ + "\n" + ",\n".join(inner) + "\n" + pad + close
    return repr(obj)


config = {
    "name": "forkscope",
    "version": (0, 1),
    "workers": [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}],
    "limits": {"cpu": 2.5, "mem": None, "nested": {"deep": [1, [2, [3]]]}},
    "empty": {},
    "unicode": "中文",
}
print(pretty(config))
print(pretty([]), pretty(42), pretty("s"))
