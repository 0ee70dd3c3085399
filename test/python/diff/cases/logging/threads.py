# threadName and processName in records: each thread logs after the previous one is joined.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(processName)s/%(threadName)s %(levelname)s %(message)s")


def task(n):
    logging.info("task %d", n)


for i in range(3):
    t = threading.Thread(target=task, args=(i,), name="worker-%d" % i)
    t.start()
    t.join()
logging.info("main done")
