"""Evidence as the gallery edits it: every link of each photo of an engagement (to filter by
criterion, finding, stage and touchpoint), captions, unlinking with its undo, the places a
photo can be linked to, and the engagement's recordings and documents."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.evidence import link_photo
from cxdesk.records import Removal
from cxdesk.workspace import Workspace


@dataclass(frozen=True)
class PhotoLink:
    link_id: str
    photo_id: str
    check_id: str | None
    check: str
    criterion_id: str | None
    criterion: str
    finding_id: str | None
    finding: str
    touchpoint_id: str | None
    stage_id: str | None
    caption: str


_LINKS = """
SELECT l.id, l.photo_id, l.check_id, l.criterion_id, l.finding_id, l.caption,
       s.name AS subject, c.started_at, loc.name AS location, cr.text AS criterion,
       f.title AS finding,
       CASE WHEN cr.id IS NULL THEN f.touchpoint_id ELSE cr.touchpoint_id END AS touchpoint_id,
       coalesce(cr.stage_id, tp.stage_id) AS stage_id
FROM evidence_links l
LEFT JOIN checks c ON c.id = l.check_id
LEFT JOIN subjects s ON s.id = c.subject_id
LEFT JOIN locations loc ON loc.id = c.location_id
LEFT JOIN criteria cr ON cr.id = l.criterion_id
LEFT JOIN findings f ON f.id = l.finding_id
LEFT JOIN touchpoints tp
       ON tp.id = CASE WHEN cr.id IS NULL THEN f.touchpoint_id ELSE cr.touchpoint_id END
WHERE l.engagement_id = ?
ORDER BY l.position, l.created_at
"""


def check_label(subject: str | None, location: str | None, started_at: str | None) -> str:
    """"Subject · location · date" of a check."""
    return " · ".join(p for p in (subject, location, (started_at or "")[:10]) if p)


def photo_links(ws: Workspace, engagement_id: str) -> dict[str, list[PhotoLink]]:
    """Every evidence link of the engagement, by photo id."""
    result: dict[str, list[PhotoLink]] = {}
    for r in ws.rows(_LINKS, (engagement_id,)):
        result.setdefault(r["photo_id"], []).append(PhotoLink(
            r["id"], r["photo_id"], r["check_id"],
            check_label(r["subject"], r["location"], r["started_at"]) if r["check_id"] else "",
            r["criterion_id"], r["criterion"] or "", r["finding_id"], r["finding"] or "",
            r["touchpoint_id"], r["stage_id"], r["caption"] or ""))
    return result


def photo_revisions(ws: Workspace, engagement_id: str) -> dict[str, int]:
    """Each linked photo's revision: it grows when its annotations (and copies) change."""
    return dict(ws.conn.execute(
        "SELECT DISTINCT p.id, p.revision FROM photos p JOIN evidence_links l"
        " ON l.photo_id = p.id WHERE l.engagement_id = ?", (engagement_id,)).fetchall())


# -- captions --------------------------------------------------------------------------------
def set_caption(ws: Workspace, engagement_id: str, photo_id: str, caption: str) -> dict[str, str]:
    """Give every link of a photo in the engagement this caption; returns the old ones by
    link id (for :func:`restore_captions`)."""
    caption = (caption or "").strip()
    if len(caption) > 1000:
        raise InvalidValue("the caption is longer than 1000 characters")
    rows = ws.rows("SELECT id, caption FROM evidence_links WHERE engagement_id = ?"
                   " AND photo_id = ?", (engagement_id, photo_id))
    if not rows:
        raise InvalidValue("the photo is not evidence of this engagement")
    with ws.transaction():
        for row in rows:
            if row["caption"] != caption:
                records.update(ws, "evidence_links", row["id"], {"caption": caption})
    return {row["id"]: row["caption"] for row in rows}


def restore_captions(ws: Workspace, captions: dict[str, str]) -> None:
    with ws.transaction():
        for link_id, caption in captions.items():
            records.update(ws, "evidence_links", link_id, {"caption": caption})


# -- linking and unlinking -------------------------------------------------------------------
@dataclass
class Unlinked:
    """What :func:`unlink` did: the link removed and, when it was the photo's last link in the
    engagement, the plain engagement link left in its place so the photo stays evidence."""

    removal: Removal
    kept_link_id: str | None = None


def unlink(ws: Workspace, link_id: str) -> Unlinked:
    link = records.get(ws, "evidence_links", link_id, "photo link")
    others = ws.scalar("SELECT count(*) FROM evidence_links WHERE engagement_id = ?"
                       " AND photo_id = ? AND id != ?",
                       (link["engagement_id"], link["photo_id"], link_id))
    if not others and not (link["check_id"] or link["criterion_id"] or link["finding_id"]):
        raise InvalidValue("the photo is linked to nothing else in this engagement")
    with ws.transaction():
        removal = records.remove(ws, "evidence_links", link_id, "photo link")
        kept = None
        if not others:
            kept = link_photo(ws, link["photo_id"], engagement_id=link["engagement_id"],
                              caption=link["caption"])
    return Unlinked(removal, kept)


