"""Benign: small talk between ADULT strangers (dating chats moved to Telegram/Discord, hobby groups,
buying/selling, pen pals). They ask ages, where the other lives, whether they are home tonight, send
pet and food pictures, swap numbers, plan meetups and compliment each other - all adults."""

from __future__ import annotations

from common import PREFIX, adult, benign

P = PREFIX
CONVS = []

# ------------------------------------------------------------------ a01 dating match moved to Telegram
CONVS.append(benign(
    f"{P}-b01-tg-dm-dating-match-coffee", "telegram", "dm", "", "",
    [adult("a", "Priya"), adult("b", "Tom H")],
    """
b: hey, it's Tom from hinge 👋 moved over like you said, the app keeps logging me out
a +20: haha hi Tom! yes it's awful. glad you made it
b: so your profile said 31 but then one of your prompts said "turning 30 this year" so i'm confused lol
a: ugh I never updated it. I'm 31, the prompt is ancient. you're 34 right?
b: 34, yeah. and the height is accurate I promise
a: lol good to know
b: where in the city are you? I'm over in Riverside, near the old brewery
a: oh nice, I'm in Eastgate. so like 20 min away
b: not bad at all
b +3: what are you up to tonight
a: honestly couch + leftover thai. you?
b: same energy. are you home alone or do you have roommates?
a: just me and the cat, roommate moved out in jan 🙌
b: the famous cat from pic 4?
a: that's Biscuit. hang on
a: [photo]
b: ok Biscuit is extremely handsome
a: he knows. send me a pic of yours? your profile said dog person
b: [photo] this is Juno, she's 6, she snores
a: omg the ears!! ok she's perfect
b +10: you look great in the hiking pic btw, where was that
a: thank you! that's Mount Baldy, did it with my sister last summer
b: I've wanted to do that one forever
a: it's worth it but bring 3L of water
b: noted. so... coffee this weekend? somewhere public and boring, I promise no hiking
a: haha yes. Saturday 11 at Copper Kettle?
b: perfect. here's my number in case telegram dies too: 555-0137
a: saved! I'll text you mine
a: 555-0164 that's me
b: great. see you saturday 🙂
""",
    tactics=["age talk", "where do you live", "home alone tonight", "pet photo", "number swap",
             "meetup", "compliment on photo"],
    notes="Two adults (31, 34) from a dating app move to Telegram, ask ages, where they live, alone tonight, "
          "swap pet pics and numbers, plan a public coffee date.",
    start="2026-02-19T20:10:00+00:00",
))

# ------------------------------------------------------------------ a02 board-game server adults
CONVS.append(benign(
    f"{P}-b02-dc-dm-boardgame-strangers", "discord", "dm", "", "",
    [adult("a", "meeple_mara", username="meeple_mara"), adult("b", "Gareth", username="gareth.plays")],
    """
b: hey! saw your post in #looking-for-group about a wingspan night, still looking for a 4th?
a +12: yes!! we're 3 right now. are you in the area?
b: depends where "the area" is lol, I'm in Leeds
a: perfect we play at a cafe in Headingley
b: oh that's 10 min from me
a: can I ask how old you are? not being weird, the group is all late 20s/30s and one guy brought his 15 yo nephew last time and it was awkward with the drinking lol
b: fair! I'm 32
a: great, I'm 29, the others are 30 and 35
b: cool. do you guys play anything heavier? I've been dying to play Brass
a: omg Gavin owns Brass. you'd get along
b: is it every week?
a: every other thursday, 7pm. next one is the 12th
b: works for me
a +4: random but is that a greyhound in your avatar
b: it is! Pip, retired racer. here [photo]
a: STOP he's so elegant
b: he's a couch potato actually. 40mph then sleeps 20 hours
a: lol. here's my chaos gremlin [photo] Nugget, jack russell
b: he looks like he'd eat a meeple
a: he HAS eaten a meeple
b: 😂
a: I'll add you to the group chat on whatsapp, what's your number?
b: 555 0192
a: done, the group's called "Cardboard Crimes"
b: amazing. see you on the 12th!
""",
    tactics=["how old are you", "where do you live", "pet photos", "number swap", "meetup"],
    notes="Adults from a board-game server (32, 29) arrange a cafe games night, swap dog pics and WhatsApp "
          "numbers; the age question is explicitly about keeping the group adult.",
    start="2026-03-02T19:00:00+00:00",
))

