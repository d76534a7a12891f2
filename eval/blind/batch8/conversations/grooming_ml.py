"""Batch 8c grooming conversations in es, pt, de, fr, ru, it, pl."""

from common import convo, kid, member, newcomer

G = []

# ============================================================================ Spanish
# es1: fake 14-year-old from a Fortnite server (Rioplatense voseo), Instagram written as "1nst4".
G.append(convo(
    "b8c_g16_es_dc_dm_fortnite_insta", "discord", "dm", "Direct Messages", "santi_fn",
    [newcomer("s", "santi_fn", account=7, username="santi.fn14"),
     kid("k", "vale", account=360, username="valeee_uwu")],
    """
s: holaa sos la q jugo conmigo en la partida de escuadrones ayer no?
k +12: siii jaja
k: la q me revivió 3 veces sos vos
s: jajaja si. sos buena eh
k: nah soy malísima
s: mentira, la última zona la ganamos por vos
k: jajaja bueno capaz
s: de dónde sos?
k: de rosario y vos
s: bs as. zona oeste
s: cuántos años tenés
k: 12 y vos
s: 14. igual no parecés de 12 eh, hablás re bien
k: jaja gracias
s: jugás todos los días?
k: casi, cuando termino la tarea
s: yo igual. mi vieja me jode con la tarea jaja
k: la mía tmb
s +1d: holaa
k +2h: hola!!
s: hoy jugamos?
k: no puedo, estoy castigada hasta el viernes
s: uhh q hiciste
k: le contesté mal a mi mamá
s: jaja clásico. los viejos no entienden nada
k: posta
s: che acá en discord no me llegan las notis
s !: tenés 1nst4? pasamelo así hablamos por ahí q es más fácil
k: sí pero es privada
s: no importa, me aceptás y listo. el mío es santi.fn.14
k: ok ahí te sigo
s: dale. y mandame una foto tuya así sé q sos vos de verdad jaja
k: jajaja q
s: en serio, hay mucho fake
""",
    tactics=["flattery", "age_probe", "personal_info", "platform_move", "photo_request"],
    language="es",
    notes="Supuesto chico de 14 de una partida de Fortnite; edad y ciudad, 'no parecés de 12', 'los viejos no "
          "entienden nada'; critical: 'tenés 1nst4? pasamelo', luego una foto 'para saber que sos vos'.",
    start="2026-04-25T20:00:00+00:00",
))

# es2: Free Fire group: diamonds for a video call, after moving the boy to private.
G.append(convo(
    "b8c_g17_es_tg_group_freefire_diamantes", "telegram", "group", "Free Fire MX 🔥 Clanes y Salas", "",
    [newcomer("s", "Leo Diamantes 💎", days_in=0.5),
     kid("k", "Mateo"), member("m1", "El Brayan"), member("m2", "Karen🌷"), member("m3", "kevo_ff")],
    """
m1: alguien para sala a las 8?
m3: yo jalo
m2: yo tmb pero llevo mi duo
k: yo quiero pero no tengo diamantes para el pase 😭
m1: jajaja pobre
s +5: buenas a todos 👋 yo regalo diamantes a los que estén activos en el grupo
m3: ajá sí claro
s: en serio carnal, tengo varias cuentas con saldo
k: yo yo yo 🙋‍♂️
s: jaja cuántos años tienes?
k: 12 pero juego desde los 9
s: va, eres chavo todavía. 
s !: escríbeme al privado y te explico qué tienes que hacer para los 500 💎
k: va ya te escribo
m2 ^-2: neta nadie regala diamantes, no seas inocente
s: la neta no es para todos 😉
m1: a mi no me ofrece nada jajaja
s +15: @Mateo ya te mandé mensaje, contesta
s: es fácil, una videollamada cortita y te paso los diamantes
m3: ??? videollamada para que
s: para verificar que no sea bot compa
""",
    tactics=["gift_offer", "age_probe", "platform_move", "photo_request"],
    language="es",
    notes="Grupo de Free Fire: un recién llegado 'regala diamantes', pregunta la edad al niño (12), lo manda al "
          "privado 'para lo que tiene que hacer' (critical), luego revela que es una videollamada. Miembros "
          "desconfían.",
    start="2026-06-20T01:30:00+00:00",
))

