"""Batch 6c benign: non-English hard negatives (es, pt, de, fr, ru, it)."""

from __future__ import annotations

from common import B, adult, kid, member

CONVS = []

# ---------------------------------------------------------------- B18 es teens flirting
CONVS.append(B(
    "b6c18_tg_dm_es_adolescentes_ligando", "telegram", "dm", "", "",
    [kid("a", "Álex"), kid("n", "Nerea")],
    """
a: oye nerea, hoy en el recreo estabas muy guapa con el pelo así
n +6: jajaja gracias álex 🙈
a: perdón si es raro decirlo
n: no es raro, me ha gustado
a: 😳
n: tú también estabas guapo con la sudadera de los lakers
a: jajaja es de mi hermano
n: jajaja
a: oye, ¿tienes insta? el de clase no lo sigo
n: sí, @nerea.m.15
a: te sigo. el mío es alex_r15
n: te sigo de vuelta
a: ¿quieres ir al cine el sábado? con marcos y lucía también
n: vale! mi madre me lleva y luego la tuya nos recoge?
a: sí, ya le pregunto
n: perfecto 😊
""",
    tactics=["peer flirting", "estabas guapa", "¿tienes insta?", "cine el sábado", "padres llevan"],
    notes="Two 15-year-old classmates flirt, swap Instagram handles and plan a group cinema trip with "
          "parents driving.",
    language="es", start="2026-03-09T20:00:00+00:00",
))

# ---------------------------------------------------------------- B33 es surprise party private thread
CONVS.append(B(
    "b6c33_dc_private_thread_es_fiesta_sorpresa", "discord", "private_thread", "Clase 2ºB ESO",
    "sorpresa para la profe Inés 🤫",
    [kid("a", "Pablo", "2ºB"), kid("b", "Irene", "2ºB"), kid("c", "Hugo", "2ºB"), kid("d", "Carla", "Delegada", "2ºB")],
    """
d: he abierto este hilo privado para la sorpresa de la profe Inés, que se jubila. NO se lo digáis a nadie 🤫
a: ni a los de 2ºA?
d: a nadie, que se enteran y se lo cuentan
b: vale 🤐
c: qué le regalamos
d: una planta y un álbum con fotos de la clase
b: mandadme fotos vuestras con ella por privado y hago el álbum
a: tengo una de la excursión a toledo
c: yo del día del libro
d: mi madre dice que puede recogernos a las 8 el viernes para decorar el aula
b: y el conserje nos abre?
d: sí, ya habló mi madre con él
a: borramos el hilo después para que no lo vea si entra al servidor?
d: jaja no hace falta, es privado
""",
    tactics=["no se lo digáis a nadie (sorpresa)", "mandadme fotos por privado", "recogernos", "borramos el hilo"],
    notes="Classmates plan a retirement surprise for a teacher in a private thread; secrecy and photos "
          "are for the album, a mother drives.",
    language="es", start="2026-03-04T18:00:00+00:00",
))

# ---------------------------------------------------------------- B20 pt cousins
CONVS.append(B(
    "b6c20_dc_dm_pt_primos_churrasco", "discord", "dm", "Direct Messages", "duda.s",
    [kid("d", "duda", username="duda.s"), kid("g", "Gabriel", username="gabs_11")],
    """
g: duda vc vai no churrasco da vó domingo?
d +5: vou! minha mãe disse q a tia te busca em casa
g: eba
g: manda foto do cachorro novo da tia
d: [foto]
g: KKKKK ele é muito pequeno
d: é um filhote, tem 3 meses
g: qual o nome
d: Pipoca
g: não conta pra minha mãe que eu quebrei o controle do tio
d: kkkkk segredo nosso
g: vc tem quantos robux? me empresta 100 que eu te pago quando ganhar mesada
d: só se vc me ensinar a passar da fase do obby
g: fechado
""",
    tactics=["te busca em casa", "manda foto", "não conta pra minha mãe", "segredo nosso", "robux"],
    notes="Two cousins (12, 11) plan grandma's barbecue: puppy photo, an aunt picking him up, a broken "
          "controller kept secret, robux lent between cousins.",
    language="pt", start="2026-03-06T20:00:00+00:00",
))