# ------------------------------------------------------------------ a03 marketplace bike sale
CONVS.append(benign(
    f"{P}-b03-tg-dm-bike-sale-pickup", "telegram", "dm", "", "",
    [adult("a", "Renata K"), adult("b", "Olu")],
    """
b: Hi, is the Trek road bike still for sale? Saw it in the Northside buy/sell group
a +30: Hi! yes still available
b: great. any scratches? the pics are a bit dark
a: a couple on the top tube, I'll send better pics
a: [photo] [photo]
b: that's fine, thanks. what size frame?
a: 56. I'm 5'11 for reference
b: perfect, same as me
b: would you do 380?
a: 400 and I'll throw in the lights and the lock
b: deal
b: are you home tonight? I could come pick it up after work, like 7
a: yes I'm home all evening. address is 14 Larch Road, flat 2, buzz twice
b: great. cash ok?
a: cash is perfect
b: can I take it for a quick spin up the street first? not being difficult, just the gears
a: of course, totally normal
b: my number if anything changes: 555-0175
a: thanks, mine's 555-0121. see you at 7
b +4h: just parked outside, blue car
a: coming down!
b +1h: rides great, thanks again Renata
""",
    tactics=["are you home tonight", "address sharing", "send pics", "number swap", "pick-up"],
    notes="Adults selling a bike: pictures, 'are you home tonight', home address and numbers for the pick-up.",
    start="2026-03-10T12:00:00+00:00",
))

# ------------------------------------------------------------------ a04 language-exchange pen pals
CONVS.append(benign(
    f"{P}-b04-tg-dm-penpals-language-exchange", "telegram", "dm", "", "",
    [adult("a", "Hiroshi"), adult("b", "Claire")],
    """
a: Hello Claire! I'm Hiroshi from the language exchange group. You want to practice Japanese and I want English, yes?
b +2h: Hi Hiroshi! Yes exactly 😊 はじめまして!
a: はじめまして! Your Japanese is good already
b: haha that's the only sentence I know perfectly
a: lol. Can I ask about you? How old are you and what do you do?
b: sure! I'm 27, I'm a nurse in Manchester. you?
a: I am 30, I work in a bank in Osaka. Very boring lol
b: not boring! Osaka food is famous
a: yes! takoyaki is my soul food. I will send picture
a: [photo]
b: that looks amazing. here's my dinner, very sad in comparison [photo]
a: beans on toast? is this real British food
b: 😂 it's tired nurse food
a: haha. Do you live alone?
b: with a flatmate and her cat. you?
a: alone, small apartment. 25 square meter lol
b: cosy!
a +1d: Good morning! For practice, maybe we do video call on Sunday? 30 min English, 30 min Japanese
b: that'd be great, Sunday 10am my time = 6pm yours?
a: perfect. Should we use whatsapp? telegram video is bad for me
b: sure, 555-0148
a: added you. See you Sunday! がんばって!
""",
    tactics=["how old are you", "do you live alone", "food photos", "video call", "move to whatsapp"],
    notes="Adult pen pals (27, 30) in a language exchange: ages, jobs, living alone, food pics, a video call "
          "and moving to WhatsApp.",
    start="2026-01-14T09:00:00+00:00",
))

