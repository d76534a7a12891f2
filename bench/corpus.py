"""Seeded synthetic chat for benchmarks: mostly harmless youth-server talk with a few grooming cues.

Benchmarks need a lot of text that looks like what the bot really reads (short, lower-case, slangy,
a sprinkling of emoji and other languages, plenty of innocent messages that share words with the
rules) without shipping anyone's real chat. Everything here is invented from templates, and the
same seed always gives the same messages, so two runs (or two machines) measure the same work.

The cues show tactics only, as the rest of the test data does: a photo request is the limit.

`generate_messages` is the simple entry point; `generate_samples` also says which messages are cues
and how each was disguised, for benchmarks that report detection counts and for the tests.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Final

OBFUSCATIONS: Final[tuple[str, ...]] = ("leet", "spaced", "homoglyph", "zero_width", "emoji")
LOOKALIKE_RATE: Final = 0.05  # share of benign messages that look like a cue to a keyword filter

# --- benign chat -------------------------------------------------------------------------------

_GAMES: Final = ("minecraft", "roblox", "fortnite", "valorant", "among us", "genshin", "terraria",
                 "rocket league", "overwatch", "stardew", "apex", "league", "splatoon", "zelda")
_SUBJECTS: Final = ("math", "science", "history", "english", "french", "bio", "chem", "geography",
                    "art", "music", "spanish", "physics")
_FANDOMS: Final = ("one piece", "jjk", "demon slayer", "bts", "taylor swift", "marvel", "star wars",
                   "harry potter", "pokemon", "spiderverse", "arcane", "blackpink", "my hero academia")
_NAMES: Final = ("mia", "leo", "zoe", "sam", "noah", "ava", "kai", "lily", "max", "ivy", "finn", "ruby",
                 "theo", "nina", "omar", "jade", "eli", "rosa", "milo", "tess")
_THINGS: Final = ("sword", "map", "base", "build", "skin", "quest", "boss", "server", "mod", "texture pack",
                  "lobby", "event", "update", "patch", "ranked", "tournament", "clan", "guild")
_FEELINGS: Final = ("lol", "lmao", "fr", "ngl", "tbh", "omg", "bruh", "xd", "rip", "gg", "pog", "istg",
                    "idk", "ikr", "same", "real", "W", "L", "based", "bet")
_TIMES: Final = ("tonight", "tomorrow", "after school", "at 5pm", "on friday", "this weekend", "later",
                 "in 10 min", "at 7", "next week", "rn", "after dinner")
_EMOJI: Final = ("😂", "💀", "😭", "🔥", "👍", "❤️", "✨", "😅", "🙏", "😎", "🥲", "👀", "🎮", "📚")

_BENIGN_TEMPLATES: Final = (
    "anyone want to play {game} {time}",
    "who's on {game} rn",
    "gg that {thing} was so hard",
    "did anyone finish the {subject} homework",
    "the {subject} test was brutal {feel}",
    "{name} you coming to the {thing} {time}?",
    "i just got the new {thing} in {game}",
    "{feel} the {thing} is broken again",
    "can someone explain the {subject} worksheet",
    "omg the new {fandom} episode",
    "{fandom} is peak {feel}",
    "who else is watching {fandom}",
    "{name} carried us in {game} {feel}",
    "my wifi keeps dying {feel}",
    "brb dinner",
    "ok back",
    "{feel}",
    "{feel} {feel}",
    "same {feel}",
    "wait what happened to the {thing}",
    "is the {game} {thing} still up",
    "we need one more for {game}",
    "can we do the {subject} project together {time}",
    "teacher said the {subject} quiz is {time}",
    "i got a {grade} on {subject} {feel}",
    "{name} did you see the {fandom} trailer",
    "that {fandom} fanart in #art is amazing",
    "who made this {thing} it's so clean",
    "my mom says i have to finish {subject} first",
    "i'll be on {time}",
    "the {game} servers are down again",
    "does anyone have the {subject} notes from today",
    "lowkey {fandom} is better than {fandom}",
    "i'm so bad at {game} {feel}",
    "ranked in {game} is pain",
    "anyone know how to beat the {thing} boss",
    "good morning everyone",
    "gn guys",
    "happy birthday {name}!!",
    "thanks {name} you're the best",
    "what's the {subject} homework again",
    "pls someone join my {game} {thing}",
    "{name} stop spamming {feel}",
    "the {thing} drops {time}",
    "i have a dentist appointment {time}",
    "can't play {time}, {subject} test",
    "who's going to the {fandom} movie {time}",
    "my little brother deleted my {game} world",
    "new {game} {thing} looks sick",
    "is it just me or is {game} lagging",
    "how do i get the {thing} in {game}",
    "we're doing a {game} build contest {time}",
    "reminder: no spamming in #general",
    "i finished my {subject} essay finally",
    "our {subject} teacher is so nice",
    "what server are you on in {game}",
    "this song is stuck in my head",
    "i need 3 more levels to unlock the {thing}",
    "{name} has the best {game} builds",
    "do you want to duo in {game}",
    "can you help me with the {subject} homework",
    "thank you so much {name}",
    "see you at school tomorrow",
    "i'm home now, hop on",
    "my mom is picking me up {time}",
    "did you see what {name} posted in #memes",
    "you have to watch {fandom} {feel}",
    "are you on {game} {time}",
    "i can't believe you beat the {thing} first try",
    "you got this {name}!!",
    "what do you think of the {fandom} ending",
    "love you guys {feel}",
    "are you going to the {subject} club {time}",
    "nice pic {name}",
    "check the pins for the {game} rules",
    "i'll message you {time}",
    "this {thing} is free for everyone {time}",
    "whats up everyone",
    "{name} are you ok?",
    "so tired {feel}",
    "sooo hyped for the {fandom} movie",
    "pleeease someone help with {subject}",
    "i'm 5 minutes late sorry",
)
# Innocent messages that share words with the rules: the false alarms a keyword filter would raise.
_LOOKALIKE_TEMPLATES: Final = (
    "can you send me the {subject} notes",
    "send the link to the {thing} pls",
    "add me on {game} my user is {handle}",
    "you're so good at {game}",
    "you are cracked at {game} {feel}",
    "how old is this {game} {thing} lol",
    "where do you get the {thing} in {game}",
    "send a pic of your {pet}",
    "what grade did you get on the {subject} test",
    "don't tell {name} about the surprise party",
    "let's meet in the {game} lobby {time}",
    "my {pet} just knocked over my drink",
    "post your {game} setup in #setups",
    "are you alone in this raid or is your squad on",
    "the {fandom} model kit came today",
    "i made a 3d model of the {thing} in blender",
    "free robux sites are scams, never give your password",
    "dm a mod if someone bothers you",
    "what are you wearing for the {fandom} cosplay",
)
_PETS: Final = ("cat", "dog", "puppy", "hamster", "drawing", "setup", "build", "lego set", "fish tank")
_GRADES: Final = ("a", "b", "c", "b+", "a-", "92", "78", "100")

_OTHER_LANG: Final = (
    "alguien quiere jugar {game} esta noche?",
    "el examen de mates fue horrible",
    "jajaja qué risa {name}",
    "alguém quer jogar {game} hoje?",
    "a prova de história foi difícil demais",
    "kkkkk {name} você é doido",
    "wer spielt heute abend {game}?",
    "die Mathe-Hausaufgaben sind viel zu schwer",
    "gute Nacht Leute",
    "quelqu'un veut jouer à {game} ce soir ?",
    "le contrôle de maths était trop dur",
    "mdr {name} t'es trop drôle",
    "кто играет в {game} сегодня?",
    "домашка по математике очень сложная",
    "всем привет, как дела?",
    "спокойной ночи всем",
)

# --- cues (tactics only) -----------------------------------------------------------------------
# Each cue has a plain form; obfuscated variants are built from it. Words an emoji can stand for
# are the words the normaliser turns those emoji back into, so the disguise is reversible.

_CUES: Final = (
    "how old are you",
    "asl?",
    "what grade are you in",
    "are you in middle school",
    "you're so mature for your age",
    "you're not like other kids",
    "your parents don't get you like i do",
    "are you alone right now",
    "is anyone home with you",
    "don't tell anyone about us",
    "delete our chat after",
    "this is our little secret",
    "where do you live",
    "which school do you go to",
    "what's your address",
    "add me on snapchat",
    "let's go to dms",
    "message me on whatsapp",
    "add me on telegram it's more private",
    "send me a photo of you",
    "send a selfie",
    "turn on your cam",
    "what are you wearing",
    "prove you're real, send a pic",
    "i can give you free robux",
    "want a gift card",
    "i'll send you money",
    "let's meet up",
    "i can pick you up after school",
    "i'm a scout for a modeling agency",
    "we need portfolio pics",
    "send more or i'll post it",
    "pay or everyone sees it",
    "cuántos años tienes",
    "no le digas a nadie",
    "quantos anos você tem",
    "wie alt bist du",
    "quel âge as-tu",
    "сколько тебе лет",
    "никому не говори",
)

_LEET_MAP: Final = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_HOMOGLYPHS: Final = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
                      "x": "\u0445", "y": "\u0443", "i": "\u0456"}
_ZERO_WIDTH: Final = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_EMOJI_FOR: Final = {"snapchat": "\U0001f47b", "photo": "\U0001f4f8", "selfie": "\U0001f933",
                     "secret": "\U0001f92b", "gift": "\U0001f381", "money": "\U0001f4b5"}
_HOMOGLYPHS_BACK: Final = {v: k for k, v in _HOMOGLYPHS.items()}


@dataclass(frozen=True, slots=True)
class Sample:
    """One generated message: its text, the cue it carries (if any) and how that cue is disguised."""

    text: str
    cue: str | None = None  # the plain form of the cue phrase inside `text`
    obfuscation: str | None = None  # one of OBFUSCATIONS, or None when written plainly


def _fill(rng: random.Random, template: str) -> str:
    # Only the slots a template uses are drawn, so every template costs about the same.
    values = {}
    for key, pool in (("game", _GAMES), ("subject", _SUBJECTS), ("fandom", _FANDOMS), ("name", _NAMES),
                      ("thing", _THINGS), ("time", _TIMES), ("pet", _PETS), ("grade", _GRADES)):
        if "{" + key + "}" in template:
            values[key] = rng.choice(pool)
    if "{feel}" in template:
        # Several {feel} slots may differ; format_map would repeat one value, so fill them one by one.
        while "{feel}" in template:
            template = template.replace("{feel}", rng.choice(_FEELINGS), 1)
    if "{handle}" in template:
        values["handle"] = rng.choice(_NAMES) + str(rng.randrange(10, 999))
    return template.format_map(values)


def _benign(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.06:
        text = _fill(rng, rng.choice(_OTHER_LANG))
    elif r < 0.06 + LOOKALIKE_RATE:
        text = _fill(rng, rng.choice(_LOOKALIKE_TEMPLATES))
    else:
        text = _fill(rng, rng.choice(_BENIGN_TEMPLATES))
    if rng.random() < 0.15:
        text += " " + rng.choice(_EMOJI)
    if rng.random() < 0.1:
        text = text.capitalize()
    return text


def _word_spots(words: list[str]) -> list[int]:
    """Indices of the words worth disguising: letters only, three or more of them."""
    return [i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha()]


def _obfuscate(rng: random.Random, cue: str, how: str) -> str:
    words = cue.split(" ")
    spots = _word_spots(words)
    if how == "emoji":
        return " ".join(_EMOJI_FOR.get(w, w) for w in words)
    if how == "leet":
        # Each letter with a stand-in is swapped by chance, and at least one always is.
        leetable = [(i, j) for i in spots if words[i].isascii() for j, ch in enumerate(words[i]) if ch in _LEET_MAP]
        forced = rng.choice(leetable)
        for i in spots:
            words[i] = "".join(_LEET_MAP[ch] if (i, j) == forced or (ch in _LEET_MAP and rng.random() < 0.6) else ch
                               for j, ch in enumerate(words[i]))
    elif how == "spaced":
        # Spacing out one word keeps the rest readable, which is how it is done in practice. A word
        # next to a one-letter word would be glued to it by the normaliser, so avoid those.
        ok = [i for i in spots
              if not (i > 0 and len(words[i - 1]) == 1) and not (i + 1 < len(words) and len(words[i + 1]) == 1)]
        i = rng.choice(ok or spots)
        words[i] = rng.choice((" ", ".", "-")).join(words[i])
    elif how == "homoglyph":
        # One look-alike per word: Cyrillic inside Latin words, and Latin inside Cyrillic ones.
        for i in spots:
            chars = list(words[i])
            table = _HOMOGLYPHS if words[i].isascii() else _HOMOGLYPHS_BACK
            places = [j for j, ch in enumerate(chars) if ch in table]
            if places:
                j = rng.choice(places)
                chars[j] = table[chars[j]]
            words[i] = "".join(chars)
    elif how == "zero_width":
        for i in spots:
            w = words[i]
            cut = rng.randrange(1, len(w))
            words[i] = w[:cut] + rng.choice(_ZERO_WIDTH) + w[cut:]
    else:
        raise ValueError(f"unknown obfuscation {how!r}; use one of {', '.join(OBFUSCATIONS)}")
    return " ".join(words)


def _disguisable(cue: str, how: str) -> bool:
    """Whether `how` has something to change in `cue` (leetspeak needs Latin e.g. vowels, and so on)."""
    words = cue.split(" ")
    spots = _word_spots(words)
    if how == "emoji":
        return any(w in _EMOJI_FOR for w in words)
    if how == "leet":
        return any(words[i].isascii() and any(ch in _LEET_MAP for ch in words[i]) for i in spots)
    if how == "homoglyph":
        return any(ch in _HOMOGLYPHS or ch in _HOMOGLYPHS_BACK for i in spots for ch in words[i])
    return bool(spots)


def _wrap(rng: random.Random, cue: str) -> str:
    """Put a cue phrase into a little context, as it would appear in chat."""
    shape = rng.randrange(4)
    if shape == 0:
        return cue
    if shape == 1:
        return f"{rng.choice(('hey', 'hi', 'ok', 'so', 'btw', 'lol'))} {cue}"
    if shape == 2:
        return f"{cue} {rng.choice(('?', 'lol', 'haha', 'pls', ':)', 'ok?'))}"
    return f"{rng.choice(_NAMES)} {cue}"


def generate_samples(n: int, seed: int, cue_rate: float = 0.01) -> list[Sample]:
    """`n` labelled messages; exactly round(n * cue_rate) carry a cue, half of them disguised.

    Disguised cues cycle through OBFUSCATIONS in turn, so every technique is equally present.
    """
    if n < 0:
        raise ValueError(f"n must be 0 or more, got {n}")
    if not 0.0 <= cue_rate <= 1.0:
        raise ValueError(f"cue_rate must be between 0 and 1, got {cue_rate}")
    rng = random.Random(seed)
    n_cues = round(n * cue_rate)
    cue_slots = rng.sample(range(n), n_cues)
    disguised = set(cue_slots[: n_cues // 2])
    pools = {how: [c for c in _CUES if _disguisable(c, how)] for how in OBFUSCATIONS}
    out: list[Sample] = []
    kinds: dict[int, str | None] = {}
    turn = 0
    for slot in cue_slots:
        if slot in disguised:
            kinds[slot] = OBFUSCATIONS[turn % len(OBFUSCATIONS)]
            turn += 1
        else:
            kinds[slot] = None
    for i in range(n):
        if i not in kinds:
            out.append(Sample(_benign(rng)))
            continue
        how = kinds[i]
        cue = rng.choice(_CUES if how is None else pools[how])
        text = cue if how is None else _obfuscate(rng, cue, how)
        out.append(Sample(_wrap(rng, text), cue=cue, obfuscation=how))
    return out


def generate_messages(n: int, seed: int, cue_rate: float = 0.01) -> list[str]:
    """`n` short chat messages, the same for the same seed; about `cue_rate` of them grooming cues."""
    return [s.text for s in generate_samples(n, seed, cue_rate)]