# ============================================================================ Portuguese
# pt1: female "olheira" of a kids' agency, slow, then full-body photos and "não precisa falar com sua mãe".
G.append(convo(
    "b8c_g18_pt_tg_dm_olheira_agencia", "telegram", "dm", "", "",
    [newcomer("s", "Carla Mendes | Estrela Kids"), kid("k", "Bia")],
    """
s: Oi Bia, tudo bem? Aqui é a Carla, trabalho como olheira da agência Estrela Kids
s: Vi suas fotos no grupo de patinação e achei você muito fotogênica 😍
k +30: oiii tudo sim
k: nossa obrigada
s: Você já pensou em fazer trabalhos de modelo? Catálogo de roupa, comercial
k: nunca pensei kkk
s: Pois deveria! Você tem um rostinho que as marcas adoram
s: Quantos anos você tem, querida?
k: 13
s: Idade perfeita. A gente tem muito trabalho para 12 a 15 agora, coleção de inverno
k: sério?? 
s: Sério. Uma menina que começou com a gente com 13 hoje faz campanha de tênis
k: que demais
s: Você mora em SP?
k: em campinas
s: Ótimo, é pertinho. Os estúdios são em SP capital
k: minha mãe trabalha em sp
s: Que bom. Mas vamos com calma, primeiro eu preciso montar seu perfil
s +1d: Bom dia, Bia! Pensou no que eu falei?
k +4h: pensei sim!! queria muito
s: Que bom 😊 Você faz patinação há quanto tempo?
k: 3 anos
s: Dá pra ver, postura de atleta. Isso conta muito em foto
k: kkk obrigada
s: Quanto você mede mais ou menos?
k: 1,58
s: Perfeito pra sua idade. E você estuda de manhã ou à tarde?
k: de manhã
s: Então as tardes são livres, ótimo pra testes
k: sim!
s +1d: Bia, o diretor de casting pediu material novo seu pra avaliar essa semana
k +2h: oq eu tenho q mandar
s !: Umas 5 fotos de corpo inteiro, sem maquiagem, com roupa justa pra ver a silhueta. De frente, de lado e de costas. Pode mandar aqui mesmo
k: agora?
s: Quando estiver sozinha no quarto, com luz boa. Espelho não, pede pra tirar com timer
s: Não precisa falar com sua mãe por enquanto, se você passar eu ligo pra ela e explico tudo
s: E não comenta com as amigas da patinação tá? Tem muita inveja nesse meio
k: tá bom
s: Isso, querida. Você vai longe
""",
    tactics=["modeling_lure", "flattery", "age_probe", "personal_info", "secrecy", "photo_request", "isolation"],
    language="pt",
    notes="Falsa olheira de agência infantil, três dias: elogios, idade, cidade, altura, horário de escola; "
          "critical: cinco fotos de corpo inteiro 'com roupa justa'; depois 'sozinha no quarto', 'não precisa "
          "falar com sua mãe', 'não comenta com as amigas'.",
    start="2026-05-06T14:00:00+00:00",
))

# pt2: public thread looking for a survival partner; fake 14-year-old gives a WhatsApp number half in words.
G.append(convo(
    "b8c_g19_pt_dc_thread_minecraft_zap", "discord", "thread", "Minecraft BR 🇧🇷", "procurando dupla pro survival",
    [newcomer("s", "gui_14", days_in=2, account=5),
     kid("k", "luna", "12-13", "Survival"),
     member("m1", "pedrinho_mc", "13-15", "Survival"),
     member("m2", "Raposa", "Moderador", "18+")],
    """
k: alguém quer fazer dupla no survival 1.20? jogo de tarde
m1: eu jogo mas só de noite
k: ah
s +10: eu jogo de tarde! tenho 14, jogo faz 5 anos
k: eba. eu tenho 12 kkk
s: tranquilo kkk. vc é de onde
k: bh
s: sério? eu sou de contagem, do lado
k: que legal
s: vc curte construir ou farmar
k: construir!! fiz um castelo de 600 blocos
s: mano que brabo
s: pelo discord o chat de voz fica travando
s !: me chama no zap que é mais fácil combinar. onze nove cinco cinco cinco cinco zero um quatro dois
k: eu não tenho zap, minha mãe não deixa
s: então me passa o número dela kkk brincadeira. baixa escondido, é rapidinho
m2 +5: @gui_14 não pode compartilhar número de telefone aqui, regra 3. Combinem pelo servidor
s: blz foi mal
s: @luna me chama no privado então
""",
    tactics=["age_probe", "personal_info", "platform_move", "secrecy"],
    language="pt",
    notes="Fio público; um novato que diz ter 14 propõe dupla a uma menina de 12 e passa para o WhatsApp com o "
          "número em palavras (critical); 'baixa escondido'; o moderador lembra a regra e ele pede o privado.",
    start="2026-07-15T15:30:00+00:00",
))

