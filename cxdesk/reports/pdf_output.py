"""Writing the PDF file as it is formatted, not assembled in memory first.

reportlab collects every formatted object of a document in a list and joins them into one
bytes object before writing: with hundreds of photos that is the size of the file, twice.
While ``streaming_into(fh)`` is active, the documents this thread saves write each object to
``fh`` as it is formatted (reportlab's ``PDFFile`` keeps counting the offsets the cross-reference
table needs). Other threads are untouched: without a target of their own, the class behaves as
reportlab's.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from reportlab.pdfbase import pdfdoc

_ORIGINAL = pdfdoc.PDFFile
_local = threading.local()
_lock = threading.Lock()


class _StreamingFile(_ORIGINAL):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # the header goes to self.strings
        target = getattr(_local, "target", None)
        if target is not None:
            target.write(b"".join(self.strings))
            self.strings = []
            self.write = target.write  # add() keeps the offsets; format() joins nothing


@contextmanager
def streaming_into(target: BinaryIO) -> Iterator[None]:
    """Documents saved by this thread inside the block write straight into ``target`` (pass
    the same open file as the document's output)."""
    with _lock:
        _local.target = target
        pdfdoc.PDFFile = _StreamingFile
        try:
            yield
        finally:
            pdfdoc.PDFFile = _ORIGINAL
            _local.target = None