# ---------------------------------------------------------------- B31 pt busy group chatter
CONVS.append(B(
    "b6c31_tg_group_pt_turma_bagunca", "telegram", "group", "8º ano C 📚", "",
    [kid("a", "Lucas"), kid("b", "Manu"), kid("c", "Pedro H"), kid("d", "Yasmin"), kid("e", "Davi"),
     kid("f", "Júlia")],
    """
a: alguém fez a lista de matemática?
b: eu fiz metade
c: manda foto da sua folha manu pfv
b: só a 3 e a 4, o resto copia no inferno
d: KKKKKK
e: vcs viram o vídeo do professor de história dançando
f: MANDA
e: [vídeo]
d: ele é muito fofo
a: quem tá sozinho em casa hoje? eu tô morrendo de tédio
c: eu, minha mãe foi no mercado
f: a minha irmã é modelo agora gente
b: jura??
f: de maquete kkkkk ela faz arquitetura
d: JÚLIA 😭
e: quantos anos tem seu cachorro yasmin, aquele da foto
d: 4! o nome é Tufão
a: gente amanhã tem prova de ciências não esquece
c: oq cai
a: célula e fotossíntese
""",
    tactics=["busy group", "manda foto da folha", "sozinho em casa", "minha irmã é modelo", "quantos anos tem seu cachorro"],
    notes="Eighth graders' busy group: homework photos, home alone and bored, a sister who 'models' "
          "(architecture models), a dog's age.",
    language="pt", start="2026-03-10T19:00:00+00:00",
))

# ---------------------------------------------------------------- B22 de swim coach and parents
CONVS.append(B(
    "b6c22_dc_group_de_schwimmtraining_eltern", "discord", "group", "SV Delphin Jugend", "eltern-trainer",
    [adult("t", "Trainerin Jule", "Trainerin", "Erwachsen"), adult("a", "Mama von Ben (Sabine)", "Eltern"),
     adult("b", "Papa von Lotta", "Eltern"), adult("c", "Mama von Emir", "Eltern")],
    """
t: Hallo zusammen, das Training am Donnerstag fällt aus, Halle ist gesperrt. Ersatz Samstag 10 Uhr im Hallenbad Nord
a: Danke! Kann jemand Ben am Samstag mitnehmen? Ich arbeite bis 12
b: Klar, ich hole Lotta und Ben um 9:30 ab, schick mir eure Adresse per PN
a: Super, mach ich
c: Frage an Jule: Emir (11) möchte beim Wettkampf im April mitmachen, geht das?
t: Ja, gerne! Ich brauche dafür sein Geburtsdatum und eine Kopie vom Schwimmpass. Gern per PN
c: Schicke ich heute Abend
t: Und wer möchte, kann mir ein kurzes Video vom Kraulen schicken, dann gebe ich Tipps. Ihr Eltern filmt bitte vom Beckenrand
b: Lotta wird begeistert sein 😄
t: Fotos vom letzten Wettkampf kommen nur in die Elterngruppe, nicht öffentlich
a: Danke für die Info!
""",
    tactics=["abholen", "Adresse per PN", "Geburtsdatum", "Video schicken", "Fotos"],
    notes="A swimming coach and parents: a lift between parents, date of birth for a competition, "
          "parents filming technique videos.",
    language="de", start="2026-03-04T18:30:00+00:00",
))

# ---------------------------------------------------------------- B37 de family pick-up
CONVS.append(B(
    "b6c37_tg_group_de_familie_abholen", "telegram", "group", "Familie Wagner 🏡", "",
    [adult("m", "Mama"), adult("p", "Papa"), kid("l", "Luisa"), kid("f", "Finn W")],
    """
m: Luisa, Papa holt dich heute um 16 Uhr vom Reiten ab
l +10: okii
p: Bin um 16:10 da, Stau
f: Bin ich heute allein zuhause?
m: Bis 17 Uhr, Oma kommt dann. Tür nicht aufmachen, der Paketbote legt es hin
f: jaa ich weiß
m: Schick mir mal ein Foto vom Elternbrief, den ich unterschreiben muss
f: [foto]
m: Danke Schatz
l: Sagt Oma nichts von der Torte für Samstag 🤫
p: Versprochen 😄
f: Was gibt's zum Abendessen
m: Nudeln, stehen im Kühlschrank
""",
    tactics=["abholen (Eltern)", "allein zuhause", "schick mir ein Foto", "sagt nichts (Überraschung)"],
    notes="A German family group: father picks up from riding, a child home alone until grandma "
          "arrives, a photo of a school letter, a cake kept secret.",
    language="de", start="2026-03-05T12:00:00+00:00",
))