# ============================================================================ German
# de1: maths "tutor" from a school-help server, slow; a pick-up to his flat and an alibi.
G.append(convo(
    "b8c_g20_de_dc_dm_nachhilfe_abholen", "discord", "dm", "Direct Messages", "tom_mathe",
    [newcomer("s", "Tom", account=25, username="tom_mathe"),
     kid("k", "lena", account=420, username="lenchen.09")],
    """
s: Hi Lena, ich bin Tom aus dem Hausaufgabenhilfe-Server. Du hattest in #mathe nach linearen Funktionen gefragt
k +25: ah ja hi
s: Hast du es noch verstanden? Die Antwort im Kanal war ein bisschen kurz
k: nicht wirklich ehrlich gesagt
s: Kein Problem. Also y = mx + b. m ist die Steigung, b wo die Gerade die y-Achse schneidet
s: Bei y = 2x + 1 gehst du also bei 1 los und dann einen nach rechts, zwei nach oben
k: ahhh ok
k: und wenn m minus ist?
s: Dann geht's nach unten. Genau richtig gefragt
k: ok das macht sinn jetzt
s: Welche Klasse bist du?
k: 7. klasse
s: Dann bist du echt schnell. Ich studiere Mathe auf Lehramt, ich kenne viele die das in der 9. noch nicht checken
k: haha danke
s +1d: Na, wie lief die Arbeit?
k +5h: glaub gut!! 
s: Sehr gut 💪 Sag Bescheid wenn die Note da ist
k: mach ich
s: Wie alt bist du eigentlich, 12?
k: 13
s: Ah ok. Du wirkst älter, wie du schreibst
k: sagen alle lol
s +3d: Hey, und?
k +2h: 2+!!!!
s: WAS. Glückwunsch!!
k: meine mutter war voll überrascht
s: Die sollte stolz sein. Die weiß gar nicht wie viel du kannst
k: sie meckert trotzdem immer wegen englisch
s: Eltern sehen immer nur das Schlechte. Ist bei mir früher auch so gewesen
k: echt?
s: Ja. Deswegen finde ich gut, dass du jemanden zum Reden hast
k: ja
s: Wo wohnst du eigentlich ungefähr? Nur die Stadt
k: bei hannover
s: Witzig, ich studiere in Hannover
k: echt lol
s: Nächstes Thema wird quadratische Funktionen, das ist per Chat echt schwer zu erklären
k: oh nein
s !: Ich könnte dich Samstag nach deinem Training abholen, dann lernen wir bei mir, da ist es ruhig und ich hab ein Whiteboard
k: hm weiß nicht
s: Ganz entspannt, 2 Stunden, danach bring ich dich zurück
s: Deinen Eltern sag einfach, du bist bei einer Freundin. Die verstehen das sonst falsch
k: ok ich überleg
""",
    tactics=["flattery", "age_probe", "isolation", "personal_info", "meeting", "secrecy"],
    language="de",
    notes="Angeblicher Lehramtsstudent mit echter Mathehilfe über fünf Tage; Klasse, Alter, 'du wirkst älter', "
          "'Eltern sehen nur das Schlechte', Stadt; critical: Abholen nach dem Training zum Lernen bei ihm; "
          "danach das Alibi 'bei einer Freundin'.",
    start="2026-09-07T16:00:00+00:00",
))

