"""Batch 4: benign hard negatives in es, pt, de, fr, ru, it, nl."""

from common import adult, benign, kid

BENIGN_INTL = []

# ---------------------------------------------------------------- Spanish
BENIGN_INTL.append(benign(
    "b4b26_tg_dm_es_adultos_cafe", "telegram", "dm", "", "",
    [adult("a", "Lucía"), adult("b", "Javi")],
    """
    a: hola javi! soy lucía, la del curso de cerámica
    b +20: holaa! qué tal, el jarrón te quedó genial
    a: jaja gracias, el tuyo también. oye cuántos años tienes? el profe dijo que eras el más veterano jaja
    b +3: 39 jaja, qué cruel. y tú?
    a: 34
    b: de dónde eres? tu acento no es de aquí
    a +2: de rosario, argentina. llevo 5 años en sevilla
    b: qué bien. te apetece un café el sábado antes de clase?
    a +1: vale! te paso mi número: 555 21 43 07
    b: guardado. mándame una foto de tu gato que dijiste que era enorme
    a +3: (foto) se llama tango
    b: jajaja es un tigre
    """,
    tactics=["edad entre adultos", "de dónde eres", "café", "número de teléfono", "foto de mascota"],
    notes="dos adultos de un curso de cerámica: edad 39/34, origen, café, número 555, foto del gato",
    language="es",
    start="2026-03-21T19:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b27_tg_group_es_familia_recoger", "telegram", "group", "Familia García", "",
    [adult("m", "Mamá"), adult("p", "Papá"), kid("h", "Pablo"), adult("t", "Tía Carmen")],
    """
    m: pablo, papá te recoge a las 6 en la puerta del colegio
    h +10: vale
    p: no te vayas con nadie más eh
    h: q síii
    t +5: y no le digáis nada a la abuela de la fiesta sorpresa del domingo 🤫
    m: secreto total
    p +60: pablo estás solo en casa? llego tarde
    h +3: si, mamá está en el súper
    p: cierra con llave y mándame una foto de los deberes cuando acabes
    h +20: (foto)
    """,
    tactics=["recoger", "secreto", "solo en casa", "foto de los deberes"],
    notes="grupo familiar: recogida del colegio, fiesta sorpresa, solo en casa, foto de deberes",
    language="es",
    start="2026-04-08T13:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b28_dc_thread_es_clase_senales", "discord", "thread", "Clase 2ºB Tutoría", "actividad-seguridad",
    [adult("t", "Profe Marta", "Profesora"), kid("a", "irene", "Alumno"), kid("b", "hugo", "Alumno"),
     kid("c", "nerea", "Alumno")],
    """
    t: Actividad: leed este mensaje inventado y decid qué señales de alarma veis:
    t: "eres muy madura para tu edad. ¿estás sola? mándame una foto y no se lo digas a tus padres, te regalo pavos"
    a +3: "estás sola" es para saber si no hay adultos
    b +1: pedir foto a cambio de pavos es un soborno
    c +2: "no se lo digas a tus padres" = secreto, señal roja
    t: ¡muy bien! ¿y qué haríais?
    a: bloquear y contárselo a un adulto
    t: perfecto. mandadme foto de la ficha rellena antes del viernes
    """,
    tactics=["diálogo de grooming citado", "ejercicio de clase", "foto de la ficha"],
    notes="clase de tutoría cita un mensaje de grooming; alumnos identifican señales",
    language="es",
    start="2026-02-10T09:30:00+00:00",
))