# ------------------------------------------------------------------ a05 hiking server, adults
CONVS.append(benign(
    f"{P}-b05-dc-dm-hiking-compliment", "discord", "dm", "", "",
    [adult("a", "Dana", username="dana.trails"), adult("b", "Marcus R", username="marcusr_outdoors")],
    """
b: hey, loved your photos from the Ridge Loop in #trip-reports. you look great up there, very "I own this mountain"
a +40: haha thank you! felt like death at the time
b: didn't show. how long was it?
a: 14 miles, 3k ft. took us 7 hours with lunch
b: respect. I'm 41 and my knees would file a complaint
a: lol I'm 38, mine already did. poles save lives
b: noted
b: are you doing anything this weekend? a few of us from the server are doing Falls Creek on sunday
a: oh I've wanted to do that one. who's going?
b: me, Kenji, Beth and her husband. meeting at the trailhead lot 8am
a: I'm in. I'll drive myself, I usually leave early anyway
b: great. are you around saturday night for a quick call to sort gear? or just chat here is fine too
a: here is fine, I'm home alone with netflix saturday so I'll be online lol
b: perfect. bring microspikes, there's still ice at the top
a: got them. see you sunday!
""",
    tactics=["compliment on photo", "how old", "are you alone", "weekend meetup", "call"],
    notes="Adults (41, 38) in a hiking server: compliment on a photo, ages, 'home alone with netflix', group hike.",
    start="2026-03-12T17:30:00+00:00",
))

# ------------------------------------------------------------------ a06 room sublet
CONVS.append(benign(
    f"{P}-b06-tg-dm-room-viewing", "telegram", "dm", "", "",
    [adult("a", "Jonas"), adult("b", "Amira")],
    """
b: Hi Jonas, I'm interested in the room you posted in the Flatshare Berlin group. Is it still free?
a +15: Hi Amira, yes it is! From April 1st
b: great. can you send a few more pics of the room and the kitchen?
a: sure [photo] [photo] [photo]
b: looks lovely. who else lives there?
a: just me, I'm 33, I work from home 2 days a week. it's quiet
b: I'm 29, PhD student, also quiet lol
a: 😄 can I ask, smoker? pets?
b: no and no, sadly no pets
a: are you free tonight to see it? I'm home after 6
b: tonight works, 7?
a: 7 is good. Bergstraße 22, 3rd floor, name on the bell is Weber
b: perfect. I'll bring my friend along if that's ok, she always checks flats with me
a: of course, very sensible
b: see you at 7
""",
    tactics=["send pics", "who lives there", "home tonight", "address", "ages"],
    notes="Adults arranging a flat viewing: photos, ages, 'I'm home after 6', address; she brings a friend.",
    start="2026-03-03T14:00:00+01:00",
))

# ------------------------------------------------------------------ a07 gamer adults
CONVS.append(benign(
    f"{P}-b07-dc-dm-gamers-setup-pic", "discord", "dm", "", "",
    [adult("a", "vex", username="vex_irl"), adult("b", "Holt", username="holt_main")],
    """
a: gg last night, u carried that last round of hunt
b +2h: lol thx. ur flank saved us
a: we should run duos more often
b: ya for sure. what timezone r u
a: est. u?
b: cst. so basically same
a: how old r u btw, u sound like my age on vc
b: 31 lol. u?
a: 29. ok so we're both ancient in this game
b: facts, every lobby is screaming 19 year olds
a: 😂
a: send a pic of ur setup? u said u built a new rig
b: [photo] 4070 and way too much rgb
a: clean. mine's a mess [photo]
b: is that a cat on ur desk
a: she lives there. her name is Sauce
b: perfect name
a: add me on steam too, vex_irl, easier for invites
b: sent
a: tomorrow 9 est?
b: bet
""",
    tactics=["how old are you", "send a pic of setup", "add me on steam", "where are you"],
    notes="Adult gamers (31, 29) compare ages and setups, swap Steam names, plan games.",
    start="2026-02-25T23:00:00+00:00",
))

