"""Voice of the customer, read for display: the responses, their NPS with its margin, the CES,
the 0–10 distribution, breakdowns (by subject, touchpoint, segment, channel, month, quarter)
and what makes a figure unreliable (a small, low-response or self-selected sample).

Every figure comes as a :class:`Figure`: the NPS (with n and the 95 % margin), the CES and
the sample warnings that belong next to it. The report helpers use the same functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cxdesk.ces import Ces, ces
from cxdesk.nps import Nps, nps
from cxdesk.workspace import Workspace

#: Below this many responses the figure is too thin to report without a warning.
SMALL_SAMPLE = 30
#: A 95 % margin wider than this many points makes the figure a rough indication only.
WIDE_MARGIN = 10.0
#: A response rate below this share (n / invited) means those who answered chose to.
LOW_RESPONSE_RATE = 0.2

#: Warning codes, in the order they are shown. The UI and reports word them.
WARNINGS = ("small_sample", "wide_margin", "low_response_rate", "self_selected",
            "unknown_sampling")
BREAKDOWNS = ("subject", "touchpoint", "segment", "channel", "month", "quarter")


@dataclass(frozen=True)
class Sample:
    id: str
    name: str
    sampling: str  # random | census | self_selected | unknown
    invited: int | None
    responses: int
    source_sha256: str | None = None

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
    touchpoint_id: str | None = None
    segment_id: str | None = None
    segment: str = ""
    sample_id: str | None = None
    follow_up: str | None = None  # the status of its follow-up, if any
    tags: tuple[str, ...] = ()

    @property
    def group(self) -> str:
        """promoter (9–10), passive (7–8) or detractor (0–6)."""
        if self.score >= 9:
            return "promoter"
        return "passive" if self.score >= 7 else "detractor"

    @property
    def headline(self) -> bool:
        """About the own company, or about no subject: what the headline NPS covers."""
        return self.subject_id is None or self.own

    def period(self, by: str) -> str:
        """``2026-10`` (month) or ``2026-Q4`` (quarter); "" without a date."""
        if not self.responded_on or len(self.responded_on) < 7:
            return ""
        year, month = self.responded_on[:4], int(self.responded_on[5:7])
        return f"{year}-{month:02d}" if by == "month" else f"{year}-Q{(month - 1) // 3 + 1}"


@dataclass(frozen=True)
class Figure:
    """One NPS/CES figure with the warnings that belong next to it."""

    key: str | None  # what it is of (an id, a period, a channel); None = "not given"
    label: str
    nps: Nps | None
    ces: Ces | None
    warnings: tuple[str, ...] = ()

    @property
    def n(self) -> int:
        return self.nps.n if self.nps else 0


def sample_warnings(figure_nps: Nps | None, samplings: Iterable[str],
                    response_rate: float | None = None) -> tuple[str, ...]:
    """The warning codes for a figure of ``figure_nps`` drawn from samples of the given kinds
    and (where known) response rate: n < SMALL_SAMPLE, margin > WIDE_MARGIN, response rate <
    LOW_RESPONSE_RATE, a self-selected sample, or a sample of unknown kind."""
    found: list[str] = []
    kinds = set(samplings)
    if figure_nps is not None:
        if figure_nps.n < SMALL_SAMPLE:
            found.append("small_sample")
        if figure_nps.margin > WIDE_MARGIN:
            found.append("wide_margin")
    if response_rate is not None and response_rate < LOW_RESPONSE_RATE:
        found.append("low_response_rate")
    if "self_selected" in kinds:
        found.append("self_selected")
    elif "unknown" in kinds:
        found.append("unknown_sampling")
    return tuple(found)


def response_rate(samples: Iterable[Sample]) -> float | None:
    """Responses over invitations, over the samples whose invitations are known."""
    known = [s for s in samples if s.invited]
    if not known:
        return None
    return sum(s.responses for s in known) / sum(s.invited or 0 for s in known)


def figure(responses: list[Response], key: str | None = None, label: str = "",
           samples: Iterable[Sample] = ()) -> Figure:
    """The figure of some responses; the response rate counts only ``samples`` they come from."""
    result = nps(r.score for r in responses)
    used = {r.sample_id for r in responses}
    rate = response_rate(s for s in samples if s.id in used)
    return Figure(key, label, result, ces(r.ces for r in responses),
                  sample_warnings(result, (r.sampling for r in responses), rate))


def _key_label(r: Response, by: str) -> tuple[str | None, str]:
    if by == "subject":
        return r.subject_id, r.subject
    if by == "touchpoint":
        return r.touchpoint_id, r.touchpoint
    if by == "segment":
        return r.segment_id, r.segment
    if by == "channel":
        return (r.channel or None), r.channel
    if by in ("month", "quarter"):
        period = r.period(by)
        return (period or None), period
    raise ValueError(f"cannot break feedback down by {by!r}; use one of {', '.join(BREAKDOWNS)}")


def breakdown(responses: list[Response], by: str) -> list[Figure]:
    """One figure per subject, touchpoint, segment, channel, month or quarter (``by``), the
    biggest groups first (periods in time order); responses without one come last, key None.
    The response rate is not judged per group: invitations are known per sample only."""
    groups: dict[str | None, list[Response]] = {}
    labels: dict[str | None, str] = {}
    for r in responses:
        key, label = _key_label(r, by)
        groups.setdefault(key, []).append(r)
        labels[key] = label
    figures = [figure(rows, key, labels[key]) for key, rows in groups.items()]
    if by in ("month", "quarter"):
        figures.sort(key=lambda f: (f.key is None, f.key or ""))
    else:
        figures.sort(key=lambda f: (f.key is None, -f.n, f.label))
    return figures


@dataclass
class FeedbackSummary:
    """``nps``, ``ces``, ``distribution`` and the warnings describe the own company's responses
    (and those given for no subject), as the workspace summary does; ``responses`` lists all."""

    responses: list[Response] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)
    nps: Nps | None = None
    distribution: list[int] = field(default_factory=lambda: [0] * 11)
    ces_mean: float | None = None
    ces: Ces | None = None
    self_selected: bool = False  # some of the headline's responses come from such a sample
    unknown_sampling: bool = False
    warnings: tuple[str, ...] = ()
    response_rate: float | None = None

    @property
    def small_sample(self) -> bool:
        return self.nps is not None and self.nps.n < SMALL_SAMPLE

    @property
    def headline(self) -> list[Response]:
        return [r for r in self.responses if r.headline]

    def breakdown(self, by: str, *, headline_only: bool = False) -> list[Figure]:
        rows = self.headline if headline_only else self.responses
        return breakdown(rows, by)


def load_samples(ws: Workspace, engagement_id: str) -> list[Sample]:
    return [Sample(r["id"], r["name"], r["sampling"], r["invited"], r["responses"],
                   r["source_sha256"])
            for r in ws.rows(
                """SELECT fs.*, (SELECT count(*) FROM feedback f WHERE f.sample_id = fs.id)
                          AS responses
                   FROM feedback_samples fs WHERE fs.engagement_id = ? ORDER BY fs.name""",
                (engagement_id,))]


def load_responses(ws: Workspace, engagement_id: str) -> list[Response]:
    """Every response of the engagement, newest first."""
    tags: dict[str, list[str]] = {}
    for r in ws.rows(
        """SELECT ft.feedback_id, t.name FROM feedback_tags ft JOIN tags t ON t.id = ft.tag_id
           WHERE t.engagement_id = ? ORDER BY t.name""", (engagement_id,)):
        tags.setdefault(r[0], []).append(r[1])
    return [Response(
        id=r["id"], score=r["score"], responded_on=r["responded_on"], ces=r["ces"],
        comment=r["comment"], channel=r["channel"], subject_id=r["subject_id"],
        subject=r["subject"], own=bool(r["own"]), touchpoint=r["touchpoint"],
        sample=r["sample"], sampling=r["sampling"], touchpoint_id=r["touchpoint_id"],
        segment_id=r["segment_id"], segment=r["segment"], sample_id=r["sample_id"],
        follow_up=r["follow_up"], tags=tuple(tags.get(r["id"], ())),
    ) for r in ws.rows(
        """SELECT f.*, coalesce(s.name, '') AS subject, coalesce(s.own, 0) AS own,
                  coalesce(tp.name, '') AS touchpoint, coalesce(fs.name, '') AS sample,
                  coalesce(fs.sampling, 'unknown') AS sampling,
                  coalesce(sg.name, '') AS segment,
                  (SELECT u.status FROM follow_ups u WHERE u.feedback_id = f.id
                   ORDER BY u.created_at DESC LIMIT 1) AS follow_up
           FROM feedback f
           LEFT JOIN subjects s ON s.id = f.subject_id
           LEFT JOIN touchpoints tp ON tp.id = f.touchpoint_id
           LEFT JOIN segments sg ON sg.id = f.segment_id
           LEFT JOIN feedback_samples fs ON fs.id = f.sample_id
           WHERE f.engagement_id = ?
           ORDER BY f.responded_on IS NULL, f.responded_on DESC, f.created_at DESC""",
        (engagement_id,),
    )]


def load_feedback(ws: Workspace, engagement_id: str) -> FeedbackSummary:
    responses = load_responses(ws, engagement_id)
    return summarise(responses, load_samples(ws, engagement_id),
                     [r for r in responses if r.headline])


def summarise(responses: list[Response], samples: list[Sample],
              counted: list[Response]) -> FeedbackSummary:
    """A summary listing ``responses`` and ``samples`` whose figures (NPS, CES, distribution,
    warnings, response rate) are those of ``counted``: the headline's, or one subject's."""
    head = figure(counted, samples=samples)
    used = {r.sample_id for r in counted}
    summary = FeedbackSummary(responses=responses, samples=samples, nps=head.nps, ces=head.ces,
                              warnings=head.warnings,
                              response_rate=response_rate(s for s in samples if s.id in used))
    for r in counted:
        summary.distribution[r.score] += 1
    summary.ces_mean = head.ces.mean if head.ces else None
    summary.self_selected = any(r.sampling == "self_selected" for r in counted)
    summary.unknown_sampling = any(r.sampling == "unknown" for r in counted)
    return summary
