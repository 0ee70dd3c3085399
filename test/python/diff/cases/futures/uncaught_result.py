# The exception of a call, raised again by result() in the caller.
from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


with ThreadPoolExecutor(1) as ex:
    print(ex.submit(parse, "12").result())
    ex.submit(parse, "twelve").result()
