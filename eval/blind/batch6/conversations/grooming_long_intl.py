"""Batch 6c grooming: long non-English chats (ru, es, de); the critical move comes after 30+ lines."""

from __future__ import annotations

from common import G, kid, member, newcomer

CONVS = []

# ---------------------------------------------------------------- G04 (ru)
CONVS.append(G(
    "g6c04_tg_group_ru_brawl_lichka", "telegram", "group", "Brawl Stars | клуб ВолкиБС", "",
    [newcomer("s", "Дэн", days_in=18, account=40),
     kid("k", "Катя 🐾"), kid("a", "Тимур"), kid("b", "Саня_BS"), kid("c", "Полина"),
     member("m", "Глеб (клуб)")],
    """
m: всем привет, клубная лига в среду, кто не играет - кик 😤
a +3: я играю
b: я тоже
c: а во сколько
m: в 18:00 по мск
k +5: я буду, только после музыкалки
s +10: всем ку. я новенький, 34к кубков, мейн бибика
b: ого норм
a: а чё в наш клуб то
s: да мой старый клуб развалился, все бросили
m: ок, лигу не сливай и всё норм
s: не сольём 💪
c +30: кто апнул эдгара на 30 ранг??
a: я вчера. еле
s: эдгара проще всего на мапе с кустами апать, в шд с тимой
c: спс попробую
k +8: а кто мне поможет на шелли?? я застряла на 20
s: катя давай я помогу, у меня шелли 35
k: ааа го, мой тег #9YRL0Q2
s: кинул заявку
k: приняла
s: го
k +40: ЕЕЕ 25 ранг!!!
s: красава, ты реально хорошо играешь
a: катя тащит
k: спасибо дэн ❤️
b +2h: кто в дуо?
s: я могу
b: го
s +1d: всем доброе утро, кто уже в школе сидит в телефоне 😂
a: я 😂
c: у нас физра, я в раздевалке
k +20: я на перемене
s: катя ты в каком классе?
k: в 6
s: ого, а играешь лучше некоторых взрослых
k: хаха
s: сколько тебе, 12?
k +3: да, в мае 13
m: так, без флуда в утро, лига в среду не забываем
s: 👍
s +6h: катя, ты сегодня будешь играть?
k +30: после домашки
s: родители не ругаются что много играешь?
k: мама на работе до вечера, папа с нами не живёт
s: понятно. ну ты если что пиши, я всегда онлайн
k: ок
s: у меня кстати скоро акция с гемами, могу тебе закинуть немного на бравл пасс
k: правда??
s: ну да, мне не жалко, ты же в клубе лучшая
c: а мне?)))
s: полина, тебе тоже, если в лиге выиграем 😁
c: ура
s +2 !: кать, напиши мне в личку, там скажу как гемы получить, тут не надо, а то все попросят
k +4: ок щас
a: дэн а мне тоже гемы
s: потом, тимур
m: дэн, у нас в клубе правило: никаких раздач и личек с мелкими. все вопросы в общем чате
s: да я просто помочь хотел
k: я уже написала ему
m: катя, если что-то странное пишет, скажи мне или маме
k: ок
""",
    suspects=["s"], targets=["k"], long=True, language="ru",
    tactics=["befriending", "flattery", "age_probe", "isolation", "gift_offer", "platform_move", "secrecy"],
    notes="Newcomer joins a kids' Brawl Stars club group, helps everyone, singles out a 12-year-old; "
          "age and 'mum at work' probes, an unconditional gem offer, then 'write me in private, not here'. "
          "The club leader intervenes.",
    start="2026-02-14T14:00:00+00:00",
))