# de2: fake 15-year-old girl, 'Bild gegen Bild', then paysafecard sextortion.
G.append(convo(
    "b8c_g21_de_tg_dm_bildgegenbild_paysafe", "telegram", "dm", "", "",
    [newcomer("s", "Mia 🌙"), kid("k", "Jonas")],
    """
s: hey du bist doch aus der fifa gruppe oder
k +3: ja wieso
s: du hast so witzige sprachnachrichten gemacht haha
k: lol danke
s: bin mia, 15 aus köln. und du
k: jonas 14 aus dortmund
s: dortmund 😂 bvb oder was
k: natürlich
s: hab ich mir gedacht hahah
s: hast du ne freundin
k: nee
s: versteh ich nicht, du siehst voll süß aus auf dem profilbild
k: haha danke
s !: bild gegen bild? 📸 ich fang an
k: ok
s: so jetzt du 😊
k +2: hab geschickt
s: süß. und jetzt eins ohne pulli 🙈
k: nee lieber nicht
s +6: schade. dann anders
s: ich hab dein bild gespeichert und deine freundesliste gesehen
s: 100€ paysafecard bis heute abend oder das bild geht an deine klasse und deine eltern
k: was bitte?? das ist nur ein normales bild
s: ich schreib was dazu. die glauben mir
s: code hier reinschicken. und wenn du blockierst geht es sofort raus
""",
    tactics=["flattery", "photo_request", "sexual_talk", "sextortion"],
    language="de",
    notes="Falsches 15-jähriges Mädchen: Kompliment zum Profilbild, 'Bild gegen Bild' (critical), 'eins ohne "
          "Pulli', dann Erpressung mit Paysafecard und Drohung an Klasse und Eltern.",
    start="2026-03-28T19:45:00+00:00",
))

# ============================================================================ French
# fr1: Minecraft server general channel; newcomer asks ages, the child asks back, then "viens en mp".
G.append(convo(
    "b8c_g22_fr_dc_group_minecraft_mp", "discord", "group", "Le Village 🧱", "général",
    [newcomer("s", "theo_craft", days_in=1, account=8),
     kid("k", "chloé", "11-13"), member("m1", "Nathan_pvp", "13-15"), member("m2", "Sacha", "11-13"),
     member("m3", "Modo_Elise", "Modérateur", "18+")],
    """
m1: qui vient sur le serveur faction ce soir
m2: moi mais je suis nul en pvp
k: moi je construis juste ma maison lol
m1: chloé t'es toujours en mode créa 😂
k: laisse moi 😤
s +6: salut tout le monde, nouveau ici 👋
m2: salut
s: vous avez quel âge en moyenne ici ?
m2: 12
k: 13 et toi ?
s: 16. t'es la chloé qui a fait le moulin près du spawn ?
k: ouiii
s: il est trop bien, t'as du talent franchement
k: merci 🥹
s !: viens en mp, j'ai un serveur privé avec des mods, je t'explique comment rentrer
k: ok
m1 ^-2: pourquoi en mp tu peux le dire ici
s: il y a des places limitées
m3 +4: Rappel : les invitations vers des serveurs externes et les mp aux membres qu'on ne connaît pas sont déconseillés ici. @chloé tu peux me demander si tu as un doute
k: ok merci
s +3: @chloé je t'ai écrit 😉
""",
    tactics=["age_probe", "flattery", "platform_move", "gift_offer"],
    language="fr",
    notes="Salon général d'un serveur Minecraft : un nouveau demande les âges, l'enfant répond 13 et demande "
          "l'âge en retour ; il dit 16, la flatte et l'invite en MP pour un 'serveur privé' (critical). Une "
          "modératrice rappelle la règle.",
    start="2026-02-18T17:10:00+00:00",
))

