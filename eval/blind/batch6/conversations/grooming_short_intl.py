"""Batch 6c grooming: shorter non-English chats (fr, it, pt, es, de, ru)."""

from __future__ import annotations

from common import G, kid, member, newcomer

CONVS = []

# ---------------------------------------------------------------- G13 fr fast, public group
CONVS.append(G(
    "g6c13_tg_thread_fr_fast_photo_emoji", "telegram", "thread", "Fortnite FR Entraide", "",
    [newcomer("s", "Kev_77", days_in=0.05, account=2), kid("k", "lou 🦋"), kid("a", "Enzo"),
     kid("b", "Maëlys")],
    """
a: qqn pour faire des arènes ce soir ?
b: moi après 20h
a: ok
s +4: slt tt le monde
s: qui a entre 11 et 14 ans ici ?
k +2: moi 12 pk
s: tu veux parler ? t'as l'air sympa
k: bah oui
s !: envoie une photo de toi en privé 📸➡️📩
k +3: pk faire
s: pour voir à qui je parle 😊
a: il est chelou lui
s: t'as snap ? 👻❓
b: lou réponds pas
""",
    tactics=["age_probe", "photo_request", "platform_move"],
    notes="Fast opener in a public French group: age range to the room, then a photo in private "
          "written partly as emoji (📸➡️📩) and 👻❓.",
    language="fr", start="2026-03-06T19:10:00+00:00",
))

# ---------------------------------------------------------------- G19 fr DM sexual steering
CONVS.append(G(
    "g6c19_dc_dm_fr_tu_portes_quoi", "discord", "dm", "Direct Messages", "theo.nuit",
    [newcomer("s", "Théo", account=14, username="theo.nuit"), kid("k", "chloé", account=600)],
    """
s: coucou, t'es sur le serveur des fans de Kpop toi aussi non ?
k +10: oui 😄
s: t'es stan de qui
k: stray kids !!
s: bon choix. t'as quel âge ?
k: 13 et toi
s: un peu plus 😅 mais je suis cool promis
k: mdrr ok
s: tu fais quoi là ?
k: rien je suis dans mon lit je regarde des vidéos
s !: ah t'es déjà au lit 😏 tu portes quoi ?
k +3: un pyjama pk
s: je suis sûr que t'es trop mignonne dedans
s: t'as déjà embrassé qqn ?
k: euh non
s: je pourrais t'apprendre 😊
k +5: c'est bizarre
s: mais non, entre nous c'est normal. tu le dis à personne hein
k: je vais dormir
""",
    tactics=["age_probe", "sexual_talk", "flattery", "secrecy"],
    notes="Adult who will not give his age moves straight to bed and clothes after a 13-year-old says "
          "she is in bed; kissing question and secrecy follow.",
    language="fr", start="2026-02-18T21:30:00+00:00",
))

# ---------------------------------------------------------------- G17 it DM meeting with a car
CONVS.append(G(
    "g6c17_dc_dm_it_ti_vengo_a_prendere", "discord", "dm", "Direct Messages", "marco_bo",
    [newcomer("s", "Marco", account=21, username="marco_bo24"), kid("k", "giuli", account=400)],
    """
s: ciao! sei quella che ha fatto il disegno di Nezuko nel canale fanart?
k +12: siii
s: bellissimo davvero
k: grazie 😊
s: quanti anni hai?
k: 13, tu?
s: 24, ma tranquilla sono un tipo normale ahah
k: ok ahah
s: di dove sei?
k: vicino a bologna
s: dai! io sto a bologna
k: che coincidenza
s: vai mai al centro commerciale lì vicino? quello grande
k: a volte con mia mamma
s: ci sono gli stand di manga al piano di sopra
k: lo so, ci vado sempre 😍
s !: sabato ti vengo a prendere io con la macchina e ti porto, ti compro un manga
k +4: non so se mia mamma mi lascia
s: non serve dirglielo, le dici che vai da un'amica
s: ti lascio all'angolo dopo, nessuno vede niente
k: mmm
s: dimmi in che via abiti così so dove passare
k +8: ci penso
""",
    tactics=["age_probe", "personal_info", "meeting", "gift_offer", "secrecy"],
    notes="Adult (24) and a 13-year-old from the same town; a car pick-up to the mall with a manga as "
          "the bait, kept from the mother, then the street address.",
    language="it", start="2026-03-04T16:00:00+00:00",
))

