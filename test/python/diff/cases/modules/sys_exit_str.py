import sys

config = {"debug": True}
print("checking config")
if "port" not in config:
    sys.exit("fatal: missing 'port' in config")
print("unreachable")
