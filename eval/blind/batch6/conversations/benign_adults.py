"""Batch 6c benign: adult strangers (dating moved to DMs, selling, clubs, language exchange, flat shares)."""

from __future__ import annotations

from common import B, adult, newcomer

CONVS = []

# ---------------------------------------------------------------- B01 dating moved to Telegram (long)
CONVS.append(B(
    "b6c01_tg_dm_dating_app_to_telegram", "telegram", "dm", "", "",
    [adult("p", "Priya"), adult("t", "Tom H")],
    """
t: hey Priya, it's Tom from the app 👋 moved over like you said, the app keeps logging me out
p +12: haha hi Tom! yes that app is cursed
t: so you were saying you just moved to Leeds?
p: yep, in September. from Nottingham originally
t: how are you finding it
p: love it honestly, Headingley is very student-y though
t: ah you're in Headingley. I'm over in Chapel Allerton
p: fancy 😂
t: it's mostly just dog walkers and brunch places
p: speaking of dogs, your profile pic with the spaniel... yours?
t: that's Biscuit! he's 4, terrible listener
t: [photo]
p: OMG the ears
p: ok I need to meet Biscuit
t: he'll be thrilled, he loves everyone
p: do you mind me asking how old you are? the app said 36 but I swear those things lie
t: 36 is correct, sadly 😅 you?
p: 33
t: perfect, old enough to prefer a quiz night to a club
p: exactly my level
p +1h: sorry, work call. I'm a pharmacist so my phone is a leash
t: no worries at all
t: I'm a structural engineer, so I'm the boring one here
p: bridges?
t: mostly car parks tbh, less glamorous
p: 😂
t +3h: what are you up to this weekend?
p: nothing big. saturday morning free
t: fancy a coffee? there's a nice place by Roundhay park, and Biscuit can come
p: yes! what time
t: 10:30?
p: works for me
t: here's my number in case the app gets weird again: 07700 900462
p: saved. I'll text you so you have mine
t +1d: still on for tomorrow?
p +20: yes! what are you wearing so I can spot you lol
t: green jacket and a spaniel, hard to miss
p: haha fair. I'll be the one in a yellow scarf
t: see you at 10:30 😊
p +1d: that was really lovely. Biscuit stole my heart
t: he's asked about you twice 😂 same time next week?
p: deal
""",
    tactics=["adult dating", "age exchange", "where do you live", "pet photo", "number swap",
             "meet for coffee", "what are you wearing (adult)", "moved to another app"],
    notes="Two adults (36, 33) who matched on a dating app move to Telegram, share ages, areas and a "
          "dog photo, swap numbers and meet for coffee.",
    start="2026-02-05T19:00:00+00:00",
))

# ---------------------------------------------------------------- B02 selling a GPU
CONVS.append(B(
    "b6c02_dc_dm_selling_gpu_meetup", "discord", "dm", "Direct Messages", "kestrel_builds",
    [adult("b", "Dan R", username="danr_pc"), adult("s", "kestrel", username="kestrel_builds")],
    """
b: hey, saw your post in #marketplace, is the 3070 still available?
s +8: hey, yes it is
b: nice. any issues with it? was it mined on?
s: nope, just gaming. upgraded to a 4080
b: can you send a couple pics of it running, like a benchmark or gpu-z screenshot?
s +10: sure [image] [image]
s: temps max out around 72
b: looks clean. would you do 260?
s: 280 and it's yours, comes with the original box
b: deal
b: where are you based?
s: Croydon, near East Croydon station
b: I'm in Sutton, could meet at the station saturday?
s: works. around 2?
b: perfect. cash ok?
s: cash is great
s: my number if anything changes: 555-0167
b: cheers, mine's 555-0193
s +1d: here, by the Boots entrance
b: on my way, 2 min
""",
    tactics=["send pics", "where are you based", "meet at the station", "number swap"],
    notes="Two adults from a PC builders' server sell a graphics card: photos, location, a station "
          "meetup and numbers.",
    start="2026-03-06T20:00:00+00:00",
))

