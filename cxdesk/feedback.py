"""Voice of the customer, read for display: the responses, their NPS with its margin, the
0–10 distribution, and what makes the figure unreliable (a small or self-selected sample)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesk.nps import Nps, nps
from cxdesk.workspace import Workspace

#: Below this many responses an NPS moves by more than ±10 points from one survey to the next.
SMALL_SAMPLE = 100


@dataclass(frozen=True)
class Sample:
    id: str
    name: str
    sampling: str  # random | census | self_selected | unknown
    invited: int | None
    responses: int

    @property
    def response_rate(self) -> float | None:
        return self.responses / self.invited if self.invited else None


@dataclass(frozen=True)
class Response:
    id: str
    score: int
    responded_on: str | None = None
    ces: int | None = None
    comment: str = ""
    channel: str = ""
    subject_id: str | None = None
    subject: str = ""
    own: bool = False
    touchpoint: str = ""
    sample: str = ""
    sampling: str = "unknown"

    @property
    def group(self) -> str:
        """promoter (9–10), passive (7–8) or detractor (0–6)."""
        if self.score >= 9:
            return "promoter"
        return "passive" if self.score >= 7 else "detractor"


@dataclass
class FeedbackSummary:
    """``nps``, ``distribution`` and the notes describe the own company's responses (and those
    given for no subject), as the workspace summary does; ``responses`` lists them all."""

    responses: list[Response] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)
    nps: Nps | None = None
    distribution: list[int] = field(default_factory=lambda: [0] * 11)
    ces_mean: float | None = None
    self_selected: bool = False  # some of the headline's responses come from such a sample
    unknown_sampling: bool = False

    @property
    def small_sample(self) -> bool:
        return self.nps is not None and self.nps.n < SMALL_SAMPLE


def load_feedback(ws: Workspace, engagement_id: str) -> FeedbackSummary:
    responses = [Response(
        id=r["id"], score=r["score"], responded_on=r["responded_on"], ces=r["ces"],
        comment=r["comment"], channel=r["channel"], subject_id=r["subject_id"],
        subject=r["subject"], own=bool(r["own"]), touchpoint=r["touchpoint"],
        sample=r["sample"], sampling=r["sampling"],
    ) for r in ws.rows(
        """SELECT f.*, coalesce(s.name, '') AS subject, coalesce(s.own, 0) AS own,
                  coalesce(tp.name, '') AS touchpoint, coalesce(fs.name, '') AS sample,
                  coalesce(fs.sampling, 'unknown') AS sampling
           FROM feedback f
           LEFT JOIN subjects s ON s.id = f.subject_id
           LEFT JOIN touchpoints tp ON tp.id = f.touchpoint_id
           LEFT JOIN feedback_samples fs ON fs.id = f.sample_id
           WHERE f.engagement_id = ?
           ORDER BY f.responded_on IS NULL, f.responded_on DESC, f.created_at DESC""",
        (engagement_id,),
    )]
    samples = [Sample(r["id"], r["name"], r["sampling"], r["invited"], r["responses"])
               for r in ws.rows(
                   """SELECT fs.*, (SELECT count(*) FROM feedback f WHERE f.sample_id = fs.id)
                             AS responses
                      FROM feedback_samples fs WHERE fs.engagement_id = ? ORDER BY fs.name""",
                   (engagement_id,))]
    headline = [r for r in responses if r.subject_id is None or r.own]
    summary = FeedbackSummary(responses=responses, samples=samples,
                              nps=nps(r.score for r in headline))
    for r in headline:
        summary.distribution[r.score] += 1
    efforts = [r.ces for r in headline if r.ces is not None]
    summary.ces_mean = sum(efforts) / len(efforts) if efforts else None
    summary.self_selected = any(r.sampling == "self_selected" for r in headline)
    summary.unknown_sampling = any(r.sampling == "unknown" for r in headline)
    return summary
