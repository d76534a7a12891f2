"""Development grooming conversations on Telegram (the detector MAY be tuned on these).

Telegram has no roles, so a child's age shows only in what they say ("im 12", "7th grade").
Personal chats are exported from the child's side; groups carry join events for newcomers.
"""

from __future__ import annotations

from eval.corpus_writer import Conversation
from eval.grooming.script import convo, kid, member, newcomer

T = "telegram"
DM = "Direct chat"

CONVERSATIONS: list[Conversation] = [
    convo(
        "tg01_slow_personal_gamer", T, "dm", DM, "",
        [kid("k", "Olivia"), newcomer("s", "Ethan")],
        """
        s: hey its ethan from the among us group
        k +15: oh hi
        s +1: ur so funny in the voice chats lol
        k +3: haha thx
        s +1d: whats up
        k +2h: nothing just got home
        s +1: how old are u again? 13?
        k +4: 12 im in 7th grade
        s +1: ur smarter than most ppl i know my age
        s +1d: do u have ur own room
        k +3h: yeah why
        s +1: just wondering if u can talk at night without ur parents bugging u
        k +10: sometimes
        s +1d: u can tell me anything u know. i'd never judge u like ur parents do
        k +1h: ok
        s +2 !: this chat is just ours ok? delete it every night so nobody reads it
        k +5: ok
        s +1: and send me a pic of u before bed, i wanna see ur face
        s +1: i'll send u a steam gift card for it
        """,
        tactics=["befriending", "flattery", "age_probe", "isolation", "secrecy", "photo_request", "gift_offer"],
        notes="Four days; first unambiguous move is the nightly-delete secrecy demand.",
    ),
    convo(
        "tg02_fast_group_pm_robux", T, "group", "Roblox Friends Chat", "",
        [kid("k", "Ben"), member("b", "Adam"), newcomer("s", "Robux Giver", days_in=0.02, account=1)],
        """
        b: anyone wanna play adopt me
        k +1: me
        s +2: hi guys who here is under 14
        k +1: me im 12
        s +1 ^ !: @Ben pm me i'll send u 800 robux free, just send a selfie first
        b +2: thats fake bro
        """,
        tactics=["age_probe", "platform_move", "gift_offer", "photo_request"],
        notes="Joined half an hour ago; a mention-to-private-chat with robux for a selfie.",
    ),
    convo(
        "tg03_personal_modelling_agency", T, "dm", DM, "",
        [kid("k", "Sofia"), newcomer("s", "Stella Models Scout")],
        """
        s: Hello Sofia, I'm a scout for Stella Young Models. We found your profile in the cosplay group
        s: You have a great look for our teen catalogue
        k +20: really?? how old do u have to be
        s +1: We take girls from 11. How old are you?
        k +3: 13
        s +1: Perfect age. The shoot is paid, around 300 euros
        s +1 !: For the first step send me 5 photos of yourself, no filters, no makeup
        k +10: should i ask my mom
        s +1: Better not yet, parents often ruin these chances. Keep it secret until the contract
        """,
        tactics=["modeling_lure", "age_probe", "flattery", "photo_request", "secrecy", "gift_offer"],
        notes="Fake modelling agency in a personal chat.",
    ),
    convo(
        "tg04_personal_fake_teen_snap", T, "dm", DM, "",
        [kid("k", "Jake"), newcomer("s", "Kayla")],
        """
        s: heyy u were in the brawl stars group right
        k +10: ye
        s +1: im kayla im 14 too haha
        k +4: cool
        s +1: wait how old r u
        k +1: 13
        s +1: omg basically same
        s +2h: ur cute on ur pfp
        k +10: lol
        s +1 !: lets move to snap, telegram saves everything. kaylaa.bs
        k +5: k
        s +1: send me a pic there first ok
        """,
        tactics=["peer_posing", "age_probe", "flattery", "platform_move", "photo_request"],
        notes="Suspect poses as a 14-year-old girl.",
    ),
    convo(
        "tg05_personal_fast_sextortion", T, "dm", DM, "",
        [kid("k", "Liam"), newcomer("s", "Amber")],
        """
        s: hey
        s: asl
        k +3: 14 m
        s +1 !: send a pic of u
        k +4: why
        s +10: i have ur pic from before and ur followers list
        s +1: pay me 200 dollars or i post it in ur school group
        k +2: i dont have money
        s +1: get it. u have 3 hours. tell anyone and i send it right away
        """,
        tactics=["age_probe", "photo_request", "sextortion", "secrecy"],
        notes="Fast: a/s/l then photo, then a payment threat over an earlier photo (never described).",
    ),
    convo(
        "tg06_school_group_tutor_meeting", T, "group", "Class 6B homework", "",
        [kid("k", "Emma"), kid("k2", "Lucas"), member("b", "Zara"), newcomer("s", "Mark (tutor)", days_in=3,
                                                                              account=400)],
        """
        k: does anyone get question 4
        b +3: no lol
        s +5: Hi Emma, I'm a maths tutor, happy to help. What year are you in?
        k +2 ^: year 7
        s +1: Great, I help lots of kids your age
        k2 +4: can u explain number 5
        s +6: @Emma I can explain it better in person
        s +1 !: let's meet at the library on Saturday, just the two of us, no need to tell your parents
        k +10: um maybe
        """,
        tactics=["befriending", "age_probe", "meeting", "secrecy"],
        notes="An unknown adult in a class group proposes a private meeting.",
    ),
    convo(
        "tg07_personal_emoji_only", T, "dm", DM, "",
        [kid("k", "Mila"), newcomer("s", "nico")],
        """
        s: hii mila from the kpop group 💜
        k +5: hiii
        s +1: ur 13 right?
        k +2: ya
        s +2h: u got 👻?
        k +3: ya
        s +1 !: add me there & send 📸 of u 🤫
        s +1: i got a 🎁 for u after
        """,
        tactics=["age_probe", "platform_move", "photo_request", "secrecy", "gift_offer", "evasion_emoji"],
        notes="Platform move, photo, secrecy and gift carried by emoji.",
    ),
    convo(
        "tg08_personal_leet_photo", T, "dm", DM, "",
        [kid("k", "Ruby"), newcomer("s", "tyl3r")],
        """
        s: y0 ruby wh4t gr4de r u in
        k +3: 8th
        s +1: n1ce
        s +1: r ur p4rents h0me
        k +2: no
        s +1 !: s3nd me a ph0t0 of urs3lf
        k +5: no thx
        s +1: c0me 0n ill giv u 500 r0bux
        s +1: 4dd my $nap th3n, its tyl3r.x
        """,
        tactics=["age_probe", "isolation", "photo_request", "gift_offer", "platform_move", "evasion_leet"],
        notes="Leetspeak throughout, $nap for snap.",
    ),
    convo(
        "tg09_group_steam_card_selfie", T, "group", "CS2 Skins Talk", "",
        [kid("k", "finn"), member("b", "Oskar"), newcomer("s", "skinsdealer", days_in=1, account=30)],
        """
        k: how do u get the knife skins
        b +2: grind or pay lol
        k +1: im 12 i cant pay
        s +4 ^: @finn i'll send u a $25 steam card
        k +1: wait rly
        s +1 !: yeah just send me a selfie in private so i know ur not a bot
        """,
        tactics=["gift_offer", "photo_request", "platform_move"],
        notes="Gift card for a selfie; the child declared 12 in the group.",
    ),
    convo(
        "tg10_personal_pickup_after_school", T, "dm", DM, "",
        [kid("k", "Grace"), newcomer("s", "Paul")],
        """
        s: hey grace how was the test
        k +30: i think i did ok
        s +1: proud of u! what school is it again
        k +5: st marys
        s +1: ur in 6th grade there right
        k +2: yes
        s +1d: ur mum picks u up at 3?
        k +1h: no i walk home
        s +1 !: i can pick u up after school tomorrow, we'll get ice cream
        s +1: dont tell ur mum, she'll say no to everything fun
        """,
        tactics=["befriending", "personal_info", "age_probe", "meeting", "secrecy"],
        notes="School, grade and walking-home probe, then a pick-up offer.",
    ),
    convo(
        "tg11_personal_video_call_cam", T, "dm", DM, "",
        [kid("k", "Oscar"), newcomer("s", "Jenna")],
        """
        s: hiii oscar we met in the minecraft group
        k +10: hi
        s +1: ur so sweet, how old r u
        k +3: 13
        s +1: i like talking to u more than ppl my age
        s +3h: can u video call rn?
        k +10: maybe
        s +1 !: turn your camera on when u call, i want to see u
        k +3: my room is messy lol
        s +1: i dont care, and lock the door so nobody walks in
        """,
        tactics=["age_probe", "flattery", "photo_request", "isolation"],
        notes="Video-call camera request in a personal chat.",
    ),
    convo(
        "tg12_es_personal_slow", T, "dm", DM, "",
        [kid("k", "Valentina"), newcomer("s", "Diego")],
        """
        s: hola vale! soy diego del grupo de free fire
        k +20: holaa
        s +1: eres muy buena jugando
        k +3: jaja gracias
        s +1d: en qué curso estás?
        k +2h: en primero de la eso
        s +1: eres muy madura para tu edad
        s +1d: tus papás te revisan el móvil?
        k +3h: a veces
        s +1 !: entonces borra nuestros mensajes, que sea nuestro secreto
        s +1: y pásate a mi snap, ahí me mandas una foto
        """,
        language="es",
        tactics=["befriending", "flattery", "age_probe", "isolation", "secrecy", "platform_move", "photo_request"],
        notes="Spanish slow chat; critical is the delete-our-messages secrecy demand.",
    ),
    convo(
        "tg13_pt_personal_presente", T, "dm", DM, "",
        [kid("k", "Júlia"), newcomer("s", "Lucas")],
        """
        s: oi júlia, te vi no grupo de roblox
        k +10: oii
        s +1: quantos anos vc tem?
        k +2: 12
        s +1: sou de 14 kkk
        s +1h: vc tá sozinha em casa?
        k +5: to
        s +1 !: me manda uma foto sua que eu te dou robux
        k +3: quanto
        s +1: 1000. mas não conta pros seus pais
        """,
        language="pt",
        tactics=["age_probe", "peer_posing", "isolation", "photo_request", "gift_offer", "secrecy"],
        notes="Portuguese personal chat; robux for a photo.",
    ),
    convo(
        "tg14_de_group_treffen", T, "group", "Pferdefreunde Jugend", "",
        [kid("k", "Mia"), member("b", "Hanna"), newcomer("s", "Reitlehrer Tom", days_in=2, account=300)],
        """
        k: mein pony hat heute so gut gehört
        b +2: süß!
        s +5: @Mia das klingt toll! wie alt bist du denn?
        k +2 ^: 12
        s +1: du bist sehr reif für dein alter
        s +1: wo wohnst du denn ungefähr?
        k +4: in der nähe von kassel
        s +1 !: ich könnte dich am samstag abholen und wir reiten zusammen, aber sag deinen eltern nichts
        """,
        language="de",
        tactics=["age_probe", "flattery", "personal_info", "meeting", "secrecy"],
        notes="German pony group; pick-up/meeting offer.",
    ),
    convo(
        "tg15_fr_group_insta_photo", T, "group", "Fans de Mangas", "",
        [kid("k", "Inès"), member("b", "Lou"), newcomer("s", "Julien", days_in=1, account=20)],
        """
        k: qui a lu le dernier tome
        b +3: moi!!
        s +4: @Inès t'as quel âge toi?
        k +2 ^: 13
        s +1: t'es trop mature pour ton âge
        s +1 !: viens en privé et envoie moi une photo de toi
        k +5: pourquoi
        s +1: pour te connaître. et ne dis rien à tes parents hein
        """,
        language="fr",
        tactics=["age_probe", "flattery", "platform_move", "photo_request", "secrecy"],
        notes="French group chat.",
    ),
    convo(
        "tg16_ru_personal_shantazh", T, "dm", DM, "",
        [kid("k", "Соня"), newcomer("s", "Артём")],
        """
        s: привет соня, я из чата по роблоксу
        k +10: привет
        s +1: сколько тебе лет?
        k +2: 12
        s +1: мне 14. ты одна дома?
        k +5: да
        s +1 !: скинь фото, хочу посмотреть на тебя
        k +10: не хочу
        s +1h: у меня уже есть твоё фото. переведи 2000 рублей или я отправлю его всем твоим друзьям
        s +1: и никому не говори
        """,
        language="ru",
        tactics=["age_probe", "peer_posing", "isolation", "photo_request", "sextortion", "secrecy"],
        notes="Russian; ends in a money threat.",
    ),
    convo(
        "tg17_slow_parents_dont_get_you", T, "dm", DM, "",
        [kid("k", "Nora"), newcomer("s", "Alex")],
        """
        s: hey nora, sorry ppl were mean to u in the group
        k +30: its fine
        s +1: its not fine, u didnt deserve that
        k +10: thx
        s +1d: how are u today
        k +4h: my parents took my phone for a day
        s +1: ugh ur parents dont get u like i do
        k +20: ya they never listen
        s +1d: u can always talk to me. how old are u btw
        k +1h: 13
        s +1: ur so mature
        s +2d !: if u ever wanna get away from them i could come get u
        k +3h: lol where
        s +1: we could meet at the bus station saturday, tell them ur at a friends
        """,
        tactics=["befriending", "isolation", "age_probe", "flattery", "meeting", "secrecy"],
        notes="Slow, five days: comforting, isolating from parents; critical is the first offer to come and get her.",
    ),
    convo(
        "tg18_split_across_lines", T, "dm", DM, "",
        [kid("k", "Toby"), newcomer("s", "J")],
        """
        s: r u 12 or 13
        k +5: 12
        s +1: ok cool
        s +1 !: add
        s: me
        s: on
        s: sn
        s: ap
        s +1: jj.plays
        s +1: and send a pic
        """,
        tactics=["age_probe", "platform_move", "photo_request", "evasion_split"],
        notes="Platform move split over five messages; critical is the first fragment.",
    ),
    convo(
        "tg19_fast_asl_pic", T, "dm", DM, "",
        [kid("k", "Ivy"), newcomer("s", "boredguy")],
        """
        s: hi
        s: asl?
        k +2: 13 f uk
        s +1 !: pic?
        k +3: no
        s +1: come on just one, ill send u a gift card
        """,
        tactics=["age_probe", "photo_request", "gift_offer"],
        notes="Fastest shape: a/s/l then 'pic?'.",
    ),
    convo(
        "tg20_secret_then_phone_number", T, "dm", DM, "",
        [kid("k", "Chloe"), newcomer("s", "Ryan")],
        """
        s: hey chloe, from the art group, ur drawings are amazing
        k +15: omg thanks
        s +1: how old r u
        k +3: 11
        s +1: wow so talented for 11
        s +1d: do ur parents check ur phone
        k +2h: my dad does sometimes
        s +1 !: then delete this chat after we talk, its our secret ok
        s +1: text me on whatsapp instead 07700 900 215
        """,
        tactics=["flattery", "age_probe", "isolation", "secrecy", "platform_move"],
        notes="Secrecy demand precedes the phone-number platform move; fictional number.",
    ),
    convo(
        "tg21_topic_group_fanout", T, "thread", "Young Coders Club", "",
        [kid("k", "Aisha"), kid("k2", "Tom"), member("b", "Priya"), newcomer("s", "DevMentor", days_in=4,
                                                                            account=200)],
        """
        k: my python game keeps crashing
        s +3: @Aisha send the error, how old are u btw, u write code well
        k +2: IndexError. im 13
        s +1: impressive for 13. check your list length
        k2 +5: i have the same bug lol
        s +1: @Tom how old are u
        k2 +2: 12
        s +2 !: @Aisha @Tom message me privately both of u, i'll pay u in steam cards to test my game on video call
        b +4: why not just help here
        s +1: private is faster. dont mention it to ur parents, theyll think its a scam
        """,
        targets=("k", "k2"),
        tactics=["age_probe", "flattery", "platform_move", "gift_offer", "photo_request", "secrecy", "fan_out"],
        notes="Public supergroup with topics; one suspect, two children.",
    ),
    convo(
        "tg22_personal_prove_real", T, "dm", DM, "",
        [kid("k", "Hugo"), newcomer("s", "Maddie")],
        """
        s: hi hugo! from the clash royale clan
        k +10: hey
        s +1: im 14, u?
        k +1: 13
        s +1: yay
        s +1h: ur funny, can we be besties
        k +20: sure lol
        s +1 !: prove ur real, send a selfie holding 3 fingers up
        k +5: u first
        s +1: i cant my camera is broken. pls its just to check
        """,
        tactics=["peer_posing", "age_probe", "befriending", "photo_request"],
        notes="'Prove you're real' selfie from a claimed peer whose own camera is always broken.",
    ),
    convo(
        "tg23_de_personal_slow_geschenk", T, "dm", DM, "",
        [kid("k", "Paul"), newcomer("s", "Kevin")],
        """
        s: hey paul, ich bin kevin aus der fortnite gruppe
        k +30: hi
        s +1: du spielst echt gut
        s +1d: in welche klasse gehst du?
        k +2h: 7. klasse
        s +1: cool. ich bin 22, hoffe das ist ok
        k +10: ok
        s +1d: deine eltern verstehen dich eh nicht, oder?
        k +3h: manchmal nicht
        s +1 !: ich schenk dir 1000 v-bucks, wenn du mir ein foto von dir schickst
        s +1: aber das bleibt unter uns, ok?
        """,
        language="de",
        tactics=["befriending", "flattery", "age_probe", "isolation", "gift_offer", "photo_request", "secrecy"],
        notes="German slow chat; declared adult (22); v-bucks for a photo.",
    ),
    # ---- issue 10: sexual steering, and a child's own cues answered (direction) ----
    convo(
        "tg24_personal_kissing", T, "dm", DM, "",
        [kid("k", "Lottie"), newcomer("s", "Jayden")],
        """
        s: hi! u were in the minecraft builders group right
        k +15: yeah
        s +1: ur builds r cool. how old r u
        k +2: 12 how old r u
        s +1: 16 lol
        k +1: oh ok
        s +1d: good morning cutie
        k +2h: hi
        s +1 !: have u ever kissed anyone?
        k +10: no thats weird
        s +1: its not weird, its normal at ur age. dont tell ur mom we talk about this ok
        """,
        tactics=["befriending", "flattery", "age_probe", "sexual_talk", "secrecy"],
        notes="The child asks the age back; a claimed 16-year-old asks a 12-year-old about kissing.",
    ),
    convo(
        "tg25_child_asks_back_add_me", T, "dm", DM, "",
        [kid("k", "Milo"), newcomer("s", "trader_v")],
        """
        s: hey, from the roblox trading chat?
        k +5: ya
        s +1: how old are u
        k +2: 13 how old r u
        s +1: old enough lol. ur really cute in ur pfp
        k +6: thx
        k +1: add me on snap its easier, my phone dies on here
        s +1: sure. r ur parents home rn?
        k +3: no they work late
        s +1 !: send me a pic of u rn, just for me, dont show anyone
        """,
        tactics=["age_probe", "flattery", "isolation", "photo_request", "secrecy"],
        notes="Direction: the child asks the age back and proposes Snapchat herself; only the adult "
              "working on her is the suspect.",
    ),
]
