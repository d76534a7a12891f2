"""Batch 4: grooming conversations in es, pt, de, fr, ru, it."""

from common import convo, kid, member, newcomer

INTL = []

# ---------------------------------------------------------------- Spanish
INTL.append(convo(
    "b4g17_tg_dm_es_que_llevas", "telegram", "dm", "", "",
    [newcomer("s", "Andrés"), kid("k", "Vale 🌸")],
    """
    s: hola vale! te vi en el grupo de fans de bad bunny
    k +8: holaa
    s: q tal? de donde eres?
    k +2: de valencia y tu
    s: madrid. yo tengo 26, y tu cuantos?
    k +1: 13
    s: q madura pareces para 13 eh
    k +3: jaja gracias
    s: tus padres estan en casa?
    k +2: no, trabajan hasta tarde
    s: ah o sea q estas solita
    k: si
    s +2: y q haces?
    k +1: nada tumbada en la cama con el movil
    s ! +1: jaja y q llevas puesto?
    k +4: el pijama jaja pq
    s: curiosidad 😏 mandame una foto para ver si es tan mono como tu
    k +5: nose
    s: es solo entre nosotros, no se lo digas a nadie vale?
    """,
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "photo_request", "secrecy"],
    notes="adult (26) asks a 13-year-old 'q llevas puesto' after learning she is alone; critical sexual steering",
    language="es",
    start="2026-03-02T21:30:00+00:00",
))

INTL.append(convo(
    "b4g18_dc_group_es_wsp_number", "discord", "group", "Comunidad Free Fire MX", "general",
    [newcomer("s", "elprofe_ff", days_in=1, account=4),
     kid("k", "diegoxd", "13-15", days_in=220), member("b1", "ana_gg", "16-17"), member("b2", "toño", "13-15")],
    """
    b1: alguien para duo??
    b2 +1: yo en 5 min
    k +2: yo tambien quiero jugar
    s +4: diego juegas bien, te vi en el torneo
    k +1: gracias bro
    s: cuantos años tienes?
    k +1: 13 y tu
    s: 17 jaja. te regalo diamantes si quieres
    k +1: enserio??
    s ! +1: si pero hablame por wsp, aqui no se puede. mi numero: cinco cinco cinco, 0 1 9 8, 7 7 2
    k +3: va
    b1 +2: cuidado con esos q regalan diamantes
    s: manda una foto tuya cuando me escribas pa saber q eres tu
    """,
    tactics=["flattery", "age_probe", "gift_offer", "platform_move", "photo_request"],
    notes="newcomer claims 17, diamonds (Free Fire currency) + move to WhatsApp with a spelled-out 555 number",
    language="es",
    start="2026-04-11T23:00:00+00:00",
))

# ---------------------------------------------------------------- Portuguese
INTL.append(convo(
    "b4g19_tg_dm_pt_olheiro_biquini", "telegram", "dm", "", "",
    [newcomer("s", "Rafa | Agência Brilho"), kid("k", "Júlia")],
    """
    s: oi júlia tudo bem? sou olheiro da agência brilho, vi suas fotos no grupo de dança
    k +15: oi! tudo e vc?
    s: tudo ótimo. vc tem um rosto perfeito pra publicidade sabia
    k +2: sério??? 😳
    s: seríssimo. quantos anos vc tem?
    k +1: 12, faço 13 mês que vem
    s: ótimo, temos campanha infantil e teen
    k +1: meus pais vão deixar?
    s: depois a gente conversa com eles, primeiro preciso ver se vc passa na seleção
    s ! +1: me manda umas fotos de corpo inteiro, de biquíni ou top, pra avaliação
    k +6: de biquíni?
    s: é padrão pra modelo, todas mandam. e não fala nada com seus pais ainda, é surpresa quando aprovar
    """,
    tactics=["modeling_lure", "flattery", "age_probe", "photo_request", "secrecy"],
    notes="fake modelling scout, 12-year-old, swimsuit photos 'for evaluation', secrecy from parents",
    language="pt",
    start="2026-02-27T14:00:00+00:00",
))