# ---------------------------------------------------------------- B03 board game club
CONVS.append(B(
    "b6c03_dc_group_board_game_club", "discord", "group", "Northside Board Game Club", "meetups",
    [newcomer("n", "Freya", "Member", days_in=1, account=2000), adult("o", "Graham", "Organiser", "Adult"),
     adult("a", "Lou", "Member", "Adult"), adult("c", "Imran", "Member", "Adult"),
     adult("d", "Bex", "Member", "Adult")],
    """
n: hi all! just joined, saw the flyer at the library. is thursday open to newbies?
o +5: welcome Freya! absolutely, we're at the Crooked Pint back room from 7
a: bring nothing but yourself, we've got 200+ games
n: amazing. I'm 29 and have only played catan and codenames, is that ok 😅
c: that's more than I'd played when I started and I'm 41
d: we have a "gentle games" table for exactly that
o: where abouts are you based? some of us car share from the east side
n: Hillcrest, near the big Tesco
d: I'm five min from there! happy to pick you up thursday
n: oh that'd be brilliant, thank you
d: I'll DM you, easier for addresses
a: also there's a whatsapp group for last-minute changes, want adding?
n: yes please
a: send me your number in DM and I'll add you
c: warning: the whatsapp is 90% photos of Graham's cat
o: Pepper is a vital club member
o: [photo]
n: she's gorgeous 😍
d: thursday, 6:40 outside the Tesco?
n: perfect, see you then
""",
    tactics=["age given", "where are you based", "pick you up", "number swap", "DM me", "cat photo"],
    notes="A new adult member of a board game club is offered a lift and a WhatsApp group by other "
          "adults.",
    start="2026-03-09T12:00:00+00:00",
))

# ---------------------------------------------------------------- B04 language exchange (es)
CONVS.append(B(
    "b6c04_tg_dm_es_intercambio_idiomas", "telegram", "dm", "", "",
    [adult("c", "Carmen"), adult("j", "Jake W")],
    """
j: ¡Hola Carmen! Soy Jake, del grupo de intercambio de idiomas. ¿Todavía buscas compañero de inglés?
c +30: ¡Hola Jake! Sí, claro 😊 ¿de dónde eres?
j: De Manchester, pero vivo en Granada desde hace un año
c: ¡Qué bien! Yo soy de Sevilla. ¿Cuántos años tienes, si no es indiscreción?
j: 28. ¿Y tú?
c: 31. Trabajo de enfermera, así que mis horarios son un poco locos
j: No pasa nada. ¿Hacemos una videollamada el jueves? Media hora en español y media en inglés
c: Perfecto. ¿A las 8 de la tarde?
j: Vale. Te paso mi WhatsApp por si acaso: +34 555 012 381
c: Guardado. Por cierto, en tu foto sale un gato, ¿es tuyo?
j: Sí, se llama Churro 😂 [foto]
c: ¡Qué guapo! Yo tengo un perro viejito, te mando foto [foto]
j: ¡Qué mono! ¿Cómo se llama?
c: Toby, tiene 12 años
j: Nos vemos el jueves entonces
c: ¡Hasta el jueves! See you on Thursday 😄
""",
    tactics=["how old are you (adult)", "video call", "whatsapp number", "pet photo", "where are you from"],
    notes="Adult language-exchange partners (28, 31) arrange a video call and swap a WhatsApp number "
          "and pet photos.",
    language="es", start="2026-02-12T18:00:00+00:00",
))

# ---------------------------------------------------------------- B05 flat share
CONVS.append(B(
    "b6c05_tg_dm_flatshare_viewing", "telegram", "dm", "", "",
    [adult("l", "Lauren (room in Bristol)"), adult("m", "Mo Khan")],
    """
m: Hi, I'm messaging about the double room in the 3-bed in Easton. Is it still available?
l +20: Hi Mo! Yes it is. Can I ask a bit about you? We're 2 women, 27 and 30, both work full time
m: Of course. I'm 29, work as a paramedic so shifts, pretty quiet, no pets
l: Great. Shifts are fine, Jas works nights sometimes too
m: Could you send a few more pics of the room and the kitchen?
l: Sure [photo] [photo] [photo]
m: Looks lovely. Are you both usually in during the week or is the flat often empty?
l: Pretty empty in the day, we're both out. Evenings usually someone's home
m: Perfect, I like it quiet after nights
l: Want to come for a viewing? Saturday 11?
m: Yes. I'll be coming by train, is it far from Temple Meads?
l: 15 min walk, or I can pick you up, I'll be driving back from the big shop anyway
m: That would be really kind, thank you
l: My number is 07700 900318, text me when you're off the train
m: Will do, see you Saturday!
""",
    tactics=["ages", "send more pics", "is the flat empty", "pick you up", "number swap"],
    notes="Adults arranging a flat-share viewing: ages, room photos, who is home when, a lift from the "
          "station.",
    start="2026-03-03T09:30:00+00:00",
))

