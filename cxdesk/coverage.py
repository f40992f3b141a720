"""Fieldwork coverage: for every touchpoint × subject, the checks done against the required."""

from __future__ import annotations

from typing import NamedTuple

from cxdesk.workspace import Workspace


class CoverageCell(NamedTuple):
    touchpoint_id: str
    subject_id: str
    done: int  # distinct checks of the subject that answered a criterion of the touchpoint
    required: int  # the most any current criterion of the touchpoint asks for

    @property
    def counted(self) -> int:
        """Done, capped at the requirement: extra checks don't hide missing ones elsewhere."""
        return min(self.done, self.required)


class Coverage(NamedTuple):
    cells: list[CoverageCell]

    @property
    def done(self) -> int:
        return sum(c.counted for c in self.cells)

    @property
    def required(self) -> int:
        return sum(c.required for c in self.cells)

    @property
    def share(self) -> float | None:
        return self.done / self.required if self.required else None


def coverage(ws: Workspace, engagement_id: str, *, subject_ids: list[str] | None = None,
             done: dict[tuple[str, str], int] | None = None,
             location_id: str | None = None) -> Coverage:
    """Coverage of the engagement. A caller that has them already may give its subjects
    (``subject_ids``, own first then by position) and the checks done per (touchpoint,
    subject) (``done``: distinct checks answering a criterion of the touchpoint). With
    ``location_id`` only the checks done at that location count; the requirement stays the
    subject's (it is set per touchpoint and company, not per location)."""
    required = ws.rows(
        """SELECT cr.touchpoint_id, max(cr.required_checks) AS required
           FROM criteria cr JOIN templates t ON t.id = cr.template_id
           WHERE t.engagement_id = ? AND t.status = 'current' AND cr.touchpoint_id IS NOT NULL
           GROUP BY cr.touchpoint_id""",
        (engagement_id,),
    )
    done = done if done is not None else {
        (r["touchpoint_id"], r["subject_id"]): r["done"]
        for r in ws.rows(
            """SELECT cr.touchpoint_id, c.subject_id, count(DISTINCT c.id) AS done
               FROM answers a JOIN checks c ON c.id = a.check_id
               JOIN criteria cr ON cr.id = a.criterion_id
               WHERE c.engagement_id = ? AND cr.touchpoint_id IS NOT NULL
                 AND (? IS NULL OR c.location_id = ?)
               GROUP BY cr.touchpoint_id, c.subject_id""",
            (engagement_id, location_id, location_id),
        )
    }
    subjects = subject_ids if subject_ids is not None else [r["id"] for r in ws.rows(
        "SELECT id FROM subjects WHERE engagement_id = ? ORDER BY own DESC, position",
        (engagement_id,),
    )]
    cells = [
        CoverageCell(r["touchpoint_id"], s, done.get((r["touchpoint_id"], s), 0), r["required"])
        for r in required for s in subjects
    ]
    return Coverage(cells)
