#!/usr/bin/env python3
"""Refresh the translations from the code, then compile them. Safe to run again and again.

- ``cxdesk_ru.ts``: every user-visible string of ``ui/`` (existing translations are kept;
  new strings appear as unfinished until translated, e.g. in Qt Linguist).
- ``cxdesk_en.ts``: only the plural forms ("%n check(s)" → "1 check", "2 checks").
- ``lrelease`` turns both into the ``.qm`` files the app loads.

Run: ``.venv/bin/python resources/translations/update.py``
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATALOGUES = {"ru": HERE / "cxdesk_ru.ts", "en": HERE / "cxdesk_en.ts"}


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python, on PATH, or the binary inside PySide6."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}",
                      Path(sys.executable).parent / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / name, package / f"{name}.exe", package / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"cannot find {name}: install PySide6 (pip install PySide6-Essentials)")


def sources(root: Path = ROOT) -> list[str]:
    return [str(p) for p in sorted((root / "ui").rglob("*.py")) if "__pycache__" not in p.parts]


def lupdate(ts: Path, *, plural_only: bool = False, keep_obsolete: bool = False,
            root: Path = ROOT) -> None:
    language = "ru" if ts.stem.endswith("_ru") else "en"
    command = [tool("lupdate"), *sources(root), "-ts", str(ts), "-locations", "none",
               "-source-language", "en", "-target-language", language, "-silent"]
    if plural_only:
        command.append("-pluralonly")
    if not keep_obsolete:
        command.append("-no-obsolete")
    subprocess.run(command, check=True)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)


def main() -> int:
    lupdate(CATALOGUES["ru"])
    lupdate(CATALOGUES["en"], plural_only=True)
    for ts in CATALOGUES.values():
        lrelease(ts)
        text = ts.read_text(encoding="utf-8")
        unfinished = text.count('type="unfinished"')
        state = f"{unfinished} unfinished" if unfinished else "complete"
        print(f"{ts.name}: {state}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
