"""The work of one file in an import's worker processes (:mod:`cxdesk.evidence_import`):
read, hash and, unless those bytes are stored already, validate and decode it. Spawn-safe: a
light import, top-level functions, picklable results; never raises.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from cxdesk.errors import InvalidValue
from cxdesk.photo_decode import PreparedPhoto, prepare_photo, read_file


@dataclass(frozen=True)
class PhotoOutcome:
    """What became of one file of an import (``index``: its place there): a prepared
    ``photo``; or only its ``sha256``, when those bytes are stored already (nothing decoded);
    or the ``reason`` it was refused."""

    index: int
    photo: PreparedPhoto | None = None
    sha256: str = ""
    reason: str = ""


#: SHA-256 of the photos the workspace holds, set once in each worker (see remember_stored).
_stored: frozenset[str] = frozenset()


def remember_stored(hashes: frozenset[str]) -> None:
    """A worker process's initializer: photos with these hashes are not decoded again."""
    global _stored
    _stored = hashes


def prepare_outcome(index: int, path: str, size_limit: int | None,
                    stored: frozenset[str] | None = None) -> PhotoOutcome:
    """One file read, hashed and, unless those bytes are in ``stored`` (default: what
    :func:`remember_stored` was given), validated and decoded. Never raises."""
    try:
        data = read_file(path, size_limit)
        sha256 = hashlib.sha256(data).hexdigest()
        if sha256 in (_stored if stored is None else stored):
            return PhotoOutcome(index, sha256=sha256)
        photo = prepare_photo(data, file_name=Path(path).name, sha256=sha256)
        return PhotoOutcome(index, photo=photo, sha256=sha256)
    except InvalidValue as exc:
        return PhotoOutcome(index, reason=str(exc))
    except MemoryError:
        return PhotoOutcome(index, reason="image too large to decode")
    except Exception as exc:  # noqa: BLE001 - one file must never stop the others
        return PhotoOutcome(index, reason=f"could not be read ({type(exc).__name__}: {exc})")
