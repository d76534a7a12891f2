"""Benign look-alikes of blind batches 12 and 16 that rules alone flagged, by class, in our own words.

- A first-person offer to send one's own photos of a thing (a dog, a ride, a cake) is not a photo
  request; a swap ("i'll send one if you send one"), a photo of the writer, a request or secrecy in
  the same message still is.
- Adults organising a club, a ride or a family or class group hand out numbers and handles to a
  group or for the outing; a number or handle given to one child with none of that still counts.
- Safety notices that quote "our secret" in quotation marks, a parent asking a club's minimum age,
  'asl' talked about as a word, a courier who found nobody in, a club's video call with a pinned link.
"""

from __future__ import annotations

import pytest

from rules import load_default_engine
from rules.normalize import normalize

OWN_PHOTO_OFFERS = [
    "yes, a border collie called Pip. i'll send a pic later",
    "happy to send photos, he's a total poser",
    "I'll send some pics tonight, the light was great",
    "sending pics now!",
    "will send a photo when it's done",
    "luego te mando fotos del perro",
    "puedo mandar fotos, es muy fotogénica",
    "vou mandar umas fotos da praia amanhã",
    "posso mandar fotos, ela é muito fotogênica",
    "ich schick euch nachher ein foto vom gipfel",
    "je vous envoie une photo du gâteau ce soir",
    "je peux t'envoyer des photos, elle est très photogénique",
    "пришлю фотки маршрута вечером",
    "сейчас пришлю фото собаки",
    "ti mando le foto del giro dopo",
    "ik stuur zo even een foto",
    "ik kan wel foto's sturen, ze is heel fotogeniek",
    "wyślę wam zdjęcie ze szczytu",
]

CLUB_LOGISTICS = [
    "welcome Jo! send me your number and I'll add you to the club ride whatsapp, route changes go there",
    "Running club: meet at the park gates at 7. if you get lost ring me on 555 0142",
    "for the sunday ride let's all swap numbers in case someone gets a flat, mine's 555 0177",
    "my telegram is @ridge_walkers_tom if anyone wants the route file",
    "my whatsapp is 555 0144 if anyone needs a lift to the meet",
    "bro send me ur number so i can add u to the family gc",
    "dame tu número y te meto en el grupo de WhatsApp de la ruta del domingo",
    "Encontro do clube de corrida: portão do parque às 7. Qualquer coisa me liga 555 0134",
    "envoyez-moi vos numéros, je vous ajoute au groupe WhatsApp de la sortie rando",
    "Fietsclub: verzamelen bij het station om 8 uur. Als iemand verdwaalt, bel me op 555 0190",
]

NOTICES_AND_ERRANDS = [
    "Rappel de l'équipe : n'envoyez jamais de photos à des inconnus. "
    "Si quelqu'un vous écrit « c'est notre secret », signalez-le.",
    "Модераторы напоминают: никогда не присылайте фото незнакомцам. Если кто-то пишет «это наш секрет», жалуйтесь.",
    "Mod reminder: never send photos to people you don't know online. "
    "If someone tells you \"this is our secret\", report it.",
    "Aviso de moderación: nunca mandéis fotos a desconocidos. Si alguien os dice «es nuestro secreto», reportadlo.",
    "my 13 year old wants to try the junior rowing squad, is there a minimum age?",
    "my nan sent 'asl' in the family chat thinking it meant 'as soon as' lol",
    "report anyone who types 'asl' at you, we don't do that here",
    "anyone home? the courier says nobody came to the door",
    "¿hay alguien en casa? el repartidor dice que nadie abre la puerta",
    "il y a quelqu'un à la maison ? le livreur dit que personne n'a ouvert",
    "ist jemand zu hause? der paketbote sagt, keiner macht auf",
    "Reading group video call tonight, the Zoom link is in the pinned message",
    "Videocall vom Buchclub heute Abend, der Zoom-Link ist angepinnt",
    "созвон книжного клуба по видео сегодня вечером, ссылка на зум закреплена",
    "Mod notice: anyone asking members to 'add me on snap' in DMs gets a ban",
    "Staff notice: the #pets channel is closed, please don't post photos of yourselves here, members are under 18",
    "School counselor here. If anyone asks you to keep secrets from your family or send pictures, come and talk to me.",
    "Allotment group: anyone want spare courgettes? come by mine saturday, I'm at 3 Mill Lane",
]

STILL_FIRING = [
    # swaps, a photo of the writer, a request or secrecy beside the offer
    ("send me a pic and i'll send one too", "photo_request"),
    ("ik stuur een foto als jij er ook een stuurt", "photo_request"),
    ("i'll send a pic of my dog, send me one of you", "photo_request"),
    ("i'll send pics, you send some back", "photo_request"),
    ("vou mandar foto, agora manda uma sua", "photo_request"),
    ("je t'envoie une photo du chien, envoie-moi une photo de toi", "photo_request"),
    ("пришлю фото собаки, а ты пришли своё", "photo_request"),
    ("пришлю своё фото, теперь ты", "photo_request"),
    # a number or handle given to one child, or the club wording with the tactic
    ("add me im frostbyte_12", "platform_move"),
    ("text me 555 0148", "platform_move"),
    ("send me ur number so i can add u to my group chat", "platform_move"),
    ("if you get lost on the way to mine just call me 555 0149, dont tell ur parents", "secrecy"),
    ("dame tu número y te meto en el grupo, estás sola?", "isolation"),
    # notices that use the tactic themselves, 'asl' asked after talking about it
    ("never send photos to strangers, but this is our secret ok", "secrecy"),
    ("никогда не отправляй фото незнакомцам, но это наш секрет", "secrecy"),
    ("lol i typed 'asl' by accident, anyway asl?", "age_probe"),
    ("is there a minimum age for this server? how old are u btw, dont tell ur parents", "age_probe"),
    ("anyone home? are you alone right now", "isolation"),
    ("video call tonight? zoom link in dms, just us", "photo_request"),
    ("Mod notice: add me on snap, it's our secret", "platform_move"),
    ("mod notice: new members verify by adding me on snap, dm me first", "platform_move"),
    ("Gardening group: anyone want cuttings? come alone to mine", "isolation"),
]


@pytest.mark.parametrize("text", OWN_PHOTO_OFFERS + CLUB_LOGISTICS + NOTICES_AND_ERRANDS)
def test_benign_look_alike_stays_silent(text: str) -> None:
    det = load_default_engine().analyze(text)
    assert det.rules == [], f"{text!r} fired {det.rules}"


@pytest.mark.parametrize(("text", "category"), STILL_FIRING)
def test_the_tactic_beside_the_look_alike_still_fires(text: str, category: str) -> None:
    det = load_default_engine().analyze(text)
    assert category in det.categories, f"{text!r}: wanted {category}, got {det.categories} ({det.rules})"


def test_i_will_send_is_not_read_as_send_me() -> None:
    # 'пришлю' (I'll send) is one letter from the imperative 'пришли' (send!): a real word, kept
    assert normalize("пришлю фото").full == "пришлю фото"
    assert normalize("пришли фото").full == "пришли фото"
