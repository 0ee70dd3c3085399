# os.execv and its family: a fork child becomes echo, cat, or another Python file of the program.
import os
import sys

print('parent starts', flush=True)
pid = os.fork()
if pid == 0:
    print('child about to exec', flush=True)
    os.execvp('echo', ['echo', 'replaced', 'by', 'echo'])
    print('never printed')
_, status = os.waitpid(pid, 0)
print('echo child exit', os.WEXITSTATUS(status))
pid = os.fork()
if pid == 0:
    os.execl('/bin/cat', 'cat', '/no/such/file')
_, status = os.waitpid(pid, 0)
print('cat child exit', os.WEXITSTATUS(status))
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, 'exec_helper.py', 'a1', 'a2'])
_, status = os.waitpid(pid, 0)
print('python child exit', os.WEXITSTATUS(status))
try:
    os.execvp('no_such_program_here', ['no_such_program_here'])
except FileNotFoundError as e:
    print('exec failed:', e)
try:
    os.execv('/bin/echo', [])
except ValueError as e:
    print(e)
pid = os.fork()
if pid == 0:
    os.execve(sys.executable, ['python3', 'exec_helper.py'], {'GREETING': 'hi from env'})
os.waitpid(pid, 0)
print('done')
