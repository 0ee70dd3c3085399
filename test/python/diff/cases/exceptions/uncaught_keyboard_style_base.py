class Stop(BaseException):
    pass


try:
    raise Stop("not caught by Exception")
except Exception:
    print("wrong")