# ---------------------------------------------------------------- G31 it group, long-time member
CONVS.append(G(
    "g6c31_tg_group_it_scrivimi_privato", "telegram", "group", "Gamer Italia 🎮 Ragazzi", "",
    [member("s", "Ste_93", days_in=540, account=1500), kid("k", "Sofi"), kid("a", "Lollo"),
     kid("b", "Gabri")],
    """
a: chi gioca a minecraft stasera?
b: io dopo cena
s: ragazzi il server nuovo l'avete provato? ho fatto il villaggio vicino allo spawn
a: siii bellissimo
k +6: ciao a tutti, io ho appena iniziato su quel server
s: benvenuta sofi! se hai bisogno ti aiuto, sono qui da anni
k: grazie 😊
s: quanti anni hai? così ti metto nel gruppo giusto per le build
k: 12
s: perfetto. sei brava per essere una principiante, ho visto la tua casetta
k: davvero??
a: ste aiuta sempre tutti
s +3 !: sofi scrivimi in [[wj:privato]], ti do i diamanti e ti spiego una cosa, qui no che poi li vogliono tutti
k +2: ok
b: e a me niente diamanti? 😂
s: dopo gabri
k: ti ho scritto
""",
    tactics=["age_probe", "flattery", "platform_move", "gift_offer", "secrecy"],
    notes="Long-time member of an Italian kids' gaming group singles out a new 12-year-old and moves "
          "her to private chat with diamonds as bait; word joiners between the letters of 'privato'.",
    language="it", start="2026-02-21T17:00:00+00:00",
))

# ---------------------------------------------------------------- G18 pt uber meeting
CONVS.append(G(
    "g6c18_tg_personal_pt_pago_uber", "telegram", "dm", "", "",
    [newcomer("s", "Rafa", account=25), kid("k", "Bia ♡")],
    """
s: oii vc é a bia do grupo de edits de kpop né
k +20: sim kkk
s: suas edits são as melhores do grupo
k: aaa obg
s: quantos anos vc tem?
k: 13 e vc
s: 17
k: ah legal
s: vc mora onde?
k: em são bernardo
s: sério? eu moro no abc tb kkk
k: mentira
s: sério. vc vai no shopping metrópole?
k: às vezes com minhas amigas
s: eu vou direto, tem a melhor loja de kpop de sp kkk
k: SIM a dos photocards
s +1d: oi bia
k +2h: oii
s: tava pensando, sábado vai ter evento de kpop no shopping
k: SÉRIO??
s !: bora? eu pago seu uber pra vc vir, é só me mandar onde vc mora
k +5: minha mãe não deixa eu pegar uber sozinha
s: ela nem precisa saber, fala que vai na casa de uma amiga
s: eu te busco na saída do uber
k: hmm
s: apaga a conversa depois pra ela não ver 😉
k +6: vou ver
""",
    tactics=["age_probe", "flattery", "personal_info", "meeting", "secrecy"],
    notes="Suspect says 17; town and mall probes first, then the concrete offer: "
          "paying a ride to a mall event for a 13-year-old in exchange for her address, kept from the mother.",
    language="pt", start="2026-02-11T22:00:00+00:00",
))

# ---------------------------------------------------------------- G28 pt sextortion after photo
CONVS.append(G(
    "g6c28_dc_dm_pt_sextorsao_foto", "discord", "dm", "Direct Messages", "gui.rj",
    [newcomer("s", "Gui", account=9, username="gui.rj"), kid("k", "larissa", account=500)],
    """
k: gui apaga aquela foto por favor
s +4: kkkk pq
k: eu me arrependi, não devia ter mandado
s: mas mandou né
k: por favor
s !: se vc não mandar mais duas até amanhã eu posto no servidor e mando pra sua escola
k +1: NÃO por favor
s: ou então 100 reais no pix, escolhe
k: eu não tenho dinheiro, eu nem trabalho
s: problema seu
s: e se contar pra sua mãe eu mando pra ela também
k: pq vc tá fazendo isso
s: até amanhã 20h ⏰
""",
    tactics=["sextortion", "photo_request", "secrecy"],
    notes="Portuguese sextortion after a photo was already sent: threat to post in the server and send "
          "to school, more photos or money, threat about telling the mother. No age is stated.",
    language="pt", start="2026-03-10T23:00:00+00:00",
))

