"""Runtime hook of the frozen app: PyInstaller's hooks for PySide6 and multiprocessing, run when their package loads.

PyInstaller runs its runtime hooks before the app's first line, and two of them load what
they set up:

- pyi_rth_pyside6 imports PySide6.QtCore (to check that PySide6 made its own qt.conf). PySide6
  then puts a hook on `import` that reads the source of every module imported after it, looking
  for `from __feature__ import ...`: NumPy and the engine, imported before the window's code,
  are each searched (the bundle has no source: each search fails, after looking in the archive
  and in linecache). And shiboken compiles the Python source it carries in its library before
  the app can keep that code compiled (wxdesk.start_code does, when wxdesk.ui.pyside_setup
  loads PySide6).
- pyi_rth_multiprocessing imports multiprocessing, with socket, subprocess, signal and selectors
  (some 10 ms): the window never uses them; a batch does.
- pyi_rth_pkgutil imports pkgutil, which the window's start does not import, to teach it the bundle's
  modules; pyi_rth_inspect imports inspect, to teach it where the bundle's modules are, and zipfile, before
  the app's first line can make the modules zipfile imports and never uses (bz2, lzma) load on first use
  (wxdesk.start_stdlib). The start imports inspect soon (with dataclasses) all the same.

wxdesk.spec takes those hooks out of the list run at start and names them here (DEFERRED: the
package, the hook's name and its compiled code, the hook unchanged). Each runs, once, the moment
its package has loaded, before the import that loaded it returns: everything it sets up (Qt's
plugin path and qt.conf, multiprocessing's frozen freeze_support) is in place before anything
can use it. Qt reads its plugin path only when the QApplication is made, after PySide6 loaded.
"""

import sys

# {package: (hook name, marshalled code)}: filled in by wxdesk.spec in the copy it bundles.
DEFERRED: dict = {}


def _pyi_rthook(deferred):
    import marshal

    class _RunHookOnceLoaded:
        """A finder that finds nothing itself: it wraps a package's loading to run its hook after it. A spec
        only looked for (importlib.util.find_spec, as wxdesk.qt_preflight looks for PySide6's folder) and never
        loaded runs nothing: the hook waits for the package's loading."""

        def __init__(self):
            self.finding = set()

        def find_spec(self, name, path=None, target=None):
            if name not in deferred or name in self.finding:
                return None
            import importlib.util
            self.finding.add(name)
            try:
                spec = importlib.util.find_spec(name)  # by the other finders
            finally:
                self.finding.discard(name)
            if spec is None or spec.loader is None:
                return spec
            load = spec.loader.exec_module

            def load_then_hook(module):
                load(module)
                hook = deferred.pop(name, None)
                if not deferred and self in sys.meta_path:
                    sys.meta_path.remove(self)
                if hook is not None:
                    hook_name, code = hook
                    exec(marshal.loads(code), {"__name__": "__main__", "__builtins__": __builtins__,
                                               "__file__": f"{hook_name}.py"})

            spec.loader.exec_module = load_then_hook
            return spec

    if deferred:
        sys.meta_path.insert(0, _RunHookOnceLoaded())


_pyi_rthook(dict(DEFERRED))
del _pyi_rthook, DEFERRED
