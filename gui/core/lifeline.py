"""Helper processes end when the process they work for ends, even when it is killed (SIGKILL).

Nothing else ends a tagging worker whose importer was killed: it waits for work on a queue
whose write end it holds itself, and its fork server waits for the last of its clients,
the workers among them. So each one watches its parent: on Linux the kernel kills it when
the parent goes (PR_SET_PDEATHSIG); on other POSIX systems a thread notices that it has
been handed to another parent. On Windows a process keeps its parent's pid after the parent
ends, so there is no such check: nothing is done there.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import threading
import time

log = logging.getLogger("pizhu.lifeline")

_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
POLL_SECONDS = 0.5


def exit_with_parent(parent: int | None = None) -> None:
    """End this process, at once and without clean-up, when its parent process ends.

    `parent` is the pid the parent is known to have, if the caller knows it: a process whose
    parent has already gone by the time this runs then exits here. By default, the parent now.
    On Linux the death signal is tied to the parent *thread* that started this process: that
    thread must outlive the work (see gui.core.tagging).
    """
    if sys.platform == "win32":
        return
    expected = os.getppid() if parent is None else parent
    if not (sys.platform.startswith("linux") and _kernel_kills_orphan()):
        threading.Thread(target=_watch, args=(expected,), name="pizhu-lifeline", daemon=True).start()
    if os.getppid() != expected:  # the parent ended before the watch was in place
        os._exit(1)


def _kernel_kills_orphan() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            return True
        log.warning("PR_SET_PDEATHSIG failed: %s", os.strerror(ctypes.get_errno()))
    except (OSError, AttributeError):
        log.warning("PR_SET_PDEATHSIG unavailable", exc_info=True)
    return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)