# ---------------------------------------------------------------- B26 fr class exercise
CONVS.append(B(
    "b6c26_tg_group_fr_cours_signaux_alerte", "telegram", "group", "5e B - Éducation aux médias", "",
    [adult("t", "M. Lefèvre (prof)"), kid("a", "Inès"), kid("b", "Hugo L"), kid("c", "Rayan"),
     kid("d", "Léna")],
    """
t: Bonjour à tous. Exercice pour jeudi : lisez ce faux dialogue et repérez les signaux d'alerte.
t: « t'as quel âge ? » « t'es seule chez toi ? » « envoie-moi une photo » « on passe sur snap ? » « ne le dis pas à tes parents, c'est notre secret »
a +30: « c'est notre secret » c'est le pire je trouve
b: « envoie-moi une photo » aussi
c: et « on passe sur snap » parce que là personne ne surveille
t: Très bien. Et « t'es seule chez toi », pourquoi c'est inquiétant ?
d: parce qu'il veut savoir si les parents sont là
t: Exactement. Que faites-vous si quelqu'un vous écrit ça ?
a: on bloque, on fait une capture et on en parle à un adulte
t: Parfait. Pour jeudi, chacun invente un exemple avec 3 signaux et la bonne réaction
""",
    tactics=["exercice de classe citant du grooming", "envoie-moi une photo (cité)", "ne le dis pas à tes parents (cité)",
             "t'es seule chez toi (cité)"],
    notes="A teacher quotes a made-up grooming dialogue in a media-education class group; students "
          "spot the warning signs.",
    language="fr", start="2026-03-02T16:00:00+00:00",
))

# ---------------------------------------------------------------- B36 fr teens flirting
CONVS.append(B(
    "b6c36_dc_dm_fr_ados_flirt", "discord", "dm", "Direct Messages", "maxlebg",
    [kid("m", "Max", username="maxlebg"), kid("c", "camille", username="cam.ill3")],
    """
m: t'étais trop belle aujourd'hui au spectacle de danse 😳
c +5: mdrr merci max
c: t'as trouvé ça bien ?
m: grave, surtout ton solo
c: 🥹
m: on a le même âge et t'es déjà meilleure que tout le monde au club
c: t'exagères, on a 14 ans on danse depuis 3 ans
m: bah justement
c: t'es mignon toi
m: tu veux aller au parc samedi ? avec Sarah et Noé
c: ouiii, ma mère peut nous déposer
m: ajoute-moi sur snap, max.lbg14
c: c'est fait 😊
""",
    tactics=["flirt entre ados", "t'étais trop belle", "ajoute-moi sur snap", "parc samedi"],
    notes="Two 14-year-old dancers flirt after a show, plan a park outing with friends, swap snaps.",
    language="fr", start="2026-03-07T21:00:00+00:00",
))

# ---------------------------------------------------------------- B24 ru moderator briefing
CONVS.append(B(
    "b6c24_tg_group_ru_pravila_bezopasnosti", "telegram", "group", "Майнкрафт Дети 10-14 (с модерацией)", "",
    [adult("m", "Модератор Ольга"), kid("a", "Миша"), kid("b", "Вика"), kid("c", "Артур"),
     adult("n", "Модератор Игорь")],
    """
m: 📌 Напоминание о правилах безопасности 📌
m: Никому не пишите свой возраст, школу, адрес и номер телефона. Если вас просят «скинь фото», «давай в личку», «не говори родителям» — это тревожный знак, сразу пишите модератору
m: Мы никогда не просим фото и не раздаём робуксы или гемы «за фотку»
a +10: а если друг из класса просит мой тг?
n: Если это твой друг из жизни — можно. Правило про незнакомцев
b: а можно кидать фото своих построек?
m: Конечно! Постройки и питомцев — сколько угодно 😊
c: а если кто-то пишет «мне тоже 12» но странный
n: Это ничего не доказывает. Скриншот и к нам
a: понятно, спасибо
""",
    tactics=["правила безопасности с цитатами", "скинь фото (цит.)", "давай в личку (цит.)", "не говори родителям (цит.)"],
    notes="Moderators of a Russian kids' Minecraft group post safety rules quoting tactics; children "
          "ask about classmates and screenshots of builds.",
    language="ru", start="2026-03-01T12:00:00+00:00",
))