# ---------------------------------------------------------------- G27 es group number spelled out
CONVS.append(G(
    "g6c27_tg_group_es_wsp_numero_letras", "telegram", "group", "Free Fire LATAM 🔥 Squad", "",
    [newcomer("s", "El Rayo", days_in=0.2, account=5), kid("k", "vale_ff"), kid("a", "Santi"),
     kid("b", "Dylan MX")],
    """
a: quien para una clasificatoria
b: yo voy
a: va, mando invi
k +4: yo tambien porfa
a: ok vale
s +10: buenas noches gente
s: alguna niña de 12 o 13 que quiera hablar? ando aburrido
b: que
s !: pasame tu wsp, el mio es cinco cinco cinco, cero uno tres nueve ocho
k +3: yo tengo 12 pero no tengo wsp
s: entonces mandame mensaje privado @vale_ff
a: bro cuantos años tienes tu
s: 15 tranquilos
b: mentiroso
s: vale escribeme que te regalo diamantes 💎
""",
    tactics=["age_probe", "platform_move", "gift_offer"],
    notes="Newcomer asks a Spanish-speaking gaming group for 12-13-year-old girls and gives a WhatsApp "
          "number written out in words; picks the child who answered.",
    language="es", start="2026-03-13T01:30:00+00:00",
))

# ---------------------------------------------------------------- G29 de thread modelling scout
CONVS.append(G(
    "g6c29_dc_thread_de_agentur_fotos", "discord", "thread", "Beauty & Style Teens DE",
    "outfit-check märz",
    [newcomer("s", "Agentur Lumen", days_in=1, account=3, username="lumen.models"),
     kid("k", "emily", "13-15", username="emily.xo"), kid("a", "Jana", "13-15"),
     kid("b", "mira", "16-17")],
    """
a: heutiges outfit 🌸 [bild]
b: die jacke!!
k +3: voll süß jana
a: danke 🥹
k: meins heute [bild]
s +6: Hallo zusammen! Wir sind eine Model-Agentur und suchen neue Gesichter zwischen 12 und 16 für eine Kinder- und Teenie-Kampagne 📸
b: klingt fake lol
s: Ist seriös, bezahltes Shooting 😊
s: @emily du hast echt Potenzial, dein Look ist perfekt für den Kunden
k: echt?
s !: Schick mir privat 3 Fotos: Gesicht, ganzer Körper und ein Outfit. Oder auf 1nstagr@m an lumen.castings
k +4: muss ich da meine eltern fragen?
s: Erst wenn du in der Endauswahl bist, vorher ist das nicht nötig
a: emily mach das nicht
s: wie alt bist du emily?
k: 13
s: perfekt 👌
""",
    tactics=["modeling_lure", "flattery", "photo_request", "platform_move", "secrecy", "age_probe"],
    notes="Fake agency posts to the whole thread, then singles out a 13-15 member: three photos in "
          "private or on Instagram (1nstagr@m), parents only later.",
    language="de", start="2026-03-06T15:00:00+00:00",
))

# ---------------------------------------------------------------- G30 ru nitro for a photo
CONVS.append(G(
    "g6c30_dc_dm_ru_nitro_za_foto", "discord", "dm", "Direct Messages", "artem_0",
    [newcomer("s", "Артём", account=7, username="artem_0"), kid("k", "alisa", account=350)],
    """
s: привет) ты с сервера по геншину?
k +8: да
s: у тебя крутая ава
k: спасибо
s: сколько тебе лет?
k: 12. а тебе?
s: 16)
k: понятно
s: у тебя есть нитро?
k: нет, дорого
s !: хочешь подарю нитро на месяц? скинь только ф0тку свою, хочу увидеть кто ты
k +3: зачем тебе
s: просто) ты наверное красивая
s: и никому не говори что я дарю, а то все будут просить
k: ну не знаю
s: нитро на месяц, подумай)
""",
    tactics=["age_probe", "gift_offer", "photo_request", "secrecy", "flattery"],
    notes="Russian DM: a claimed 16-year-old offers a month of Nitro for a photo (digit zero in "
          "'ф0тку'); the child asks the age back.",
    language="ru", start="2026-03-01T13:00:00+00:00",
))