# ---------------------------------------------------------------- Portuguese
BENIGN_INTL.append(benign(
    "b4b29_tg_dm_pt_adultos_pets", "telegram", "dm", "", "",
    [adult("a", "Carla"), adult("b", "Bruno")],
    """
    a: oi bruno! aqui é a carla do grupo de adoção de cães
    b +15: oi carla! tudo bem? como está a mel?
    a: ótima! manda foto do thor, to com saudade dele
    b +2: (foto)
    a: que lindo 😍
    b: posso perguntar quantos anos vc tem? vc disse q adota há 20 anos kkk
    a +3: 45 kkk. e vc?
    b: 38. vc mora em qual bairro?
    a: vila madalena
    b: pertinho! vamos tomar um café e levar os cachorros no parque sábado?
    a +1: bora! meu zap é (11) 5555-0192
    """,
    tactics=["idade entre adultos", "foto de pet", "bairro", "café", "número"],
    notes="adultos de um grupo de adoção: idades 45/38, bairro, café, número fictício",
    language="pt",
    start="2026-05-03T10:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b30_dc_group_pt_amigos_foto_dever", "discord", "group", "Turma 7ºA", "geral",
    [kid("a", "gabi", "13-15"), kid("b", "davi", "13-15"), kid("c", "lu.costa", "13-15"), kid("d", "mateus", "13-15")],
    """
    a: alguém manda foto do dever de história?? esqueci o caderno
    b +2: (foto) toma
    a: valeuuu
    c +3: sábado é meu aniversário, faço 13!! vcs vão?
    d: claro
    b: qual o endereço?
    c: mando no grupo do zap da turma
    a: me adiciona no insta gabi.ss
    d +1: segui
    c: e ninguém conta pra minha irmã q é festa do pijama, é segredo dela tbm kkk
    """,
    tactics=["foto do dever", "aniversário idade", "endereço", "troca de insta entre amigos", "segredo"],
    notes="turma de 7º ano: foto do dever, festa de 13 anos, insta entre colegas",
    language="pt",
    start="2026-03-13T18:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b31_tg_group_pt_aviso_seguranca", "telegram", "group", "Clube de Xadrez Juvenil", "",
    [adult("m", "Prof. Sérgio (admin)"), adult("n", "Ana (admin)"), kid("a", "Pedro"), kid("b", "Bia")],
    """
    m: ⚠️ aviso de segurança: nunca mandem fotos pra quem vcs não conhecem. se alguém pedir "manda uma foto", "vc tá sozinho?", "me chama no whats" ou "não conta pros seus pais", avisem um adulto
    n +2: e se alguém oferecer robux ou dinheiro em troca de foto, printem e mandem pra gente
    a +10: e se for um amigo da escola?
    m: se vc conhece pessoalmente tudo bem!
    b +3: ok prof
    n: torneio sábado às 9h, os pais buscam às 13h
    """,
    tactics=["tática citada", "aviso de segurança", "busca pelos pais"],
    notes="admins de um clube de xadrez juvenil citam frases de grooming num aviso",
    language="pt",
    start="2026-02-22T12:00:00+00:00",
))

# ---------------------------------------------------------------- German
BENIGN_INTL.append(benign(
    "b4b32_tg_dm_de_tandem_kaffee", "telegram", "dm", "", "",
    [adult("a", "Jana"), adult("b", "Marco")],
    """
    a: hi marco, ich bin jana vom lauftreff 🏃‍♀️
    b +30: hey jana! schön, dass du schreibst
    a: darf ich fragen wie alt du bist? du läufst wie ein 20-jähriger lol
    b +2: haha danke, 43. und du?
    a: 39. wo wohnst du eigentlich?
    b: in der südstadt, nähe bahnhof
    a: ich auch! sollen wir nach dem lauf am sonntag einen kaffee trinken?
    b +3: gern. meine nummer: 0151 5550 2231
    a: gespeichert. schick mal ein foto von deinem hund, du hast so von ihm geschwärmt
    b +1: (foto) das ist bruno
    a: zuckersüß
    """,
    tactics=["Alter unter Erwachsenen", "wo wohnst du", "Kaffee", "Nummer", "Hundefoto"],
    notes="zwei Erwachsene vom Lauftreff (43/39): Alter, Wohnort, Kaffee, Nummer, Hundefoto",
    language="de",
    start="2026-04-26T18:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b33_tg_group_de_eltern_abholen", "telegram", "group", "Familie Schneider", "",
    [adult("m", "Mama"), adult("p", "Papa"), kid("k", "Lukas"), adult("o", "Oma Gerda")],
    """
    m: lukas, papa holt dich heute nach dem training ab, 17 uhr am haupteingang
    k +5: ok
    p: steig bei niemand anderem ins auto
    k: jaaa
    o +20: soll ich am samstag den kuchen mitbringen?
    m: ja! aber psst, nicht dem opa verraten, das ist die überraschung 🤫
    p +90: bist du allein zuhause? ich steh im stau
    k +2: ja mama ist noch einkaufen
    p: tür abschließen und schick mir ein foto von den hausaufgaben
    """,
    tactics=["abholen", "Geheimnis", "allein zuhause", "Foto der Hausaufgaben"],
    notes="Familiengruppe: Abholung, Überraschung für Opa, allein zuhause, Hausaufgabenfoto",
    language="de",
    start="2026-03-18T12:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b34_dc_thread_de_unterricht", "discord", "thread", "Klasse 7c Medienkunde", "übung-warnsignale",
    [adult("t", "Hr. Becker", "Lehrer"), kid("a", "emma.s", "Schüler"), kid("b", "jonas", "Schüler"),
     kid("c", "aylin", "Schüler")],
    """
    t: Übung: Welche Warnsignale findet ihr in diesem ausgedachten Chat?
    t: „Du bist so reif für dein Alter. Bist du allein? Schick mir ein Bild und sag deinen Eltern nichts, ich schenk dir V-Bucks.“
    a +4: „bist du allein“ – er will wissen ob keine erwachsenen da sind
    b +1: bild gegen vbucks ist bestechung
    c +2: „sag deinen eltern nichts“ = geheimhaltung
    t: Super! Und was tut ihr dann?
    a: blockieren, screenshot, eltern sagen
    t: Genau. Schickt mir bis Freitag ein Foto vom ausgefüllten Arbeitsblatt.
    """,
    tactics=["zitierter Grooming-Dialog", "Unterrichtsübung", "Foto vom Arbeitsblatt"],
    notes="Lehrer zitiert im Klassen-Thread einen Grooming-Chat; Schüler finden Warnsignale",
    language="de",
    start="2026-01-14T08:30:00+00:00",
))

