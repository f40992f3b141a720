"""Where a report file goes: checked before any work, and errors that name the file asked for
(not the temporary file beside it that is renamed into place)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cxdesk.errors import InvalidValue


def prepare_target(path: str | os.PathLike[str]) -> Path:
    """The output file ``path``, its folder created; InvalidValue (naming ``path``) when it is
    a folder or its folder cannot be made."""
    target = Path(path)
    if target.is_dir():
        raise InvalidValue(f"{target}: is a folder; give the name of the file to write")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:  # a file where a folder on the way should be
        raise InvalidValue(f"{target}: {exc.filename or target.parent} is a file, "
                           "not a folder") from exc
    except OSError as exc:
        raise InvalidValue(f"{target}: cannot create its folder "
                           f"({exc.strerror or exc})") from exc
    if not os.access(target.parent, os.W_OK) or (target.exists()
                                                 and not os.access(target, os.W_OK)):
        raise InvalidValue(f"{target}: cannot write the file (read-only)")
    return target


def prepare_folder(path: str | os.PathLike[str]) -> Path:
    """The output folder ``path``, created; InvalidValue when it is a file or cannot be made."""
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise InvalidValue(f"{folder}: is a file, not a folder for the reports")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidValue(f"{folder}: cannot create the folder ({exc.strerror or exc})") from exc
    if not os.access(folder, os.W_OK):
        raise InvalidValue(f"{folder}: cannot write into the folder (read-only)")
    return folder


@contextmanager
def writing(target: Path) -> Iterator[None]:
    """Turn a failure to write the file (or its temporary copy) into one error naming
    ``target``: no permission, disk full…"""
    try:
        yield
    except OSError as exc:
        raise InvalidValue(f"{target}: cannot write the file ({exc.strerror or exc})") from exc