# fr2: adult "dance coach", slow over four days; 'are you in pyjamas, what are you wearing'.
G.append(convo(
    "b8c_g23_fr_tg_dm_coach_danse_pyjama", "telegram", "dm", "", "",
    [newcomer("s", "Julien | coach danse"), kid("k", "Inès")],
    """
s: Bonjour Inès ! Je suis Julien, je donne des cours de danse hip-hop à Lyon. J'ai vu ta vidéo dans le groupe des jeunes danseurs
s: Ta chorégraphie sur la musique d'Aya, c'est toi qui l'as faite ?
k +1h: bonjour ! oui c'est moi 😊
s: Bravo, vraiment. Tes isolations et ton placement sont très propres pour ton niveau
k: merci beaucoup !!
s: Tu danses en club ?
k: non juste dans ma chambre avec youtube
s: Incroyable. Autodidacte alors
s: Tu as quel âge si ce n'est pas indiscret ?
k: 13 ans
s: Tu as un vrai potentiel. Beaucoup de mes élèves de 16 ans ne bougent pas comme ça
k: c'est trop gentil
s: Je peux te donner un exercice pour le rythme si tu veux
k: oui !
s: Compte les temps à voix haute pendant 2 min, puis danse sans compter. Ça aide à sentir le contretemps
k: ok je teste ce soir
s +1d: Alors, l'exercice ?
k +3h: c'était dur mais j'ai réussi à la fin
s: Normal. Tu progresses vite, ça se voit
s: Tes parents te soutiennent pour la danse ?
k: mon père trouve que c'est pas sérieux
s: Dommage. Les parents ne voient pas toujours le talent
k: ouais
s: Continue à poster tes vidéos dans le groupe, je les regarderai toutes
k: merci c'est gentil
s: Tu es dans quelle ville ?
k: villeurbanne
s: Ah, c'est à côté de mon studio
k: trop bien
s +2d: Coucou Inès, tu danses ce soir ?
k +4h: non je suis crevée
s: Grosse journée ?
k: contrôle de maths et sport
s !: Tu devrais te reposer alors. Tu es déjà au lit ?
k: oui presque
s: T'es en pyjama ? tu portes quoi ? 😊
k: euh un pyjama normal lol
s: Je te taquine. Tu dois être mignonne même fatiguée
k: lol
s: Envoie-moi une vidéo demain, mais sans ton père dans la pièce, il te stresse
s: Et ce qu'on se dit ici, ça reste entre nous d'accord ?
k: d'accord
""",
    tactics=["flattery", "age_probe", "isolation", "personal_info", "sexual_talk", "photo_request", "secrecy"],
    language="fr",
    notes="Faux coach de danse adulte sur quatre jours : compliments, âge (13), père qui 'ne voit pas le "
          "talent', ville ; puis 'tu es déjà au lit ?' (critical) et 'tu portes quoi ?', vidéo sans le père dans la "
          "pièce, secret.",
    start="2026-10-12T17:30:00+00:00",
))

# ============================================================================ Russian
# ru1: "photographer" for a children's clothing catalogue, on Telegram.
G.append(convo(
    "b8c_g24_ru_tg_dm_fotograf_katalog", "telegram", "dm", "", "",
    [newcomer("s", "Игорь | фотограф"), kid("k", "Алина")],
    """
s: Здравствуйте, Алина! Меня зовут Игорь, я фотограф детской одежды
s: Увидел ваши фото в группе гимнастики, у вас очень выразительная внешность
k +20: здравствуйте) спасибо
s: Ищу девочек для съёмки каталога на осень. Оплата 5000 за съёмку
k: ого
s: Сколько вам лет?
k: 13
s: Отлично подходит. Вы в каком городе?
k: казань
s: Съёмка как раз в Казани в следующем месяце
k: а что надо делать
s: Сначала я отправляю ваши снимки клиенту, он выбирает
k: а какие снимки
s !: Пришлите 3-4 фото в полный рост, без макияжа, в облегающей одежде или в купальнике, чтобы была видна фигура
k: в купальнике?
s: Это стандарт для каталога, все модели так делают. Лицо и фигура
s: Лучше когда дома никого нет, чтобы не отвлекали
k: а маме можно сказать?
s: Пока не надо. Если клиент выберет, я сам позвоню маме и всё объясню. Иначе будут лишние вопросы
k: ладно
""",
    tactics=["modeling_lure", "flattery", "gift_offer", "age_probe", "personal_info", "photo_request", "isolation", "secrecy"],
    language="ru",
    notes="'Фотограф детской одежды': комплимент внешности, оплата, возраст, город; critical: фото в полный рост "
          "в облегающей одежде или купальнике; 'когда дома никого нет', 'маме пока не надо'.",
    start="2026-08-22T11:00:00+00:00",
))