# ---------------------------------------------------------------- B06 de dating
CONVS.append(B(
    "b6c06_dc_dm_de_wandern_date", "discord", "dm", "Direct Messages", "katrin.berlin",
    [adult("k", "Katrin", username="katrin.berlin"), adult("f", "Felix", username="felix_wandert")],
    """
f: Hey Katrin, ich bin Felix aus dem Wander-Server, wir waren beide bei der Tour am Müggelsee 🙂
k +40: Hi Felix! Ja, klar, du warst der mit dem riesigen Rucksack 😂
f: Schuldig. Ich hatte Kuchen für alle dabei
k: Der Kuchen war top
f: Darf ich fragen wie alt du bist? Im Server stand nur "Ü30"
k: 37. Und du?
f: 39
k: Passt ja 😊 Wohnst du in Berlin?
f: In Pankow. Und du?
k: Friedrichshain
f: Hättest du Lust, Sonntag mal auf einen Kaffee zu gehen? Nur wir zwei, ohne Gruppe
k: Gern! Kennst du das Café am Boxhagener Platz?
f: Noch nicht, aber ich lasse mich überraschen
k: Sonntag 15 Uhr?
f: Super. Hier meine Nummer, falls was ist: 0151 5550 2741
k: Gespeichert. Bis Sonntag!
f +3d: Es war richtig schön mit dir. Nächstes Mal wieder wandern?
k: Unbedingt 😊
""",
    tactics=["adult dating", "wie alt bist du", "wo wohnst du", "nur wir zwei", "number swap", "Treffen"],
    notes="Two adults (37, 39) from a hiking server move to DMs and meet for coffee.",
    language="de", start="2026-02-18T20:00:00+00:00",
))

# ---------------------------------------------------------------- B07 fr selling a sofa
CONVS.append(B(
    "b6c07_tg_dm_fr_vente_canape", "telegram", "dm", "", "",
    [adult("v", "Nadia (vends canapé)"), adult("a", "Julien")],
    """
a: Bonjour, le canapé d'angle est toujours dispo ?
v +15: Bonjour ! Oui toujours
a: Super. Vous pouvez m'envoyer d'autres photos ? Surtout les coussins et le dessous
v: Bien sûr [photo] [photo]
a: Il a l'air en très bon état. Des animaux chez vous ?
v: Un chat, mais il ne monte pas dessus (enfin, presque jamais 😅) [photo]
a: Haha il est magnifique
a: Vous habitez où exactement ?
v: À Villeurbanne, près du métro Gratte-Ciel
a: Parfait. Je peux passer le chercher samedi avec mon frère, il a une camionnette
v: Samedi matin ça me va. Je vous envoie l'adresse exacte par SMS, votre numéro ?
a: 06 55 50 12 47
v: C'est noté. 150€ comme annoncé ?
a: Oui, en liquide. À samedi !
""",
    tactics=["envoie des photos", "tu habites où", "je passe te chercher", "numéro", "photo de chat"],
    notes="Adults selling and buying a sofa: photos, address by SMS, pick-up with a van, cat photo.",
    language="fr", start="2026-03-05T10:00:00+00:00",
))

