"""_queue: where CPython keeps queue.Empty (its __module__ is '_queue') and SimpleQueue.

forkscope defines them in queue.py; this module lets pickling find queue.Empty by the
name it reports, `_queue.Empty` (a manager's server sends it back from Queue.get_nowait()).
"""

from queue import Empty, SimpleQueue

__all__ = ['Empty', 'SimpleQueue']
