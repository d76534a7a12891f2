"""Batch 8c benign in es, pt, de, fr, ru: classmates, families, moderators, same-age teens."""

from common import adult, benign, kid, member

B = []

# ============================================================================ Spanish
B.append(benign(
    "b8c_b38_es_dc_group_companeros_sorpresa", "discord", "group", "2°B los mejores 😎", "general",
    [kid("a", "Martina", "12-13"), kid("b", "Nico_ok", "12-13"), kid("c", "Cami", "12-13"), kid("d", "Joaco", "12-13")],
    """
a: chicos el viernes es el cumple de sofi, le hacemos sorpresa??
b: siii
c: cuántos cumple? 13?
a: 13 sí
d: ok pero nadie le diga nada eh
b: yo no digo nada lo juro
a: y borren esto después por si ve el celu de alguien jaja
c: jajaja ok
d: alguien me pasa foto de la tarea de mate? no anoté los ejercicios
b: ahí te mandé foto
d: gracias crack
a: la fiesta en mi casa a las 6, mi mamá los busca a los que no tienen quién los lleve
c: a mí me tiene que buscar, vivo lejos
a: pasame tu dirección por privado y se la paso a mi mamá
c: dale
b: qué le regalamos?
a: una funda para el celu con su nombre, ponemos 500 cada uno
""",
    tactics=["no le digan", "borren esto", "pasame foto", "pasame tu dirección por privado", "los busca"],
    language="es",
    notes="Compañeros de 12-13 años organizan una fiesta sorpresa: secreto, 'borren esto', foto de la tarea, "
          "dirección por privado para que la mamá los busque.",
    start="2026-04-28T21:00:00+00:00",
))

B.append(benign(
    "b8c_b39_es_tg_dm_madre_hijo_recojo", "telegram", "dm", "", "",
    [adult("m", "Mamá"), kid("h", "Diego")],
    """
m: Diego, ¿ya llegaste a casa?
h +4: sí
m: ¿Estás solo? Tu hermana tiene inglés hasta las 6
h: sí estoy solo
m: No le abras la puerta a nadie, ¿eh? Y no uses la estufa
h: ya sé ma
m: Mándame una foto del papel de la excursión, que tengo que firmarlo y lo dejé en la mesa
h: ahí va
m: Gracias mi amor. Te recojo a las 7 para el dentista
h: nooo el dentista
m: Jaja sí. Después te compro un helado si te portas bien
h: de chocolate
m: Trato. Te quiero
""",
    tactics=["¿estás solo?", "no abras la puerta", "mándame una foto", "te recojo", "te compro (regalo)"],
    language="es",
    notes="Una madre con su hijo: '¿estás solo?', foto de la autorización, 'te recojo a las 7', un helado como "
          "premio.",
    start="2026-09-23T20:30:00+00:00",
))

# ============================================================================ Portuguese
B.append(benign(
    "b8c_b40_pt_dc_group_amigos_freefire", "discord", "group", "Squad do 7º ano", "geral",
    [kid("a", "Davi", "12-13"), kid("b", "Lari", "12-13"), kid("c", "Enzo.gg", "12-13"), kid("d", "Manu", "12-13", days_in=1)],
    """
a: bora ff hj 20h?
b: bora
c: eu vou mas minha mãe falou só até 21h
d: oii sou a manu, a lari me chamou aqui
b: é minha prima gente
a: oi manu! quantos anos vc tem
d: 13
c: eu tb 13
a: me add no ff, meu id é 555012879
d: adicionei
b: manda print do seu inventário manu, quero ver as skins
d: mandei, tenho poucas ainda kkk
c: te dou uma skin de arma no próximo evento se quiser, tenho repetida
d: aaa obrigada
a: cria logo o grupo no zap pra gente combinar
b: criei, manu te adicionei
""",
    tactics=["quantos anos vc tem / eu tb", "me add", "manda print", "te dou uma skin", "grupo no zap"],
    language="pt",
    notes="Amigos de 12-13 anos (uma prima nova no servidor): idades, IDs do Free Fire, print do inventário, "
          "skin repetida de presente, grupo de WhatsApp.",
    start="2026-08-08T22:00:00+00:00",
))

