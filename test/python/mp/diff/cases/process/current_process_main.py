import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    me = mp.current_process()
    print(repr(me))
    print(me.name, me.daemon, me.pid == os.getpid(), me.ident == os.getpid(), me.exitcode)
    print(type(me).__name__, isinstance(me, mp.Process), me is mp.current_process())
    print(mp.parent_process())
    print(mp.active_children())
    print(me.is_alive())
