# Exceptions in loops: try/except on KeyError and ValueError, raise of a user exception, finally.
class Invalid(Exception):
    pass

def check(n):
    if n % 5 == 0:
        raise Invalid(n)
    return n

d = {}
caught = 0
done = 0
for i in range(450000):
    try:
        d[i % 50] += 1
    except KeyError:
        d[i % 50] = 1
    try:
        check(i)
    except Invalid as e:
        caught += 1
    finally:
        done += 1
    try:
        int('x' if i % 7 == 0 else '7')
    except ValueError:
        caught += 1
print(caught, done, sum(d.values()))
