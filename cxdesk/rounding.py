"""Rounding of shown figures as a client's spreadsheet does it: halves away from zero.

Python's ``round`` (and ``format`` with a precision) rounds an exact half to the even neighbour,
so an NPS of 12.5 would print 12 where Excel prints 13, and −12.5 would print −12, not −13.
Every figure the reports, the CLI and the summary show goes through ``round_half_away``.

A float that is a half only up to binary noise (0.425 − 0.3 = 0.12499999999999997) counts as
the half it stands for: like Excel, which works to 15 significant digits, the value is first
settled to ``_SETTLE`` decimal places.
"""

from __future__ import annotations

import math

#: Decimal places a value is settled to before rounding (clears float noise, keeps real digits).
_SETTLE = "1e-9"
#: How near a half a scaled value must be to be treated as one (far wider than float noise).
_NEAR_HALF = 1e-6


def round_half_away(value: float, digits: int = 0) -> float:
    """``value`` rounded to ``digits`` decimal places, halves away from zero: 12.5 → 13,
    −12.5 → −13, 0.125 at 2 digits → 0.13. Never returns −0.0; NaN and infinities as given."""
    if not math.isfinite(value):
        return value
    scaled = abs(value) * 10 ** digits
    if abs(scaled - math.floor(scaled) - 0.5) > _NEAR_HALF:  # no half: nothing to settle
        return round(value, digits) + 0.0
    # decimal is imported only for the rare near-halves: start-up stays fast
    from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

    settled = Decimal(repr(float(value))).quantize(Decimal(_SETTLE), rounding=ROUND_HALF_EVEN)
    rounded = settled.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return float(rounded) + 0.0


def format_fixed(value: float, digits: int = 0, *, sign: bool = False) -> str:
    """``value`` with exactly ``digits`` decimals, halves away from zero (``f"{x:.{d}f}"``
    otherwise); ``sign`` puts ``+`` before a positive figure (``f"{x:+.{d}f}"``); 0 has no
    sign."""
    rounded = round_half_away(value, digits)
    text = f"{rounded:.{digits}f}"
    return "+" + text if sign and rounded > 0 else text


def share_done(share: float) -> float:
    """A share of work done (0…1), floored to a whole percent: 199 of 200 checks is 99 %, not
    the 100 % that rounding would show while a check is still missing. Float noise is ignored
    (0.29 stays 29 %)."""
    return max(0.0, min(100.0, math.floor(share * 100 + 1e-9))) / 100
