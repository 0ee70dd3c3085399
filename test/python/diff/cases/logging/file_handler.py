# FileHandler writes to the (virtual) file system; basicConfig(filename=...) makes one.
import logging
import os

os.makedirs("file_handler_dir", exist_ok=True)
path = os.path.join("file_handler_dir", "app.log")
logging.basicConfig(filename=path, filemode="w", level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(message)s")
logging.debug("first line")
logging.getLogger("sub").info("second %s", "line")
h = logging.getLogger().handlers[0]
print(type(h).__name__, os.path.basename(h.baseFilename), h.mode, h.terminator == "\n")
extra = logging.FileHandler(os.path.join("file_handler_dir", "errors.log"), mode="w")
extra.setLevel(logging.ERROR)
extra.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
logging.getLogger().addHandler(extra)
logging.error("bad thing")
logging.warning("only in app.log")
lazy = logging.FileHandler(os.path.join("file_handler_dir", "lazy.log"), delay=True)
print(lazy.stream, os.path.exists(os.path.join("file_handler_dir", "lazy.log")))
logging.shutdown()
for name in sorted(os.listdir("file_handler_dir")):
    with open(os.path.join("file_handler_dir", name)) as f:
        print(name, repr(f.read()))
    os.remove(os.path.join("file_handler_dir", name))
os.rmdir("file_handler_dir")
