"""The frozen app's entry point: `wxdesk` as wxdesk/__main__.py runs it, multiprocessing loaded only where needed.

A frozen app starts its batch workers (and multiprocessing's helper processes) by running
itself again, with arguments multiprocessing.freeze_support() recognises; wxdesk/__main__.py
calls it at every frozen start, which loads multiprocessing first (some 10 ms, with socket,
subprocess and selectors) for the window that never uses it. Here freeze_support() is called
whenever the arguments could be such a start (the same test as PyInstaller's freeze_support,
loosened: `-c` anywhere, or `--multiprocessing-fork` first), and it decides; any other start
goes straight to wxdesk's command line.
"""

import sys


def _may_be_multiprocessing_start(argv: list[str]) -> bool:
    return "-c" in argv[1:] or argv[1:2] == ["--multiprocessing-fork"]


if __name__ == "__main__":
    if _may_be_multiprocessing_start(sys.argv):
        import multiprocessing
        multiprocessing.freeze_support()
    from wxdesk.cli import main
    sys.exit(main())
