"""The workspace schema: numbered migrations between a minimum and a maximum version.

Every entity table carries what merging workspaces needs: a UUID text key, ``created_at`` and
``updated_at`` (UTC ISO-8601) and a ``revision`` that triggers bump on every update. Deletions
leave a tombstone (table, row id, time, workspace) written by a trigger, so that cascaded
deletions are recorded too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

#: ``PRAGMA application_id`` of a CX Desk workspace: "CXDW" in ASCII.
APPLICATION_ID = 0x43584457

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

_COMMON = f"""id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL DEFAULT {NOW},
    updated_at TEXT NOT NULL DEFAULT {NOW},
    revision INTEGER NOT NULL DEFAULT 1"""

# (table, columns and constraints). Order matters: parents before children.
ENTITY_TABLES_V1: list[tuple[str, str]] = [
    ("engagements", """
    name TEXT NOT NULL,
    client TEXT NOT NULL DEFAULT '',
    consultant TEXT NOT NULL DEFAULT '',
    period_start TEXT,
    period_end TEXT,
    language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'en')),
    notes TEXT NOT NULL DEFAULT ''"""),
    ("subjects", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    own INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''"""),
    ("locations", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    subject_id TEXT REFERENCES subjects(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'showroom'
        CHECK (kind IN ('showroom', 'shop', 'office', 'website', 'social', 'phone', 'other')),
    address TEXT NOT NULL DEFAULT '',
    latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180)"""),
    ("segments", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''"""),
    # Journey maps -----------------------------------------------------------------------
    ("maps", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    segment_id TEXT REFERENCES segments(id) ON DELETE SET NULL,
    based_on_id TEXT REFERENCES maps(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'as_is' CHECK (kind IN ('as_is', 'redesign', 'new')),
    position INTEGER NOT NULL DEFAULT 0"""),
    ("lanes", """
    map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0"""),
    ("stages", """
    map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0"""),
    ("touchpoints", """
    stage_id TEXT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
    lane_id TEXT REFERENCES lanes(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'offline' CHECK (channel IN ('online', 'offline')),
    interaction TEXT NOT NULL DEFAULT 'person' CHECK (interaction IN ('person', 'product')),
    department TEXT NOT NULL DEFAULT '',
    has_standard INTEGER NOT NULL DEFAULT 0 CHECK (has_standard IN (0, 1)),
    standard_text TEXT NOT NULL DEFAULT '',
    emotion INTEGER CHECK (emotion IS NULL OR emotion BETWEEN -2 AND 2),
    position INTEGER NOT NULL DEFAULT 0,
    x REAL,
    y REAL"""),
    ("flows", """
    map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'sent' CHECK (kind IN ('sent', 'self')),
    label TEXT NOT NULL DEFAULT '',
    CHECK (source_id <> target_id)"""),
    ("barriers", """
    touchpoint_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('technical', 'staff_action', 'staff_inaction', 'other')),
    severity INTEGER NOT NULL DEFAULT 2 CHECK (severity BETWEEN 1 AND 3)"""),
    # Checklists --------------------------------------------------------------------------
    ("templates", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    map_id TEXT REFERENCES maps(id) ON DELETE SET NULL,
    family_id TEXT NOT NULL,
    previous_id TEXT REFERENCES templates(id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    name TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'ru',
    status TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'superseded')),
    description TEXT NOT NULL DEFAULT ''"""),
    ("criteria", """
    template_id TEXT NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
    stage_id TEXT REFERENCES stages(id) ON DELETE SET NULL,
    touchpoint_id TEXT REFERENCES touchpoints(id) ON DELETE SET NULL,
    section TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    should_be TEXT NOT NULL DEFAULT '',
    should_not_be TEXT NOT NULL DEFAULT '',
    channel TEXT CHECK (channel IS NULL OR channel IN ('online', 'offline')),
    interaction TEXT CHECK (interaction IS NULL OR interaction IN ('person', 'product')),
    answer_type TEXT NOT NULL DEFAULT 'yes_no'
        CHECK (answer_type IN ('yes_no', 'scale_0_10', 'scale_1_5', 'number', 'choice', 'text')),
    unit TEXT NOT NULL DEFAULT '',
    threshold REAL,
    direction TEXT CHECK (direction IS NULL OR direction IN ('lower_is_better', 'higher_is_better')),
    weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
    critical INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0, 1)),
    required_checks INTEGER NOT NULL DEFAULT 1 CHECK (required_checks >= 1),
    photo TEXT NOT NULL DEFAULT 'none' CHECK (photo IN ('none', 'optional', 'required'))"""),
    ("criterion_choices", """
    criterion_id TEXT NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    points REAL NOT NULL,
    position INTEGER NOT NULL DEFAULT 0"""),
    # Fieldwork ---------------------------------------------------------------------------
    ("assignments", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    subject_id TEXT NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    location_id TEXT REFERENCES locations(id) ON DELETE SET NULL,
    template_id TEXT REFERENCES templates(id) ON DELETE SET NULL,
    method TEXT NOT NULL CHECK (method IN
        ('visit', 'call', 'request', 'test_purchase', 'call_listening', 'web_check')),
    shopper TEXT NOT NULL DEFAULT '',
    scenario TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled'))"""),
    ("checks", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    subject_id TEXT NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    location_id TEXT REFERENCES locations(id) ON DELETE SET NULL,
    template_id TEXT NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
    assignment_id TEXT REFERENCES assignments(id) ON DELETE SET NULL,
    method TEXT NOT NULL CHECK (method IN
        ('visit', 'call', 'request', 'test_purchase', 'call_listening', 'web_check')),
    started_at TEXT,
    finished_at TEXT,
    auditor TEXT NOT NULL DEFAULT '',
    scenario TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'approved', 'returned'))"""),
    ("check_reviews", """
    check_id TEXT NOT NULL REFERENCES checks(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
    reviewer TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT ''"""),
    ("answers", """
    check_id TEXT NOT NULL REFERENCES checks(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    value_number REAL,
    value_text TEXT,
    choice_id TEXT REFERENCES criterion_choices(id) ON DELETE SET NULL,
    comment TEXT NOT NULL DEFAULT '',
    answered_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    UNIQUE (check_id, criterion_id)"""),
    # Evidence ----------------------------------------------------------------------------
    ("photos", """
    sha256 TEXT NOT NULL UNIQUE REFERENCES blobs(sha256) ON DELETE RESTRICT,
    kind TEXT NOT NULL DEFAULT 'photo' CHECK (kind IN ('photo', 'audio', 'document')),
    mime TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL CHECK (size >= 0),
    width INTEGER,
    height INTEGER,
    orientation INTEGER,
    captured_at TEXT,
    camera TEXT NOT NULL DEFAULT '',
    gps_lat REAL,
    gps_lon REAL,
    annotations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(annotations))"""),
    ("photo_derivatives", """
    photo_id TEXT NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('thumb', 'print')),
    mime TEXT NOT NULL DEFAULT 'image/jpeg',
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (photo_id, kind)"""),
    # Findings, problems and actions -----------------------------------------------------
    ("problems", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'solved'))"""),
    ("findings", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    subject_id TEXT REFERENCES subjects(id) ON DELETE SET NULL,
    touchpoint_id TEXT REFERENCES touchpoints(id) ON DELETE SET NULL,
    problem_id TEXT REFERENCES problems(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN
        ('failure', 'weak_spot', 'strength', 'best_practice_comfort', 'best_practice_wow')),
    category TEXT CHECK (category IS NULL OR category IN
        ('staff', 'process', 'technical', 'premises', 'communication')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    root_cause TEXT NOT NULL DEFAULT '',
    severity INTEGER NOT NULL DEFAULT 2 CHECK (severity BETWEEN 1 AND 3)"""),
    ("finding_sources", """
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    check_id TEXT NOT NULL REFERENCES checks(id) ON DELETE CASCADE,
    answer_id TEXT REFERENCES answers(id) ON DELETE SET NULL"""),
    ("evidence_links", """
    photo_id TEXT NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    check_id TEXT REFERENCES checks(id) ON DELETE CASCADE,
    criterion_id TEXT REFERENCES criteria(id) ON DELETE SET NULL,
    finding_id TEXT REFERENCES findings(id) ON DELETE CASCADE,
    caption TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0"""),
    ("incidents", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    subject_id TEXT REFERENCES subjects(id) ON DELETE SET NULL,
    location_id TEXT REFERENCES locations(id) ON DELETE SET NULL,
    touchpoint_id TEXT REFERENCES touchpoints(id) ON DELETE SET NULL,
    problem_id TEXT REFERENCES problems(id) ON DELETE SET NULL,
    occurred_on TEXT,
    channel TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    diagnosis TEXT NOT NULL DEFAULT '',
    justified INTEGER CHECK (justified IS NULL OR justified IN (0, 1)),
    compensation_kind TEXT NOT NULL DEFAULT '',
    compensation_amount REAL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed')),
    closed_at TEXT"""),
    ("actions", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high')),
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    completed_at TEXT"""),
    ("action_links", """
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    finding_id TEXT REFERENCES findings(id) ON DELETE CASCADE,
    problem_id TEXT REFERENCES problems(id) ON DELETE CASCADE,
    CHECK ((finding_id IS NULL) <> (problem_id IS NULL))"""),
    # Voice of the customer ---------------------------------------------------------------
    ("feedback_samples", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sampling TEXT NOT NULL DEFAULT 'unknown'
        CHECK (sampling IN ('random', 'census', 'self_selected', 'unknown')),
    invited INTEGER CHECK (invited IS NULL OR invited >= 0),
    source_sha256 TEXT"""),
    ("feedback", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    sample_id TEXT REFERENCES feedback_samples(id) ON DELETE SET NULL,
    subject_id TEXT REFERENCES subjects(id) ON DELETE SET NULL,
    touchpoint_id TEXT REFERENCES touchpoints(id) ON DELETE SET NULL,
    segment_id TEXT REFERENCES segments(id) ON DELETE SET NULL,
    channel TEXT NOT NULL DEFAULT '',
    responded_on TEXT,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    ces INTEGER CHECK (ces IS NULL OR ces BETWEEN 1 AND 7),
    comment TEXT NOT NULL DEFAULT '',
    fingerprint TEXT"""),
    ("follow_ups", """
    feedback_id TEXT NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    contact_preference TEXT NOT NULL DEFAULT 'phone' CHECK (contact_preference IN ('phone', 'email')),
    target_at TEXT,
    first_contact_at TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'contacted', 'closed'))"""),
    ("tags", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    polarity TEXT NOT NULL DEFAULT 'neutral' CHECK (polarity IN ('liked', 'disliked', 'neutral')),
    keywords TEXT NOT NULL DEFAULT ''"""),
    ("feedback_tags", """
    feedback_id TEXT NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'rule')),
    UNIQUE (feedback_id, tag_id)"""),
    # Employees ---------------------------------------------------------------------------
    ("employees", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    subject_id TEXT REFERENCES subjects(id) ON DELETE SET NULL,
    location_id TEXT REFERENCES locations(id) ON DELETE SET NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT ''"""),
    ("employee_assessments", """
    employee_id TEXT NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    check_id TEXT REFERENCES checks(id) ON DELETE SET NULL,
    area TEXT NOT NULL CHECK (area IN
        ('product_knowledge', 'standards_knowledge', 'customer_orientation', 'engagement')),
    assessed_on TEXT,
    score REAL NOT NULL,
    max_score REAL NOT NULL CHECK (max_score > 0),
    notes TEXT NOT NULL DEFAULT ''"""),
    ("trainings", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    held_on TEXT,
    topic TEXT NOT NULL,
    trainer TEXT NOT NULL DEFAULT ''"""),
    ("training_participants", """
    training_id TEXT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    employee_id TEXT NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    UNIQUE (training_id, employee_id)"""),
    ("conclusions", """
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT ''"""),
]

