"""The ``.cxb`` bundle format: what a field-exchange file holds and how it is laid out.

A bundle is a SQLite file (``journal_mode=DELETE``, ``application_id`` "CXDB", ``user_version``
the format version) with the workspace's own ``CREATE TABLE`` statements for the tables it
carries — nothing else: no index beyond SQLite's automatic ones, no view, no trigger — plus:

- ``manifest`` (key, value as JSON): format and app versions, schema version, source workspace
  id, engagement id, kind (``kit`` / ``results``), creation time, a bundle id, the row count of
  every table and the SHA-256 of every photo it carries;
- ``bases`` (source workspace, table, row, revision, updated_at): for each row carried, the
  version the exporting workspace last took from another workspace (how the importer tells
  "changed on one side" from "changed on both");
- ``tombstones`` and ``blobs`` in the workspace's own shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxdesk.errors import CxDeskError

#: ``PRAGMA application_id`` of a bundle: "CXDB" in ASCII.
BUNDLE_APPLICATION_ID = 0x43584442
#: Version of the layout below; kept in ``user_version`` and in the manifest.
FORMAT_VERSION = 1
APP_VERSION = "0.3"

KINDS = ("kit", "results")

#: What a field kit carries: the engagement's structure, maps, templates and assignments.
KIT_TABLES = (
    "engagements", "subjects", "locations", "segments", "maps", "lanes", "stages",
    "touchpoints", "flows", "barriers", "templates", "criteria", "criterion_choices",
    "assignments",
)
#: What results carry: the fieldwork done (and the assignments' new status).
RESULT_TABLES = (
    "assignments", "checks", "check_reviews", "answers", "photos", "photo_derivatives",
    "problems", "findings", "finding_sources", "evidence_links",
)
#: Every entity table a bundle holds (empty where its kind does not fill it), parents first.
ENTITY_TABLES = (*KIT_TABLES, *[t for t in RESULT_TABLES if t not in KIT_TABLES])
#: Rows that only ever get added, never changed in place (derived data, content-addressed).
APPEND_ONLY = frozenset({"photo_derivatives"})

#: The tables a bundle holds besides the entity tables (``blobs`` and ``tombstones`` copy the
#: workspace's DDL; these two are the bundle's own).
MANIFEST_DDL = ("CREATE TABLE manifest (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL"
                " CHECK (json_valid(value)))")
BASES_DDL = ("CREATE TABLE bases (source_workspace_id TEXT NOT NULL, table_name TEXT NOT NULL,"
             " row_id TEXT NOT NULL, revision INTEGER NOT NULL, updated_at TEXT NOT NULL,"
             " PRIMARY KEY (source_workspace_id, table_name, row_id))")
COPIED_TABLES = (*ENTITY_TABLES, "blobs", "tombstones")
ALL_TABLES = frozenset({*COPIED_TABLES, "manifest", "bases"})

#: Size caps: a bundle larger than these is refused before anything is read from it.
MAX_FILE_BYTES = 4 * 1024 ** 3
MAX_ROWS_PER_TABLE = 2_000_000
MAX_BLOB_BYTES = 200 * 1024 ** 2
#: No name, comment or note a person types comes near this many characters.
MAX_TEXT_CHARS = 1_000_000

MANIFEST_KEYS = ("format_version", "app_version", "schema_version", "bundle_id",
                 "source_workspace_id", "engagement_id", "kind", "created_at", "row_counts",
                 "photos")


class BundleError(CxDeskError):
    """A bundle that cannot be written or is refused on import (the message says why)."""


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    schema_version: int
    bundle_id: str
    source_workspace_id: str
    engagement_id: str
    kind: str
    created_at: str
    row_counts: dict[str, int]
    photos: list[str]

    def as_rows(self) -> list[tuple[str, Any]]:
        return [(key, getattr(self, key)) for key in MANIFEST_KEYS]


def tables_of(kind: str) -> tuple[str, ...]:
    """The entity tables a bundle of ``kind`` fills."""
    return KIT_TABLES if kind == "kit" else RESULT_TABLES