def relink(ws: Workspace, unlinked: Unlinked) -> None:
    """Undo :func:`unlink`: the same link (same id) back, the placeholder gone."""
    with ws.transaction():
        if unlinked.kept_link_id:
            ws.conn.execute("DELETE FROM evidence_links WHERE id = ?", (unlinked.kept_link_id,))
        records.restore(ws, unlinked.removal)


def link(ws: Workspace, engagement_id: str, photo_id: str, *, check_id: str | None = None,
         criterion_id: str | None = None, finding_id: str | None = None) -> str | None:
    """Link a photo to a check (and criterion) or a finding; returns the new link's id, or
    None when that link exists already. A plain engagement link the photo had is reused."""
    if not (check_id or criterion_id or finding_id):
        raise InvalidValue("choose a check, a criterion or a finding to link the photo to")
    exists = ws.scalar(
        "SELECT id FROM evidence_links WHERE photo_id = ? AND engagement_id = ?"
        " AND check_id IS ? AND criterion_id IS ? AND finding_id IS ?",
        (photo_id, engagement_id, check_id, criterion_id, finding_id))
    if exists:
        return None
    caption = ws.scalar("SELECT caption FROM evidence_links WHERE photo_id = ? AND"
                        " engagement_id = ? AND caption != '' LIMIT 1",
                        (photo_id, engagement_id)) or ""
    return link_photo(ws, photo_id, engagement_id=engagement_id, check_id=check_id,
                      criterion_id=criterion_id, finding_id=finding_id, caption=caption)


@dataclass(frozen=True)
class Target:
    ident: str
    label: str
    parent_id: str | None = None  # a criterion's check template


def link_targets(ws: Workspace, engagement_id: str) -> dict[str, list[Target]]:
    """The checks, findings, and criteria (by template id) a photo can be linked to."""
    checks = [Target(r["id"], check_label(r["subject"], r["location"], r["started_at"]),
                     r["template_id"]) for r in ws.rows(
        """SELECT c.id, c.template_id, c.started_at, s.name AS subject, loc.name AS location
           FROM checks c JOIN subjects s ON s.id = c.subject_id
           LEFT JOIN locations loc ON loc.id = c.location_id
           WHERE c.engagement_id = ? ORDER BY s.own DESC, s.position, c.started_at""",
        (engagement_id,))]
    findings = [Target(r["id"], r["title"]) for r in ws.rows(
        "SELECT id, title FROM findings WHERE engagement_id = ? ORDER BY severity DESC, title",
        (engagement_id,))]
    criteria = [Target(r["id"], r["text"], r["template_id"]) for r in ws.rows(
        """SELECT cr.id, cr.text, cr.template_id FROM criteria cr
           JOIN templates t ON t.id = cr.template_id WHERE t.engagement_id = ?
           ORDER BY cr.position""", (engagement_id,))]
    return {"checks": checks, "findings": findings, "criteria": criteria}


# -- recordings and documents ----------------------------------------------------------------
@dataclass(frozen=True)
class OtherEvidence:
    photo_id: str
    kind: str  # audio | document
    mime: str
    file_name: str
    size: int
    caption: str
    check: str
    finding: str


def other_evidence(ws: Workspace, engagement_id: str) -> list[OtherEvidence]:
    """The engagement's call recordings and documents (not photos), once each."""
    seen: dict[str, OtherEvidence] = {}
    for r in ws.rows(
        """SELECT p.id, p.kind, p.mime, p.file_name, p.size, l.caption, l.check_id,
                  s.name AS subject, loc.name AS location, c.started_at, f.title AS finding
           FROM evidence_links l JOIN photos p ON p.id = l.photo_id
           LEFT JOIN checks c ON c.id = l.check_id
           LEFT JOIN subjects s ON s.id = c.subject_id
           LEFT JOIN locations loc ON loc.id = c.location_id
           LEFT JOIN findings f ON f.id = l.finding_id
           WHERE l.engagement_id = ? AND (p.kind != 'photo' OR p.mime NOT LIKE 'image/%')
           ORDER BY p.file_name, l.position""", (engagement_id,)):
        if r["id"] in seen:
            continue
        seen[r["id"]] = OtherEvidence(
            r["id"], r["kind"], r["mime"], r["file_name"] or "", r["size"], r["caption"] or "",
            check_label(r["subject"], r["location"], r["started_at"]) if r["check_id"] else "",
            r["finding"] or "")
    return list(seen.values())


def blob_of(ws: Workspace, photo_id: str) -> bytes:
    """The stored original bytes of a piece of evidence."""
    records.get(ws, "photos", photo_id, "evidence")
    return bytes(ws.scalar("SELECT b.data FROM photos p JOIN blobs b ON b.sha256 = p.sha256"
                           " WHERE p.id = ?", (photo_id,)))
