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
    # exchange
    # voice of the customer
]
