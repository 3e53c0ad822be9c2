"""Shrink the ICU data library that Qt Core links to on Linux (31 MB in PySide6's wheel).

Qt Core calls ICU for four things only: text codecs (ucnv_*), case mapping
(u_strToUpper/Lower), collation (ucol_*) and time-zone names (ucal_*). wxdesk speaks
English and Chinese. So the bundle keeps every codec and ICU's core tables, and the
locale data of root, English and Chinese; it drops the other languages and the data
trees Qt never reads (word-break dictionaries, transliteration, number spelling, units).
Another locale still works: ICU falls back to root (for collation, Unicode order).

Needs ICU's `icupkg` (Debian/Ubuntu: icu-devtools) and binutils (as, ld, nm, readelf) to
link the data back into a library with the same name and symbol. Without them the build keeps the
original library and says so. Windows and macOS wheels carry no ICU data library.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

KEEP_LOCALES = re.compile(r"(root|en|zh)([_-].*)?|res_index")  # res_index: each tree's list of locales
LOCALE_ID = re.compile(r"[a-z]{2,3}([_-][A-Za-z0-9]*)*")  # also "de_", an alias locale
DROP_TREES = {"brkitr", "translit", "rbnf", "unit"}


def unneeded(item: str) -> bool:
    """'coll/de.res' -> True; 'coll/zh.res', 'cnvalias.icu', 'zoneinfo64.res' -> False."""
    parts = item.split("/")
    if len(parts) > 1 and parts[0] in DROP_TREES:
        return True
    stem = parts[-1].rsplit(".", 1)[0]
    return (parts[-1].endswith(".res") and LOCALE_ID.fullmatch(stem) is not None
            and not KEEP_LOCALES.fullmatch(stem))


def _data_bytes(lib: Path, symbol: str) -> bytes:
    """The bytes of `symbol` in a shared library, found with binutils' nm and readelf."""
    nm = subprocess.run(["nm", "-D", "-S", "--defined-only", str(lib)], capture_output=True, text=True, check=True)
    address, size = next((int(f[0], 16), int(f[1], 16)) for f in (line.split() for line in nm.stdout.splitlines())
                         if len(f) == 4 and f[3] == symbol)
    sections = subprocess.run(["readelf", "-SW", str(lib)], capture_output=True, text=True, check=True).stdout
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,})\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        start, offset, length = (int(g, 16) for g in match.groups())
        if start <= address < start + length:
            with open(lib, "rb") as f:
                f.seek(offset + address - start)
                return f.read(size)
    raise ValueError(f"{symbol} lies in no section of {lib}")


def trimmed_icu_data(lib: Path, work: Path) -> Path | None:
    """A smaller copy of libicudata.so.NN in `work`, or None (with the reason printed)."""
    version = re.fullmatch(r"libicudata\.so\.(\d+)", lib.name)
    tools = {name: shutil.which(name) for name in ("icupkg", "as", "ld", "nm", "readelf")}
    if version is None or not all(tools.values()):
        missing = ", ".join(name for name, path in tools.items() if not path)
        print(f"trim_icu: keeping {lib.name} whole ({missing or 'unknown name'} missing; "
              "install icu-devtools and binutils to save about 22 MB)")
        return None
    symbol = f"icudt{version.group(1)}_dat"
    # icupkg names a package's items after its file name, which must be ICU's own: icudt73l.dat.
    package = f"icudt{version.group(1)}{'l' if sys.byteorder == 'little' else 'b'}.dat"
    full, small, items = work / "full" / package, work / "small" / package, work / "remove.txt"
    try:
        full.parent.mkdir(parents=True, exist_ok=True)
        small.parent.mkdir(parents=True, exist_ok=True)
        full.write_bytes(_data_bytes(lib, symbol))
        listing = subprocess.run([tools["icupkg"], "-l", str(full)], capture_output=True, text=True, check=True)
        drop = [item for item in listing.stdout.split() if unneeded(item)]
        items.write_text("\n".join(drop) + "\n")
        subprocess.run([tools["icupkg"], "-r", str(items), str(full), str(small)], check=True, capture_output=True)
        assembly = work / "icudata.S"
        assembly.write_text(  # the data under its original symbol, 16-byte aligned as ICU requires
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n'
            f'\t.incbin "{small}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n')
        out, obj = work / lib.name, work / "icudata.o"
        subprocess.run([tools["as"], "-o", str(obj), str(assembly)], check=True, capture_output=True)
        subprocess.run([tools["ld"], "-shared", "-soname", lib.name, "-o", str(out), str(obj)],
                       check=True, capture_output=True)
    except (subprocess.CalledProcessError, StopIteration, ValueError, OSError) as exc:
        print(f"trim_icu: keeping {lib.name} whole: {exc}")
        return None
    print(f"trim_icu: {lib.name} {lib.stat().st_size / 1e6:.1f} MB -> {out.stat().st_size / 1e6:.1f} MB "
          f"({len(drop)} locale items dropped)")
    return out