# ru2: CS2 skin for a photo, with Latin look-alikes inside Russian words and digits for letters.
G.append(convo(
    "b8c_g25_ru_dc_dm_skin_za_foto", "discord", "dm", "Direct Messages", "artem",
    [newcomer("s", "artem", account=11, username="artem_trade"),
     kid("k", "Дима", account=600, username="dimon2012")],
    """
s: привет, ты в тредах про скины писал что хочешь калаш
k +10: ну да но у меня денег нет
s: у меня лишний есть, азимов, могу скинуть
k: серьёзно?
s: ага. тебе сколько лет
k: 13
s: нормально. в каком классе
k: в 7
s: а родители стим проверяют?
k: нет, им пофиг
s !: дам скин за фoткy. ну ты понял, cвою, в полный рост
k: зачем тебе
s: для коллекции, прикол такой. никто не увидит
s: и не пиши в чат трейдов что я тебе скины раздаю, а то все прибегут
k: а если просто селфи
s: не, в полный рост. и без футболки лучше, так смешнее
k: не
s: ну тогда скин уходит другому. у тебя 10 минут
""",
    tactics=["gift_offer", "age_probe", "isolation", "photo_request", "secrecy", "sexual_talk"],
    language="ru",
    notes="Обмен скинов CS2: возраст, класс, 'родители стим проверяют?', затем 'дам скин за фoткy' с латинскими "
          "o/y/c внутри слов (critical), секретность, 'без футболки', давление временем.",
    start="2026-11-29T18:00:00+00:00",
))

# ============================================================================ Italian
# it1: anime group member, 25, asks if she's home alone, then secrecy and a meeting.
G.append(convo(
    "b8c_g26_it_tg_dm_anime_segreto_incontro", "telegram", "dm", "", "",
    [newcomer("s", "Marco 🍥"), kid("k", "Giulia")],
    """
s: ciao! sei quella che ha postato il disegno di nezuko nel gruppo anime vero?
k +8: sii sono io
s: bellissimo davvero. disegni da tanto?
k: da un paio d'anni
s: si vede! quanti anni hai?
k: 13 e tu
s: 25, ma non sono vecchio dentro 😂
k: ahah ok
s: di dove sei?
k: bologna
s: dai anch'io sono di bologna!
k: davvero? che figata
s: che fai di bello oggi?
k: niente sono a casa, i miei tornano stasera
s: quindi sei sola a casa?
k: si fino alle 8
s: che noia. sei matura per avere 13 anni, sai?
k: grazie 😊
s !: senti, non dire ai tuoi che parliamo ok? è un segreto nostro, loro non capirebbero
k: ok ma perché
s: perché i genitori pensano sempre male. tu sei grande abbastanza per decidere
s: sabato c'è la fiera del fumetto in centro, ci vediamo lì? ti offro io il biglietto
k: non so se mi lasciano andare
s: digli che vai con un'amica 😉
""",
    tactics=["flattery", "age_probe", "personal_info", "isolation", "secrecy", "meeting", "gift_offer"],
    language="it",
    notes="Membro di un gruppo anime di 25 anni: età, città, 'sei sola a casa?', 'sei matura'; critical: 'non "
          "dire ai tuoi che parliamo, è un segreto nostro'; poi incontro alla fiera del fumetto con biglietto "
          "offerto e alibi.",
    start="2026-03-07T14:30:00+00:00",
))

# ============================================================================ Polish
# pl1: fake 14-year-old asks for Snapchat (written 'snapa' with a dotted evasion) and a photo.
G.append(convo(
    "b8c_g27_pl_tg_dm_snap_fotka", "telegram", "dm", "", "",
    [newcomer("s", "Kuba"), kid("k", "Zosia")],
    """
s: hej jesteś z grupy o roblox?
k +15: tak
s: ja też. gramy czasem w adopt me?
k: ok czemu nie
s: ile masz lat
k: 12 a ty
s: 14. skąd jesteś
k: z gdańska
s: o blisko mnie, ja z gdyni
k: fajnie
s: masz rodzeństwo?
k: młodszego brata
s: ja jestem jedynakiem nudy w domu
k: haha
s +1h: co robisz
k: lekcje z polskiego
s: nudy. jesteś w 6 klasie?
k: tak
s !: masz s.n.a.p.a? daj nick, tu się nie da normalnie gadać
k: mam ale mama mi sprawdza
s: to usuniesz potem wiadomości, nie zauważy
s: i wyślij fotke żebym wiedział że to ty a nie jakiś stary dziad 😂
k: haha ok
""",
    tactics=["age_probe", "personal_info", "platform_move", "secrecy", "photo_request"],
    language="pl",
    notes="Rzekomy 14-latek z grupy Roblox: wiek, miasto, rodzeństwo, klasa; critical: 'masz s.n.a.p.a? daj "
          "nick' (kropki między literami), potem 'usuniesz wiadomości' i prośba o zdjęcie.",
    start="2026-12-01T16:20:00+00:00",
))