# ------------------------------------------------------------------ a08 second date nerves
CONVS.append(benign(
    f"{P}-b08-tg-dm-second-date-wearing", "telegram", "dm", "", "",
    [adult("a", "Sophie L"), adult("b", "Dev")],
    """
a: ok so what are you wearing tomorrow, I need to know the dress code for this place 😅
b: lol it's a tapas bar not a gala. jeans + a nice shirt
a: ok good I was about to iron a dress
b: you'd look great in anything tbh
a: smooth. very smooth for a 35 year old accountant
b: I'm 36 now actually, birthday was monday
a: WHAT you didn't tell me! happy belated!!
b: thank you 😄 my sister made me a cake shaped like a spreadsheet
a: pic or it didn't happen
b: [photo]
a: 😂😂 that's incredible
b: are you still ok to meet there at 8?
a: yes! I'll get the tram, it stops right outside
b: great. text me when you're close, 555-0119 in case you lost it
a: I have it. also I'm a bit nervous lol don't tell anyone, my friends think I'm very chill
b: your secret is safe. I'm nervous too
a: good, we can be nervous together
""",
    tactics=["what are you wearing", "compliment", "don't tell anyone", "meetup", "number"],
    notes="Adults (36 and a peer) before a second date: 'what are you wearing', compliments, 'don't tell "
          "anyone' about nerves, meeting at a bar.",
    start="2026-03-06T21:00:00+00:00",
))

# ------------------------------------------------------------------ a09 photography server TFP shoot between adults
CONVS.append(benign(
    f"{P}-b09-dc-dm-tfp-shoot-adults", "discord", "dm", "", "",
    [adult("a", "Iris", username="iris.lens"), adult("b", "Noor", username="noor.models")],
    """
a: Hi Noor! I saw your post in #model-call, I'm a portrait photographer looking for a TFP shoot for my portfolio
b +1h: hi! yes I'm interested. can I see your work?
a: of course, portfolio: iris-lens-photo dot com. mostly natural light portraits
b: these are gorgeous
a: thank you! can I ask your age? I only shoot adults for TFP, I ask everyone
b: 26, I can show ID on the day
a: perfect, I'm 33. you have a great look for the golden hour set I'm planning
b: aw thanks. where would it be?
a: the botanical gardens, public, around 6pm. you're welcome to bring a friend
b: I'll bring my boyfriend, he carries bags lol
a: ha, perfect reflector holder
a: could you send me 2-3 recent unedited photos? just to plan colours and wardrobe
b: sure [photo] [photo]
a: great, earth tones would be lovely on you
b: I have a rust dress
a: perfect. I'll send a short model release over email, what's your email?
b: noor.models@mailbox.test
a: sent! see you saturday
""",
    tactics=["modelling", "age question", "send photos", "meetup", "compliment"],
    notes="Adult photographer and adult model arrange a public TFP shoot; age asked to confirm adult; "
          "photos and a release form.",
    start="2026-04-02T12:00:00+00:00",
))

# ------------------------------------------------------------------ a10 long-distance friends, are you in bed
CONVS.append(benign(
    f"{P}-b10-tg-dm-night-owls-in-bed", "telegram", "dm", "", "",
    [adult("a", "Kasia"), adult("b", "Ben")],
    """
b: are you in bed already? it's like 1am there
a +3: lol yes but not sleeping. insomnia club
b: same, 7pm here and I'm already tired. 44 is hitting different
a: stop you're not old. I'm 42 and I refuse to be old
b: how was the interview?
a: good I think! they asked me to come back for a second round
b: Kasia!! that's great
a: don't tell anyone yet, I don't want to jinx it
b: lips sealed 🤐
a: what are you having for dinner
b: [photo] chili. third night in a row
a: bachelor life
b: you're just jealous of my chili
a: I am actually. send me the recipe
b: only if you come visit, then I'll make it
a: deal, in summer. are you still in the same flat?
b: same place, 23 Alder Street, the spare room is yours whenever
a: ok night night for real
""",
    tactics=["are you in bed", "don't tell anyone", "food photo", "address", "visit"],
    notes="Two adult friends (44, 42) in different countries; 'are you in bed', 'don't tell anyone yet' "
          "(job news), address for a summer visit.",
    start="2026-01-20T00:10:00+00:00",
))