# ---------------------------------------------------------------- G07 (es)
CONVS.append(G(
    "g6c07_dc_dm_es_pavos_foto", "discord", "dm", "Direct Messages", "nico_fn",
    [newcomer("s", "nico", account=30, username="nico_fn21"),
     kid("k", "Lu ✨", account=500, username="lucia_v.12")],
    """
s: holaa, eres la de la partida de ayer en creativo no? la del skin de aura
k +15: siii jaja
s: jugaste muy bien, me salvaste en la última zona
k: jajaja de nada
s: jugamos otra vez esta noche?
k: vale
s: de dónde eres? por el acento en el chat de voz parecías de españa
k +3: de valencia
s: anda! yo de madrid
k: guay
s: cuántos años tienes? te lo pregunto porque hablas muy bien pa ser tan peque jaja
k +2: 12 y tú?
s: 21, pero juego como si tuviera 12 jajaja
k: jajajaja
s: qué haces después del cole normalmente
k: deberes y fortnite
s: el combo perfecto
s: tus padres te dejan jugar mucho?
k +4: entre semana una hora, pero mi madre trabaja hasta tarde asi que...
s: jajaja entiendo, nadie controla
k: shhh 🤫
s: tranqui que no digo nada
s +1d: buenas luu
k +3h: holaa
s: qué tal el cole
k: bien, hoy había examen de inglés
s: y qué tal te salió
k: creo que bien
s: seguro que sacas un 10, se nota que eres lista
k: ojalá jajaja
s: oye el fin de semana hay torneo de duos, te animas conmigo?
k: siiii
s +1d: ganamos 3 partidas seguidas ayer, somos máquinas
k +1h: SOMOS LAS MEJORES
s: jajaja los mejores
k: bueno eso
s: tienes muchas amigas en el cole?
k +2: algunas, pero mi mejor amiga está en otra clase este año
s: ufff eso es un rollo
s: bueno ya me tienes a mí para hablar
k: jaja vale
s: a ver si te compras la skin nueva de la tienda, te pega
k: no tengo pavos 😭 mi madre no me compra
s: uff qué pena
s: yo tengo un montón, me sobran
k: que suerte
s +3 !: mira, te paso 1000 pavos si me mandas una foto tuya, solo una 😇
k +6: una foto de qué
s: tuya, para ver cómo eres, que siempre hablamos y no te conozco la cara
s: una donde salgas guapa
k: y para qué la quieres
s: para nada, curiosidad. y te llevas los pavos
k +5: no sé, mi madre dice que no mande fotos
s: tu madre no se va a enterar, borras la conversación y ya
k: mmm
s: 1000 pavos eh, es la skin y el pase
k +10: me lo pienso
""",
    suspects=["s"], targets=["k"], long=True, language="es",
    tactics=["befriending", "age_probe", "flattery", "isolation", "gift_offer", "photo_request", "secrecy"],
    notes="Fortnite duo partner (says 21) builds rapport over days with a 12-year-old; 'mum works late', "
          "'you have me to talk to'; first unambiguous move: 1000 V-bucks for one photo.",
    start="2026-01-25T17:30:00+00:00",
))

# ---------------------------------------------------------------- G08 (de)
CONVS.append(G(
    "g6c08_tg_personal_de_bett_kamera", "telegram", "dm", "", "",
    [newcomer("s", "Tom", account=45), kid("k", "lena 🌻")],
    """
s: hey, du warst doch in der gruppe mit den pferde-edits oder?
k +20: ja
s: deine videos sind echt schön geworden
k: danke 😊
s: reitest du selbst?
k: ja seit 3 jahren, auf nem schulpferd
s: cool, wie heißt es
k: Fidelio
s: schöner name
s: wie alt bist du wenn ich fragen darf
k +2: 13 und du?
s: 34 😅 ich hoffe das ist nicht komisch
k: nee passt
s: ich hatte früher auch pferde, auf dem hof von meinen großeltern
k: wie cool!
s: woher kommst du ungefähr
k: aus der nähe von kassel
s: ah, ich bin aus göttingen, gar nicht so weit
k: lol ja
s +3h: was machst du so heute noch
k +15: hausaufgaben und dann chillen
s: deine eltern auch zuhause?
k: mama ist bei der arbeit, papa kommt später
s: ah ok, also hast du sturmfrei 😄
k: haha so halb
s: du wirkst echt reifer als 13 übrigens
k: echt? 😅
s: ja, man kann sich richtig gut mit dir unterhalten
k: danke
s +1d: guten morgen lena ☀️
k +2h: morgen
s: gut geschlafen?
k: nee zu wenig, hatte mathe test
s: oh je wie lief er
k: geht so
s: bestimmt besser als du denkst
s: hast du viele freundinnen im stall?
k: zwei, aber die sind älter und reden nur über jungs 🙄
s: haha typisch
s: und du, gibt es einen jungen der dir gefällt?
k +5: nee nicht wirklich
s !: hast du schon mal einen jungen geküsst?
k +6: ??? nein
s: echt nicht? so ein hübsches mädchen wie du
k: keine ahnung
s +3h: bist du schon im bett?
k +20: ja
s: was hast du an?
k +4: schlafanzug warum
s: nur so 😊
s: mach doch mal kurz die kamera an, ich will dich mal sehen
k +5: ne lieber nicht
s: ist doch nichts dabei, nur ganz kurz
s: deine mama muss das ja nicht wissen
k +10: ich muss jetzt schlafen
""",
    suspects=["s"], targets=["k"], long=True, language="de",
    tactics=["befriending", "age_probe", "personal_info", "isolation", "flattery", "sexual_talk",
             "photo_request", "secrecy"],
    notes="Decoy-style personal chat; adult says 34, child 13; area and 'sturmfrei' probes, 'reifer als "
          "13'; the 'gibt es einen Jungen' lead-in is soft; first unambiguous move: 'hast du schon mal "
          "einen jungen geküsst?', then bed, clothes, camera.",
    start="2026-02-08T15:10:00+00:00",
))
