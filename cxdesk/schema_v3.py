"""Schema v3: the additions of the evidence, field-exchange and voice-of-the-customer work.

Each part has its own section; ``ENTITY_TABLES_V3`` lists the entity tables it adds (created
with the common columns, revision and tombstone triggers by ``schema.create_entity_table``), and
``INDEXES_V3`` / ``EXTRA_DDL_V3`` the rest. The statements run once, in the migration's
transaction.
"""

from __future__ import annotations

# (table, columns and constraints), parents before children -----------------------------------
ENTITY_TABLES_V3: list[tuple[str, str]] = [
    # evidence --------------------------------------------------------------------------------
    # exchange --------------------------------------------------------------------------------
    # voice of the customer -------------------------------------------------------------------
]

# (table, column) pairs to index ------------------------------------------------------------
INDEXES_V3: list[tuple[str, str]] = [
]

# Other statements (ALTER TABLE … ADD COLUMN, non-entity tables), in order --------------------
EXTRA_DDL_V3: list[str] = [
    # evidence
    # exchange: what came in from bundles (local bookkeeping, never carried in a bundle)
    """CREATE TABLE exchange_imports (
        bundle_id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('kit', 'results')),
        source_workspace_id TEXT NOT NULL,
        engagement_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        summary TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary)))""",
    """CREATE TABLE exchange_sync (
        source_workspace_id TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (source_workspace_id, table_name, row_id)) WITHOUT ROWID""",
    """CREATE TABLE exchange_conflicts (
        id INTEGER PRIMARY KEY,
        bundle_id TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        source_workspace_id TEXT NOT NULL,
        local TEXT CHECK (local IS NULL OR json_valid(local)),
        incoming TEXT CHECK (incoming IS NULL OR json_valid(incoming)),
        columns TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(columns)),
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'kept_local', 'kept_incoming')),
        detected_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        resolved_at TEXT)""",
    "CREATE INDEX idx_exchange_conflicts_status ON exchange_conflicts (status)",
    # voice of the customer
]
