"""Net Promoter Score with its 95 % margin of error."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Nps:
    value: float  # −100…100
    n: int
    margin: float  # 95 % margin of error, in points
    promoters: int
    passives: int
    detractors: int


def nps(scores: Iterable[int]) -> Nps | None:
    """NPS = % promoters (9–10) − % detractors (0–6); None for no responses.

    Margin: 1.96 × √((p₊ + p₋ − (p₊ − p₋)²) / n) × 100.
    """
    scores = list(scores)
    n = len(scores)
    if n == 0:
        return None
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    p_plus, p_minus = promoters / n, detractors / n
    variance = p_plus + p_minus - (p_plus - p_minus) ** 2
    margin = 1.96 * math.sqrt(max(variance, 0.0) / n) * 100
    # one division from the counts: an exact half (5 of 40 → 12.5) stays exact for rounding
    return Nps(value=(promoters - detractors) * 100 / n, n=n, margin=margin,
               promoters=promoters, passives=n - promoters - detractors, detractors=detractors)
