"""Before the window starts on Linux: are the system libraries Qt's X11 plugin needs installed?

When one is missing, Qt prints its complaint to the log and aborts the process, so the
user sees only "Aborted". This module asks the dynamic loader first (`ldd` on the xcb
platform plugin of the installed PySide6) and turns each missing library into the
Debian/Ubuntu package that provides it, for one sentence the user can act on.

Qt-free on purpose: it runs before Qt loads anything, and `find_spec` locates PySide6
without importing it.

`ldd` takes some 10-20 ms and `subprocess` some 5 ms to load, at every start on an X11
desktop, where the answer hardly ever changes. So a check that found nothing missing is
remembered (in the user's cache folder) with what it depends on: the plugin file, the
loader's cache /etc/ld.so.cache (which ldconfig rewrites whenever a package adds or
removes a library), LD_LIBRARY_PATH and the ldd used. While all of these are as they were,
the next start skips the check; when any changed, it runs again.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
from collections.abc import Mapping, Sized
from importlib.util import find_spec
from pathlib import Path

# The libraries Qt's xcb plugin (and the Qt libraries it loads) link against, by the file
# name the loader looks for, with the Debian/Ubuntu package that installs it. Names stay
# the same on Debian 12, Ubuntu 22.04 and 24.04 except where the value says otherwise.
PACKAGES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",  # libglib2.0-0t64 on Ubuntu 24.04, which apt also accepts by this name
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found\s*$")


def missing_from_ldd(output: str) -> list[str]:
    """The libraries `ldd` could not find, each once, in the order it reported them."""
    missing: list[str] = []
    for line in output.splitlines():
        match = _NOT_FOUND.match(line)
        if match and match.group(1) not in missing:
            missing.append(match.group(1))
    return missing


def will_use_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt's first choice of platform here is X11 (xcb), as Qt itself decides it."""
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        # "wayland;xcb" lists fallbacks, "xcb:option" adds options: Qt tries the first one first.
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return False
    return bool(environ.get("DISPLAY"))


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the PySide6 that wxdesk will load (None when there is none)."""
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder, "Qt", "plugins", "platforms", "libqxcb.so")
        if plugin.is_file():
            return plugin
    return None


def run_ldd(path: Path) -> str | None:
    """`ldd`'s report on `path`, or None when there is no ldd or it cannot say."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    import subprocess  # only when the check runs (see the module's docstring)
    try:
        done = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


def message(missing: list[str]) -> str:
    """One sentence: what is missing and the command that installs it."""
    system = [name for name in missing if not name.startswith("libQt6")]
    if not system:
        return (f"the window cannot open because wxdesk's own Qt libraries are incomplete "
                f"({', '.join(missing)} not found); reinstall wxdesk")
    packages = sorted({PACKAGES[name] for name in system if name in PACKAGES})
    unknown = [name for name in system if name not in PACKAGES]
    files = _join(system)
    they = "it is" if len(system) == 1 else "they are"
    sentence = f"the window cannot open because Qt needs the system {_plural(system, 'library', 'libraries')} " \
               f"{files}, and {they} not installed; "
    if packages:
        sentence += f"on Debian or Ubuntu install {_plural(packages, 'it', 'them')} with " \
                    f"'sudo apt install {' '.join(packages)}'"
        if unknown:
            sentence += f" plus the package that provides {_join(unknown)}"
    else:
        sentence += f"install the package that provides {_plural(unknown, 'it', 'them')} " \
                    f"(on Debian or Ubuntu 'apt-file search {unknown[0]}' names it)"
    return sentence + ", then start wxdesk again"


def missing_libraries_message(environ: Mapping[str, str] | None = None) -> str | None:
    """The sentence to show instead of Qt's abort, or None when nothing is known to be missing."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not will_use_xcb(environ):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    state = loader_state(plugin, environ)
    if state is not None and _passed_before(state):
        return None
    report = run_ldd(plugin)
    missing = missing_from_ldd(report) if report else []
    if report and not missing and state is not None:
        _remember_passed(state)
    return message(missing) if missing else None


LOADER_CACHE = Path("/etc/ld.so.cache")
PASSED_NAME = "qt-libraries-found.txt"


def loader_state(plugin: Path, environ: Mapping[str, str]) -> str | None:
    """What a check of `plugin` depends on, as one line; None when it cannot be known (always check)."""
    try:
        files = [(str(path), info.st_mtime_ns, info.st_size, info.st_ino)
                 for path, info in ((plugin, plugin.stat()), (LOADER_CACHE, LOADER_CACHE.stat()))]
    except OSError:
        return None
    return repr((files, environ.get("LD_LIBRARY_PATH", ""), shutil.which("ldd")))


def _passed_file() -> Path:
    import platformdirs
    return Path(platformdirs.user_cache_dir("wxdesk", appauthor=False)) / PASSED_NAME


def _passed_before(state: str) -> bool:
    try:
        return _passed_file().read_text(encoding="utf-8") == state
    except (OSError, UnicodeDecodeError):
        return False


def _remember_passed(state: str) -> None:
    with contextlib.suppress(OSError):  # without it, the next start checks again
        path = _passed_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(state, encoding="utf-8")


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _plural(items: Sized, one: str, many: str) -> str:
    return one if len(items) == 1 else many
