"""Runtime hook of the frozen app: Python's own finder for the bundle's modules, where PyInstaller's has none.

The bundle keeps Python's modules as .pyc files in its folder (wxdesk.spec: noarchive), and PyInstaller's
archive of modules (PYZ) is empty. Yet PyInstaller's path finder (pyimod02_importers.PyiFrozenFinder) is the
one asked for every module, on every folder searched: it looks the module up in that empty archive, then
hands the search to Python's own FileFinder for the same folder, which finds it, and builds the text of four
trace messages on the way (the finder's, the FileFinder's and the spec's reprs), printed only in a verbose
run (python -v) and built all the same: for some 400 modules before the first paint, some 10 M instructions
(valgrind).

When the archive holds no module, this takes PyInstaller's path hook out of sys.path_hooks, and its finders
out of sys.path_importer_cache: Python's FileFinder, the hook after it, finds each module directly, as it did
when handed the search (the same spec, loader and file). PyInstaller's other import machinery is left as it
is. Listed first among the runtime hooks (wxdesk.spec), so that every import after it is found so.
"""

import sys


def _pyi_rthook():
    import pyimod02_importers

    finder = getattr(pyimod02_importers, "PyiFrozenFinder", None)
    archive = getattr(pyimod02_importers, "pyz_archive", None)
    toc = getattr(archive, "toc", None)
    hook = getattr(finder, "path_hook", None)
    # Modules in the archive, or another PyInstaller than this follows: leave it all as it is.
    if finder is None or not isinstance(toc, dict) or toc or hook not in sys.path_hooks:
        return
    sys.path_hooks.remove(hook)
    for path, cached in list(sys.path_importer_cache.items()):
        if isinstance(cached, finder):
            del sys.path_importer_cache[path]  # made again, by the hooks left, at the next search there


_pyi_rthook()
del _pyi_rthook
