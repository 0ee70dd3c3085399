def make_logger():
    entries = []
    stats = {"count": 0}

    def log(msg):
        entries.append(msg)
        stats["count"] += 1

    def dump():
        return entries, stats

    return log, dump


log, dump = make_logger()
log("a")
log("b")
print(dump())


def try_rebind():
    items = [1]

    def rebind():
        items = [2]
        return items

    rebind()
    return items


print(try_rebind())
