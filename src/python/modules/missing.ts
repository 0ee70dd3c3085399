/**
 * Telling a missing CPython module from a typo: when `import x` fails and x is
 * one of CPython 3.11's standard modules (sys.stdlib_module_names, public ones),
 * the ModuleNotFoundError gets a note saying forkscope does not provide it and
 * listing the modules it does provide (from the registry and the Python stdlib
 * folder, so modules added later appear by themselves).
 */
import { BUILTIN_MODULES } from './registry.js';
import { stdlibModuleNames } from './stdlib.js';

/** CPython 3.11's public standard-library module names (sys.stdlib_module_names). */
const CPYTHON_STDLIB = new Set(
  `
  abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect
  builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall
  concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm
  decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp
  fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip
  hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json
  keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder
  msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os
  ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint
  profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib
  resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib
  sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string
  stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios
  textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle
  turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg
  winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo
`
    .trim()
    .split(/\s+/),
);

/** The public top-level modules a program can import here, sorted. */
export function providedModules(): string[] {
  const names = new Set<string>();
  for (const n of [...Object.keys(BUILTIN_MODULES), ...stdlibModuleNames()]) {
    const top = n.split('.')[0]!;
    if (!top.startsWith('_')) names.add(top);
  }
  return [...names].sort();
}

/** The note for `No module named '<name>'`, or null when name is not a CPython standard module. */
export function missingModuleNote(name: string): string | null {
  if (!CPYTHON_STDLIB.has(name.split('.')[0]!)) return null;
  return `forkscope does not provide the standard module '${name}'; it provides: ${providedModules().join(', ')}`;
}