# ------------------------------------------------------------------ a11 es dating
CONVS.append(benign(
    f"{P}-b11-tg-dm-es-cita-perro", "telegram", "dm", "", "",
    [adult("a", "Lucía"), adult("b", "Javi")],
    """
b: hola Lucía! soy Javi, de la app. me pasé a telegram como dijimos
a +10: holaa! qué bien, la app va fatal
b: oye, ¿cuántos años tienes? en tu perfil no salía
a: 32, ¿y tú?
b: 34. ¿dónde vives? yo estoy en Chamberí
a: en Lavapiés, cerquita
b: genial. ¿tienes mascota? me pareció ver un perro en una foto
a: sí! Toby, mándame foto del tuyo y te mando la del mío
b: [foto] esta es Lola, 4 años, muy pesada
a: [foto] y este es Toby 😍
b: qué guapo. y tú también sales muy guapa en tus fotos, por cierto
a: jaja gracias
b: ¿estás en casa esta noche o has salido?
a: en casa con Toby y una pizza
b: plan perfecto. ¿quedamos el sábado para un café? en algún sitio céntrico
a: vale! el sábado a las 12 en la plaza de Olavide
b: perfecto. te paso mi número por si acaso: 555 014 233
a: guardado 😊
""",
    language="es",
    tactics=["cuántos años tienes", "dónde vives", "foto de mascota", "estás en casa", "quedar", "número"],
    notes="Spanish adults (32, 34) from a dating app: ages, barrios, dog photos, at home tonight, coffee, number.",
    start="2026-02-21T21:00:00+01:00",
))

# ------------------------------------------------------------------ a12 pt console sale
CONVS.append(benign(
    f"{P}-b12-dc-dm-pt-venda-console", "discord", "dm", "", "",
    [adult("a", "Rodrigo", username="rodrigo.games"), adult("b", "Fernanda", username="nanda_f")],
    """
b: oi Rodrigo, vi no canal de vendas que vc tá vendendo um PS5, ainda tá disponível?
a +20: oi! tá sim
b: manda umas fotos do console e do controle?
a: [foto] [foto] tá bem conservado, uso pouco
b: show. quanto tempo de uso?
a: 1 ano, tenho a nota fiscal
b: faz 2800?
a: 2900 e vai com 2 jogos
b: fechado
b: vc tá em casa hoje à noite? posso passar pra buscar
a: tô sim, depois das 19h. moro no Tatuapé, rua das Acácias 88
b: perfeito. me passa teu whats pra eu avisar quando chegar
a: (11) 5555-0142
b: valeu! meu marido vai junto, ele que entende de console kkk
a: tranquilo, pode testar aqui
""",
    language="pt",
    tactics=["manda fotos", "tá em casa hoje", "endereço", "me passa teu whats"],
    notes="Portuguese adults buying/selling a console: photos, 'tá em casa hoje à noite', address, WhatsApp.",
    start="2026-03-08T13:00:00-03:00",
))

