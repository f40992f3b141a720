"""One search over an engagement: names of subjects, locations, stages and touchpoints,
criteria (with how it should and should not be), answers' comments and findings.

The index (``search_docs`` and its FTS5 table ``search_fts``, schema v2) is kept by triggers,
so it is always in step with the workspace. Words are matched by prefix ("парков" finds
"парковка"), case and diacritics folded, all words of the query required.
"""

from __future__ import annotations

import re
import sqlite3
from typing import NamedTuple

from cxdesk.workspace import Workspace

#: Kinds of things found, in the order results are grouped.
KINDS = ("finding", "criterion", "answer", "touchpoint", "stage", "subject", "location")

_WORD = re.compile(r"\w+", re.UNICODE)


class Hit(NamedTuple):
    kind: str  # one of KINDS
    id: str  # the row found
    title: str
    snippet: str  # the matching text, the words found between [ and ]
    check_id: str | None = None  # for an answer: its check
    criterion_id: str | None = None  # for an answer: its criterion; for a criterion: itself
    template_id: str | None = None  # for a criterion: its checklist


def fts_query(text: str) -> str:
    """The FTS5 query for what a person typed: every word, as a prefix, all required."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words)


def search(ws: Workspace, engagement_id: str, query: str, *, limit: int = 50) -> list[Hit]:
    """Things of the engagement matching ``query``, the best first within each kind."""
    match = fts_query(query)
    if not match:
        return []
    try:
        rows = ws.rows(
            """SELECT d.kind, d.row_id, d.title,
                      snippet(search_fts, -1, '[', ']', '…', 10) AS snippet,
                      a.check_id, coalesce(a.criterion_id, cr.id) AS criterion_id,
                      cr.template_id, coalesce(ac.text, '') AS answer_title
               FROM search_fts
               JOIN search_docs d ON d.id = search_fts.rowid
               LEFT JOIN answers a ON d.kind = 'answer' AND a.id = d.row_id
               LEFT JOIN criteria ac ON ac.id = a.criterion_id
               LEFT JOIN criteria cr ON d.kind = 'criterion' AND cr.id = d.row_id
               WHERE search_fts MATCH ? AND d.engagement_id = ?
               ORDER BY rank LIMIT ?""",
            (match, engagement_id, limit * 4))
    except sqlite3.OperationalError:
        return []  # a query FTS5 cannot parse finds nothing
    hits = [Hit(kind=r["kind"], id=r["row_id"],
                title=r["answer_title"] if r["kind"] == "answer" else r["title"],
                snippet=" ".join(r["snippet"].split()), check_id=r["check_id"],
                criterion_id=r["criterion_id"], template_id=r["template_id"]) for r in rows]
    order = {k: i for i, k in enumerate(KINDS)}
    hits.sort(key=lambda h: order.get(h.kind, len(KINDS)))  # stable: rank within a kind
    return hits[:limit]


def rebuild(ws: Workspace) -> None:
    """Rebuild the full-text index from ``search_docs`` (for repair; triggers keep it)."""
    with ws.transaction():
        ws.conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")


def map_of(ws: Workspace, kind: str, ident: str) -> str | None:
    """The journey map holding a stage or touchpoint found (to open it there)."""
    if kind == "stage":
        return ws.scalar("SELECT map_id FROM stages WHERE id = ?", (ident,))
    if kind == "touchpoint":
        return ws.scalar("SELECT s.map_id FROM touchpoints t JOIN stages s ON s.id = t.stage_id"
                         " WHERE t.id = ?", (ident,))
    return None
