"""multiprocessing.spawn: what a child started by spawn runs, and what its parent sends it.

The child runs `spawn_main()` (loader.ts starts it as `<string>`): it reads the
preparation data, re-runs the main script as the module __mp_main__ (its top level
runs again; its globals are the child's own), reads the Process object (its target
is looked up by name in __mp_main__) and runs it.
"""

import os
import sys
import _mp
from multiprocessing import process

__all__ = ['spawn_main', 'get_preparation_data', 'prepare', 'freeze_support']


def freeze_support():
    pass


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


def get_preparation_data(name):
    """What a spawned child needs before it can unpickle its Process."""
    _check_not_importing_main()
    from multiprocessing import context
    return dict(
        name=name,
        sys_argv=sys.argv,
        dir=os.getcwd(),
        start_method=context._default_context.get_start_method(),
    )


def prepare(data):
    """Makes this fresh interpreter look like its parent, then runs the main script as __mp_main__."""
    from multiprocessing import context
    process.current_process().name = data['name']
    sys.argv[:] = data['sys_argv']
    os.chdir(data['dir'])
    context._default_context.set_start_method(data['start_method'], force=True)
    _mp.main_function()()


def spawn_main():
    """The child's entry point: prepare, unpickle the Process, run it, exit with its code."""
    me = process.current_process()
    me._inheriting = True
    try:
        prepare(_mp.loads(_mp.spawn_data()))
        proc = _mp.loads(_mp.spawn_data())
    finally:
        del me._inheriting
    exitcode = proc._bootstrap()
    sys.exit(exitcode)
