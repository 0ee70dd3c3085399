# Formatter: %, { and $ styles; asctime from the record's time (made fixed here).
import logging
import time

rec = logging.makeLogRecord({"msg": "hello %s", "args": ("world",), "created": 1700000000.25,
                             "msecs": 250.0, "levelname": "INFO", "levelno": 20, "name": "demo"})
print(rec.getMessage(), rec.levelname, rec.name)
fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
fmt.converter = time.gmtime
print(fmt.format(rec))
fmt2 = logging.Formatter("[{asctime}] {levelname:>8} {message}", datefmt="%Y/%m/%d %H:%M", style="{")
fmt2.converter = time.gmtime
print(fmt2.format(rec))
print(logging.Formatter("$levelname - ${name} - $message", style="$").format(rec))
print(logging.Formatter().format(rec))
print(logging.Formatter("%(message)s|%(missing)s", defaults={"missing": "default"}).format(rec))
print(fmt.usesTime(), logging.Formatter("%(message)s").usesTime())
g = logging.Formatter("%(asctime)s")
g.converter = time.gmtime
g.default_msec_format = "%s.%03d"
print(g.formatTime(rec), g.formatTime(rec, "%H:%M:%S"))
rec2 = logging.LogRecord("n", logging.WARNING, "path/to/file.py", 42, "m %d", (7,), None, "fn")
print(rec2.getMessage(), rec2.filename, rec2.module, rec2.lineno, rec2.funcName, rec2.levelname)
print(rec2.processName, rec2.threadName, rec2.process > 0, isinstance(rec2.created, float))
print(repr(rec2))
for args in [("%(message)s", None, "?"), ("no fields here",), ("{message}", None, "%")]:
    try:
        logging.Formatter(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(nope)s").format(rec)
except ValueError as e:
    print("ValueError:", e)
