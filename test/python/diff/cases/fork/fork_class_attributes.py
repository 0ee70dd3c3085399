# Class attributes and methods after fork: lookups cached before the fork stay right in both
# processes, and a class changed on one side is never seen changed on the other.
import os


class Base:
    count = 0

    def greet(self):
        return 'hello'


class Child(Base):
    pass


def calls(o):
    return [o.greet() for _ in range(3)]


c = Child()
print('before', calls(c), Child.count)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    Base.greet = lambda self: 'child greeting'
    Base.count += 10
    os.write(w, ('%s %d' % (calls(c), Child.count)).encode())
    os.close(w)
    os._exit(0)
os.close(w)
os.waitpid(pid, 0)
print('child saw', os.read(r, 1000).decode())
os.close(r)
print('parent', calls(c), Child.count)
Base.count += 1
Child.greet = lambda self: 'parent override'
print('parent after', calls(c), Child.count, Base.count)