from cxdesk.schema_v3 import ENTITY_TABLES_V3, EXTRA_DDL_V3, INDEXES_V3  # noqa: E402

ENTITY_TABLES = [name for name, _ in (*ENTITY_TABLES_V1, *ENTITY_TABLES_V3)]

_INDEXES_V1 = [
    ("subjects", "engagement_id"), ("locations", "engagement_id"), ("locations", "subject_id"),
    ("segments", "engagement_id"), ("maps", "engagement_id"), ("maps", "segment_id"),
    ("maps", "based_on_id"), ("lanes", "map_id"), ("stages", "map_id"),
    ("touchpoints", "stage_id"), ("touchpoints", "lane_id"), ("flows", "map_id"),
    ("flows", "source_id"), ("flows", "target_id"), ("barriers", "touchpoint_id"),
    ("templates", "engagement_id"), ("templates", "map_id"), ("templates", "previous_id"),
    ("criteria", "template_id"), ("criteria", "stage_id"), ("criteria", "touchpoint_id"),
    ("criterion_choices", "criterion_id"), ("assignments", "engagement_id"),
    ("assignments", "subject_id"), ("assignments", "location_id"), ("assignments", "template_id"),
    ("checks", "engagement_id"), ("checks", "subject_id"), ("checks", "location_id"),
    ("checks", "template_id"), ("checks", "assignment_id"), ("check_reviews", "check_id"),
    ("answers", "criterion_id"), ("answers", "choice_id"),
    ("photo_derivatives", "photo_id"), ("problems", "engagement_id"),
    ("findings", "engagement_id"), ("findings", "subject_id"), ("findings", "touchpoint_id"),
    ("findings", "problem_id"), ("finding_sources", "finding_id"), ("finding_sources", "check_id"),
    ("finding_sources", "answer_id"), ("evidence_links", "photo_id"),
    ("evidence_links", "engagement_id"), ("evidence_links", "check_id"),
    ("evidence_links", "criterion_id"), ("evidence_links", "finding_id"),
    ("incidents", "engagement_id"), ("incidents", "subject_id"), ("incidents", "location_id"),
    ("incidents", "touchpoint_id"), ("incidents", "problem_id"), ("actions", "engagement_id"),
    ("action_links", "action_id"), ("action_links", "finding_id"), ("action_links", "problem_id"),
    ("feedback_samples", "engagement_id"), ("feedback", "engagement_id"),
    ("feedback", "sample_id"), ("feedback", "subject_id"), ("feedback", "touchpoint_id"),
    ("feedback", "segment_id"), ("follow_ups", "feedback_id"), ("tags", "engagement_id"),
    ("feedback_tags", "tag_id"), ("employees", "engagement_id"), ("employees", "subject_id"),
    ("employees", "location_id"), ("employee_assessments", "employee_id"),
    ("employee_assessments", "check_id"), ("trainings", "engagement_id"),
    ("training_participants", "employee_id"), ("conclusions", "engagement_id"),
]