# ---------------------------------------------------------------- B08 pt dating
CONVS.append(B(
    "b6c08_tg_dm_pt_encontro_cafe", "telegram", "dm", "", "",
    [adult("c", "Camila R"), adult("b", "Bruno")],
    """
b: oi Camila! aqui é o Bruno, do aplicativo. vim pro telegram como combinamos 😊
c +25: oii Bruno! que bom
b: tudo bem? como foi o plantão?
c: cansativo, mas ok. e você, saiu cedo do escritório?
b: consegui sair às 6, milagre kkk
c: kkkk
b: você disse que mora em Pinheiros né?
c: isso, perto da Teodoro. e você?
b: Vila Madalena, pertinho
c: que ótimo. quantos anos você tem mesmo? esqueci de olhar no perfil
b: 38. e você?
c: 35
b: manda foto do seu gato, você falou tanto dele kkk
c: [foto] esse é o Paçoca
b: que gordinho lindo
c: ele é um príncipe
b: vamos tomar um café sábado? tem uma padaria boa na Harmonia
c: bora! umas 10h?
b: combinado. meu número: (11) 95550-1844
c: salvei, te mando mensagem lá
""",
    tactics=["adult dating", "quantos anos", "onde mora", "manda foto", "número", "encontro"],
    notes="Adults (38, 35) from a dating app: neighbourhoods, a cat photo, coffee on Saturday, number.",
    language="pt", start="2026-02-20T21:00:00+00:00",
))

# ---------------------------------------------------------------- B09 ru language exchange
CONVS.append(B(
    "b6c09_dc_dm_ru_tandem_videozvonok", "discord", "dm", "Direct Messages", "nastya_tandem",
    [adult("n", "Настя", username="nastya_tandem"), adult("d", "Daniel", username="daniel.learns.ru")],
    """
d: Привет, Настя! Я Даниэль из сервера "Language Tandem". Я учу русский, ты учишь английский, да?
n +1h: Привет! Да, точно 😊 Ты откуда?
d: Я из Гамбурга, но работаю в Лондоне
n: Круто. А я из Новосибирска. Сколько тебе лет, если не секрет?
d: 29. А тебе?
n: 27
d: Давай созвонимся по видео во вторник? 30 минут по-русски и 30 по-английски
n: Давай! В 19:00 по Лондону нормально?
d: Да, идеально
n: Кстати, у тебя на аватарке собака? Скинь фото, я обожаю собак
d: Это Бруно, ему 3 года [фото]
n: Какой милый 😍 У меня кошка, Муся [фото]
d: Она выглядит очень важно
n: Она и есть очень важная 😂
d: До вторника!
n: See you on Tuesday!
""",
    tactics=["сколько тебе лет (adult)", "видеозвонок", "скинь фото", "where are you from"],
    notes="Adult tandem partners (29, 27) arrange a video call and swap pet photos.",
    language="ru", start="2026-02-25T17:00:00+00:00",
))

# ---------------------------------------------------------------- B10 it running club
CONVS.append(B(
    "b6c10_tg_group_it_runners_torino", "telegram", "group", "Runners Torino 🏃", "",
    [adult("a", "Paola"), adult("b", "Davide"), adult("c", "Elena"), newcomer("n", "Marco T", days_in=2, account=900),
     adult("d", "Simo")],
    """
a: buongiorno a tutti! sabato lungo da 18 km al Valentino, ritrovo alle 8 alla fontana
b: ci sono 💪
c: io faccio solo 10, ginocchio ancora ballerino
n +10: ciao a tutti, sono nuovo, ho 42 anni e corro da un anno. va bene il ritmo per un principiante?
a: benvenuto Marco! c'è sempre un gruppetto tranquillo a 6:30/km
d: io ho 55 anni e sono il più lento, quindi sei in buona compagnia 😂
n: perfetto, grazie
c: Marco di che zona sei?
n: San Salvario
c: anch'io! se vuoi ti passo a prendere sabato, vado in macchina
n: gentilissima, volentieri
c: ti scrivo in privato per l'indirizzo
b: e dopo colazione al bar di sempre, offre chi arriva ultimo
d: cioè io 🙃
a: foto di gruppo alla fine come sempre, chi non vuole essere taggato lo dica
""",
    tactics=["età", "di che zona sei", "ti passo a prendere", "ti scrivo in privato", "foto di gruppo"],
    notes="Adult running club: a new member's age, area, a lift offer and 'I'll write you in private'.",
    language="it", start="2026-03-12T07:30:00+00:00",
))

