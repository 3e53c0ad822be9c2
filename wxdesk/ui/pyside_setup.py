"""PySide6, loaded for the window without reading the source of every module imported after it.

PySide6 puts a hook on `import` for its `from __feature__ import snake_case` switches: for each
module imported after PySide6 it reads the module's source file (inspect.getsource) to see
whether it names PySide6. From source that is every wxdesk module the window loads and all of
pyqtgraph, some 300 files: about 13 ms before the first paint, 35 ms more before the chart is
drawn, and some 14 MB of source lines kept in linecache for as long as wxdesk runs.

No module in wxdesk, nor pyqtgraph, selects a feature, so every module has PySide6's default
selection, "no feature" (0), whatever that search would find: answering 0 without reading
gives each module the selection it would have had. A module that does import from
`__feature__` still gets its features (that import sets its selection itself). With another
PySide6, where the hook is not what this expects, nothing is changed.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 - loads shiboken's import hook, which the function below answers for


def _no_feature_selected(module: object) -> bool:
    """True: the module gets the "no feature" selection (0), as a module that names PySide6 does."""
    return True


def _skip_source_search() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _no_feature_selected  # type: ignore[attr-defined]


_skip_source_search()
