# With no handler anywhere, WARNING and above reach logging.lastResort: the bare message on
# sys.stderr (whatever sys.stderr is then). logging.warning() configures the root logger instead.
import logging
import sys

log = logging.getLogger("quiet.module")
real_stderr = sys.stderr
sys.stderr = sys.stdout
log.warning("no handlers: %s", "bare message")
log.info("info is below the last resort's level")
log.error("error too")
print(logging.lastResort, logging.lastResort.level)
logging.getLogger("nullified").addHandler(logging.NullHandler())
logging.getLogger("nullified").error("swallowed by NullHandler")
sys.stderr = real_stderr
logging.warning("root configured now")
