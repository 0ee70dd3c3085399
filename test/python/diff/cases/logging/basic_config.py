# basicConfig gives the root logger one handler; module-level functions call it first.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-8s %(name)s:%(module)s:%(filename)s:%(funcName)s:%(lineno)d %(message)s")
logging.info("started")
logging.debug("hidden")


def work(n):
    logging.getLogger("worker").warning("working on %d", n)
    return n * 2


work(21)
print(logging.getLogger().handlers, logging.getLogger().level)
logging.basicConfig(level=logging.DEBUG)
logging.debug("still hidden: basicConfig did nothing the second time")
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="{levelname}/{message}", style="{", force=True)
logging.debug("after force")
logging.warning("%s and %s", "args", "more")
logging.log(logging.ERROR, "via log()")
logging.critical("critical")
for bad in [dict(stream=sys.stdout, filename="x.log"), dict(style="?"), dict(bogus=1)]:
    try:
        logging.basicConfig(force=True, **bad)
    except ValueError as e:
        print("ValueError:", e)