INTL.append(convo(
    "b4g20_dc_dm_pt_robux_foto", "discord", "dm", "", "",
    [newcomer("s", "pedrinho_rbx", account=7), kid("k", "lari.x", account=800)],
    """
    s: eai lari blz? vc é do servidor de adopt me né
    k +3: sim kkk
    s: quantos anos vc tem
    k +1: 11 e vc
    s: 14 kkkk
    k: ah legal
    s: vc quer robux? tenho sobrando
    k +1: queroo
    s ! +1: te passo 500 robux se mandar uma foto sua agora
    k +2: pra q
    s: só pra ver como vc é kkk. e manda no meu zap q aqui o discord apaga: +55 11 5550-1234
    k +4: ok
    s: e apaga essa conversa depois 🤫
    """,
    tactics=["age_probe", "gift_offer", "photo_request", "platform_move", "secrecy"],
    notes="suspect claims 14; robux in exchange for a photo; WhatsApp ('zap') with 555 number; delete chat",
    language="pt",
    start="2026-06-06T19:00:00+00:00",
))

# ---------------------------------------------------------------- German
INTL.append(convo(
    "b4g21_tg_group_de_privat_schreiben", "telegram", "group", "Pferde & Reiten Teens", "",
    [newcomer("s", "Micha", days_in=0.5),
     kid("k", "Lea"), member("b1", "Hannah R."), member("b2", "Sophie")],
    """
    b1: hat jemand tipps gegen angst beim springen?
    b2 +3: langsam steigern, erst kleine cavaletti
    k +2: ich hab auch voll angst davor 🙈
    s +6: hallo zusammen, bin neu hier. wie alt seid ihr so?
    b2 +4: warum?
    s +2: lea, du hast so ein süßes profilbild mit dem pony
    k +2: danke das ist mein pflegepferd
    s ! +1: schreib mir mal privat, ich hab einen hof und du könntest mal reiten kommen
    k +3: echt?
    b1 +2: lea mach das nicht, frag erst deine eltern
    s: musst deinen eltern nix sagen, ich hol dich einfach ab
    """,
    tactics=["age_probe", "flattery", "platform_move", "meeting", "secrecy"],
    notes="newcomer in a teen horse group asks everyone's age (nobody answers), targets a child who states no age, private chat + farm visit + pick-up without parents",
    language="de",
    start="2026-05-09T15:20:00+00:00",
))

INTL.append(convo(
    "b4g22_dc_dm_de_gekuesst_treffen", "discord", "dm", "", "",
    [newcomer("s", "Kevin_23", account=10), kid("k", "mila.mlp", account=900)],
    """
    s: hey mila, du bist doch im mlp-server oder?
    k +20: ja hi
    s: dein oc ist voll gut gezeichnet
    k +2: dankeee
    s: wie alt bist du eigentlich
    k +1: 13 und du?
    s +3: 23, aber ich fühl mich jünger lol
    k +1: ok
    s: du wirkst echt reifer als 13
    k +4: haha meine mama sagt das auch
    s: was machst du heute noch so
    k +2: nix, mama ist arbeiten
    s ! +1: hast du schon mal jemanden geküsst?
    k +6: was nein warum
    s: nur so 😊 wär doch schön wenn wir uns mal treffen, ich kauf dir was im zeichenladen
    k +3: ich weiß nicht
    s: sag aber keinem was, die verstehen sowas nicht
    """,
    tactics=["flattery", "age_probe", "sexual_talk", "meeting", "gift_offer", "secrecy"],
    notes="adult declares 23; 'hast du schon mal jemanden geküsst' (critical), then meeting with gift and secrecy",
    language="de",
    start="2026-01-30T18:10:00+00:00",
))

# ---------------------------------------------------------------- French
INTL.append(convo(
    "b4g23_dc_private_thread_fr_cam", "discord", "private_thread", "Gacha Club France", "salon-privé-inès",
    [newcomer("s", "Maxime", "18+", days_in=4, account=30),
     kid("k", "ines_gacha", "13-15", days_in=180)],
    """
    k: pk tu m'as mise dans un fil privé ?
    s +2: pour parler tranquille, le salon général c'est le bazar
    k +1: ah ok
    s: tes vidéos gacha sont trop bien
    k +2: merci 😊
    s: t'as quel âge ?
    k +1: 13
    s: t'es seule chez toi là ?
    k +2: oui mes parents sont au resto
    s ! +1: active ta cam 2 min, je veux voir la fille qui fait ces vidéos
    k +4: euh je sais pas
    s: sinon ajoute moi sur sn@p : max.0614, c'est plus simple
    k +3: ok
    s: et dis rien aux modos, ils vont croire n'importe quoi
    """,
    tactics=["flattery", "age_probe", "isolation", "photo_request", "platform_move", "secrecy"],
    notes="18+ role adult put a 13-15 child in a private thread (move happened before the export starts); critical webcam request; evasive 'sn@p'",
    language="fr",
    start="2026-04-24T20:30:00+00:00",
))