# ------------------------------------------------------------------ a13 de dating
CONVS.append(benign(
    f"{P}-b13-tg-dm-de-date-hund", "telegram", "dm", "", "",
    [adult("a", "Katrin"), adult("b", "Stefan")],
    """
b: Hallo Katrin, hier ist Stefan von der App 🙂 hab gesehen du bist auch auf Telegram
a +30: Hi Stefan! Ja, ist entspannter hier
b: Darf ich fragen wie alt du bist? Im Profil stand nichts
a: 38, und du?
b: 41. Wo wohnst du genau? Ich bin in Ehrenfeld
a: Sülz, also gar nicht weit
b: Schick mal ein Foto von deinem Hund, der auf deinem Profilbild ist so süß
a: [Foto] das ist Emil, 3 Jahre, Beagle, frisst alles
b: Haha herrlich. Meine Katze würde ihn hassen
a: 😂
b: Du siehst übrigens toll aus auf dem Foto am Rhein
a: Danke, das war an meinem Geburtstag
b: Bist du heute Abend zuhause? Vielleicht telefonieren wir kurz?
a: Ja, ab 20 Uhr, ruf gern an
b: Und treffen wir uns Samstag auf einen Kaffee? Café Rosa?
a: Gern, 15 Uhr?
b: Perfekt. Meine Nummer: 0555 01234
""",
    language="de",
    tactics=["wie alt bist du", "wo wohnst du", "Foto vom Hund", "heute Abend zuhause", "treffen", "Nummer"],
    notes="German adults (38, 41) from a dating app: ages, neighbourhoods, dog photo, compliment, call, coffee.",
    start="2026-02-12T18:00:00+01:00",
))

# ------------------------------------------------------------------ a14 fr adults from a climbing server
CONVS.append(benign(
    f"{P}-b14-dc-dm-fr-escalade", "discord", "dm", "", "",
    [adult("a", "Camille", username="camille.grimpe"), adult("b", "Yanis", username="yanis_bloc")],
    """
b: salut Camille, c'est Yanis du serveur escalade Lyon, tu cherchais un binôme pour la salle ?
a +15: salut ! oui carrément
b: tu grimpes à quel niveau ?
a: 6a en tête, 6b en bloc les bons jours
b: pareil à peu près. t'as quel âge si c'est pas indiscret ? le groupe c'est plutôt 25-40
a: 31, et toi ?
b: 28
a: ok parfait
b: t'habites où ? moi Croix-Rousse
a: Villeurbanne, donc la salle de Gerland c'est bien pour moi
b: top. on se voit samedi ? 10h ?
a: samedi 10h ça marche
b: tu veux mon numéro au cas où ? 06 55 50 12 34
a: je t'envoie un texto
b: au fait t'es super forte sur la vidéo que t'as postée
a: merci ! c'était mon projet de l'hiver
""",
    language="fr",
    tactics=["t'as quel âge", "t'habites où", "on se voit samedi", "numéro", "compliment"],
    notes="French adults (31, 28) from a climbing server: age asked because the group is adult, addresses "
          "by district, gym meetup, number.",
    start="2026-03-15T11:00:00+01:00",
))

# ------------------------------------------------------------------ a15 ru adults meeting
CONVS.append(benign(
    f"{P}-b15-tg-dm-ru-znakomstvo", "telegram", "dm", "", "",
    [adult("a", "Ольга"), adult("b", "Сергей")],
    """
b: Привет, Ольга! Это Сергей из чата любителей кино
a +10: Привет) рада познакомиться
b: можно спросить, сколько тебе лет?
a: 31, а тебе?
b: 35. Ты где живёшь? я на Васильевском
a: я на Петроградке, рядом
b: у тебя на аватарке кот? скинь фото кота)
a: [фото] это Барсик, 5 лет
b: какой важный) а вот мой ужин [фото]
a: ого, сам готовил?
b: сам) ты сегодня дома вечером?
a: да, смотрю сериал
b: может, сходим в субботу в кино? на новый фильм Звягинцева
a: давай! в 19:00?
b: отлично. давай в вотсап, мой номер +7 555 012 34 56
a: добавила)
""",
    language="ru",
    tactics=["сколько тебе лет", "где живёшь", "скинь фото кота", "ты дома", "вотсап", "встреча"],
    notes="Russian adults (31, 35) from a film-club chat: ages, districts, cat photo, at home tonight, cinema, WhatsApp.",
    start="2026-02-05T19:30:00+03:00",
))

