"""Bounded, overlapping windows over a long text, so that no search ever reads more than one window.

Chat platforms cap a message at about 4,000 characters, but an export can hold anything: a message
of 100,000 zero-width characters with a cue at the end, or a pasted book. Cutting such a message
would blind the engine to whatever follows the cut, and searching all of it at once would let one
pattern's polynomial cost grow with its length. So the engine reads a long text as windows of
WINDOW_CHARS characters, each starting WINDOW_STEP after the previous one: the work per window is
bounded, the number of windows grows linearly with the text, and every match of up to
LONGEST_MATCH characters lies whole inside one window, at least LOOKAHEAD_MARGIN characters before
its end, so that no `\\b` or lookahead is misled by the window's edge. (The longest match a bundled
pattern makes is a few hundred characters: gaps such as `.{0,40}` are short by design.)
"""

from __future__ import annotations

from typing import Final

WINDOW_CHARS: Final = 4_096  # as long as the longest live message (Telegram's 4,096): those are one window
WINDOW_OVERLAP: Final = 1_024
WINDOW_STEP: Final = WINDOW_CHARS - WINDOW_OVERLAP
LOOKAHEAD_MARGIN: Final = 256  # a match ending this close to a window's cut edge is left to the next window
LONGEST_MATCH: Final = WINDOW_OVERLAP - LOOKAHEAD_MARGIN


def windows(length: int) -> list[tuple[int, int]]:
    """The windows (start, end) covering a text of `length` characters; one when it is short."""
    if length <= WINDOW_CHARS:
        return [(0, length)]
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(start + WINDOW_CHARS, length)
        out.append((start, end))
        if end == length:
            return out
        start += WINDOW_STEP


def windows_holding(start: int, end: int, count: int) -> range:
    """Indexes of the windows (of `count`) that hold the span [start, end) whole."""
    first = max(0, -(-(end - WINDOW_CHARS) // WINDOW_STEP))
    last = min(start // WINDOW_STEP, count - 1)
    return range(first, last + 1)


def accepts(match_end: int, window_end: int, text_length: int) -> bool:
    """Whether a match ending at `match_end` is trusted in a window ending at `window_end`.

    Near a cut edge a `\\b` or lookahead sees the edge instead of the text after it, so a match
    there may be an artefact of the cut; a real one that short lies whole in the next window.
    """
    return window_end == text_length or match_end <= window_end - LOOKAHEAD_MARGIN
