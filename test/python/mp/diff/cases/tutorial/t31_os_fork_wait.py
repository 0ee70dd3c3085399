# methods: fork
# os.fork returns twice; the parent reads the child's exit status with os.wait.
import multiprocessing as mp
import os


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    pid = os.fork()
    if pid == 0:
        print("child: my parent is", "the parent" if os.getppid() > 0 else "?", flush=True)
        os._exit(7)
    got, status = os.wait()
    print("waited for the child:", got == pid)
    print("exited:", os.WIFEXITED(status), "code:", os.WEXITSTATUS(status))
    print("waitstatus_to_exitcode:", os.waitstatus_to_exitcode(status))
