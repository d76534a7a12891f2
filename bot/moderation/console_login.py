"""A moderator asks for the web console from a platform: check their rights, issue a one-time link.

Why here and not in the adapters: `/lookout console` on Discord and `/lookout_console` on Telegram
must agree on who gets a link, which communities it opens, and what the moderator is told about
keeping it to themselves. The adapters only say which communities the person could mean (the
server they typed in, the groups linked to an alert chat) and deliver the answer privately.

The link is a credential for ten minutes: it is never logged, and the answer that carries it is
meant for the moderator alone (an ephemeral reply on Discord, a private chat on Telegram).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.events import Author
from bot.moderation.ports import NO_RIGHTS, ActionPort, Rights

log = logging.getLogger(__name__)

LINK_MINUTES = 10  # how long a login link works; the console enforces it, the wording repeats it


class LoginIssuer(Protocol):
    """The web console, as the platforms see it: it makes one-time login links."""

    async def issue_login(self, platform: str, user_id: str, communities: Sequence[str], display_name: str) -> str:
        """A full URL that signs `user_id` in once, within ten minutes, for `communities` only."""
        ...


@dataclass(frozen=True, slots=True)
class LoginAnswer:
    """What to tell the person who asked, privately. `url` is set only when a link was issued."""

    text: str
    url: str | None = None
    communities: tuple[str, ...] = ()


NOT_ENABLED = ("The web console is not switched on for this Lookout. Whoever runs the bot can turn it on "
               "with a [console] section in its config (see docs/console.md).")

UNAVAILABLE = "The console could not make a login link just now. Try again in a minute."


async def console_login(
    issuer: LoginIssuer | None,
    platform: str,
    port: ActionPort | None,
    person: Author,
    candidates: Iterable[str],
    *,
    known: Mapping[str, Rights] | None = None,
    names: Mapping[str, str] | None = None,
) -> LoginAnswer:
    """A login link for `person`, bound to those of `candidates` they moderate right now.

    `port` answers for rights on the person's platform (live, as for a button click); `known`
    holds rights the platform already told us with the request (a Discord interaction carries the
    member's permissions where they typed), so no second look-up is made for those. `names` gives
    the communities' names for the answer, where the platform knows them.
    """
    if issuer is None:
        return LoginAnswer(NOT_ENABLED)
    who = port.wording.moderators if port is not None else "moderators"
    allowed = [community for community in dict.fromkeys(candidates)
               if (await _rights(port, community, person.id, known)).moderate]
    if not allowed:
        return LoginAnswer(f"Only {who} can open the Lookout console.")
    try:
        url = await issuer.issue_login(platform, person.id, allowed,
                                       person.display_name or person.username or person.id)
    except Exception as err:  # the console stopping, its database failing: say so, do not crash the command
        log.warning("%s: no console login link for user %s: %s", platform, person.id, type(err).__name__)
        return LoginAnswer(UNAVAILABLE)
    # Never the URL: it signs whoever holds it in as this moderator. (The console logs the issue.)
    log.debug("%s: console login link issued to user %s for %d communit%s", platform, person.id, len(allowed),
             "y" if len(allowed) == 1 else "ies")
    shown = [(names or {}).get(community) or f"community {community}" for community in allowed]
    scope = shown[0] if len(shown) == 1 else f"{len(shown)} communities: " + ", ".join(shown)
    text = (f"Your Lookout console link (for you only):\n{url}\n\n"
            f"It works once, within {LINK_MINUTES} minutes, and opens the cases of {scope}. "
            "Do not forward it: whoever opens it first is signed in as you.")
    return LoginAnswer(text, url, tuple(allowed))


async def _rights(port: ActionPort | None, community: str, user_id: str, known: Mapping[str, Rights] | None) -> Rights:
    if known is not None and community in known:
        return known[community]
    if port is None:
        return NO_RIGHTS
    try:
        return await port.rights(community, user_id)
    except Exception:  # a platform error means "cannot tell": no link for that community
        log.info("%s: could not check rights in community %s for a console link", port.platform, community,
                 exc_info=True)
        return NO_RIGHTS
