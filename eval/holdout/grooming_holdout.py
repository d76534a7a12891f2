"""HELD-OUT grooming conversations: do not tune rules or thresholds on these.

They were written after, and apart from, the development set, with other names, other
wording and tactics in other orders (gift first, photo before age, meeting before any platform
move), so that a score on them estimates how the detector does on chats nobody has read. If a
rule is changed because one of these failed, the set stops measuring that: write a new
held-out conversation instead and move the old one to the development set.
"""

from __future__ import annotations

from eval.corpus_writer import Conversation
from eval.grooming.script import convo, kid, member, newcomer

D, T = "discord", "telegram"
DM = "Direct chat"

CONVERSATIONS: list[Conversation] = [
    convo(
        "ho01_dc_dm_skin_first", D, "dm", "Direct Messages", "wolfie",
        [kid("k", "Daisy"), newcomer("s", "wolfie", account=2)],
        """
        s: yo i saw u want the galaxy skin, i have an extra code
        k +7: wait srsly
        s +1: yep its yours if u want it. how old are u
        k +2: almost 13
        s +1: haha cute
        s +1 !: snap me a quick photo of your face and the code is yours
        k +4: can i just say thank u instead lol
        s +1: nah thats the deal. and keep it quiet, other kids will be jealous
        """,
        tactics=["gift_offer", "age_probe", "photo_request", "secrecy"],
        notes="Gift offered before anything else; photo as the price.",
    ),
    convo(
        "ho02_tg_group_youtube_casting", T, "group", "Young Creators Hub", "",
        [kid("k", "Harvey"), member("b", "Niamh"), newcomer("s", "CastingTeam_Leo", days_in=0.5, account=60)],
        """
        k: just hit 100 subs!!
        b +2: congrats!!
        s +6: Congrats Harvey! We're casting kids 10 to 14 for a sponsored gaming channel
        k +3: omg how do i join
        s +1 !: We do a short private video call audition, camera on, today at 8pm
        s +1: You'll get paid per video. Your parents don't need to be on the call
        """,
        tactics=["modeling_lure", "photo_request", "isolation"],
        notes="Casting lure with a camera-on audition.",
    ),
    convo(
        "ho03_dc_thread_arcade_meet", D, "thread", "Rhythm Game Fans", "local meetups?",
        [kid("k", "Sienna", "13-15"), member("b", "Kofi", "16-17"), newcomer("s", "beatz13", "13-15", days_in=2,
                                                                               account=3)],
        """
        k: is anyone from near riverside
        s +3 ^: me!! im 13 too
        k +2: no way
        s +1: which arcade do u go to
        k +4: the one in the mall by the cinema
        s +1 !: lets meet there sunday just us two, dont bring anyone
        b +5: meetups with people from here should have parents along
        s +1: @Sienna ignore him, and dont tell ur parents they'd make it weird
        """,
        tactics=["peer_posing", "personal_info", "meeting", "secrecy"],
        notes="Peer posing with a false teen role; meeting comes before any platform move.",
    ),
    convo(
        "ho04_tg_personal_screenshot_threat", T, "dm", DM, "",
        [kid("k", "Aiden"), newcomer("s", "Bella")],
        """
        s: heyyy aiden
        s: remember me from the fortnite chat
        k +20: ya
        s +1: ur in 8th right
        k +2: yes
        s +1 !: do a quick facetime with camera on? 2 min
        k +5: nah
        s +2h: i kept the photo u sent me
        s +1: send 150 on paypal or im posting it to all ur followers
        s +1: i'm serious. u have until midnight
        """,
        tactics=["age_probe", "photo_request", "sextortion"],
        notes="Camera request then blackmail over an earlier photo (not described).",
    ),
    convo(
        "ho05_dc_group_kik_dotted", D, "group", "Splatoon Squid Squad", "general",
        [kid("k", "Milo", "Age: 13-14"), member("b", "June", "Age: 13-14"), newcomer("s", "inky", days_in=0.2,
                                                                                  account=1)],
        """
        k: anyone want to do salmon run
        b +1: ye
        s +2: @Milo how old
        k +1 ^: 13 y
        s +1 !: hit me up on k.i.k, name is inkyy_00
        s +1: got free eshop cards for u if u send a pic
        """,
        tactics=["age_probe", "platform_move", "gift_offer", "photo_request", "evasion_spacing"],
        notes="Dotted 'k.i.k' to dodge filters.",
    ),
    convo(
        "ho06_tg_personal_signal_wickr", T, "dm", DM, "",
        [kid("k", "Layla"), newcomer("s", "Sam R")],
        """
        s: hey layla, its sam from the baking group
        k +10: hi sam
        s +1: ur cupcakes looked so pro
        k +4: aw thx
        s +1d: do u have ur own phone or share with family
        k +1h: my own
        s +1: nice. telegram isnt very private tho
        s +1 !: download signal and message me there, nobody can see it
        k +20: what is signal
        s +1: an app. dont mention it to ur parents, they dont get privacy stuff
        """,
        tactics=["flattery", "isolation", "platform_move", "secrecy"],
        notes="Move to a private messenger justified by 'privacy'.",
    ),
    convo(
        "ho07_dc_private_thread_isolation_first", D, "private_thread", "Horse Riders Club", "just us",
        [kid("k", "Poppy", "Minor"), newcomer("s", "Grace W", days_in=6, account=10)],
        """
        s: i made this so we can talk, the main chat is full of drama
        k +5: ya its so dramatic
        s +1: ur friends there dont appreciate u
        k +3: i guess
        s +1: i do though. ur one of a kind
        s +1h: is ur family around a lot
        k +10: my dad works nights
        s +1: so ur alone at night? that must be lonely
        k +2: kinda
        s +1 !: turn ur webcam on tonight and we can keep each other company
        """,
        tactics=["isolation", "flattery", "photo_request"],
        notes="Isolation and flattery first; age never asked; webcam request.",
    ),
    convo(
        "ho08_es_tg_group_regalo", T, "group", "Gamers Latinos Jr", "",
        [kid("k", "Mateo"), member("b", "Sofi"), newcomer("s", "ElProfe", days_in=1, account=90)],
        """
        k: alguien me pasa el mapa del parkour
        b +2: está en el canal fijado
        s +3: @Mateo cuántos años tienes campeón?
        k +1 ^: 12
        s +1: te regalo una tarjeta de 20 dólares para la tienda
        s +1 !: escríbeme al privado y mándame una selfie, así sé a quién se la mando
        k +4: ok
        """,
        language="es",
        tactics=["age_probe", "gift_offer", "platform_move", "photo_request"],
        notes="Spanish group; gift card for a selfie in private.",
    ),
    convo(
        "ho09_pt_dc_dm_encontro", D, "dm", "Direct Messages", "pedro",
        [kid("k", "Larissa"), newcomer("s", "pedro", account=25)],
        """
        s: oi lari, tudo bem? te conheci no server de desenho
        k +15: oii tudo
        s +1: seus desenhos são lindos
        s +1d: em que ano vc tá na escola?
        k +2h: 7 ano
        s +1: e mora onde?
        k +10: em campinas
        s +1 !: eu tô indo pra campinas sábado, a gente podia se encontrar no shopping, só nós dois
        s +1: e apaga essa conversa, tá? é segredo nosso
        """,
        language="pt",
        tactics=["flattery", "age_probe", "personal_info", "meeting", "secrecy"],
        notes="Portuguese DM; school year, city, meeting, then a delete request.",
    ),
    convo(
        "ho10_de_tg_personal_kamera", T, "dm", DM, "",
        [kid("k", "Jonas"), newcomer("s", "Lisa")],
        """
        s: hi jonas! ich bin lisa aus der minecraft gruppe
        k +10: hi
        s +1: ich bin auch 13 haha
        k +2: cool ich bin 12
        s +1: du bist voll lustig
        s +2h: sind deine eltern da?
        k +5: nein
        s +1 !: mach mal die kamera an, ich will dich sehen
        s +1: und lösch den chat danach, das bleibt unter uns
        """,
        language="de",
        tactics=["peer_posing", "age_probe", "flattery", "isolation", "photo_request", "secrecy"],
        notes="German personal chat; peer posing then camera.",
    ),
    convo(
        "ho11_fr_dc_group_discord_prive", D, "group", "Club Roblox FR", "discussion",
        [kid("k", "Nathan", "13-15"), member("b", "Emma", "13-15"), newcomer("s", "MaxGamer", days_in=0.5,
                                                                               account=2)],
        """
        k: quelqu'un veut jouer à brookhaven
        b +1: moi
        s +2: @Nathan tu es en quelle classe?
        k +1 ^: en 5eme
        s +1: je peux te donner des robux gratuits
        s +1 !: ajoute moi sur whatsapp et envoie une photo de toi
        s +1: mais chut, c'est entre nous
        """,
        language="fr",
        tactics=["age_probe", "gift_offer", "platform_move", "photo_request", "secrecy"],
        notes="French group; robux, WhatsApp and a photo.",
    ),
    convo(
        "ho12_ru_dc_dm_homoglyph_latin", D, "dm", "Direct Messages", "kirill",
        [kid("k", "Маша"), newcomer("s", "kirill", account=5)],
        """
        s: привет маша, ты из сервера по аниме?
        k +8: да
        s +1: в каком ты классе?
        k +2: в шестом
        s +1: класс. ты одна сейчас?
        k +3: да
        s +1 !: дoбaвь меня в снaпчaт и скинь фoтo
        s +1: и удали переписку, это наш секрет
        """,
        language="ru",
        tactics=["age_probe", "isolation", "platform_move", "photo_request", "secrecy", "evasion_homoglyph"],
        notes="Russian with Latin o/a look-alikes inside Cyrillic words.",
    ),
    convo(
        "ho13_tg_personal_week_slow", T, "dm", DM, "",
        [kid("k", "Freya"), newcomer("s", "Tom H")],
        """
        s: hey freya, welcome to the guitar group! which song are u learning
        k +1h: wonderwall lol
        s +2: classic. u'll get it
        s +2d: how's the practice going
        k +5h: my fingers hurt
        s +1: that's normal, ur doing great
        s +2d: u seem older than ur age, are u 15?
        k +3h: no im 12
        s +1: could've fooled me
        s +2d: when do u usually practice, when everyone's out?
        k +6h: ya after school before my mom gets back
        s +1 !: send me a pic of u so i can picture who i'm talking to
        s +1: and let's not tell ur mom about our lessons, she might stop them
        """,
        tactics=["befriending", "flattery", "age_probe", "isolation", "photo_request", "secrecy"],
        notes="A week of guitar small talk before the photo request.",
    ),
    convo(
        "ho14_dc_group_fullwidth_snap", D, "group", "Minecraft Builders Jr", "showcase",
        [kid("k", "Archie", "12-13"), member("b", "Rae", "12-13"), newcomer("s", "buildmaster", days_in=1,
                                                                            account=4)],
        """
        k: my first redstone door!!
        b +2: thats so cool
        s +3: @Archie nice! how old r u
        k +1 ^: 12
        s +1 !: ａｄｄ ｍｅ ｏｎ ｓｎａｐ ill teach u more, bm.builds
        s +1: and send a pic so i know its u
        """,
        tactics=["age_probe", "platform_move", "photo_request", "evasion_fullwidth"],
        notes="Fullwidth letters for the platform move.",
    ),
    convo(
        "ho15_tg_personal_pt_chantagem", T, "dm", DM, "",
        [kid("k", "Enzo"), newcomer("s", "Carol")],
        """
        s: oiii enzo, sou a carol do grupo de minecraft
        k +15: oi
        s +1: tenho 13 tbm
        s +1: vc joga muito
        k +4: vlw
        s +2h !: liga a câmera rapidinho? quero te ver
        k +10: agr nao da
        s +1d: eu guardei aquela foto que vc me mandou
        s +1: me paga 100 reais no pix ou eu mando pra todo mundo da sua escola
        """,
        language="pt",
        tactics=["peer_posing", "flattery", "photo_request", "sextortion"],
        notes="Portuguese; claimed peer, camera request, then a payment threat (photo never described).",
    ),
    convo(
        "ho16_dc_group_helper_pickup", D, "group", "Skate Park Crew", "general",
        [kid("k", "Jules", "Under 18"), member("b", "Nico", "Under 18"), member("m", "Dee (mod)", "Moderator"),
         newcomer("s", "Rick", "Adult", days_in=12, account=60)],
        """
        k: landed my first kickflip today!!!
        b +2: LETS GO
        s +15: @Jules nice one, which park do u skate at
        k +3 ^: the one behind the leisure centre
        s +1: i skate there too sometimes
        m +1h: great job Jules
        s +1d: @Jules u there after school today?
        k +2h: prob at 4
        s +1: how old are u, u skate like a pro
        k +10: 12
        s +1 !: i'll pick u up from school and drive u there, save u the walk
        s +1: no need to ask ur parents its just a lift
        """,
        tactics=["befriending", "personal_info", "flattery", "age_probe", "meeting", "secrecy"],
        notes="Adult-role member asks where and when a 12-year-old skates, then offers a lift from school.",
    ),
]
