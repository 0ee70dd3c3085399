# logger.exception adds the traceback; filters, LoggerAdapter and extra add to records.
import logging
import os
import sys


class RelativePaths(logging.Formatter):
    # CPython's tracebacks name the script by its absolute path (the test's temporary cwd)
    def formatException(self, ei):
        return super().formatException(ei).replace(os.getcwd() + os.sep, "")


log = logging.getLogger("svc")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(RelativePaths("%(levelname)s %(message)s"))
log.addHandler(h)
log.propagate = False


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("division failed for %s", (1, 0))
try:
    raise KeyError("k")
except KeyError as e:
    log.error("caught %r", e, exc_info=True)
log.warning("with stack", stack_info=False)


class NoSecrets(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()


log.addFilter(NoSecrets())
log.warning("the secret is 42")
log.warning("public message")
h.addFilter(lambda record: record.levelno >= logging.ERROR)
log.warning("filtered by the handler's function filter")
log.error("passes both")
h.filters.clear()
log.filters.clear()

only_db = logging.Filter("svc.db")
print(only_db.filter(logging.makeLogRecord({"name": "svc.db.pool"})),
      only_db.filter(logging.makeLogRecord({"name": "svc.dbx"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "any"})))

h.setFormatter(logging.Formatter("%(levelname)s user=%(user)s %(message)s"))
adapter = logging.LoggerAdapter(log, {"user": "alice"})
adapter.warning("via adapter")
log.warning("with extra", extra={"user": "bob"})
print(adapter, adapter.getEffectiveLevel(), adapter.isEnabledFor(logging.INFO))
try:
    log.warning("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError:", e)
