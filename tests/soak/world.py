"""A busy world on both fake platforms: many communities and members, ordinary chat, and grooming
conversations hidden in it.

Why it exists: the fault tests and `bench/live.py` must drive the real bot (`lookout run`'s code
path) through the fake Discord gateway and the fake Bot API with the same traffic, and judge the
result the same way: every grooming conversation gives exactly one alert, naming its suspect, and
every message sent is processed exactly once. The world is seeded, so a failure can be replayed.

Chat is the benchmark corpus (`bench/corpus.py`) with no cues; conversations show tactics only
(age questions, isolation, secrecy, a move to another app, a photo request). Names are invented.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.corpus import generate_messages
from storage import open_storage
from tests.discord.fake_discord import FakeDiscord
from tests.telegram.fake_bot_api import JSON, FakeBotAPI

# Who says what; the child always speaks first, and every later line replies to the other side's last one.
SCRIPTS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("child", "anyone want to build the castle tonight?"),
     ("suspect", "your builds are amazing, how old are you btw?"),
     ("child", "im 13"),
     ("suspect", "cool, is anyone else home with you right now?"),
     ("suspect", "keep this between us ok, dont tell your mom"),
     ("suspect", "lets talk on snapchat instead, whats ur snap"),
     ("suspect", "can you send me a selfie")),
    (("child", "who is entering the drawing contest?"),
     ("suspect", "you're really talented, how old r u"),
     ("child", "12"),
     ("suspect", "ur so mature for ur age"),
     ("suspect", "are your parents home tonight"),
     ("suspect", "this is our little secret"),
     ("suspect", "add me on whatsapp its better")),
    (("child", "i just got the new skin in the shop"),
     ("suspect", "nice! what grade are you in?"),
     ("child", "7th grade, im 12"),
     ("suspect", "you look older than you are"),
     ("suspect", "i can buy you robux if you want"),
     ("suspect", "delete our chats after ok"),
     ("suspect", "do you have instagram? dm me there")),
    (("child", "the science test was so hard"),
     ("suspect", "aw. how old are you btw?"),
     ("child", "im 14"),
     ("suspect", "are you alone right now"),
     ("suspect", "want to meet up at the mall saturday? dont tell anyone"),
     ("suspect", "send me a pic of you")),
)
ALERT_SUSPECT_DISCORD = re.compile(r"<@(\d+)>")
ALERT_SUSPECT_TELEGRAM = re.compile(r"Suspect: .*?tg://user\?id=(\d+)")
CHILD_ROLE = "13-15"
TELEGRAM_CHAT_BASE = -1002000000000
TELEGRAM_ALERTS_BASE = -1003000000000
TELEGRAM_USER_BASE = 7_000_000


@dataclass
class Conversation:
    platform: str  # "discord" | "telegram"
    community: int  # index into the platform's community list
    suspect: int  # user id
    child: int
    script: tuple[tuple[str, str], ...]
    last: dict[str, Any] = field(default_factory=dict)  # who -> that side's last message (id or JSON)
    sent: int = 0


@dataclass
class DiscordCommunity:
    guild: int
    general: int
    alerts: int
    members: list[int]


@dataclass
class TelegramCommunity:
    chat: JSON
    alerts: int
    members: list[JSON]


@dataclass
class Item:
    """One message to send: ordinary chat (conversation None) or the next line of a conversation."""

    platform: str
    community: int
    author: int
    text: str
    conversation: Conversation | None = None


@dataclass
class SoakWorld:
    fake: FakeDiscord
    api: FakeBotAPI
    discord: list[DiscordCommunity]
    telegram: list[TelegramCommunity]
    conversations: list[Conversation]
    seed: int
    sent: dict[str, int] = field(default_factory=lambda: {"discord": 0, "telegram": 0})

    # ----- building ----------------------------------------------------------------------------

    @classmethod
    def build(cls, fake: FakeDiscord, api: FakeBotAPI, *, communities: int, members: int,
              conversations: int, seed: int = 11) -> SoakWorld:
        """`communities` split between the platforms (Discord gets the odd one), `members` spread evenly
        (a Discord server's owner counts as one), and `conversations` grooming conversations, one stranger
        each (on top of `members`), round-robin over communities."""
        rng = random.Random(seed)
        now = datetime.now(UTC)
        per = max(3, members // communities)
        n_discord = (communities + 1) // 2
        world = cls(fake, api, [], [], [], seed)
        for g in range(n_discord):
            owner = fake.new_id(now - timedelta(days=1500))
            guild = fake.add_guild(f"Youth Server {g}", owner_id=owner)
            fake.add_member(guild, f"Owner {g}", user_id=owner, joined=now - timedelta(days=900))
            fake.add_role(guild, CHILD_ROLE)
            general = fake.add_channel(guild, "general")
            alerts = fake.add_channel(guild, "mod-alerts")
            kids = [fake.add_member(guild, f"Kid {g}-{m}", roles=[CHILD_ROLE],
                                    created=now - timedelta(days=300 + rng.randrange(900)),
                                    joined=now - timedelta(days=30 + rng.randrange(300)))
                    for m in range(per - 1)]
            world.discord.append(DiscordCommunity(guild, general, alerts, kids))
        for t in range(communities - n_discord):
            chat = api.supergroup(TELEGRAM_CHAT_BASE - t, f"Teen Group {t}")
            alerts = api.supergroup(TELEGRAM_ALERTS_BASE - t, f"Teen Group {t} mods")["id"]
            api.set_admin(chat["id"], api.bot_id)
            api.set_admin(alerts, api.bot_id)
            people = []
            for m in range(per):
                uid = TELEGRAM_USER_BASE + t * 1000 + m
                person = api.user(uid, f"Kid{t}x{m}", f"kid_{t}_{m}")
                api.set_member(chat["id"], uid)
                people.append(person)
            world.telegram.append(TelegramCommunity(chat, int(alerts), people))
        for c in range(conversations):
            platform = "discord" if c % 2 == 0 or not world.telegram else "telegram"
            index = (c // 2) % (len(world.discord) if platform == "discord" else len(world.telegram))
            script = SCRIPTS[c % len(SCRIPTS)]
            if platform == "discord":
                dc = world.discord[index]
                stranger = fake.add_member(dc.guild, f"Stranger {c}", created=now - timedelta(days=3),
                                           joined=now - timedelta(hours=6))
                child = dc.members[c % len(dc.members)]
            else:
                tc = world.telegram[index]
                uid = TELEGRAM_USER_BASE + 900_000 + c
                api.user(uid, f"Stranger{c}", f"stranger_{c}")
                api.set_member(tc.chat["id"], uid)
                stranger = uid
                child = int(tc.members[c % len(tc.members)]["id"])
            world.conversations.append(Conversation(platform, index, stranger, child, script))
        return world

    async def seed_settings(self, storage_url: str) -> None:
        """Each community's alert channel, as `/lookout setup` or `/lookout_setup` would have stored it."""
        store = await open_storage(storage_url)
        try:
            for dc in self.discord:
                await store.set_alert_link(str(dc.guild), str(dc.alerts), platform="discord")
                await store.change_settings(str(dc.guild), {"nudge_mode": "dm"}, platform="discord")
            for tc in self.telegram:
                await store.set_alert_link(str(tc.chat["id"]), str(tc.alerts), platform="telegram")
                await store.change_settings(str(tc.chat["id"]), {"nudge_mode": "dm"}, platform="telegram")
        finally:
            await store.close()

    # ----- traffic -----------------------------------------------------------------------------

    def traffic(self, messages: int, *, platforms: tuple[str, ...] = ("discord", "telegram")) -> Iterator[Item]:
        """`messages` items in total: ordinary chat with every conversation's lines spread through it."""
        rng = random.Random(self.seed * 7919 + messages + sum(self.sent.values()))
        convs = [c for c in self.conversations if c.platform in platforms]
        lines = sum(len(c.script) - c.sent for c in convs)
        chat = generate_messages(max(0, messages - lines), seed=self.seed, cue_rate=0.0)
        slots: dict[int, list[Conversation]] = {}
        for conv in convs:
            # Each conversation unfolds over the middle of the run, so faults injected there hit it.
            for pos in sorted(rng.randrange(messages // 10, max(messages // 10 + 1, messages * 9 // 10))
                              for _ in conv.script[conv.sent:]):
                slots.setdefault(pos, []).append(conv)
        pool = [p for p in platforms if (self.discord if p == "discord" else self.telegram)]
        texts = iter(chat)
        for pos in range(messages):
            for conv in slots.pop(pos, []):
                who, text = conv.script[conv.sent]
                conv.sent += 1
                author = conv.suspect if who == "suspect" else conv.child
                yield Item(conv.platform, conv.community, author, text, conv)
            text = next(texts, None)
            if text is None:
                continue
            platform = rng.choice(pool)
            if platform == "discord":
                index = rng.randrange(len(self.discord))
                yield Item("discord", index, rng.choice(self.discord[index].members), text)
            else:
                index = rng.randrange(len(self.telegram))
                yield Item("telegram", index, int(rng.choice(self.telegram[index].members)["id"]), text)

    async def send(self, item: Item, *, may_be_lost: bool = False) -> None:
        """Deliver one item through its fake platform (a conversation line replies to the other side)."""
        conv = item.conversation
        other = None
        if conv is not None:
            other = conv.last.get("child" if item.author == conv.suspect else "suspect")
        if item.platform == "discord":
            dc = self.discord[item.community]
            mid = await self.fake.send_message(dc.general, item.author, item.text, store=conv is not None,
                                               reply_to=other, may_be_lost=may_be_lost)
            if conv is not None:
                conv.last["suspect" if item.author == conv.suspect else "child"] = mid
        else:
            tc = self.telegram[item.community]
            sender = self.api.users[item.author]
            message = self.api.group_message(tc.chat, sender, item.text, reply_to=other)
            if conv is not None:
                conv.last["suspect" if item.author == conv.suspect else "child"] = message
        self.sent[item.platform] += 1

    # ----- judging -------------------------------------------------------------------------------

    def alert_posts(self) -> dict[int, int]:
        """Alerts posted (not edits, not escalation pings) per suspect id, read from both fakes."""
        found: dict[int, int] = {}
        for dc in self.discord:
            for req in self.fake.find("POST", rf"/channels/{dc.alerts}/messages"):
                if req.status < 300 and (req.json or {}).get("embeds"):
                    fields = {f["name"]: f["value"] for f in req.json["embeds"][0].get("fields", [])}
                    match = ALERT_SUSPECT_DISCORD.search(fields.get("Suspect", ""))
                    suspect = int(match.group(1)) if match else -1
                    found[suspect] = found.get(suspect, 0) + 1
        for tc in self.telegram:
            for call in self.api.sent_messages(tc.alerts):
                match = ALERT_SUSPECT_TELEGRAM.search(str(call.params.get("text", "")))
                if match:
                    found[int(match.group(1))] = found.get(int(match.group(1)), 0) + 1
        return found

    def community_ids(self) -> list[str]:
        return [str(dc.guild) for dc in self.discord] + [str(tc.chat["id"]) for tc in self.telegram]

    def expected_alerts(self) -> dict[int, int]:
        return {c.suspect: 1 for c in self.conversations if c.sent == len(c.script)}