# ---------------------------------------------------------------- B11 photography collective, adult model
CONVS.append(B(
    "b6c11_dc_group_photo_collective_adult_model", "discord", "group", "Lensfolk Photography Collective",
    "model-calls",
    [adult("m", "Marcus", "Photographer", "18+", "Verified"), adult("t", "Tasha", "Model", "18+", "Verified"),
     adult("r", "Rina", "Photographer", "18+", "Mod"), adult("j", "Jonah", "Model", "18+")],
    """
m: model call 📸 shooting a moody portrait series at the old mill next saturday, TFP, 18+ only as always
m: looking for 2 people, any look. bring 2-3 outfits in dark colours
t +20: ooh I'm interested! I'm 24, did the lantern shoot with Rina last year
r: can vouch, Tasha is a dream to work with
m: amazing. could you send a few recent snaps? natural light, no makeup is fine
t: sure, sending in DM so I don't clog the channel
m: 👍
j: I'm in too if you still need someone, 31, beard, very moody face
m: haha perfect, you're in Jonah
m: the mill is a bit out of the way, I can pick you both up from Hebden Bridge station
t: that'd help, I don't drive
r: reminder for everyone: model releases signed on the day, and bring a friend if you want a chaperone, always welcome
m: yep, my partner assists on every shoot anyway
j: what time are we thinking?
m: golden hour, so meet 3:30 at the station
t: see you then 🖤
""",
    tactics=["photoshoot", "send recent snaps", "pick you up", "DM", "model", "ages 24/31"],
    notes="Adult photographers and models (18+ roles, ages 24 and 31) arrange a TFP shoot with lifts "
          "from the station and a chaperone rule.",
    start="2026-03-01T14:00:00+00:00",
))

# ---------------------------------------------------------------- B12 pl flat share
CONVS.append(B(
    "b6c12_tg_dm_pl_pokoj_do_wynajecia", "telegram", "dm", "", "",
    [adult("o", "Ola (pokój Mokotów)"), adult("k", "Kuba")],
    """
k: Dzień dobry, piszę w sprawie pokoju na Mokotowie. Jest jeszcze wolny?
o +30: Cześć! Tak, wolny od 1 kwietnia
k: Super. Mogłabyś wysłać więcej zdjęć pokoju i łazienki?
o: Jasne [zdjęcie] [zdjęcie]
k: Wygląda świetnie. Kto jeszcze tam mieszka?
o: Ja (31 lat) i Marta (28), obie pracujemy. A ty ile masz lat, czym się zajmujesz?
k: 30, jestem programistą, pracuję głównie zdalnie
o: To dobrze, w dzień mieszkanie zwykle jest puste, będziesz miał spokój
k: Idealnie. Mogę przyjść obejrzeć w czwartek wieczorem?
o: Tak, o 18? Adres podam SMS-em, jaki masz numer?
k: 555 014 882
o: Zapisane. Mamy kota, Pani Kicia, nie masz alergii? [zdjęcie]
k: Haha nie, uwielbiam koty
o: To do czwartku!
""",
    tactics=["ile masz lat (adult)", "wyślij zdjęcia", "mieszkanie puste", "numer", "adres", "kot"],
    notes="Adults arranging a flat-share viewing in Warsaw: ages, photos, empty flat in the day, "
          "number and a cat photo.",
    language="pl", start="2026-03-08T11:00:00+00:00",
))

# ---------------------------------------------------------------- B13 nl dating
CONVS.append(B(
    "b6c13_tg_dm_nl_date_station", "telegram", "dm", "", "",
    [adult("s", "Sanne"), adult("j", "Joris")],
    """
j: Hoi Sanne! Leuk dat je me je telegram gaf 😊
s +10: Hoi Joris! Ja die app is zo onhandig
j: Helemaal mee eens. Hoe was je dag?
s: Druk, ouderavond op school. Ik ben juf in groep 6
j: Oh wat leuk. Ik werk bij de gemeente, veel minder spannend
s: Haha. Hoe oud ben je eigenlijk? Ik zag 32 staan
j: Klopt, 32. Jij 30 toch?
s: Ja
j: Zin om vrijdag een drankje te doen in Utrecht? Ik haal je op bij het station
s: Graag! Om 20:00?
j: Top
s +2d: Wat heb je aan vanavond? Dan herken ik je 😄
j: Blauwe jas en een zenuwachtige glimlach
s: Haha schattig. Tot zo!
""",
    tactics=["adult dating", "hoe oud ben je", "ik haal je op", "wat heb je aan (adult)"],
    notes="Two adults (32, 30; she is a teacher) arrange a first date; 'what are you wearing' to be "
          "recognised at the station.",
    language="nl", start="2026-02-26T20:00:00+00:00",
))