# ---------------------------------------------------------------- B35 ru trading skins between friends
CONVS.append(B(
    "b6c35_tg_dm_ru_obmen_skinami", "telegram", "dm", "", "",
    [kid("a", "Лёха"), kid("b", "Дима К")],
    """
a: дим, меняемся? мой скин на ак на твой нож
b +4: который нож, керамбит?
a: да
b: не, керамбит дороже. добавь ещё наклейку
a: ладно, скинь трейд ссылку
b: [ссылка]
a: отправил
b: принял ✅
a: кстати завтра после школы ко мне? мама сказала можно, пиццу закажем
b: го, мой папа меня заберёт в 8
a: ок, скинь фото домашки по алгебре пж, я забыл тетрадь
b: [фото]
""",
    tactics=["обмен скинами", "скинь трейд ссылку", "ко мне после школы", "скинь фото домашки"],
    notes="Two 13-year-old friends trade CS skins, plan an afternoon at home with parents' permission, "
          "swap a homework photo.",
    language="ru", start="2026-03-05T17:00:00+00:00",
))

# ---------------------------------------------------------------- B28 it homework photos
CONVS.append(B(
    "b6c28_tg_group_it_compiti_foto", "telegram", "group", "2ªB compiti 📚", "",
    [kid("a", "Giorgia"), kid("b", "Matteo"), kid("c", "Alice R"), kid("d", "Tommi")],
    """
b: qualcuno mi manda la foto degli esercizi di geometria? pagina 112
a: [foto]
b: grazie giò ❤️
c: mandate anche una foto del riassunto di storia pls, ero assente
d: [foto] [foto]
c: siete i migliori
a: domani chi viene in biblioteca a studiare? mia mamma ci accompagna alle 3
b: io!
d: io dopo calcio, mi porta mio papà
c: quanti anni compie la prof venerdì? facciamo il biglietto
a: boh ahah, scriviamo solo auguri
""",
    tactics=["mandami la foto (compiti)", "biblioteca", "mamma ci accompagna", "quanti anni"],
    notes="Italian classmates swap photos of homework and notes and plan a library afternoon with "
          "parents driving.",
    language="it", start="2026-03-03T17:00:00+00:00",
))

# ---------------------------------------------------------------- B38 it cousins/siblings group
CONVS.append(B(
    "b6c38_dc_group_it_cugini_vacanze", "discord", "group", "Cugini Rossi 🍕", "generale",
    [kid("a", "Chiara", "Cugini"), kid("b", "Leo R", "Cugini"), kid("c", "Bianca", "Cugini"),
     adult("z", "Zio Paolo", "Adulti")],
    """
a: quando arrivate al mare? 🏖️
b: sabato mattina, papà guida
c: io e mamma domenica
z: ragazzi vi vengo a prendere io in stazione, Bianca, alle 11
c: grazie zio!
a: mandate le foto del gatto nuovo della nonna
b: [foto]
c: è minuscolo 😭 quanti mesi ha?
b: due
a: non dite a nonna che le abbiamo rotto il vaso l'anno scorso 😂
b: segreto dei cugini 🤐
z: lo so già, ragazzi 😄
""",
    tactics=["vi vengo a prendere (zio)", "mandate le foto", "non dite a nonna", "segreto"],
    notes="Italian cousins and an uncle plan a seaside holiday: a pick-up, a kitten photo, an old "
          "family secret the uncle already knows.",
    language="it", start="2026-03-08T18:00:00+00:00",
))