# ---------------------------------------------------------------- French
BENIGN_INTL.append(benign(
    "b4b35_dc_dm_fr_adultes_verre", "discord", "dm", "", "",
    [adult("a", "clemence_l", account=2000), adult("b", "yanis.dj", account=1800)],
    """
    a: coucou yanis, c'est clémence du serveur jazz manouche
    b +10: salut ! ravi que tu m'écrives
    a: t'as quel âge au fait ? tu connais tous les vieux standards
    b +2: 35 haha. et toi ?
    a: 33. tu vis où ?
    b: lyon, croix-rousse. et toi ?
    a: villeurbanne ! on prend un verre jeudi avant la jam ?
    b +3: avec plaisir. tu portes quoi, que je te reconnaisse ?
    a: une veste jaune, impossible à rater
    b: top. mon numéro : 06 55 55 01 23
    a: noté 😊
    """,
    tactics=["âge entre adultes", "tu vis où", "rendez-vous", "tu portes quoi", "numéro"],
    notes="deux adultes (35/33) d'un serveur de jazz : âge, quartier, verre, 'tu portes quoi' pour se reconnaître",
    language="fr",
    start="2026-05-27T18:30:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b36_tg_dm_fr_ados_snap", "telegram", "dm", "", "",
    [kid("a", "Louna"), kid("b", "Chloé B")],
    """
    a: chloé t'as pris les notes en svt ?
    b +5: ouii attends je t'envoie une photo
    b +1: (photo)
    a: merci t'es la meilleure
    b: tu viens à mon anniv samedi ? je vais avoir 14 ans
    a: trop !! t'habites où déjà ?
    b +2: je t'envoie l'adresse sur snap, ajoute moi : chloe.bxx
    a: ajoutée
    b: et chut, c'est une surprise pour ma sœur aussi qu'on fait la soirée pyjama
    """,
    tactics=["photo des notes", "âge d'anniversaire", "adresse", "échange de snap entre amies", "secret"],
    notes="deux copines de classe : photo des notes, anniversaire 14 ans, snap",
    language="fr",
    start="2026-03-04T18:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b37_dc_group_fr_consignes_modos", "discord", "group", "Minecraft Kids FR", "annonces",
    [adult("m", "Modo_Julien", "Modérateur", "Adulte"), kid("a", "enzo", "Moins de 18"), kid("b", "lina", "Moins de 18")],
    """
    m: 📢 Rappel sécurité : personne ne doit vous demander « t'as quel âge », « t'es seul ? », « envoie une photo », « active ta cam » ou « ajoute-moi sur snap ». Si ça arrive, capture d'écran et ticket.
    m: Et si quelqu'un vous propose des minecoins contre une photo, c'est un piège.
    a +5: et si c'est mon cousin ?
    m: si tu le connais en vrai, pas de souci 🙂
    b +2: merci pour le rappel
    """,
    tactics=["tactique citée", "consignes de sécurité", "annonce de modérateur"],
    notes="modérateur cite des phrases de grooming dans un rappel",
    language="fr",
    start="2026-02-12T17:00:00+00:00",
))

