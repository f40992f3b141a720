"""What customers liked and disliked: tags with a polarity, keyword rules that tag comments
(editable: a tag's ``keywords`` are comma-separated stems, matched case-insensitively inside
the comment), manual tags, and the count of responses per tag (the Aktion-digital table)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.records import Removal
from cxdesk.voice_common import only_fields, text
from cxdesk.workspace import Workspace, new_id

POLARITIES = ("liked", "disliked", "neutral")


@dataclass(frozen=True)
class TagRow:
    id: str
    name: str
    polarity: str
    keywords: tuple[str, ...]
    count: int = 0  # responses tagged, by rule or by hand
    manual: int = 0
    promoters: int = 0
    detractors: int = 0


@dataclass
class RuleChange:
    """What :func:`apply_rules` did: pass it to :func:`revert_rules` to undo."""

    added: list[tuple[str, str, str]] = field(default_factory=list)  # (id, feedback, tag)
    removed: list[dict[str, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.added and not self.removed


def _norm(value: str) -> str:
    return value.lower().replace("ё", "е")


def keyword_list(keywords: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    parts = keywords.split(",") if isinstance(keywords, str) else list(keywords)
    return tuple(dict.fromkeys(_norm(p.strip()) for p in parts if p.strip()))


def matches(comment: str, keywords: tuple[str, ...]) -> bool:
    comment = _norm(comment or "")
    return any(k in comment for k in keywords)


def list_tags(ws: Workspace, engagement_id: str) -> list[TagRow]:
    """The engagement's tags with their counts, liked first, then disliked, then neutral; the
    most frequent first within each."""
    rows = ws.rows(
        """SELECT t.*, count(ft.id) AS n, sum(ft.source = 'manual') AS manual,
                  sum(f.score >= 9) AS promoters, sum(f.score <= 6) AS detractors
           FROM tags t LEFT JOIN feedback_tags ft ON ft.tag_id = t.id
           LEFT JOIN feedback f ON f.id = ft.feedback_id
           WHERE t.engagement_id = ? GROUP BY t.id""", (engagement_id,))
    tags = [TagRow(r["id"], r["name"], r["polarity"], keyword_list(r["keywords"]), r["n"],
                   r["manual"] or 0, r["promoters"] or 0, r["detractors"] or 0) for r in rows]
    return sorted(tags, key=lambda t: (POLARITIES.index(t.polarity), -t.count, t.name.lower()))


def liked_disliked(ws: Workspace, engagement_id: str) -> dict[str, list[TagRow]]:
    """The liked / disliked table: tags of each polarity, the most frequent first."""
    table: dict[str, list[TagRow]] = {p: [] for p in POLARITIES}
    for tag in list_tags(ws, engagement_id):
        table[tag.polarity].append(tag)
    return table


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    only_fields(values, ("name", "polarity", "keywords"), "a tag")
    out = dict(values)
    if "name" in out:
        out["name"] = text(out["name"])
        if not out["name"]:
            raise InvalidValue("a tag needs a name")
    if "polarity" in out and out["polarity"] not in POLARITIES:
        raise InvalidValue(f"a tag is liked, disliked or neutral, not {out['polarity']!r}")
    if "keywords" in out:
        out["keywords"] = ",".join(keyword_list(out["keywords"] or ""))
    return out


def _refuse_taken_name(ws: Workspace, engagement_id: str, name: str,
                       tag_id: str | None = None) -> None:
    names = {r[0].casefold() for r in ws.rows(
        "SELECT name FROM tags WHERE engagement_id = ? AND id IS NOT ?", (engagement_id, tag_id))}
    if name.casefold() in names:
        raise InvalidValue(f"there is a tag {name!r} already")


def add_tag(ws: Workspace, engagement_id: str, *, name: str, polarity: str = "neutral",
            keywords: str = "") -> str:
    records.get(ws, "engagements", engagement_id, "engagement")
    values = _validated({"name": name, "polarity": polarity, "keywords": keywords})
    _refuse_taken_name(ws, engagement_id, values["name"])
    with ws.transaction():
        return records.insert(ws, "tags", {"engagement_id": engagement_id, **values})


def update_tag(ws: Workspace, tag_id: str, **changes: Any) -> dict[str, Any]:
    """Change a tag's name, polarity or keyword rule; returns the previous values. (Run
    :func:`apply_rules` to re-tag the comments after a rule changed.)"""
    values = _validated(changes)
    if "name" in values:
        tag = records.get(ws, "tags", tag_id, "tag")
        _refuse_taken_name(ws, tag["engagement_id"], values["name"], tag_id)
    with ws.transaction():
        return records.update(ws, "tags", tag_id, values)


def delete_tag(ws: Workspace, tag_id: str) -> Removal:
    return records.remove(ws, "tags", tag_id, "tag")


def tag_response(ws: Workspace, feedback_id: str, tag_id: str) -> str:
    """Tag a response by hand; returns the link's id (an existing rule link becomes manual)."""
    response = records.get(ws, "feedback", feedback_id, "response")
    tag = records.get(ws, "tags", tag_id, "tag")
    if tag["engagement_id"] != response["engagement_id"]:
        raise InvalidValue("the tag belongs to another engagement")
    existing = ws.row("SELECT id FROM feedback_tags WHERE feedback_id = ? AND tag_id = ?",
                      (feedback_id, tag_id))
    with ws.transaction():
        if existing is not None:
            ws.conn.execute("UPDATE feedback_tags SET source = 'manual' WHERE id = ?",
                            (existing[0],))
            return existing[0]
        return records.insert(ws, "feedback_tags", {"feedback_id": feedback_id,
                                                    "tag_id": tag_id, "source": "manual"})


