"""Which evidence lines an alert shows, and in what order, when not all of them fit.

Why one rule for every surface: the alert is the moderator's whole picture of a case, and both
platforms cap its size (Discord: 1024 characters a field, 6000 an embed; Telegram: 4096 a
message). The newest line is the one that says where the conversation stands now (the photo
request, the move to another app), so alerts show the newest evidence first and, when space runs
out, drop what matters least: lines that matched no rule go before flagged ones, older before newer.
The full record is always in the evidence file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.actions import EvidenceLine


def _when(line: EvidenceLine) -> tuple[object, int]:
    # Platform message ids grow with time, so they order lines posted within the same second.
    return line.timestamp, int(line.message_id) if line.message_id.isdigit() else 0


def newest_first(lines: Sequence[EvidenceLine]) -> list[EvidenceLine]:
    return sorted(lines, key=_when, reverse=True)


def fit(
    lines: Sequence[EvidenceLine],
    fits: Callable[[list[EvidenceLine]], bool],
    *,
    most: int | None = None,
) -> list[EvidenceLine]:
    """The lines to show, newest first: as many as `fits` accepts (and at most `most`), keeping
    flagged lines over unflagged ones and newer over older. `fits` must only get harder to satisfy
    as lines are added (a size budget), so the largest count that fits is found by bisection."""
    ordered = newest_first(lines)
    ranked = sorted(range(len(ordered)), key=lambda i: (not ordered[i].flagged, i))
    if most is not None:
        ranked = ranked[:most]

    def shown(count: int) -> list[EvidenceLine]:
        return [ordered[i] for i in sorted(ranked[:count])]

    low, high = 0, len(ranked)  # shown(low) fits (nothing always does); find the largest that does
    if fits(shown(high)):
        return shown(high)
    while high - low > 1:
        middle = (low + high) // 2
        if fits(shown(middle)):
            low = middle
        else:
            high = middle
    return shown(low)
