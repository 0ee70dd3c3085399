# Process groups and sessions: a child starts in its parent's group and session, leads a group
# of its own after setpgid(0, 0), a new session after setsid(); killpg and kill(0)/kill(-pgid)
# reach a whole group. (Everything runs in a child, whose group is the same whether the
# program was started by a job-control shell or not.)
import os, signal, time


def main():
    me = os.getpid()
    print(os.getpgrp() == os.getpgid(os.getppid()), os.getsid(0) == os.getsid(os.getppid()), os.getpgid(0) == os.getpgrp())
    os.setpgid(0, 0)
    print('leads its group:', os.getpgrp() == me)
    try:
        os.setsid()
    except PermissionError as e:
        print('setsid as group leader:', e)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        same = os.getpgrp() == me
        os.setsid()
        line = '%s %s %s\n' % (same, os.getpgrp() == os.getpid(), os.getsid(0) == os.getpid())
        os.write(w, line.encode())
        os._exit(0)
    os.close(w)
    print('child:', os.read(r, 100).decode().strip())
    os.waitpid(pid, 0)
    kids = []
    for i in range(3):
        pid = os.fork()
        if pid == 0:
            time.sleep(10)
            os._exit(0)
        os.setpgid(pid, kids[0] if kids else pid)
        kids.append(pid)
    print([os.getpgid(k) == kids[0] for k in kids])
    os.killpg(kids[0], signal.SIGTERM)
    print(sorted(os.WTERMSIG(os.waitpid(k, 0)[1]) for k in kids))
    for bad in (lambda: os.killpg(kids[0], signal.SIGTERM), lambda: os.getpgid(kids[0]),
                lambda: os.setpgid(os.getppid(), 0), lambda: os.killpg(-3, 0)):
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e)
    got = []
    signal.signal(signal.SIGUSR1, lambda s, f: got.append(s) if os.getpid() == me else print('USR1 in child', flush=True))
    pid = os.fork()
    if pid == 0:
        time.sleep(0.5)
        os._exit(7)
    time.sleep(0.2)
    os.kill(0, signal.SIGUSR1)
    print(os.WEXITSTATUS(os.waitpid(pid, 0)[1]), 'parent got', got)
    print(os.setpgrp() is None)


pid = os.fork()
if pid == 0:
    main()
    os._exit(0)
print('exit', os.waitpid(pid, 0)[1])
