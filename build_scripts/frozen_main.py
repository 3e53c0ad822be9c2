"""The frozen app's entry point: `wxdesk` as wxdesk/__main__.py runs it, multiprocessing loaded only where needed.

A frozen app starts its batch workers (and multiprocessing's helper processes) by running
itself again, with arguments multiprocessing.freeze_support() recognises; wxdesk/__main__.py
calls it at every frozen start, which loads multiprocessing first (some 10 ms, with socket,
subprocess and selectors) for the window that never uses it. Here freeze_support() is called
whenever the arguments could be such a start (the same test as PyInstaller's freeze_support,
loosened: `-c` anywhere, or `--multiprocessing-fork` first), and it decides; any other start
goes straight to wxdesk's command line.

Python's cyclic garbage collector is paused (wxdesk.start_gc) before wxdesk's command line is imported, not
once its main() has begun: a window's start pauses it there all the same, and the collections that import ran
before it (16 of the 29 before the first paint, each walking again what the start had just made) cost some
5 M instructions on the main thread to the first paint (callgrind: 782 M against 787 M). A start that is not
the window's lets the collector run again as soon as the command line's own test (the one main() makes)
tells so, before any command runs.

Before anything else, compiled modules are set to bind each function when first called (wxdesk.start_linking).
wxdesk.cli's main() sets the same for every entry point; here it comes first too, since a worker's start loads
multiprocessing's compiled modules before main() runs.
"""

import sys


def _may_be_multiprocessing_start(argv: list[str]) -> bool:
    return "-c" in argv[1:] or argv[1:2] == ["--multiprocessing-fork"]


if __name__ == "__main__":
    from wxdesk import start_linking
    start_linking.bind_lazily()
    if _may_be_multiprocessing_start(sys.argv):
        import multiprocessing
        multiprocessing.freeze_support()
    from wxdesk import start_gc
    start_gc.pause()
    from wxdesk.cli import _starts_window, main
    if not _starts_window(sys.argv[1:]):
        start_gc.resume(freeze=False)
    sys.exit(main())
