"""Customer Effort Score on the 1–7 "easy" scale: 1 = very hard, 7 = very easy.

Two figures, both stated wherever CES is shown: the **mean** of the 1–7 answers, and the
**share of "easy" answers** (5, 6 or 7) in per cent of all CES answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Answers from EASY_FROM up count as "easy".
EASY_FROM = 5
FORMULA = "CES = mean of the 1–7 answers (7 = very easy); easy = % of answers 5–7"


@dataclass(frozen=True)
class Ces:
    mean: float  # 1…7
    easy: float  # % of answers 5–7
    n: int


def ces(values: Iterable[int | None]) -> Ces | None:
    """The CES of the given answers (``None`` answers are left out); None when there are none."""
    answers = [int(v) for v in values if v is not None]
    if not answers:
        return None
    if any(not 1 <= v <= 7 for v in answers):
        raise ValueError("a CES answer is from 1 to 7")
    n = len(answers)
    return Ces(mean=sum(answers) / n,
               easy=sum(1 for v in answers if v >= EASY_FROM) * 100 / n, n=n)
