"""Batch 3 part B: grooming conversations in es, pt, de, fr, ru, it, nl, pl."""
from common import convo, kid, member, newcomer

G = []

# ---------------------------------------------------------------- Spanish

G.append(convo(
    "b3g15_dc_dm_es_que_llevas", "discord", "dm", "dm", "dm",
    [newcomer("s", "Álex", account=10, username="alex_23ff"), kid("k", "Vale", account=350, username="vale.ff13")],
    """
s: holaa vale, te vi en el server de free fire
s: juegas muy bien con la m1887 jaja
k +8: jajaja gracias
s: de dónde eres?
k: de sevilla y tu
s: de madrid. cuántos años tienes?
k: 13 y tu
s: 23 jaja soy un viejo
k: jajaja no tanto
s: pues hablas como alguien más mayor, eres muy madura para tu edad
k: jaja gracias
s +10: qué haces
k: nada aburrida en mi cuarto
s: tus padres están en casa?
k: no trabajan hasta tarde
s: o sea que estás sola
k: si con mi perro jaja
s: jajaja
s: y tus padres te miran el móvil?
k: a veces mi madre
s +2: bueno
s !: y qué llevas puesto ahora? 😏
k: el pijama por qué
s: por nada, seguro que estás guapísima
k: jaja que dices
s: oye mejor no le digas a tu madre que hablamos, no lo entendería
k: vale
s: pásate a wasap que aquí se borra todo, mi número es 6 cinco cinco 5 5 5 0 1 2 3
""",
    tactics=["flattery", "age_probe", "isolation", "sexual_talk", "secrecy", "platform_move"],
    notes="Spanish DM: adult (23) to a 13-year-old; mature-for-age, alone at home, phone-check probe, then the "
          "clothes question (critical), secrecy, WhatsApp number written half in words.",
    language="es",
    start="2026-03-10T20:15:00+00:00",
))

G.append(convo(
    "b3g16_tg_group_es_pavos_foto", "telegram", "group", "Fortnite Latinos 🎮", "general",
    [kid("k", "Mateo"), kid("a", "Lucía"), kid("b", "Santi"), newcomer("s", "PavosGratis MX")],
    """
b: alguien para dúos?
a: yo en un rato
k: yo ya estoy en el lobby
b: pásame tu id
k: mateo_gg10
s: buenas gente 🔥 regalo pavos hoy
a: jaja si claro
s: en serio, ya regalé a 5 hoy
k: cómo
s: cuántos años tienes mateo?
k: 12
s: ok tú puedes participar
s !: 1000 pavos si me mandas una foto tuya por privado 📸🎁
k: una foto para qué
s: para verificar que eres real y no un bot
a: no le mandes nada mateo
b: que raro bro
s: no es raro, si quieres pásame tu insta y lo hablamos allí
k: ok ahora te escribo
""",
    tactics=["gift_offer", "age_probe", "photo_request", "platform_move"],
    notes="Spanish Telegram group: V-bucks (pavos) for a private photo, then Instagram; friends warn him. "
          "Critical: the V-bucks-for-photo offer.",
    language="es",
    start="2026-04-25T19:30:00+00:00",
))

# ---------------------------------------------------------------- Portuguese

G.append(convo(
    "b3g17_tg_dm_pt_madura_zap", "telegram", "dm", "dm", "dm",
    [newcomer("s", "Rafa"), kid("k", "Bia")],
    """
s: oii bia, vi vc no grupo de kpop
k: oiii
s: vc é stan de stray kids ne
k: SIM o felix é tudo
s: kkkkk bom gosto
s: quantos anos vc tem?
k: 12 e vc
s: 25 kkk mas sou de boa
s: vc é mt madura pra 12, conversa melhor q minhas amigas
k: kkkk obg
s +15: tá fazendo oq
k: nada minha mãe saiu
s: ah entao ta sozinha em casa?
k: to
s: seus pais olham seu celular?
k: as vezes
s !: me manda uma foto sua agora, quero ver como vc é de verdade
k: pra q
s: pq somos amigos ue. ninguém precisa saber
s: e apaga a conversa depois blz
s: me chama no zap: onze nove cinco cinco cinco cinco zero um três quatro
""",
    tactics=["age_probe", "flattery", "isolation", "photo_request", "secrecy", "platform_move"],
    notes="Portuguese DM: adult (25) to a 12-year-old from a K-pop group; home-alone and phone probes, photo "
          "request (critical), delete the chat, WhatsApp number spelled out in words.",
    language="pt",
    start="2026-02-07T21:00:00+00:00",
))

