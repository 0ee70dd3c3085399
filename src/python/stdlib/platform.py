"""What machine and Python this is: the simulated machine's identity, fixed per platform.

forkscope's machines are x86-64 computers running Linux, Windows or macOS (--platform)
with CPython 3.11.7; the names, releases and versions below are theirs, the same on every
run, never the host's.
"""

import collections
import sys

_MACHINES = {
    'linux': ('Linux', 'forkscope', '6.1.0-forkscope', '#1 SMP PREEMPT_DYNAMIC Debian 6.1.0', 'x86_64', '', ('64bit', 'ELF'),
              'Linux-6.1.0-forkscope-x86_64-with-glibc2.36', 'GCC 12.2.0'),
    'win32': ('Windows', 'FORKSCOPE', '10', '10.0.19045', 'AMD64', 'Intel64 Family 6 Model 158 Stepping 10, GenuineIntel',
              ('64bit', 'WindowsPE'), 'Windows-10-10.0.19045-SP0', 'MSC v.1937 64 bit (AMD64)'),
    'darwin': ('Darwin', 'forkscope.local', '23.1.0', 'Darwin Kernel Version 23.1.0', 'x86_64', 'i386', ('64bit', ''),
               'macOS-14.1-x86_64-i386-64bit', 'Clang 15.0.0 (clang-1500.0.40.1)'),
}
_SYSTEM, _NODE, _RELEASE, _VERSION, _MACHINE, _PROCESSOR, _ARCHITECTURE, _PLATFORM, _COMPILER = _MACHINES.get(
    sys.platform, _MACHINES['linux'])


class uname_result(collections.namedtuple('uname_result', 'system node release version machine')):
    """(system, node, release, version, machine), and processor as an attribute, as platform.uname() gives them."""

    @property
    def processor(self):
        return _PROCESSOR


def uname():
    return uname_result(_SYSTEM, _NODE, _RELEASE, _VERSION, _MACHINE)


def system():
    return _SYSTEM


def node():
    return _NODE


def release():
    return _RELEASE


def version():
    return _VERSION


def machine():
    return _MACHINE


def processor():
    return _PROCESSOR


def architecture(executable=sys.executable, bits='', linkage=''):
    return _ARCHITECTURE


def platform(aliased=False, terse=False):
    if terse:
        return '%s-%s' % (_SYSTEM if _SYSTEM != 'Darwin' else 'macOS', _RELEASE if _SYSTEM != 'Darwin' else '14.1')
    return _PLATFORM


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_implementation():
    return 'CPython'


def python_compiler():
    return _COMPILER


def python_build():
    return ('main', 'Dec  4 2023 12:00:00')


def python_branch():
    return ''


def python_revision():
    return ''


def win32_ver(release='', version='', csd='', ptype=''):
    if sys.platform != 'win32':
        return (release, version, csd, ptype)
    return ('10', '10.0.19045', 'SP0', 'Multiprocessor Free')


def win32_edition():
    return 'Professional' if sys.platform == 'win32' else None


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    if sys.platform != 'darwin':
        return (release, versioninfo, machine)
    return ('14.1', ('', '', ''), _MACHINE)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '2.36') if sys.platform == 'linux' else (lib, version)


def freedesktop_os_release():
    if sys.platform != 'linux':
        raise OSError(2, 'No such file or directory')
    return {'NAME': 'Debian GNU/Linux', 'ID': 'debian', 'PRETTY_NAME': 'Debian GNU/Linux 12 (bookworm)',
            'VERSION_ID': '12', 'VERSION': '12 (bookworm)', 'VERSION_CODENAME': 'bookworm'}
