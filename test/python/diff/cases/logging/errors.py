# Bad levels raise at once; a bad message is reported by Handler.handleError on stderr.
import logging
import sys

log = logging.getLogger("errs")
for bad in ["LOUD", 1.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    log.log("INFO", "m")
except TypeError as e:
    print("TypeError:", e)
print(logging.getLevelName(12), logging.getLevelName("nope"))
h = logging.StreamHandler(sys.stdout)
print(h, h.setStream(sys.stdout), h.setStream(sys.stderr) is sys.stdout)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(logging.NullHandler(), logging.Handler(logging.WARNING))
logging.basicConfig(stream=sys.stdout, format="%(message)s")
logging.warning("a number: %d", "not a number")
print("the program goes on")