B.append(benign(
    "b8c_b41_pt_tg_group_familia_surpresa", "telegram", "group", "Família Souza 💚", "",
    [adult("v", "Vó Lurdes"), adult("t", "Tia Rê"), adult("p", "Pai (Marcos)"), kid("k", "Júlia"), kid("g", "Gabriel")],
    """
t: Gente, o aniversário do vô é domingo, vamos fazer surpresa?
p: Vamos! Mas ninguém conta pra vó que ela não guarda segredo 😂
v: Eu tô lendo, Marcos 😒
p: Kkkkkk
t: Júlia, você faz o cartaz? Você desenha tão bem
k: faço sim tia!!
t: Manda foto quando terminar
k: ok
p: Gabriel, vou te buscar na escola sexta e a gente passa na padaria pra encomendar o bolo
g: pode ser de brigadeiro?
p: Claro
v: Quantos anos ele faz mesmo? 75 ou 76?
t: 76, mãe
v: Nossa
k +3h: terminei o cartaz!! vou mandar foto
t: Que lindo Júlia!! 😍
""",
    tactics=["ninguém conta", "manda foto", "vou te buscar", "quantos anos"],
    language="pt",
    notes="Grupo de família: festa surpresa do avô, segredo, foto do cartaz de uma criança, o pai vai buscar o "
          "filho na escola.",
    start="2026-07-02T12:00:00+00:00",
))

# ============================================================================ German
B.append(benign(
    "b8c_b42_de_dc_group_klasse_hausaufgaben", "discord", "group", "7c Klassenserver", "allgemein",
    [kid("a", "Lea", "12-13"), kid("b", "Finn", "12-13"), kid("c", "Emir", "12-13"), kid("d", "Paula", "12-13"),
     member("m", "Herr Brandt", "Lehrer", "Erwachsener")],
    """
a: kann mal jemand ein foto von den deutsch hausaufgaben schicken, ich war krank
c: hier, seite 42 nummer 3 bis 5
a: danke 🙏
b: wie ist dein snap lea, ich mach ne gruppe für das referat
a: lea.sommer12
d: meiner ist paula_pfeffer
b: hab euch hinzugefügt
c: wer hat bock am samstag ins schwimmbad? meine mutter fährt uns
d: ich! wie alt wirst du eigentlich nächste woche emir?
c: 13 endlich
b: alter mann 😂
m +30: Kleine Erinnerung: Referate bitte bis Freitag als PDF an mich, nicht per Snapchat 🙂
a: ok herr brandt
""",
    tactics=["schick ein Foto", "wie ist dein snap", "meine Mutter fährt uns", "wie alt wirst du"],
    language="de",
    notes="Klassenserver: Foto der Hausaufgaben, Snapchat-Namen für eine Referatsgruppe, Schwimmbad mit "
          "Mutter als Fahrerin, Geburtstag; der Lehrer erinnert an die Abgabe.",
    start="2026-11-03T15:30:00+00:00",
))

B.append(benign(
    "b8c_b43_de_tg_dm_vater_tochter_abholen", "telegram", "dm", "", "",
    [adult("v", "Papa"), kid("t", "Marie")],
    """
v: Hallo Schatz, bist du schon zu Hause?
t +5: ja
v: Bist du allein? Mama hat heute Spätdienst
t: ja aber jonas kommt gleich
v: Ok. Mach niemandem auf, den du nicht kennst
t: jaaa
v: Schickst du mir ein Foto vom Elternbrief? Ich muss die Klassenfahrt bezahlen
t: hab geschickt
v: Danke. Ich hol dich morgen um 17 Uhr vom Training ab
t: kannst du lieber um 17:30? wir machen noch was
v: Ok, 17:30 am Haupteingang. Hab dich lieb
t: ich dich auch
""",
    tactics=["bist du allein", "mach niemandem auf", "schick ein Foto", "ich hol dich ab"],
    language="de",
    notes="Vater und Tochter: allein zu Hause, Foto vom Elternbrief, Abholen vom Training.",
    start="2026-03-16T16:10:00+00:00",
))

# ============================================================================ French
B.append(benign(
    "b8c_b44_fr_dc_group_annonce_securite", "discord", "group", "Les Petits Gamers FR (12-16)", "annonces-discussion",
    [member("m", "Modo Yanis", "Modérateur", "18+"), kid("a", "Lilou", "12-13"), kid("b", "Timéo", "14-16"),
     kid("c", "Anaïs", "12-13"), member("n", "Admin Clara", "Admin", "18+")],
    """
m: Petit rappel sécurité pour tout le monde 🛡️
m: Si quelqu'un que vous ne connaissez pas vous demande "t'as quel âge ?", "t'es seul chez toi ?", "envoie une photo" ou "viens en mp", ne répondez pas et prévenez un modo
m: Pareil pour "ne dis rien à tes parents" ou "supprime la conversation". Ce n'est jamais normal
a: et si c'est quelqu'un qui dit qu'il a 13 ans aussi ?
m: Tout le monde peut mentir sur son âge. S'il insiste pour des photos ou pour passer sur snap, signale-le
b: et les gens qui proposent des skins gratuits ?
n: Aucun vrai membre ne vous donnera des V-bucks ou des skins contre une photo ou un appel vidéo. C'est une arnaque ou pire
c: ok merci
m: Et vous ne serez jamais punis pour avoir signalé quelque chose 💙
""",
    tactics=["consignes de sécurité citant les tactiques", "t'as quel âge", "envoie une photo", "viens en mp",
             "ne dis rien à tes parents", "skins contre une photo"],
    language="fr",
    notes="Annonce de sécurité des modérateurs qui cite mot pour mot les tactiques ; les enfants posent des "
          "questions.",
    start="2026-01-19T17:00:00+00:00",
))