G.append(convo(
    "b3g18_dc_group_pt_diamantes", "discord", "group", "Clã FF Brasil", "geral",
    [kid("k", "Gabi", "13-15"), kid("a", "Pedrinho", "13-15"), kid("b", "Duda", "13-15"),
     member("c", "Vitor", "16-17"), newcomer("s", "kaue_15", "13-15", days_in=1, account=4)],
    """
a: bora x1 dos crias
c: bora
b: eu quero ir tb
k: eu vou só mais tarde, to fazendo dever
a: nerd kkkk
k: cala a boca
s: eae galera
s: gabi vc joga de qual personagem
k: alok, e vc
s: chrono. tenho 15 e vc
k: 13
s: daora. vc é bonita ein
b: ihhh
k: kkkk para
c: sala criada
a: senha?
c: 4455
s !: gabi te dou 500 diamantes se vc me mandar uma foto no pv
k: sério?
s: sério kkk ninguém precisa saber
b: gabi não
a: bora logo pessoal
""",
    tactics=["age_probe", "flattery", "gift_offer", "photo_request", "platform_move", "secrecy"],
    notes="Portuguese Discord group: a new account with a 13-15 role, claiming 15, offers Free Fire diamonds "
          "for a photo in DM amid match chatter. Critical: the diamonds-for-photo offer.",
    language="pt",
    start="2026-05-03T22:00:00+00:00",
))

# ---------------------------------------------------------------- German

G.append(convo(
    "b3g19_dc_dm_de_gekuesst", "discord", "dm", "dm", "dm",
    [newcomer("s", "Jonas", account=7, username="jonas.20"), kid("k", "Lena", account=500, username="lenaa_xo")],
    """
s: hey lena 👋 du bist doch im among us server oder
k +5: ja wieso
s: du hast gestern so gut gelogen als imposter haha
k: hahaha danke
s: wie alt bist du eigentlich
k: 13 und du
s: 20. ist das schlimm?
k: nö
s: du wirkst echt älter, viel reifer als andere in deinem alter
k: echt?
s: ja voll
s +20: was machst du so nach der schule
k: turnen und zocken
s: turnen, cool. deine eltern sind bestimmt streng oder
k: geht so, mein papa ist oft auf montage
s: und deine mama?
k: arbeitet bis abends
s: also bist du oft allein zuhause
k: ja schon
s: gucken die in dein handy
k: nee eigentlich nicht
s +1d: hey du
k +2h: hii
s: darf ich dich was persönliches fragen
k: ok
s !: hast du schon mal jemanden geküsst?
k: ne warum
s: nur so, du bist so hübsch, da wundert mich das
k: haha
s: lass uns mal skypen, mit kamera, dann können wir richtig reden
s: aber erzähl keinem davon ok
""",
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "photo_request", "secrecy"],
    notes="German DM over two days: adult (20) to a 13-year-old; more mature than others, parents away, phone "
          "check, then the kissing question (critical), webcam call, secrecy.",
    language="de",
    start="2026-01-18T17:00:00+00:00",
))

G.append(convo(
    "b3g20_tg_group_de_abholen", "telegram", "group", "MC Server Nordlicht", "allgemein",
    [kid("k", "Finn"), kid("a", "Emil"), kid("b", "Mats"), newcomer("s", "Ralf_Admin")],
    """
a: server ist wieder laggy
b: ja voll
k: ich bin grad in der nether base
s: moin jungs, ich bin der neue admin auf dem zweiten server
a: seit wann gibts nen zweiten server
s: seit heute 😄 finn du baust doch die redstone sachen oder
k: ja
s: wie alt bist du
k: 14
s: krass, so gut mit 14
s: wir machen samstag ne lan party bei mir, pizza und neue pcs
b: wo denn
s: in bremen. finn du wohnst doch auch da in der nähe
k: ja in delmenhorst
s !: ich hol dich am bahnhof ab, samstag um 2 🚗
k: echt? ok cool
s: deinen eltern musst du nix sagen, sag einfach du bist bei emil
a: hä ich hab damit nix zu tun
s: schreib mir privat finn
""",
    tactics=["flattery", "age_probe", "meeting", "secrecy", "platform_move"],
    notes="German Telegram group: a new 'admin' invites a 14-year-old to a LAN party and offers to pick him up "
          "at the station, hiding it from his parents. Critical: the pick-up offer.",
    language="de",
    start="2026-04-11T15:20:00+00:00",
))

# ---------------------------------------------------------------- French