# ---------------------------------------------------------------- Russian
BENIGN_INTL.append(benign(
    "b4b38_tg_dm_ru_vzroslye_kofe", "telegram", "dm", "", "",
    [adult("a", "Ольга"), adult("b", "Дмитрий")],
    """
    a: здравствуйте, дмитрий! это ольга из клуба книголюбов
    b +20: добрый вечер, ольга! рад, что написали
    a: можно спросить, сколько вам лет? вы так много читали
    b +3: 47) а вам?
    a: 44. вы где живёте?
    b: на васильевском
    a: я тоже! давайте выпьем кофе в субботу и обсудим книгу
    b +2: с удовольствием. мой номер: +7 555 010 44 21
    a: записала. пришлите фото вашей кошки, вы так о ней рассказывали
    b +1: (фото) это муся
    """,
    tactics=["возраст между взрослыми", "где живёте", "кофе", "номер телефона", "фото кошки"],
    notes="двое взрослых из книжного клуба (47/44): возраст, район, кофе, номер, фото кошки",
    language="ru",
    start="2026-04-15T19:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b39_tg_group_ru_roditeli_zabrat", "telegram", "group", "Семья Ивановых", "",
    [adult("m", "Мама"), adult("p", "Папа"), kid("k", "Миша"), adult("b", "Бабушка")],
    """
    m: миша, папа заберёт тебя после тренировки в 18:00
    k +5: ок
    p: ни с кем другим не уходи
    k: ладно
    m +30: только бабушке про торт не говори, это сюрприз 🤫
    b +10: какой торт?
    m: ой 😂 не тот чат
    p +60: миша, ты дома один? я в пробке
    k +2: да
    p: закрой дверь и скинь фото домашки
    """,
    tactics=["забрать после тренировки", "секрет", "дома один", "фото домашки"],
    notes="семейный чат: папа забирает, сюрприз для бабушки, дома один, фото домашки",
    language="ru",
    start="2026-03-26T12:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b40_dc_thread_ru_urok", "discord", "thread", "7Б Классный час", "упражнение-красные-флаги",
    [adult("t", "Анна Сергеевна", "Учитель"), kid("a", "вова", "Ученик"), kid("b", "соня", "Ученик"),
     kid("c", "артур", "Ученик")],
    """
    t: Задание: найдите тревожные сигналы в придуманной переписке:
    t: «ты такая взрослая для своих лет. ты одна дома? скинь фото и никому не говори, я подарю тебе робуксы»
    a +3: «ты одна дома» — проверяет, нет ли взрослых
    b +1: фото за робуксы — это подкуп
    c +2: «никому не говори» — секретность
    t: молодцы! что делать в такой ситуации?
    b: заблокировать и рассказать родителям
    t: отлично. пришлите фото заполненного листа до пятницы
    """,
    tactics=["цитата груминга", "классное упражнение", "фото листа"],
    notes="учитель цитирует пример груминга; ученики находят сигналы",
    language="ru",
    start="2026-02-18T09:00:00+00:00",
))

# ---------------------------------------------------------------- Italian, Dutch
BENIGN_INTL.append(benign(
    "b4b41_tg_dm_it_adulti_aperitivo", "telegram", "dm", "", "",
    [adult("a", "Francesca"), adult("b", "Matteo")],
    """
    a: ciao matteo, sono francesca del coro 🎶
    b +15: ciao! che bello sentirti
    a: posso chiederti quanti anni hai? conosci tutti i pezzi degli anni 70
    b +2: 46 ahah. tu?
    a: 41. dove abiti?
    b: zona navigli
    a: anch'io! aperitivo venerdì dopo le prove?
    b +3: volentieri. il mio numero è 333 555 0172
    a: salvato. mandami una foto del tuo cane, sono curiosa
    b +1: (foto) si chiama pepe
    """,
    tactics=["età tra adulti", "dove abiti", "aperitivo", "numero", "foto del cane"],
    notes="due adulti del coro (46/41): età, zona, aperitivo, numero, foto del cane",
    language="it",
    start="2026-05-08T20:00:00+00:00",
))

BENIGN_INTL.append(benign(
    "b4b42_tg_group_nl_ouders_ophalen", "telegram", "group", "Groep 8 Ouders", "",
    [adult("a", "Inge (moeder van Daan)"), adult("b", "Ruud (vader van Sara)"), adult("c", "Fatima (moeder van Noor)")],
    """
    a: hoi allemaal! daan wordt 12 volgende week, feestje bij ons. stuur me jullie adres voor de uitnodiging
    b +15: leuk! sara komt graag. wie haalt de kinderen op na afloop?
    c +10: ik kan om 17:00 ophalen, er passen 4 kinderen in de auto
    a: top fatima! en niets tegen daan zeggen, het is een verrassing 🤫
    b: ik stuur een foto van de kinderen als ze er zijn
    c: 👍
    """,
    tactics=["adres voor uitnodiging", "ophalen", "geheim", "foto van de kinderen", "leeftijd"],
    notes="ouders regelen een verrassingsfeest: adres, ophalen, geheim",
    language="nl",
    start="2026-06-01T19:30:00+00:00",
))