def untag_response(ws: Workspace, feedback_id: str, tag_id: str) -> Removal:
    ident = ws.scalar("SELECT id FROM feedback_tags WHERE feedback_id = ? AND tag_id = ?",
                      (feedback_id, tag_id))
    if ident is None:
        raise InvalidValue("the response does not carry that tag")
    return records.remove(ws, "feedback_tags", ident, "tag link")


def apply_rules(ws: Workspace, engagement_id: str) -> RuleChange:
    """Tag every comment that matches a tag's keywords, and drop rule tags that no longer
    match (manual tags stay). Returns what changed, for :func:`revert_rules`."""
    tags = [(r["id"], keyword_list(r["keywords"])) for r in ws.rows(
        "SELECT id, keywords FROM tags WHERE engagement_id = ?", (engagement_id,))]
    responses = ws.rows("SELECT id, comment FROM feedback WHERE engagement_id = ?",
                        (engagement_id,))
    links = {(r["feedback_id"], r["tag_id"]): dict(r) for r in ws.rows(
        """SELECT ft.* FROM feedback_tags ft JOIN tags t ON t.id = ft.tag_id
           WHERE t.engagement_id = ?""", (engagement_id,))}
    change = RuleChange()
    for tag_id, keywords in tags:
        for response in responses:
            key = (response["id"], tag_id)
            hit = bool(keywords) and matches(response["comment"], keywords)
            if hit and key not in links:
                change.added.append((new_id(), response["id"], tag_id))
            elif not hit and key in links and links[key]["source"] == "rule":
                change.removed.append(links[key])
    with ws.transaction():
        ws.conn.executemany("INSERT INTO feedback_tags (id, feedback_id, tag_id, source)"
                            " VALUES (?, ?, ?, 'rule')", change.added)
        ws.conn.executemany("DELETE FROM feedback_tags WHERE id = ?",
                            [(r["id"],) for r in change.removed])
    return change


def revert_rules(ws: Workspace, change: RuleChange) -> None:
    """Undo :func:`apply_rules`: the same rows back, the added ones gone."""
    with ws.transaction():
        ws.conn.executemany("DELETE FROM feedback_tags WHERE id = ?",
                            [(ident,) for ident, _, _ in change.added])
        for row in change.removed:
            cols = ", ".join(row)
            ws.conn.execute(f"INSERT INTO feedback_tags ({cols}) VALUES"
                            f" ({', '.join('?' for _ in row)})", list(row.values()))
            ws.conn.execute("DELETE FROM tombstones WHERE table_name = 'feedback_tags'"
                            " AND row_id = ?", (row["id"],))


def redo_rules(ws: Workspace, change: RuleChange) -> None:
    """Apply the very same change again (same ids)."""
    with ws.transaction():
        ws.conn.executemany("INSERT INTO feedback_tags (id, feedback_id, tag_id, source)"
                            " VALUES (?, ?, ?, 'rule')", change.added)
        ws.conn.executemany("DELETE FROM feedback_tags WHERE id = ?",
                            [(r["id"],) for r in change.removed])
