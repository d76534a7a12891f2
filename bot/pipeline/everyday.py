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
  account), and is the first move of the pair: after an age question or a compliment it counts;
- a meeting or pick-up is set aside only with family context: the author is family or a parent
  (by name, or saying so: "it's mom", "this is Zara's dad"), or the two already call each other
  by family names;
- a secret is set aside when the channel is busy with someone else's surprise (a birthday, an
  anniversary), the secret is not about the two of them (their chats, that they talk, "about me")
  and no surprise or present is for the other person ("a surprise for you" is a lure).

Words are matched on the normalised text (no accents, lower case), in the six pack languages.
This runs only for messages that carry one of these three moves.
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
    r"|домашк\w*|задани\w*|конспект\w*|рисун\w*|упражнени\w*|урок\w*|тетрад\w*)\b")
# The request is for the person, not a thing (a recording of them playing a piece is not).
_PERSON: Final = re.compile(
    r"\b(?:selfies?|(?:of|with) (?:you|u|ya|urself|yourself|ur ?self)\b"
    r"(?! (?:playing|practi[cs]ing|doing the|reading|singing))"
    r"|your face|ur face|webcam|cam|video ?call|facetime|face ?cam"
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


def says_family(normalized: str) -> bool:
    """Someone introducing themselves as the other person's relative, or as a child's parent."""
    return _SAYS_FAMILY.search(normalized) is not None


def parent_name(display_name: str) -> bool:
    """Display names that say the person is a parent: "Lena (Max's mum)", "Mom of 3", "Papa von Tim"."""
    return _PARENT_NAME.search(display_name.casefold()) is not None


def set_aside(cats: set[str], text: str, recent: Sequence[str], *, around: Sequence[str] = (), marked: bool,
              earlier_moves: bool, family: bool) -> dict[str, str]:
    """The moves in `cats` that this conversation explains, each with the reason (for the log).

    `text`: this message, normalised; `recent`: the two people's other recent lines, normalised;
    `around`: everyone's recent lines in the channel and its name (a family group planning a party);
    `marked`: something known counts against the author (adult, age gap, new account);
    `earlier_moves`: the pair made other moves before; `family`: the two are known to be family.
    """
    out: dict[str, str] = {}
    if PHOTO in cats and not _PERSON.search(text) and (
            _THING.search(text) or any(_THING.search(line) for line in recent)):
        out[PHOTO] = "the photo or video asked for is of homework, a drawing or a lesson piece"
    if PLATFORM in cats and not marked and not earlier_moves and _FRIEND_REQUEST.search(text) \
            and not _ELSEWHERE.search(text):
        out[PLATFORM] = "a friend request that stays on the platform or in the game, with nothing else before it"
    if MEETING in cats and (family or says_family(text) or any(says_family(line) for line in recent)):
        out[MEETING] = "family arranging a pick-up or a meeting"
    if SECRECY in cats and not _ABOUT_US.search(text) and not any(_FOR_YOU.search(t) for t in (text, *around)) and (
            _SURPRISE.search(text) or any(_SURPRISE.search(line) for line in around)):
        out[SECRECY] = "a secret kept for someone else's surprise (a birthday, an anniversary)"
    return out