# ------------------------------------------------------------------ a16 it adults
CONVS.append(benign(
    f"{P}-b16-tg-dm-it-aperitivo", "telegram", "dm", "", "",
    [adult("a", "Chiara"), adult("b", "Luca")],
    """
b: ciao Chiara! sono Luca, ci siamo scritti sull'app. eccomi qui
a +20: ciao Luca! 😊
b: quanti anni hai? io 36
a: 33. dove abiti? io a Isola
b: Navigli. sei a casa stasera?
a: sì, sto cucinando [foto]
b: che buona! carbonara vera?
a: ovviamente, niente panna
b: brava. e sei molto carina nelle foto, lo dico
a: grazie 😄
b: facciamo un aperitivo venerdì? Navigli o dove vuoi tu
a: venerdì alle 19 va bene. ti lascio il mio numero: 333 555 0147
b: perfetto, ti scrivo su whatsapp
""",
    language="it",
    tactics=["quanti anni hai", "dove abiti", "sei a casa stasera", "foto cibo", "numero", "appuntamento"],
    notes="Italian adults (36, 33) from a dating app: ages, districts, home tonight, food photo, aperitivo, number.",
    start="2026-03-17T18:30:00+01:00",
))

# ------------------------------------------------------------------ a17 nl second-hand bike
CONVS.append(benign(
    f"{P}-b17-dc-dm-nl-fiets-ophalen", "discord", "dm", "", "",
    [adult("a", "Pieter", username="pieter.fietst"), adult("b", "Femke", username="femke_vd")],
    """
b: Hoi Pieter, is de bakfiets uit #te-koop nog beschikbaar?
a +10: Hoi Femke, ja die is er nog
b: kun je nog een foto sturen van de bak van binnen?
a: [foto] paar krasjes maar verder prima
b: ziet er goed uit. voor mijn twee kids, de oudste is 4
a: perfect, hij heeft een bankje met gordels
b: ben je vanavond thuis? dan kom ik kijken
a: ja na 18:00. Kastanjelaan 7 in Utrecht
b: top, ik neem mijn man mee
a: prima. mijn nummer 06 5550 1234 als je er bent
b: tot vanavond!
""",
    language="nl",
    tactics=["stuur een foto", "ben je vanavond thuis", "adres", "nummer"],
    notes="Dutch adults, a parent buying a cargo bike: photo, 'ben je vanavond thuis', address, number.",
    start="2026-03-19T12:00:00+01:00",
))

# ------------------------------------------------------------------ a18 pl adults dating
CONVS.append(benign(
    f"{P}-b18-tg-dm-pl-randka", "telegram", "dm", "", "",
    [adult("a", "Marta"), adult("b", "Kuba")],
    """
b: cześć Marta, tu Kuba z aplikacji 😊
a +15: hej Kuba! dobrze że tu, aplikacja się zawiesza
b: ile masz lat? ja 37
a: 34. gdzie mieszkasz?
b: na Mokotowie, a ty?
a: Żoliborz. masz psa na zdjęciu?
b: tak, to Reksio [zdjęcie]
a: słodki! wyślę ci mojego kota [zdjęcie]
b: piękny. ty też ładnie wyglądasz na zdjęciach
a: dzięki 🙂
b: jesteś dziś w domu? może zadzwonię
a: tak, po 20
b: i kawa w sobotę? kawiarnia na Placu Zbawiciela
a: super, o 11. mój numer 555 012 345
""",
    language="pl",
    tactics=["ile masz lat", "gdzie mieszkasz", "zdjęcie psa", "jesteś dziś w domu", "spotkanie", "numer"],
    notes="Polish adults (37, 34) from a dating app: ages, districts, pet photos, call, coffee, number.",
    start="2026-02-26T19:00:00+01:00",
))
