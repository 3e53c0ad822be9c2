"""fontconfig's set-up, done on a thread of its own while the window's start goes on (Linux).

Qt finds the system's fonts through fontconfig, which it sets up the first time a font is looked up: it
reads fontconfig's configuration files and the caches of every installed face (FcInit), some 25 M
instructions, on the main thread, with everything else waiting, as the window's first widget with a text
is made. Set up on another thread while the main thread imports and builds the window, it is done (or
under way) by then, and Qt's own FcInit returns at once.

Why a thread can do it: fontconfig's set-up is the library's own, process-wide state, made once and made
thread-safe (a second FcInit, here or in Qt, finds it made; two at once both make one and one is kept).
Why through ctypes: a foreign call made with ctypes lets go of Python's lock for its length, so the main
thread's Python goes on meanwhile (PySide6 keeps the lock through its calls: Qt's own font database filled
on a thread would hold the main thread up as long). Only the fontconfig Qt has loaded is set up (found by
its name among the libraries loaded, never loaded here): a fontconfig of another build or in another
place would be another library's state, of no use to Qt. Where Qt uses none (Windows, macOS, a Qt
without fontconfig), nothing is done. What fontconfig then finds, and so every face the window is set
in, is what Qt would have found setting it up itself.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable

# The library's name as Qt's libraries link to it (its soname).
FONTCONFIG = "libfontconfig.so.1"
THREAD_NAME = "wxdesk-fontconfig"


def set_up_aside() -> threading.Thread | None:
    """Start setting up fontconfig on a thread of its own, where Qt has loaded it (the thread, else None).

    Call once Qt's GUI library is loaded (PySide6.QtGui imported), before the first font is looked up.
    """
    if not sys.platform.startswith("linux") or not hasattr(os, "RTLD_NOLOAD"):
        return None
    try:
        set_up = _function(FONTCONFIG, "FcInit")
    except (ImportError, OSError, AttributeError):
        return None
    thread = threading.Thread(target=set_up, name=THREAD_NAME, daemon=True)
    thread.start()
    return thread


def _function(library: str, name: str) -> Callable[[], None]:
    """The C function `name` (no arguments, its result dropped) of `library`, where it is loaded already.

    Made with ctypes' own compiled module, as ctypes.CDLL makes one (a library handle, a function pointer
    class with the C calling convention): the ctypes package, a layer of Python over it, would add some 6 M
    instructions to the start, and is left for NumPy's first use of it (wxdesk.start_numpy). A call lets go
    of Python's lock for its length, as any ctypes call without the Python API flag does.
    """
    import _ctypes

    class _Library:  # what a function pointer is made from: a (name, library) pair, the library's handle in it
        def __init__(self, handle: int) -> None:
            self._handle = handle

    class _VoidFunction(_ctypes.CFuncPtr):
        _flags_ = _ctypes.FUNCFLAG_CDECL
        _restype_ = None

    handle = _ctypes.dlopen(library, os.RTLD_NOLOAD | os.RTLD_LAZY)  # OSError where it is not loaded
    # (The pair's library is read for its handle alone, as ctypes does: typeshed asks for a ctypes.CDLL there.)
    return _VoidFunction((name, _Library(handle)))  # type: ignore[arg-type]