def create_entity_table(conn: sqlite3.Connection, table: str, body: str) -> None:
    """Create an entity table with the common columns, its revision trigger and its tombstone
    trigger. Later migrations use it for the tables they add."""
    conn.execute(f"CREATE TABLE {table} (\n    {_COMMON},{body}\n)")
    conn.execute(
        f"""CREATE TRIGGER {table}_revision AFTER UPDATE ON {table}
        WHEN NEW.revision = OLD.revision
        BEGIN
            UPDATE {table} SET revision = OLD.revision + 1, updated_at = {NOW}
            WHERE id = NEW.id;
        END"""
    )
    conn.execute(
        f"""CREATE TRIGGER {table}_tombstone AFTER DELETE ON {table}
        BEGIN
            INSERT OR REPLACE INTO tombstones (table_name, row_id, workspace_id)
            VALUES ('{table}', OLD.id, (SELECT value FROM meta WHERE key = 'workspace_id'));
        END"""
    )


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL)"""
    )
    conn.execute(
        f"""CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            data BLOB NOT NULL,
            created_at TEXT NOT NULL DEFAULT {NOW})"""
    )
    conn.execute(
        f"""CREATE TABLE tombstones (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            deleted_at TEXT NOT NULL DEFAULT {NOW},
            workspace_id TEXT NOT NULL,
            PRIMARY KEY (table_name, row_id))"""
    )
    conn.execute(
        "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL,"
        " value TEXT NOT NULL CHECK (json_valid(value)))"
    )
    for table, body in ENTITY_TABLES_V1:
        create_entity_table(conn, table, body)
    for table, column in _INDEXES_V1:
        conn.execute(f"CREATE INDEX idx_{table}_{column} ON {table} ({column})")


# Search (v2) -------------------------------------------------------------------------------
# What the search box finds: kind -> (table, title, body, engagement id, condition, the columns
# whose change re-indexes the row). Expressions are over ``r``, the row.
SEARCH_SOURCES: dict[str, tuple[str, str, str, str, str, str]] = {
    "subject": ("subjects", "r.name", "r.notes", "r.engagement_id", "1", "name, notes"),
    "location": ("locations", "r.name", "r.address", "r.engagement_id", "1", "name, address"),
    "stage": ("stages", "r.name", "r.description",
              "(SELECT engagement_id FROM maps WHERE id = r.map_id)", "1",
              "name, description, map_id"),
    "touchpoint": ("touchpoints", "r.name", "r.description || ' ' || r.standard_text",
                   "(SELECT m.engagement_id FROM stages s JOIN maps m ON m.id = s.map_id"
                   " WHERE s.id = r.stage_id)", "1",
                   "name, description, standard_text, stage_id"),
    "criterion": ("criteria", "r.text",
                  "r.should_be || ' ' || r.should_not_be || ' ' || r.section",
                  "(SELECT engagement_id FROM templates WHERE id = r.template_id)", "1",
                  "text, should_be, should_not_be, section, template_id"),
    # an answer is found by its comment; its title (the criterion) is read when searching
    "answer": ("answers", "''", "r.comment",
               "(SELECT engagement_id FROM checks WHERE id = r.check_id)", "r.comment <> ''",
               "comment"),
    "finding": ("findings", "r.title", "r.description || ' ' || r.root_cause",
                "r.engagement_id", "1", "title, description, root_cause, engagement_id"),
}


def _v2(conn: sqlite3.Connection) -> None:
    """Full-text search: ``search_docs`` (one row per thing found) kept by triggers, indexed by
    the FTS5 table ``search_fts`` (Russian and English words, diacritics folded)."""
    conn.execute(
        """CREATE TABLE search_docs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            row_id TEXT NOT NULL,
            engagement_id TEXT,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            UNIQUE (row_id, kind))"""
    )
    conn.execute("CREATE INDEX idx_search_docs_engagement_id ON search_docs (engagement_id)")
    conn.execute(
        """CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_docs',
           content_rowid='id', tokenize='unicode61 remove_diacritics 2')"""
    )
    conn.execute(
        """CREATE TRIGGER search_docs_insert AFTER INSERT ON search_docs BEGIN
            INSERT INTO search_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
        END"""
    )
    conn.execute(
        """CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
            INSERT INTO search_fts (search_fts, rowid, title, body)
            VALUES ('delete', OLD.id, OLD.title, OLD.body);
        END"""
    )
    for kind, (table, title, body, engagement, when, columns) in SEARCH_SOURCES.items():
        select = (f"SELECT '{kind}', r.id, {engagement}, {title}, {body}")
        insert = "INSERT INTO search_docs (kind, row_id, engagement_id, title, body)"
        forget = f"DELETE FROM search_docs WHERE row_id = OLD.id AND kind = '{kind}';"
        new_row = f"{insert} {select.replace('r.', 'NEW.')} WHERE {when.replace('r.', 'NEW.')};"
        conn.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} "
                     f"BEGIN {new_row} END")
        conn.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {columns} "
                     f"ON {table} BEGIN {forget} {new_row} END")
        conn.execute(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} "
                     f"BEGIN {forget} END")
        # what the workspace holds already
        conn.execute(f"{insert} {select} FROM {table} AS r WHERE {when}")


def _v3(conn: sqlite3.Connection) -> None:
    """Evidence, field exchange and the voice of the customer (``cxdesk/schema_v3.py``)."""
    for table, body in ENTITY_TABLES_V3:
        create_entity_table(conn, table, body)
    for table, column in INDEXES_V3:
        conn.execute(f"CREATE INDEX idx_{table}_{column} ON {table} ({column})")
    for statement in EXTRA_DDL_V3:
        conn.execute(statement)


#: Migration steps in order; step ``n`` brings ``user_version`` from ``n - 1`` to ``n``.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]

SCHEMA_VERSION = len(MIGRATIONS)
