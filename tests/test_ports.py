"""The service and every stand-in for it satisfy `LookoutPort`; the platform ports satisfy theirs.

Why both a static and a runtime check: mypy (run on this file by `make lint`) proves the types,
and the runtime comparison of signatures catches a stub that drifted from the contract in a way
the tests using it would never notice (a renamed parameter, a missing method), even where mypy
is not run.
"""

from __future__ import annotations

import inspect

import pytest

from bot.moderation.ports import ActionPort, AlertPort, NudgePort, PlatformPort
from bot.platforms.discord.port import DiscordPort
from bot.platforms.telegram.port import TelegramPort
from bot.ports import LookoutPort
from bot.service import Lookout
from tests.discord.stub_lookout import StubLookout


def _as_port(service: Lookout, stub: StubLookout) -> tuple[LookoutPort, LookoutPort]:
    """Never called: mypy checks these assignments, which is the point."""
    return service, stub


def _as_platform(discord_port: DiscordPort, telegram_port: TelegramPort) -> tuple[PlatformPort, PlatformPort]:
    return discord_port, telegram_port


def members(protocol: type) -> dict[str, inspect.Signature | None]:
    """Public methods (with their signatures) and attributes a Protocol declares."""
    found: dict[str, inspect.Signature | None] = {}
    for klass in protocol.__mro__:
        if klass is object or not getattr(klass, "_is_protocol", False):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_"):
                continue
            found.setdefault(name, inspect.signature(value) if inspect.isfunction(value) else None)
        for name in getattr(klass, "__annotations__", {}):
            if not name.startswith("_"):
                found.setdefault(name, None)
    return found


def _shape(signature: inspect.Signature) -> list[tuple[str, object, bool]]:
    return [(p.name, p.kind, p.default is inspect.Parameter.empty) for p in signature.parameters.values()]


@pytest.mark.parametrize(
    ("protocol", "implementation"),
    [
        (LookoutPort, Lookout),
        (LookoutPort, StubLookout),
        (PlatformPort, DiscordPort),
        (PlatformPort, TelegramPort),
    ],
    ids=["service", "discord-stub", "discord-port", "telegram-port"],
)
def test_implementation_matches_the_protocol(protocol: type, implementation: type) -> None:
    wanted = members(protocol)
    assert wanted, f"{protocol.__name__} declares nothing?"
    for name, signature in wanted.items():
        if signature is None:
            # An attribute: a class attribute, a property, or set in __init__.
            init = vars(implementation).get("__init__")
            assigned = init is not None and f"self.{name} =" in inspect.getsource(init)
            declared = hasattr(implementation, name) or assigned
            assert declared, f"{implementation.__name__} lacks {name}"
            continue
        method = getattr(implementation, name, None)
        assert callable(method), f"{implementation.__name__} lacks {name}()"
        assert inspect.iscoroutinefunction(method) == inspect.iscoroutinefunction(getattr(protocol, name)), (
            f"{implementation.__name__}.{name}: async in one, not in the other")
        assert _shape(inspect.signature(method)) == _shape(signature), (
            f"{implementation.__name__}.{name}{inspect.signature(method)} differs from "
            f"{protocol.__name__}.{name}{signature}")


def test_the_platform_ports_are_made_of_the_small_ones() -> None:
    small = set(members(AlertPort)) | set(members(ActionPort)) | set(members(NudgePort))
    assert set(members(PlatformPort)) == small