B.append(benign(
    "b8c_b45_fr_tg_dm_ados_cine", "telegram", "dm", "", "",
    [kid("a", "Léa"), kid("b", "Noah")],
    """
b: coucou
a +3: coucou
b: t'étais trop drôle en sport aujourd'hui 😂
a: arrête j'ai raté toutes les balles
b: c'était ça qui était drôle
a: 😤
b: je rigole. t'es trop mignonne quand t'es énervée
a: 😳 tais toi
b: ça te dit ciné samedi ? le nouveau pixar
a: oui grave !! on est que tous les deux ?
b: ouais si tu veux. ma mère nous dépose et elle vient nous chercher
a: ok je demande à mes parents
b: ils savent qu'on est dans la même classe donc ça va
a: ma mère va me poser 1000 questions mdr
b: mdr dis lui que j'ai 14 ans et que je suis gentil
a: elle sait déjà 😂
""",
    tactics=["t'es mignonne", "rendez-vous au ciné", "ma mère nous dépose", "âge mentionné", "même âge"],
    language="fr",
    notes="Deux camarades de 14 ans : compliment, sortie au cinéma, une mère qui les dépose et vient les "
          "chercher.",
    start="2026-03-05T19:00:00+00:00",
))

# ============================================================================ Russian
B.append(benign(
    "b8c_b46_ru_tg_group_semya_syurpriz", "telegram", "group", "Семья Ивановых 🏠", "",
    [adult("m", "Мама"), adult("p", "Папа"), adult("t", "Тётя Лена"), kid("k", "Настя"), kid("s", "Артём")],
    """
t: У бабушки юбилей в субботу, 70 лет! Делаем сюрприз?
m: Да! Только ей ни слова, она всё рассказывает соседке 😂
p: Я закажу торт. Настя, скинь фото того торта, который ты нашла
k: скинула
p: Отлично, такой и закажем
m: Артём, я заберу тебя после школы в пятницу, поедем за подарком
s: а можно я выберу?
m: Конечно
t: Скиньте адрес ресторана, я забыла
m: Кафе «Берёзка», ул. Садовая 12
k: а сколько бабушке исполняется, 70?
t: 70, да
k: я нарисую открытку
t: Умница 😘
""",
    tactics=["ни слова", "скинь фото", "заберу после школы", "скиньте адрес", "сколько лет"],
    language="ru",
    notes="Семейный чат: сюрприз для бабушки, фото торта, мама заберёт сына после школы, адрес кафе.",
    start="2026-05-15T10:00:00+00:00",
))

B.append(benign(
    "b8c_b47_ru_dc_group_odnoklassniki_roblox", "discord", "group", "6Б лучшие", "общий",
    [kid("a", "Миша", "12-13"), kid("b", "Соня", "12-13"), kid("c", "Егор", "12-13"), kid("d", "Вика", "12-13", days_in=2)],
    """
a: кто сделал русский? скиньте фото домашки пж
b: вот, упражнение 214
a: спасибо 🙏
d: привет всем, меня соня позвала, я Вика из 6А
c: привет
a: привет! сколько тебе лет?
d: 12
a: мне тоже 12
c: добавь меня в друзья в роблоксе, ник egor_pro_2013
d: добавила
b: давайте в субботу в парк, моя мама нас отвезёт
c: го
d: я спрошу у мамы
a: скиньте потом фотки из парка в чат
""",
    tactics=["скиньте фото", "сколько тебе лет / мне тоже", "добавь в друзья", "мама отвезёт"],
    language="ru",
    notes="Одноклассники 12 лет: фото домашки, новая девочка из параллельного класса, возраст, ник в Roblox, "
          "прогулка с мамой.",
    start="2026-10-07T15:00:00+00:00",
))