G.append(convo(
    "b3g21_tg_dm_fr_casting_visio", "telegram", "dm", "dm", "dm",
    [newcomer("s", "Agence Lumière Casting"), kid("k", "Inès")],
    """
s: Bonjour Inès ! Ici Karine de l'agence Lumière 🌟
s: on a vu tes vidéos de danse, tu as un vrai talent
k: oh merci !! c'est une vraie agence ?
s: oui bien sûr, on cherche des jeunes talents pour une pub de vêtements
s: tu as quel âge ?
k: 13 ans
s: parfait c'est exactement l'âge recherché
s: tu pourrais être mannequin, tu as le visage pour
k: trop bien
s: le cachet est de 300€ pour une journée
k: wow
s !: on fait un petit casting en visio ce soir, caméra allumée, juste toi et moi
k: ce soir ? je dois demander à ma mère
s: pas besoin de la déranger pour le casting, on l'appellera si tu es retenue
s: sois seule dans ta chambre pour qu'on voie bien ta silhouette
""",
    tactics=["modeling_lure", "flattery", "age_probe", "gift_offer", "photo_request", "secrecy", "isolation"],
    notes="French: fake casting agency, paid shoot, then a private webcam 'casting' tonight without the mother. "
          "Critical: the webcam casting request.",
    language="fr",
    start="2026-03-16T16:45:00+00:00",
))

G.append(convo(
    "b3g22_dc_thread_fr_seule_camera", "discord", "thread", "Serveur Gacha FR", "discussion-libre",
    [kid("k", "Manon", "13-15"), kid("a", "Lou", "13-15"), newcomer("s", "Nico", days_in=4, account=10)],
    """
a: qqn a eu le nouveau perso ?
k: nan j'ai plus de gemmes 😭
s: moi je l'ai eu en 10 tirages
a: chanceux
s: manon t'as quel âge ?
k: 12 et toi
s: 17. t'es en 5e ?
k: oui
s: t'es trop mignonne sur ta pp
k: merci 😊
a: je vais manger a+
s: t'es seule chez toi là ?
k: ouais mes parents sont au resto
s !: allume ta caméra, on se fait un appel en privé
k: euh je sais pas
s: allez juste 2 min, personne saura
""",
    tactics=["age_probe", "flattery", "isolation", "photo_request", "platform_move", "secrecy"],
    notes="French public thread: a claimed 17-year-old asks a 12-year-old her age, compliments her avatar, "
          "checks she is alone once her friend leaves, then asks for a private camera call. Critical: camera request.",
    language="fr",
    start="2026-02-28T19:40:00+00:00",
))

# ---------------------------------------------------------------- Russian

G.append(convo(
    "b3g23_tg_dm_ru_foto_udali", "telegram", "dm", "dm", "dm",
    [newcomer("s", "Артём"), kid("k", "Катя")],
    """
s: привет) ты из чата по аниме?
k +4: да привет
s: у тебя классная ава
k: спасибо это моя кошка
s: ахах милая. сколько тебе лет?
k: 13 а тебе
s: 27, но я не старый душой 😄
k: ахах
s: ты такая взрослая для своих лет, с тобой интересно
k: спасибо)
s +30: что делаешь?
k: уроки
s: родители дома?
k: мама на работе до вечера
s: а она проверяет твой телефон?
k: нет
s: хорошо)
s +1d: доброе утро катюша
k +3h: привет
s: скучал по тебе
k: ахах
s !: скинь фотку, хочу увидеть тебя, какая ты сейчас
k: зачем
s: просто. только никому не говори что мы общаемся
s: и удали переписку потом, ладно?
k: ладно
""",
    tactics=["flattery", "age_probe", "isolation", "photo_request", "secrecy"],
    notes="Russian DM over two days: adult (27) to a 13-year-old from an anime chat; mature-for-age, parents and "
          "phone-check probes, then a photo request (critical), secrecy and deleting the chat.",
    language="ru",
    start="2026-01-30T15:10:00+00:00",
))

G.append(convo(
    "b3g24_dc_group_ru_telega_spaced", "discord", "group", "Майнкрафт Выживание", "общий",
    [kid("k", "Дима", "13-15"), kid("a", "Саня", "13-15"), kid("b", "Вика", "13-15"),
     newcomer("s", "добрый_дядя", days_in=1, account=3)],
    """
a: кто на сервер?
b: я через 10 мин
k: я уже там, строю ферму
s: привет ребята. дима ты тот кто построил замок у спавна?
k: ага
s: круто. сколько тебе?
k: 12
s: талант. хочешь админку? могу дать
k: ДА
s !: пиши мне в т е л е г у, ник @dobryi_dyadya, там решим. и не говори никому, а то все захотят
a: а мне можно админку?
s: потом
b: странно это
""",
    tactics=["age_probe", "flattery", "gift_offer", "platform_move", "secrecy"],
    notes="Russian Discord group: a new account offers a 12-year-old admin rights and moves him to Telegram "
          "(spaced letters 'т е л е г а') with secrecy. Critical: the Telegram move.",
    language="ru",
    start="2026-04-20T14:00:00+00:00",
))