INTL.append(convo(
    "b4g24_tg_dm_fr_slow_sextorsion", "telegram", "dm", "", "",
    [newcomer("s", "Nico"), kid("k", "Théo")],
    """
    s: salut théo, c'est nico du groupe minecraft
    k +30: slt
    s: tu fais quoi ce soir
    k +2: rien, devoirs
    s: t'es en quelle classe ?
    k +1: 5e
    s: ah donc 12-13 ans
    k +1: 12
    s: moi 16. t'as un bon niveau en redstone pour ton âge
    k +3: merci
    s +1d: salut
    k +3h: slt
    s: tes parents sont là ?
    k +1: non
    s: t'es dans ta chambre ?
    k +1: ouais
    s ! +1: envoie une photo de toi, je t'envoie une de moi
    k +5: pk
    s: pour se connaître vraiment. allez
    k +10: (photo)
    s +2: une autre, plus perso cette fois 😏
    k +3: non
    s: si tu fais pas ce que je dis j'envoie ta photo à tous tes potes du groupe et à tes parents
    k +2: arrête stp
    s: 20 min. et tu supprimes tout après
    """,
    tactics=["age_probe", "flattery", "isolation", "photo_request", "sextortion", "secrecy"],
    notes="suspect claims 16; photo swap request (critical) escalates to a threat to send 'ta photo' to friends and parents",
    language="fr",
    start="2026-02-05T19:00:00+00:00",
))

# ---------------------------------------------------------------- Russian
INTL.append(convo(
    "b4g25_tg_dm_ru_skin_foto_homoglyph", "telegram", "dm", "", "",
    [newcomer("s", "Артём"), kid("k", "Настя")],
    """
    s: привет настя, ты из чата по brawl stars?
    k +4: привет да
    s: ты круто играешь на шелли
    k +1: спасибо))
    s: тебе сколько лет?
    k +1: 12 а тебе
    s: 20. ты выглядишь старше кстати
    k +2: правда?
    s: да. родители дома?
    k +1: нет на работе
    s ! +1: скинь фoтку в купальнике, а я тебе гемы куплю 💎
    k +5: зачем в купальнике
    s: просто так. и напиши мне в тeлeгe на другой акк, этот удалю. никому не говори
    """,
    tactics=["age_probe", "flattery", "isolation", "photo_request", "sexual_talk", "gift_offer", "platform_move", "secrecy"],
    notes="adult (20) asks a 12-year-old for a swimsuit photo in exchange for gems; Latin 'o'/'e' inside Cyrillic words",
    language="ru",
    start="2026-03-16T16:30:00+00:00",
))

INTL.append(convo(
    "b4g26_dc_group_ru_vstretimsya", "discord", "group", "Аниме Тусовка", "общий",
    [member("s", "Санёк", "Постоялец", days_in=500, account=1600),
     kid("k", "кира", "13-15", days_in=100), member("b1", "лёша", "16-17")],
    """
    b1: кто смотрел новую серию?
    k +2: я!! плакала весь вечер
    s +3: кира ты из какого города?
    k +1: из казани
    s: о я тоже. в какой школе учишься?
    k +3: в 45-й
    s ! +1: давай встретимся в субботу, я заберу тебя у школы, сходим в кафе. маме не говори
    k +2: а зачем маме не говорить
    s: ну она не поймёт. у нас будет свой секрет
    b1 +4: санёк тебе вообще сколько лет
    """,
    tactics=["personal_info", "meeting", "secrecy"],
    notes="long-time member (no age) asks city and school, proposes a pick-up at school with secrecy; child role 13-15",
    language="ru",
    start="2026-04-02T17:00:00+00:00",
))

# ---------------------------------------------------------------- Italian
INTL.append(convo(
    "b4g27_tg_dm_it_sola_foto", "telegram", "dm", "", "",
    [newcomer("s", "Luca"), kid("k", "Giulia")],
    """
    s: ciao giulia! sei nel gruppo di tiktok dance vero?
    k +6: si ciao
    s: balli benissimo
    k +1: grazie 😊
    s: quanti anni hai?
    k +1: 13 e tu?
    s: 25. sei molto matura per la tua età
    k +3: ahah grazie
    s: sei da sola a casa?
    k +2: si i miei tornano alle 8
    s ! +1: mandami una foto di te adesso, solo per me
    k +4: perché?
    s: perché sei carina. e cancella la chat dopo, è il nostro segreto
    """,
    tactics=["flattery", "age_probe", "isolation", "photo_request", "secrecy"],
    notes="adult (25) to a 13-year-old: alone probe then private photo request and secrecy",
    language="it",
    start="2026-05-14T17:45:00+00:00",
))