# ---------------------------------------------------------------- B14 adults met in a game
CONVS.append(B(
    "b6c14_dc_dm_adults_raid_buddies", "discord", "dm", "Direct Messages", "ironmaple",
    [adult("a", "ironmaple", username="ironmaple"), adult("b", "Quillon", username="quillon_gg")],
    """
b: gg on the raid, that last boss was brutal
a +5: gg! your healing carried honestly
b: haha thanks. asl lol jk
a: 😂 33, f, ohio. you?
b: 29 m, toronto
a: nice. sorry I went quiet mid-fight, my kid woke up
b: no worries, how old?
a: 6, she has a cold so she's been up every hour
b: oof. hope she feels better
a: thanks. you play most evenings?
b: after 9 usually, once work's done
a: same, after bedtime is my gaming time
b: want to do the raid again sunday? I'll add you on steam, it's quillon_gg
a: added ✅
b: if we need to coordinate, my number's +1 555 0128
a: 👍 see you sunday
""",
    tactics=["asl (joke)", "ages", "where from", "add on steam", "number swap"],
    notes="Two adults (33, 29) who met in an MMO: a joking 'asl', a sick child, Steam and a number.",
    start="2026-03-10T03:00:00+00:00",
))

# ---------------------------------------------------------------- B15 es selling concert tickets
CONVS.append(B(
    "b6c15_tg_dm_es_entradas_concierto", "telegram", "dm", "", "",
    [adult("v", "Marta (entradas)"), adult("c", "Álvaro")],
    """
c: Hola! Vi en el grupo que vendes dos entradas para el concierto del sábado
v +8: Hola! Sí, pista, a precio de coste
c: Genial. ¿Me mandas foto de las entradas? Con el nombre tapado si quieres
v: Claro [foto]
c: Perfecto. ¿Cómo hacemos? ¿Bizum?
v: Bizum me va bien. Pásame tu número y te las transfiero por la app oficial
c: 655 501 274
v: Listo. Si prefieres te las doy en mano, trabajo al lado del metro de Sol
c: Mejor en mano, así te conozco y no hay líos jaja
v: Jaja vale, mañana a las 2 en la salida de Preciados
c: Perfecto. Llevo una chaqueta roja
v: Y yo vengo con mi hija pequeña, que sale del cole, así nos ves
c: Genial, hasta mañana!
""",
    tactics=["mándame foto", "pásame tu número", "quedamos en el metro", "te conozco"],
    notes="Adults selling concert tickets: photo, number, meeting by the metro (the seller brings her "
          "daughter).",
    language="es", start="2026-03-11T13:00:00+00:00",
))

# ---------------------------------------------------------------- B16 rehoming a cat
CONVS.append(B(
    "b6c16_dc_dm_rehoming_cat_pickup", "discord", "dm", "Direct Messages", "hollyandthecats",
    [adult("h", "Holly", username="hollyandthecats"), adult("g", "Gareth", username="gareth.w")],
    """
g: hi Holly, I saw your post in #pets-uk about rehoming Mittens. is she still looking for a home?
h +30: hi! yes she is. can I ask a bit about your setup? house or flat, anyone else living with you?
g: house with a garden, just me and my partner, we're both 40ish and work from home mostly
h: that sounds ideal honestly, she hates being alone all day
g: could you send a few more pics of her?
h: of course [photo] [photo]
g: oh she's lovely. how old is she?
h: 5, fully vaccinated and chipped
g: would Saturday work to come and meet her?
h: yes, I'm in Cardiff, Roath. are you far?
g: Penarth, 20 minutes
h: perfect. I'll send you the address, are you home saturday morning if I need to rearrange?
g: yes all morning. my number's 07700 900275
h: great, see you at 11 🐱
""",
    tactics=["send more pics", "how old is she (cat)", "address", "are you home", "number"],
    notes="Adults arranging a cat adoption: who lives with you, more photos, address and number.",
    start="2026-03-04T18:00:00+00:00",
))