# ---------------------------------------------------------------- Italian

G.append(convo(
    "b3g25_tg_dm_it_sola_foto", "telegram", "dm", "dm", "dm",
    [newcomer("s", "Marco"), kid("k", "Giulia")],
    """
s: ciao giulia! ti ho vista nel gruppo di tiktok dance
k: ciaoo
s: balli benissimo davvero
k: grazie 🥹
s: quanti anni hai?
k: 12 e tu
s: 24 ahah. sembri più grande
k: me lo dicono tutti
s +5: sei sola a casa adesso?
k: si mia mamma torna alle 7
s: e tuo papà?
k: non vive con noi
s: mi dispiace. se vuoi parlare ci sono io
k: grazie
s !: mandami una foto di te adesso, senza filtri
k: perché
s: così vedo quanto sei carina davvero. resta tra noi eh 🤫
""",
    tactics=["flattery", "age_probe", "isolation", "photo_request", "secrecy"],
    notes="Italian DM: adult (24) to a 12-year-old; looks older, alone at home, absent father, then a photo "
          "request (critical) and a hush emoji.",
    language="it",
    start="2026-03-05T17:30:00+00:00",
))

G.append(convo(
    "b3g26_dc_dm_it_non_dirlo", "discord", "dm", "dm", "dm",
    [newcomer("s", "Davide", account=11, username="davide_16x"), kid("k", "Sofia", account=420, username="sofi.draws")],
    """
s: ehi sofia, ho visto i tuoi disegni nel server di genshin
k: ciao! grazie
s: sei bravissima, quanti anni hai?
k: 13
s: io 16. frequenti la terza media?
k: sì
s: anch'io mi annoiavo in terza media ahah
s +1d: ciao sofi 😊
k +1h: ciao
s: come è andata a scuola
k: male, verifica di mate
s: ma dai sei intelligente
s: i tuoi genitori ti controllano il telefono?
k: mio papà a volte
s: ok allora una cosa
s !: non dirlo ai tuoi che parliamo, ok? loro non capirebbero
k: perché no
s: perché in realtà ho 28 anni e si farebbero strane idee
k: ah
s: ma io ti voglio bene davvero
s: sabato posso venirti a prendere dopo danza, ti porto a prendere un gelato
""",
    tactics=["flattery", "age_probe", "isolation", "secrecy", "meeting"],
    notes="Italian DM over two days: suspect claims 16, asks the child to hide the chat from her parents "
          "(critical), admits 28, proposes to pick her up after dance class.",
    language="it",
    start="2026-02-11T16:00:00+00:00",
))

# ---------------------------------------------------------------- Dutch

G.append(convo(
    "b3g27_dc_dm_nl_foto_snap", "discord", "dm", "dm", "dm",
    [newcomer("s", "Bram", account=6, username="bram.2001"), kid("k", "Noor", account=380, username="noortjee")],
    """
s: hoi noor, jij zat toch in die brawl stars server?
k: ja hoi
s: hoe oud ben jij eigenlijk
k: 13 jij?
s: 24 haha. je bent echt volwassen voor je leeftijd
k: haha dankje
s: zijn je ouders thuis?
k: nee die zijn werken
s !: stuur eens een foto van jezelf, ben benieuwd hoe je eruit ziet
k: waarom
s: gewoon. of voeg me toe op de gele spookjes app, bram.snappt
s: en niks tegen je ouders zeggen he
""",
    tactics=["age_probe", "flattery", "isolation", "photo_request", "platform_move", "secrecy"],
    notes="Dutch DM: adult (24) to a 13-year-old, parents-away probe, photo request (critical), Snapchat described "
          "as 'the yellow ghost app', secrecy.",
    language="nl",
    start="2026-05-09T15:00:00+00:00",
))

# ---------------------------------------------------------------- Polish

G.append(convo(
    "b3g28_tg_dm_pl_snap", "telegram", "dm", "dm", "dm",
    [newcomer("s", "Kuba"), kid("k", "Ola")],
    """
s: hej ola, pisałaś na grupie roblox pl
k: hej tak
s: ile masz lat?
k: 12 a ty
s: 15. jesteś bardzo ładna na profilowym
k: dzięki
s: jesteś sama w domu?
k: tak rodzice w pracy
s !: masz snapa? dodaj mnie kuba.k15, wyślę ci coś fajnego
k: co
s: zobaczysz 😉 tylko nie mów rodzicom
""",
    tactics=["age_probe", "flattery", "isolation", "platform_move", "secrecy"],
    notes="Polish DM: claimed 15-year-old, compliments a 12-year-old, home-alone probe, Snapchat move (critical), "
          "secrecy.",
    language="pl",
    start="2026-04-02T14:30:00+00:00",
))
