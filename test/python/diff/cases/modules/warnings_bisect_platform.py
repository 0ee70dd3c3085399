# record: stderr
# warnings (filters, registry, catch_warnings), bisect, gc, platform, sys.flags and sys.implementation
import bisect
import gc
import platform
import sys
import warnings


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)


def risky(n):
    warnings.warn(f'risky {n}')


for i in range(3):
    risky(1)
risky(2)
old_api()
warnings.warn('plain', RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    risky(1)
    risky(1)
    old_api()
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        risky(3)
    except UserWarning as e:
        print('raised', type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='risky')
    risky(4)
    warnings.warn('not matched')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('once')
    for _ in range(2):
        risky(5)
        warnings.warn('risky 5')
print(len(caught), str(caught[0])[:40])
warnings.warn(UserWarning('as instance'))
try:
    warnings.warn('bad', 'notacategory')
except TypeError as e:
    print(e)
print(warnings.formatwarning('m', UserWarning, 'f.py', 3, 'line here'), end='')

a = [1, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 0), bisect.bisect(a, 10))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a)
people = [('ann', 20), ('bob', 31), ('cid', 45)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]))
bisect.insort(people, ('dan', 33), key=lambda p: p[1])
print(people)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)

print(gc.collect(), gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
gc.set_threshold(1000)
print(gc.get_threshold(), gc.garbage)

print(platform.system(), platform.machine(), platform.python_version(), platform.python_implementation(), platform.python_version_tuple())
print(platform.uname().system, platform.architecture()[0], type(platform.uname()).__name__)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits, type(sys.flags).__name__)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version.major, sys.implementation.hexversion == sys.hexversion)
