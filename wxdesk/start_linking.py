"""Compiled modules linked as a program's own libraries are by default: each function bound when first called.

Python opens every compiled module it imports with RTLD_NOW (sys.getdlopenflags()): the dynamic linker finds,
as the module loads, every function it could ever call in the libraries it links to, each looked up by name
through the libraries loaded. PySide6's three modules (QtCore, QtGui, QtWidgets) name some 13,000 of Qt's,
shiboken's and the C++ runtime's functions, of which the window calls a few hundred: binding them all is some
21 M instructions of a start's some 780 M to the first paint (callgrind), and the linker's lookups through
large symbol tables take more time than their count of instructions says.

`bind_lazily()` has the compiled modules imported after it opened with RTLD_LAZY instead, as a program's own
libraries are linked unless they ask otherwise: a function is looked up the first time it is called. glibc's
count (LD_DEBUG=statistics) once PySide6.QtWidgets has loaded: 13,413 relocations against 30,822. Qt's own
libraries ask to be bound at once (BIND_NOW) and still are; the other flags (RTLD_GLOBAL...) are kept.

What else changes: a function missing from a library (a module built against another Qt than the one beside
it) would end the process when first called, where the import failed before. wxdesk's bundle carries each
module with the libraries it was built with (tests/test_bundle.py starts it); LD_BIND_NOW=1 in the
environment binds everything at once again.
"""

from __future__ import annotations

import os
import sys


def bind_lazily() -> None:
    """Compiled modules imported from now on: their functions bound when first called (where the platform's
    dynamic linker has the choice: not on Windows)."""
    if not hasattr(sys, "setdlopenflags") or not hasattr(os, "RTLD_LAZY") or not hasattr(os, "RTLD_NOW"):
        return
    sys.setdlopenflags((sys.getdlopenflags() & ~os.RTLD_NOW) | os.RTLD_LAZY)
