"""Everyday reasons for a move that looks risky on its own: homework, games, family, surprises.

Children ask each other for a photo of the homework, a teacher asks for a practice video, friends
send friend requests inside a game, a parent arranges a pick-up. Rules read one message and cannot
tell these from grooming ("send me a pic", "sent you a friend request", "I'll pick you up at 5"),
but the conversation around them can. A move set aside here counts for nothing: no risk, no alert,
no tip. The reasons are kept narrow on purpose, because groomers use the same pretexts:

- a photo or video request is set aside only when the exchange is about a thing (homework, notes,
  a drawing, a lesson piece) and the request does not ask for the person (a selfie, "of you",
  the camera), except a recording of them playing or practising for a lesson;
- a friend request (on the platform or in a game) is set aside only when it names no other app,
  phone number or "private", comes from someone nothing marks (no adult age, age gap or new
  account), and is the first move of the pair: after an age question or a compliment it counts.
  A newcomer's request counts as in-game too when it is made in a group channel busy with a game
  being organised ("anyone wanna do the obby", "need 1 for squads"), where friend requests are
  how players join each other; between two declared children an age question before it is how
  children meet, not a grooming move;
- a meeting or pick-up is set aside only with family context: the author is family or a parent
  (by name, or saying so: "it's mom", "this is Zara's dad"), or the two already call each other
  by family names, or they speak of the same parent by name as siblings do ("mum's orders"), or
  a parent comes along ("my dad takes us"; not said by an adult);
- a secret is set aside when the two speak of the same parent as siblings do ("don't tell mum",
  "no le digas a mamá"; a stranger says "your mum"), or when the channel is busy with someone
  else's surprise (a birthday, an anniversary); either way the secret is not about the two of them
  (their chats, that they talk, "about me"), and no surprise or present is for the other person
  ("a surprise for you" is a lure).

Words are matched on the normalised text (no accents, lower case), in the six pack languages.
This runs only for messages that carry one of these three moves.

Whatever the move, it is not made when it is only quoted or warned against: a lesson quoting a
groomer's line ('someone says "send more or I'll post it". What do you do?'), a class discussing
"its our secret", a streamer telling children "don't say your real names or school on stream".
A category is set aside when every rule hit for it lies inside quotation marks or inside such a
protective clause (quoted(); English protective clauses only for now).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

PHOTO: Final = "photo_request"
PLATFORM: Final = "platform_move"
MEETING: Final = "meeting"
SECRECY: Final = "secrecy"
CHECKED: Final = frozenset({PHOTO, PLATFORM, MEETING, SECRECY})

# Things a photo or video is of when it is about school, art or a lesson.
_THING: Final = re.compile(
    r"\b(?:homework|worksheet|work ?sheet|notes|assignment|essay|maths?|exercise|page \d+|question \d+"
    r"|textbook|drawing|sketch|painting|art ?work|project|poster|diagram|lab report|answers|slides|timetable"
    r"|lesson|practice|practise|piano|violin|guitar|flute|cello|drum|scales?|piece|recital|etude|sheet music"
    r"|tarea|deberes|apuntes|dibujo|ejercicio|ficha|practica|leccion|partitura"
    r"|dever|tarefa|licao|anotacoes|caderno|desenho|exercicio|redacao"
    r"|hausaufgabe\w*|aufgabe|arbeitsblatt|notizen|mitschrift|zeichnung|ubung|unterricht|noten"
    r"|devoirs|exercice|fiche|dessin|lecon|partition"
    # School pieces a classmate needs to see the size or layout of: posters, talks, exercise books.
    r"|\w+aufgaben|plakat\w*|referat|heft|cartel|cartulina|cartaz|cartolina|affiche|cahier|maquette"
    r"|плакат\w*|доклад\w*|презентаци\w*"
    r"|домашк\w*|задани\w*|конспект\w*|рисун\w*|упражнени\w*|урок\w*|тетрад\w*)\b")
# The request is for the person, not a thing (a recording of them playing a piece is not).
_PERSON: Final = re.compile(
    r"\b(?:selfies?|(?:of|with) (?:you|u|ya|urself|yourself|ur ?self)\b"
    r"(?! (?:playing|practi[cs]ing|doing the|reading|singing))"
    r"|your face|ur face|webcam|cam|camera|video ?call|facetime|face ?cam"
    # A camera or a video call is for the person, in every language: "allume ta caméra", "videollamada".
    r"|camara|kamera|camera|appel (?:en )?video|visio|videollamada|videochamada|chamada de video|videoanruf"
    r"|videochiamata|videobellen|wideorozmow\w*|камер\w*|видеозвон\w*|видео ?звонок"
    r"|de ti\b|tuy[ao]s?|de voce|de vc|sua foto|foto sua|von dir|de toi|тебя|себя|селфи|свое фото|твое фото)\b")
# Other apps, numbers and privacy: a friend request naming one of these is not an in-game request.
_ELSEWHERE: Final = re.compile(
    r"\b(?:snap\w*|insta\w*|ig|whats ?app|wa|telegram|tg|kik|signal|viber|wechat|skype|facetime|line|discord"
    r"|phone|number|numero|nummer|номер|телег\w*|ватсап|инст\w*|private\w*|privately|privado|privat|prive"
    r"|dms?|pms?|secret\w*|alone)\b")
_FRIEND_REQUEST: Final = re.compile(
    r"\b(?:friend ?requests?|friend me|add(?:ed)? (?:me|you|u) (?:back|as (?:a )?friend)"
    r"|accept (?:my|the) (?:request|invite)|solicitud de amistad|pedido de amizade|solicitacao de amizade"
    r"|freundschaftsanfrage|demande d'ami"
    r"|заявк\w* в друзья|в друзья)\b")
_SURPRISE: Final = re.compile(
    r"\b(?:surprise|birthday|bday|b-day|anniversary|baby shower|sorpresa|cumple\w*|surpresa|aniversario"
    r"|uberraschung\w*|geburtstag\w*|anniversaire|сюрприз\w*|день рождения|днюх\w*)\b")
# ... unless the surprise is for the other person: "a surprise for you, don't tell anyone" is a lure.
_FOR_YOU: Final = re.compile(
    r"\b(?:surprise|gift|present|sorpresa|regalo|surpresa|presente|uberraschung|geschenk|cadeau|сюрприз|подарок)"
    r" (?:for|4|para|pra|fur|pour|для) (?:you|u|ya|ti|voce|vc|dich|toi|тебя)\b")
# The secret is about the two of them: that is never a surprise.
_ABOUT_US: Final = re.compile(
    r"\b(?:our (?:chats?|talks?|convos?|messages|dms|friendship|thing)|(?:that|what) we (?:talk|chat|text|said)"
    r"|about (?:me|us)|we talk|nuestr[ao]s? (?:chats?|conversaciones|mensajes)|de nosotros"
    r"|nossas? (?:conversas?|mensagens)|de nos|unsere? (?:chats?|nachrichten)|von uns|nos (?:messages|conversations)"
    r"|de nous|наш\w* (?:переписк\w*|чат\w*)|о нас)\b")
# A relative or a parent saying so, in the message or in their display name.
_KIN: Final = (r"(?:mom|mum|mommy|mummy|dad|daddy|mama|papa|mother|father|grandma|granny|nana|grandpa|grandad"
               r"|auntie|aunt|uncle)")
_SAYS_FAMILY: Final = re.compile(
    rf"\b(?:it'?s|this is|its|i'?m|im|here'?s) (?:your |ur )?{_KIN}\b(?!'s| s\b| friend)"
    rf"|\b(?:it'?s|this is|its|i'?m|im) \w+(?:'s|s) (?:{_KIN}|parent)\b|\blove,? {_KIN}\b"
    r"|\b(?:soy|es) (?:tu |la |el )?(?:mama|papa|abuela|abuelo|tia|tio|madre|padre)\b"
    r"|\b(?:e|aqui e|sou) (?:a |o )?(?:sua |seu |tua |teu )?(?:mae|pai|vo|avo|tia|tio)\b"
    r"|\bhier ist (?:deine |dein )?(?:mama|papa|oma|opa|tante|onkel|mutter|vater)\b"
    r"|\b(?:c'est|ici) (?:ta |ton )?(?:maman|papa|mamie|papy|tata|tonton|mere|pere)\b"
    r"|\bэто (?:твоя |твои )?(?:мама|папа|бабушка|дедушка|тетя|дядя)\b")
_PARENT_NAME: Final = re.compile(
    rf"\b\w+(?:'s|s) (?:{_KIN}|parent)\b|\b(?:{_KIN}|parent) (?:of|to)\b|\b(?:mama|mae|madre|padre|pai|mutter|vater"
    r"|maman|papa|мама|папа) (?:de|da|do|von|\w+ы)\b")


# A game being organised in the channel: friend requests there are how players join each other.
_GAME: Final = re.compile(
    r"\b(?:obby|squads?|duos?|trios?|lobby|match(?:es)?|round|raid|server|realm|map|party|vc|voice|game|games"
    r"|play(?:ing)?|join(?:ing)?|roblox|fortnite|minecraft|brawl ?stars|among us|valorant|apex|rocket league"
    r"|partida|jugar|jogar|spielen|runde|jouer|играть|катк\w*)\b")
# Siblings name their shared parent without a possessive: "mum's orders", "dont tell mum".
_SHARED_PARENT: Final = re.compile(
    r"(?<!\bmy )(?<!\bur )(?<!\bhis )(?<!\bher )(?<!\bthe )(?<!\byour )(?<!\btheir )"
    r"\b(?:mum|mom|dad)(?:'s| says| said| wants| will| told| sees| knows| asked| asks| needs| texted| called| left)\b"
    r"|\b(?:tell|ask|before) (?:mum|mom|dad)\b"
    r"|\b(?:digas|cuentes|decir) (?:nada )?a (?:mama|papa)\b"
    r"|\b(?:conta|fala|diz) (?:nada )?(?:pra|para|a|pro|ao) (?:mae|pai)\b"
    r"|\b(?:dis|raconte) (?:rien |pas |le pas )?a (?:maman|papa)\b"
    r"|\b(?:sag|erzahl)s? (?:es )?(?:nicht |nix |bloss nicht )?(?:mama|papa)\b")
# A parent of the author comes along: "my dad takes us", "mi padre nos lleva", "meu pai leva a gente".
_PARENT_ALONG: Final = re.compile(
    r"\b(?:my|mi|meu|minha|mein|meine|ma|mon|моя|мой) (?:mom|mum|dad|mother|father|parents|madre|padre|padres|mama"
    r"|papa|mae|pai|pais|mutter|vater|eltern|mere|pere|parents|мама|папа|родители)"
    r" (?:\w+ ){0,2}(?:can |will |could )?(?:drives?|takes?|brings?|picks?|drops?|lleva\w*|recoge\w*|trae\w*|leva\w*"
    r"|busca\w*|fahrt|fahren|bringt|holt|emmene\w*|amene\w*|conduit|отвез\w*|привез\w*)\b")
_QUOTED: Final = re.compile(r'["\u201c\u201d\u201e\u00ab\u00bb\u201f]([^"\u201c\u201d\u201e\u00ab\u00bb\u201f]{4,})'
                            r'["\u201c\u201d\u201e\u00ab\u00bb\u201f]')
QUOTE_CHARS: Final = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u201f')
# A warning against sharing one's own details or pictures: the move named is the one advised against.
_PROTECTIVE: Final = re.compile(
    r"\b(?:don'?t|dont|do not|never|no one should|nobody should)\s+(?:ever\s+)?"
    r"(?:say|share|give(?: out)?|post|send|show|put|use)\s+(?:(?:your|ur|ya|any|out|anyone'?s?|a|an)\s+)*"
    r"(?:real |full |last |home |personal |private )?"
    r"(?:names?|school|address|location|numbers?|phone|passwords?|pics?|photos?|selfies?|face|age|info|details)\b"
    r"[^.!?;\n]*"
    r"|\bno (?:cam|camera|webcam|face ?cam)\b")
# ... unless the "warning" keeps the move for the writer: "never send pics to anyone, only me".
_BUT_ME: Final = re.compile(r"\b(?:only|just|except|but) (?:to )?me\b")
PROTECTIVE_HINT: Final = re.compile(r"\b(?:don'?t|dont|do not|never|no one|nobody|no)\b")


def quoted(normalized: str, hits: Sequence[tuple[str, int, int]]) -> dict[str, str]:
    """Categories whose every hit (category, start, end in `normalized`) lies inside quotation marks
    or a protective clause: the move is quoted or warned against, not made."""
    spans = [(m.start(), m.end(), "quoted (a lesson, a warning or a story), not asked")
             for m in _QUOTED.finditer(normalized)]
    spans += [(m.start(), m.end(), "a warning against sharing, not a request")
              for m in _PROTECTIVE.finditer(normalized) if not _BUT_ME.search(normalized, m.start())]
    if not spans:
        return {}
    inside: dict[str, str] = {}
    outside: set[str] = set()
    for cat, start, end in hits:
        why = next((w for a, b, w in spans if a <= start and end <= b), None)
        if why is None or start < 0:
            outside.add(cat)
        else:
            inside.setdefault(cat, why)
    return {cat: why for cat, why in inside.items() if cat not in outside}


def shares_parent(normalized: str) -> bool:
    """Speaks to someone of their shared parent without a possessive, as siblings do ("mum's orders")."""
    return _SHARED_PARENT.search(normalized) is not None


def game_context(lines: Sequence[str]) -> bool:
    """Is a game being organised in these lines (the channel's recent chat)?"""
    return any(_GAME.search(line) for line in lines)


def family_context(text: str, recent: Sequence[str], *, adult: bool) -> bool:
    """The two speak of their shared parent as siblings do, or the author's parent comes along."""
    if any(_SHARED_PARENT.search(t) for t in (text, *recent)):
        return True
    return not adult and _PARENT_ALONG.search(text) is not None


def says_family(normalized: str) -> bool:
    """Someone introducing themselves as the other person's relative, or as a child's parent."""
    return _SAYS_FAMILY.search(normalized) is not None


def parent_name(display_name: str) -> bool:
    """Display names that say the person is a parent: "Lena (Max's mum)", "Mom of 3", "Papa von Tim"."""
    return _PARENT_NAME.search(display_name.casefold()) is not None


def set_aside(cats: set[str], text: str, recent: Sequence[str], *, around: Sequence[str] = (), marked: bool,
              earlier_moves: bool, family: bool, new_only: bool = False, public: bool = False,
              adult: bool = False) -> dict[str, str]:
    """The moves in `cats` that this conversation explains, each with the reason (for the log).

    `text`: this message, normalised; `recent`: the two people's other recent lines, normalised;
    `around`: everyone's recent lines in the channel and its name (a family group planning a party);
    `marked`: something known counts against the author (adult, age gap, new account);
    `earlier_moves`: the pair made other moves before; `family`: the two are known to be family;
    `new_only`: the author is marked only by a new account or membership; `public`: said in a group
    channel; `adult`: the author is an adult.
    """
    out: dict[str, str] = {}
    if PHOTO in cats and not _PERSON.search(text) and (
            _THING.search(text) or any(_THING.search(line) for line in recent)):
        out[PHOTO] = "the photo or video asked for is of homework, a drawing or a lesson piece"
    in_game = not marked or (new_only and public and game_context(around))
    if PLATFORM in cats and in_game and not earlier_moves and _FRIEND_REQUEST.search(text) \
            and not _ELSEWHERE.search(text):
        out[PLATFORM] = "a friend request that stays on the platform or in the game, with nothing else before it"
    if MEETING in cats and (family or says_family(text) or any(says_family(line) for line in recent)
                            or family_context(text, recent, adult=adult)):
        out[MEETING] = "family arranging a pick-up or a meeting"
    if SECRECY in cats and not _ABOUT_US.search(text) and (
            family or any(_SHARED_PARENT.search(t) for t in (text, *recent))):
        out[SECRECY] = "a secret kept within the family (they speak of the same parent)"
    elif SECRECY in cats and not _ABOUT_US.search(text) and not any(_FOR_YOU.search(t) for t in (text, *around)) and (
            _SURPRISE.search(text) or any(_SURPRISE.search(line) for line in around)):
        out[SECRECY] = "a secret kept for someone else's surprise (a birthday, an anniversary)"
    return out
