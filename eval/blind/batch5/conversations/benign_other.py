"""Benign hard negatives other than adult small talk: busy groups, friends, homework photos, game friend
requests, parents, moderators, class exercises, teen flirting, surprise parties, trades."""

from __future__ import annotations

from common import PREFIX, adult, benign, kid, member, newcomer

P = PREFIX
CONVS = []

# ------------------------------------------------------------------ o01 busy teen server
CONVS.append(benign(
    f"{P}-b19-dc-group-busy-lunch-chatter", "discord", "group", "8th Grade Survivors", "general",
    [kid("a", "maya", "13-15"), kid("b", "jaden", "13-15"), kid("c", "sofia_r", "13-15"), kid("d", "Liam", "13-15"),
     kid("e", "ppl_call_me_bee", "13-15"), kid("f", "noah.k", "13-15"), newcomer("g", "zara", "13-15", days_in=3, account=400)],
    """
a: who else failed the bio quiz 💀
b: me. 6/20
c: how?? it was open notes
b: i didnt HAVE notes
d: lmaooo
e: did anyone see mr park's tie today it had tacos on it
f: iconic
a: i want that tie
g +2: hi guys im new, moved from denver, maya added me
c: hiii welcome!!
d: welcome to the chaos
b: how old r u? ur in 8th right
g: ya 13, 14 in may
e: same lol we're all 13-14 except liam who is a fossil
d: im 14 and 3 months thats not a fossil
e: fossil
a: zara whats ur snap so i can add u to the group snap
g: zara.skyy
a: added!! ur in "lunch table 4 🍕"
g: yay ty
f: wait send a pic of the new girl lunch table is full lol
c: noah its a group chat not a real table
f: ik im joking
b: zara do u play anything
g: roblox and sims mostly
b: add me on roblox its jaden_plays09
g: sent u a request
b: got it
e: can someone send a pic of the math homework page i left my book at school
c: [photo] pg 114 odd numbers only
e: ur a lifesaver
d: who's going to the game friday
a: me and zara
g: my dad said he'll drive us and pick us up after
d: cool see u there
c: dont forget the spirit wear its orange day
b: i dont own anything orange
e: wear a cheeto costume
b: ...actually
""",
    tactics=["how old are you", "whats ur snap", "send a pic", "add me on roblox", "pick us up"],
    notes="Busy 8th-grade server, seven speakers, a new classmate (13) added by a friend; snap handles, a "
          "roblox friend request, a homework photo, a dad driving to the game.",
    start="2026-03-05T12:15:00+00:00",
))

# ------------------------------------------------------------------ o02 classmates swap snaps
CONVS.append(benign(
    f"{P}-b20-tg-group-classmates-snap-swap", "telegram", "group", "7B 🦖", "",
    [kid("a", "Ellie"), kid("b", "Omar"), kid("c", "Grace"), kid("d", "Ruben")],
    """
a: ok who doesnt have me on snap yet
b: me i got a new phone and lost everything
a: ellie.bxo
c: omar add me too grace.2012
b: ok added both
d: mine is ruben_sk8 ppl never add me back 😭
c: bc u send streaks at 6am
d: its called discipline
a: lol
b: wait is ur birthday soon grace
c: sat!! im turning 13 finally
a: party??
c: sleepover at mine, my mum is sending invites to your parents
d: can boys come
c: no lol its a sleepover
d: rude
b: send a pic of the cake when u get it
c: ok 🎂
""",
    tactics=["snap handles", "add me", "send a pic", "birthday age"],
    notes="Classmates (about 12-13) swapping Snapchat handles and birthday talk.",
    start="2026-02-09T16:30:00+00:00",
))

# ------------------------------------------------------------------ o03 homework photo
CONVS.append(benign(
    f"{P}-b21-dc-group-homework-photo", "discord", "group", "Study Buddies", "homework-help",
    [kid("a", "hannah", "13-15"), kid("b", "kofi", "13-15"), kid("c", "Isla", "13-15"), member("t", "Ms Alvarez", "Teacher", "18+")],
    """
a: can someone send a pic of the chem worksheet, i only have the front side
b: [photo] here
a: thx!! the back is the balancing equations right
b: ya q 5-12
c: anyone get q9? i keep getting 3 O2
b: send a pic of ur working
c: [photo]
b: u forgot the water on the right side
c: OMG ok
t +20: Reminder: show your working, photos of answers copied from each other are easy to spot 😉
a: we're not copying miss we're helping
t: I know, just a reminder! good teamwork
c: can u post the answer key after the deadline miss
t: Friday after 5pm
""",
    tactics=["send a pic", "photo of working", "teacher present"],
    notes="Classmates (13-15) sharing worksheet photos with a teacher in the channel.",
    start="2026-02-17T18:00:00+00:00",
))

# ------------------------------------------------------------------ o04 game friend requests
CONVS.append(benign(
    f"{P}-b22-dc-dm-roblox-friend-request", "discord", "dm", "", "",
    [kid("a", "caleb", account=800, username="calebbb_"), kid("b", "Marco", account=650, username="marco.mp4")],
    """
a: yo that tower defense game was fire
b: ikr the last wave almost killed us
a: i sent u a friend request on roblox
b: whats ur user
a: calebRB_2013
b: ok accepted
a: also add me in fortnite same name
b: cant my mom has a time limit on it rn
a: lol rip
b: tmrw after school?
a: ya 4
b: bet. bring ur cousin he's good at building
a: he's at his dads this week
b: k
""",
    tactics=["friend request", "add me in fortnite", "username swap", "after school"],
    notes="Two boys from the same class swap game usernames after playing together.",
    start="2026-03-09T19:30:00+00:00",
))

# ------------------------------------------------------------------ o05 dad pick-up
CONVS.append(benign(
    f"{P}-b23-tg-dm-dad-pickup-practice", "telegram", "dm", "", "",
    [adult("d", "Dad"), kid("k", "Ava")],
    """
d: hi sweetie, I'll pick you up after practice, around 5:15
k +20: ok. can nora come with us? her mom is late
d: sure, text her mom that we're bringing her home
k: ok
d: are you home alone after? mom has her late shift
k: no grandma is coming at 6
d: right, I forgot. pizza tonight then 🍕
k: YES
d: don't tell your brother, it's a surprise for his good report card
k: lol ok
d: I'm in the blue car by the gym door
k +2h: we're coming out now
""",
    tactics=["pick you up", "are you home alone", "don't tell", "car description"],
    notes="A father arranges a pick-up from practice with family context (mom's shift, grandma, brother).",
    start="2026-03-11T15:00:00+00:00",
))

# ------------------------------------------------------------------ o06 mod safety briefing
CONVS.append(benign(
    f"{P}-b24-dc-group-mod-safety-briefing", "discord", "group", "Cozy Crafters (13+)", "announcements",
    [adult("m", "Rowan", "Moderator", "Adult"), kid("a", "tilly", "13-15"), kid("b", "jo.jo", "13-15"), adult("n", "Priscilla", "Moderator", "Adult")],
    """
m: 📌 Safety reminder for everyone, please read:
m: 1. Nobody here should ask your age, your school or where exactly you live. If someone asks "how old are u" or "whats ur address", tell a mod.
m: 2. If someone says "add me on snap", "let's talk on telegram" or "dm me, it's private", that's a red flag, especially from new accounts.
m: 3. Never send pics or go on webcam with people you don't know, even if they offer robux, nitro or a gift card.
m: 4. "Don't tell your parents" or "delete our chat" = tell a trusted adult straight away. You won't be in trouble.
a: what if someone says theyre a model scout
n: same thing! real agencies talk to parents first, never to you alone in DMs
b: my friend got a dm saying "ur so mature for ur age" is that bad
m: it can be a warning sign, ask your friend to show a mod, we'll have a look
b: ok ill tell her
n: thanks both 💛 you can always open a ticket in #help
""",
    tactics=["quoted grooming phrases", "safety rules", "moderator"],
    notes="Moderators' safety post that quotes age probes, app moves, photo/webcam requests, gifts, secrecy "
          "and modelling lures; children ask follow-up questions.",
    start="2026-01-10T12:00:00+00:00",
))

# ------------------------------------------------------------------ o07 class exercise quoting grooming
CONVS.append(benign(
    f"{P}-b25-dc-thread-class-spot-red-flags", "discord", "thread", "Year 8 PSHE", "online-safety-lesson",
    [adult("t", "Mr Okafor", "Teacher", "Adult"), kid("a", "Freya", "13-15"), kid("b", "Dev", "13-15"), kid("c", "Lottie", "13-15")],
    """
t: Today's task: read this made-up chat and spot the red flags. Reply in this thread.
t: "hey ur really mature for 13" / "are your parents home?" / "send me a selfie, just for me" / "don't tell anyone we talk" / "I'll give you 1000 robux if you video call"
a: the first one is flattery, making u feel special
b: "are your parents home" is checking if ur alone
c: the selfie and the robux one are asking for pics in exchange for stuff
a: and dont tell anyone is secrecy, massive red flag
t: Excellent. What would you do next?
b: screenshot, block, tell an adult
c: report to the platform
t: 👏 and remember you're never in trouble for telling. Homework: write one reply you could send to say no.
a: "no thanks, im telling my mum" lol
t: Perfect, Freya.
""",
    tactics=["quoted grooming dialogue", "class exercise", "teacher"],
    notes="A teacher's class exercise quoting a grooming dialogue; pupils name the tactics.",
    start="2026-02-04T10:00:00+00:00",
))

# ------------------------------------------------------------------ o08 teens flirting same age
CONVS.append(benign(
    f"{P}-b26-tg-dm-teens-flirting-14", "telegram", "dm", "", "",
    [kid("a", "Leo"), kid("b", "Hana")],
    """
a: hey its leo from science lol
b +5: hiii i know 😂 we sit next to each other
a: ya but its different on here
b: lol
a: u looked nice today. the yellow hoodie
b: omg thank u. my sister's
a: ur sister has good taste
b: she's 17 she would agree
a: r u going to the spring dance
b: maybe. r u?
a: if u go
b: 😳 lol
a: is that a yes
b: ok ya. we're both 14 so my mom will want to drop us off lol
a: my dad can drive us home after
b: deal. dont tell priya yet shes gonna scream
a: my lips are sealed
b: ok gn leo
""",
    tactics=["compliment", "dance date", "don't tell", "drop off / drive home"],
    notes="Two 14-year-old classmates flirting non-explicitly and planning a school dance with parents driving.",
    start="2026-03-13T20:30:00+00:00",
))

# ------------------------------------------------------------------ o09 surprise party private thread
CONVS.append(benign(
    f"{P}-b27-dc-private-thread-surprise-party", "discord", "private_thread", "Friend Group 🌈", "jess-bday-secret",
    [kid("a", "Nadia", "13-15"), kid("b", "Sami", "13-15"), kid("c", "Chloe W", "13-15")],
    """
a: ok this thread is secret DONT tell jess
b: lips sealed 🤐
c: what's the plan
a: surprise party at my house saturday 2pm, my mom said yes
b: omg
c: send me ur address again i forgot which house
a: 8 willow court, the one with the red door
b: my mom can pick up chloe on the way
c: yes pls
a: also delete this thread after lol jess reads everything
b: we'll archive it
c: what do we get her
a: the frog plushie she keeps sending pics of
b: LMAO yes
c: i'll bring the cake my dad is a baker
""",
    tactics=["secret thread", "don't tell", "delete this", "address", "pick up"],
    notes="Friends (13-15) plan a surprise party in a private thread: secrecy, 'delete this thread', an "
          "address from the host, a mum picking up a friend.",
    start="2026-03-02T17:00:00+00:00",
))

# ------------------------------------------------------------------ o10 trading skins between friends
CONVS.append(benign(
    f"{P}-b28-dc-dm-friends-skin-trade", "discord", "dm", "", "",
    [kid("a", "Ollie", account=900, username="ollie_ow"), kid("b", "Theo", account=880, username="theo.mp3")],
    """
a: bro will u trade ur frost dragon for my shadow dragon + 400 robux
b: 400?? thats low
a: its all my birthday robux 😭
b: 600 and u carry me in the obby
a: 500 and carry
b: deal
a: ok sending the trade request now
b: accepted
a: W
b: don't tell my brother i traded it he wanted it
a: lol ok
b: see u at school
""",
    tactics=["robux trade", "don't tell", "trade request"],
    notes="Two school friends trade pets plus robux; 'don't tell my brother'.",
    start="2026-02-28T18:00:00+00:00",
))

# ------------------------------------------------------------------ o11 family group
CONVS.append(benign(
    f"{P}-b29-tg-group-family-dinner-invite", "telegram", "group", "Fernandez Family 🏡", "",
    [adult("m", "Mom"), adult("d", "Papi"), kid("a", "Luis"), kid("b", "Carla"), adult("t", "Tía Rosa")],
    """
m: are you home? dinner in 20
a: yes upstairs
b: at emma's, can someone pick me up at 7
d: I'll pick you up, send me emma's address again
b: 42 Birch Lane
d: ok
t: Hola familia! send me your address for Luis's party invitation, I lost it when I changed phones
m: 17 Oak Street Rosa, same as always 😂
t: jaja gracias
t: how old is he turning, 12?
m: 12!! can you believe it
a: mom don't tell her what I want it's a secret
m: lol ok
t: send me a pic of the cake when it's done
m: will do 🎂
""",
    tactics=["are you home", "pick me up", "send me your address", "how old", "send a pic"],
    notes="A family group: dinner, a dad's pick-up, an aunt asking for the address for a birthday invitation.",
    start="2026-03-21T17:40:00+00:00",
))

# ------------------------------------------------------------------ o12 art server compliments
CONVS.append(benign(
    f"{P}-b30-dc-group-art-compliments", "discord", "group", "Doodle Den", "wip",
    [kid("a", "kiki", "13-15"), kid("b", "mothboy", "13-15"), kid("c", "aurora.art", "16-17"), adult("m", "Jun", "Moderator", "18+")],
    """
a: first time doing fur, be nice [image]
b: the FLUFF 😭 its so good
c: send pics of the lineart too i wanna see how u did the shading
a: [image] [image]
c: ur so talented for real, u could do this as a job
a: stop 🥺
b: i wish i could draw eyes like that
a: i can send u the tutorial i used
b: pls
m: love this! enter it in the spring art contest, prize is 3 months of procreate brushes
a: omg ok
""",
    tactics=["send pics", "compliment", "talented", "prize"],
    notes="Art channel: peers compliment a drawing and ask for photos of the lineart; a mod mentions a contest prize.",
    start="2026-03-08T15:00:00+00:00",
))

# ------------------------------------------------------------------ o13 telegram group safety briefing
CONVS.append(benign(
    f"{P}-b31-tg-group-admin-dm-warning", "telegram", "group", "Teen Anime Club 🍥", "",
    [adult("m", "Admin Kay"), kid("a", "yuki"), kid("b", "Sora"), kid("c", "mei")],
    """
m: Heads up everyone: a new account was DMing members asking "how old are you" and offering nitro for a selfie. They're banned.
m: If anyone DMs you "send a pic", "let's move to snap", or "don't tell the admins", screenshot and send it to me.
a: he messaged me too 😬 i didnt answer
m: good call yuki, can you forward me the screenshot?
a: sent
b: is it ok if i add my irl friends here
m: yes if they're 13-17, just tell me their @ first
c: my friend says there's a fake modeling agency dm going around too
m: yep same pattern, real agencies never ask kids for photos in DMs
""",
    tactics=["quoted grooming phrases", "admin warning", "nitro for selfie quoted"],
    notes="A Telegram group admin warns teens about a banned account and quotes its lines.",
    start="2026-02-15T18:00:00+00:00",
))

# ------------------------------------------------------------------ o14 13-year-olds
CONVS.append(benign(
    f"{P}-b32-dc-dm-im-13-too", "discord", "dm", "", "",
    [kid("a", "lumi", account=450, username="lumi.exe"), kid("b", "Piper", account=500, username="piper_pip")],
    """
a: omg ur the one who made the among us fanart in the server!!
b: ya hehe
a: its so cute. how old r u if u dont mind
b: 13 u?
a: IM 13 TOO
b: no way
a: what grade
b: 8th, in canada
a: 7th in ohio lol birthdays are weird
b: wanna be friends
a: yesss. whats ur snap? or do u not have it
b: my mom doesnt let me have snap yet 😭 we can just talk here
a: same tbh i only have it on my sisters phone
b: lol
""",
    tactics=["how old", "im 13 too", "whats ur snap", "where from"],
    notes="Two 13-year-olds in an art server become friends; one asks for Snapchat, the other says mum says no.",
    start="2026-01-30T20:00:00+00:00",
))

# ------------------------------------------------------------------ o15 adult running club group
CONVS.append(benign(
    f"{P}-b33-tg-group-running-club-adults", "telegram", "group", "Parkside Runners 18+ 🏃", "",
    [adult("a", "Gemma"), adult("b", "Raj"), adult("c", "Lorraine"), newcomer("n", "Matteo", days_in=1, account=900), adult("d", "Phil")],
    """
n: hi all, just moved to the area, saw the club on the council site. is sat morning open to newbies?
a: welcome Matteo! yes 8am at the bandstand
b: where did you move from?
n: Bristol, I'm 39, just relocated for work
c: ha you'll bring the average age down, I'm 58 😂
d: nobody's young here, we just run like we are
n: lol. what pace is the group?
a: we have 3 groups, 5:30, 6:30 and the chatty 7:30+
n: 6:30 then
b: there's coffee after at Bean There if you're free
n: perfect. anyone going from the east side? happy to give someone a lift
c: I'm on Kingsway, would love a lift! I'll send you my address
n: great, pm me and I'll add you on whatsapp
d: send a pic of your shoes Matteo, we judge everyone's shoes
n: [photo] 😅
d: approved
""",
    tactics=["where from", "ages", "lift offer", "pm me", "whatsapp", "send a pic"],
    notes="Adult running club group (18+): a newcomer gives his age, offers a lift, swaps WhatsApp with a 58-year-old.",
    start="2026-03-18T19:00:00+00:00",
))

# ------------------------------------------------------------------ o16 adult streamers cam
CONVS.append(benign(
    f"{P}-b34-dc-group-streamers-cam-on", "discord", "group", "Streamer Support 18+", "collab-planning",
    [adult("a", "nerdyNell", "Streamer", "18+"), adult("b", "Kwame_Live", "Streamer", "18+"), adult("c", "foxglove", "18+")],
    """
a: collab tmrw still on? 8pm gmt
b: yes! turn your cam on this time, chat kept asking where you were lol
a: my webcam died, buying a new one tonight
c: send a clip of the intro when it's ready, I'll make the thumbnail
b: @foxglove you're a legend
a: how old is your channel now kwame?
b: 3 years in june
c: happy almost streamiversary
a: also drop your twitter so I can tag you in the post
b: @kwame_live_tv same as everywhere
""",
    tactics=["turn your cam on", "send a clip", "how old", "drop your twitter"],
    notes="Adult streamers plan a collab: 'turn your cam on', handles, 'how old is your channel'.",
    start="2026-02-22T20:00:00+00:00",
))

# ------------------------------------------------------------------ o17 es homework
CONVS.append(benign(
    f"{P}-b35-dc-group-es-foto-tarea", "discord", "group", "2º ESO B", "deberes",
    [kid("a", "Martina", "13-15"), kid("b", "Hugo", "13-15"), kid("c", "Paula", "13-15"), kid("d", "Dani", "13-15")],
    """
a: alguien me manda foto de la tarea de lengua? no la apunté
b: [foto] es la pagina 87 ejercicios 3 y 4
a: graciasss
c: y la de mates?
d: manda foto de tu cuaderno paula q yo no entendí nada
c: [foto] ojo q el 5 creo q está mal
b: el 5 es 24 no 42
c: ah vale lo cambio
a: cuántos años cumple la profe mañana? queremos llevarle algo
d: 40 creo jaja
b: no le digáis nada es sorpresa
""",
    language="es",
    tactics=["manda foto", "foto de la tarea", "cuántos años", "no le digáis nada"],
    notes="Spanish classmates share homework photos and plan a surprise for their teacher's birthday.",
    start="2026-02-16T17:00:00+01:00",
))

# ------------------------------------------------------------------ o18 es mum pick-up
CONVS.append(benign(
    f"{P}-b36-tg-dm-es-mama-recoge", "telegram", "dm", "", "",
    [adult("m", "Mamá"), kid("k", "Diego")],
    """
m: Diego, te recojo a las 6 en la puerta del polideportivo
k +10: vale mama
m: ¿estás solo o con Pablo?
k: con Pablo, su madre llega tarde
m: lo llevamos a casa, ya le escribo a su madre
k: ok
m: y no le digas nada a tu hermana de lo de su cumple 🤫
k: jaja vale
m: ¿quieres que te lleve algo de merienda?
k: un bocata porfa
m: hecho. estoy en el coche gris
""",
    language="es",
    tactics=["te recojo", "estás solo", "no le digas nada", "coche"],
    notes="A Spanish mother's pick-up with family context and a sister's birthday secret.",
    start="2026-03-10T17:00:00+01:00",
))

# ------------------------------------------------------------------ o19 pt friends swapping
CONVS.append(benign(
    f"{P}-b37-tg-group-pt-amigos-insta", "telegram", "group", "8º ano turma A 💙", "",
    [kid("a", "Bruna"), kid("b", "Caio"), kid("c", "Lívia"), kid("d", "Pedro")],
    """
a: gente me segue no insta novo, perdi o outro
a: bruna.s.2012
b: seguindo
c: me passa teu snap tbm
a: brunaa_s
d: quantos anos vc faz semana q vem lívia?
c: 14!! festa no sábado
b: manda foto do bolo depois
c: vou mandar kkk
d: minha mãe leva eu e o caio
b: valeu pedro
""",
    language="pt",
    tactics=["me segue no insta", "me passa teu snap", "quantos anos", "manda foto"],
    notes="Portuguese classmates swapping Instagram/Snapchat and planning a 14th birthday; a mum drives.",
    start="2026-03-04T18:00:00-03:00",
))

# ------------------------------------------------------------------ o20 pt moderator notice
CONVS.append(benign(
    f"{P}-b38-dc-thread-pt-aviso-moderacao", "discord", "thread", "Servidor Minecraft BR", "avisos-de-seguranca",
    [adult("m", "Renan", "Moderador", "18+"), kid("a", "Lucca", "13-15"), kid("b", "Manu", "13-15")],
    """
m: ⚠️ Aviso da moderação: ninguém aqui deve perguntar "quantos anos vc tem" ou "me passa teu whats"
m: Se alguém oferecer robux ou skin em troca de foto, ou pedir pra chamar na câmera, denunciem no #ticket
m: E se pedirem "não conta pros seus pais", é sinal de perigo. Contem pra um adulto
a: e se for amigo da escola pedindo o insta?
m: amigo que vc conhece pessoalmente tudo bem, o problema é estranho
b: valeu renan
""",
    language="pt",
    tactics=["frases de aliciamento citadas", "aviso de moderação"],
    notes="Portuguese moderator notice quoting tactics; a child asks about school friends.",
    start="2026-01-25T14:00:00-03:00",
))

# ------------------------------------------------------------------ o21 de homework
CONVS.append(benign(
    f"{P}-b39-dc-group-de-hausaufgaben-foto", "discord", "group", "Klasse 7c", "hausaufgaben",
    [kid("a", "Jonas", "13-15"), kid("b", "Emma", "13-15"), kid("c", "Ben", "13-15")],
    """
a: kann mir jemand ein foto vom englisch arbeitsblatt schicken
b: [foto] seite 2 fehlt noch, mach ich gleich
a: danke!!
c: schick mal ein foto von deinem heft emma, ich check aufgabe 3 nicht
b: [foto]
c: achso present perfect, ok danke
a: wie alt wird frau berger eigentlich am freitag? wir wollten ne karte kaufen
b: keine ahnung lol, aber nicht verraten dass wir was planen
c: ok
""",
    language="de",
    tactics=["schick ein Foto", "Foto vom Heft", "wie alt", "nicht verraten"],
    notes="German classmates share worksheet photos and plan a card for their teacher.",
    start="2026-02-23T16:00:00+01:00",
))

# ------------------------------------------------------------------ o22 de surprise party with dad
CONVS.append(benign(
    f"{P}-b40-tg-dm-de-papa-ueberraschung", "telegram", "dm", "", "",
    [adult("d", "Papa"), kid("k", "Lea")],
    """
d: Hallo Schatz, ich hol dich um 15 Uhr vom Training ab
k +5: ok
d: bist du danach allein zuhause? Mama ist ja bei Oma
k: nein Tim ist da
d: gut. und verrate Mama nichts von der Überraschungsparty am Sonntag 🤫
k: nein!! wie alt wird sie eigentlich
d: 45, aber das sagen wir nicht laut 😄
k: haha
d: schick mir ein Foto von der Karte, die du gemalt hast
k: [Foto]
d: wunderschön!
""",
    language="de",
    tactics=["ich hol dich ab", "allein zuhause", "verrate nichts", "schick ein Foto"],
    notes="A German father: pick-up from training, home-alone check, the mother's surprise party, a card photo.",
    start="2026-03-13T12:00:00+01:00",
))

# ------------------------------------------------------------------ o23 fr surprise party group
CONVS.append(benign(
    f"{P}-b41-tg-group-fr-fete-surprise", "telegram", "group", "Anniv surprise Manon 🎉", "",
    [kid("a", "Léa"), kid("b", "Hugo"), kid("c", "Zoé"), adult("p", "Maman de Léa")],
    """
a: ok personne dit rien à manon hein
b: promis
c: on supprime le groupe après la fête mdr
p: Bonjour les enfants, la fête c'est samedi 15h chez nous, 12 rue des Lilas
p: Envoyez-moi l'adresse de vos parents pour que je leur envoie l'invitation
b: je demande à ma mère
c: elle a quel âge manon samedi ? 13 ?
a: oui 13
p: Je peux récupérer Zoé en voiture si ses parents sont d'accord
c: merci madame !
""",
    language="fr",
    tactics=["ne dis rien", "supprimer le groupe", "adresse", "récupérer en voiture", "quel âge"],
    notes="French friends plan a surprise party; a mother gives her address, asks for parents' addresses "
          "and offers a lift.",
    start="2026-03-07T18:00:00+01:00",
))

# ------------------------------------------------------------------ o24 fr class exercise
CONVS.append(benign(
    f"{P}-b42-dc-thread-fr-exercice-signaux", "discord", "thread", "Collège Jean Moulin 5e", "cours-emi",
    [adult("t", "M. Durand", "Professeur", "Adult"), kid("a", "Inaya", "13-15"), kid("b", "Tom", "13-15")],
    """
t: Exercice : repérez les signaux d'alerte dans ce faux dialogue.
t: « t'as quel âge ? » « t'es seule chez toi ? » « envoie une photo de toi » « ajoute-moi sur snap » « dis rien à tes parents »
a: « t'as quel âge » c'est pour savoir si on est mineur
b: « dis rien à tes parents » c'est le secret, c'est grave
a: et la photo + snap c'est pour aller ailleurs où personne voit
t: Très bien. Que faut-il faire ?
b: bloquer, faire une capture et en parler à un adulte
t: Parfait 👍
""",
    language="fr",
    tactics=["dialogue d'aliciamento cité", "exercice en classe"],
    notes="A French teacher's exercise quoting a grooming dialogue; pupils name the red flags.",
    start="2026-02-02T09:00:00+01:00",
))

# ------------------------------------------------------------------ o25 ru skins trade
CONVS.append(benign(
    f"{P}-b43-dc-group-ru-obmen-skinami", "discord", "group", "Школа 57 игры", "обмен",
    [kid("a", "Миша", "13-15"), kid("b", "Егор", "13-15"), kid("c", "Даша", "13-15")],
    """
a: кто меняется скинами в кс? есть керамбит
b: я! дам АК и 2 кейса
a: мало, добавь ещё
b: ладно + перчатки
a: по рукам, кидай трейд
c: миша скинь фото инвентаря, хочу посмотреть что у тебя есть
a: [фото]
c: ого
b: только брату моему не говори что я перчатки отдал 😂
a: ок
""",
    language="ru",
    tactics=["обмен скинами", "скинь фото", "не говори"],
    notes="Russian schoolmates trading CS skins; a screenshot of the inventory; 'don't tell my brother'.",
    start="2026-03-01T16:00:00+03:00",
))

# ------------------------------------------------------------------ o26 ru mum pick-up
CONVS.append(benign(
    f"{P}-b44-tg-dm-ru-mama-zaberu", "telegram", "dm", "", "",
    [adult("m", "Мама"), kid("k", "Саша")],
    """
m: Саша, я заберу тебя после музыкалки в 18:30
k +10: хорошо
m: ты один дома до этого? папа на работе
k: да, но я делаю уроки
m: молодец. и никому не открывай дверь
k: знаю мам
m: скинь фото дневника, учительница писала про оценку
k: [фото]
m: отлично, пятёрка! 
""",
    language="ru",
    tactics=["заберу тебя", "один дома", "скинь фото"],
    notes="A Russian mother arranges a pick-up, checks if the child is home alone, asks for a photo of the school diary.",
    start="2026-02-19T15:00:00+03:00",
))

# ------------------------------------------------------------------ o27 it homework
CONVS.append(benign(
    f"{P}-b45-dc-group-it-compiti-foto", "discord", "group", "Terza B", "compiti",
    [kid("a", "Sara", "13-15"), kid("b", "Matteo", "13-15"), kid("c", "Giorgia", "13-15")],
    """
a: qualcuno mi manda una foto degli esercizi di mate? ho lasciato il libro a scuola
b: [foto] pagina 112 n. 4-9
a: grazie mille
c: mandami una foto anche del riassunto di storia pls
a: [foto]
c: sei un mito
b: quanti anni compie il prof venerdì? facciamo una torta
c: non dite niente a nessuno però
""",
    language="it",
    tactics=["mandami una foto", "foto dei compiti", "quanti anni", "non dite niente"],
    notes="Italian classmates share homework photos and plan a cake for their teacher.",
    start="2026-03-16T16:00:00+01:00",
))

# ------------------------------------------------------------------ o28 nl parents pick-up group
CONVS.append(benign(
    f"{P}-b46-tg-group-nl-ouders-ophalen", "telegram", "group", "Ouders JO13 voetbal ⚽", "",
    [adult("a", "Marloes"), adult("b", "Sander"), adult("c", "Ingrid")],
    """
a: wie kan zaterdag rijden naar de uitwedstrijd in Amersfoort?
b: ik kan 3 kinderen meenemen. ik haal ze om 8:15 op bij de club
c: top, kun jij Daan ook ophalen? hij is 12 en wij zijn weg
b: natuurlijk, stuur me jullie adres dan haal ik hem thuis op
c: Lindelaan 4, dank je!
a: en vergeet de kinderen niet dat het shirt mee moet
b: stuur straks een foto van het team voor de nieuwsbrief
""",
    language="nl",
    tactics=["ophalen", "stuur je adres", "hij is 12", "stuur een foto"],
    notes="Dutch parents of an under-13 football team organise lifts; address and a team photo.",
    start="2026-03-19T20:00:00+01:00",
))

# ------------------------------------------------------------------ o29 pl homework
CONVS.append(benign(
    f"{P}-b47-dc-group-pl-zadanie-domowe", "discord", "group", "Klasa 7a", "zadania",
    [kid("a", "Zosia", "13-15"), kid("b", "Kuba W", "13-15"), kid("c", "Ola", "13-15")],
    """
a: wyślij mi zdjęcie zadania z matmy, nie zapisałam
b: [zdjęcie] strona 64, zadanie 2 i 5
a: dzięki!!
c: a ile lat kończy pani od polskiego? robimy kartkę
b: chyba 50, ale nie mówcie jej nic
c: okej
a: dodaj mnie na roblox, mam nowe konto zosia_gra
b: wysłałem zaproszenie
""",
    language="pl",
    tactics=["wyślij zdjęcie", "ile lat", "nie mówcie nic", "dodaj mnie na roblox"],
    notes="Polish classmates share homework photos, plan a teacher's card and add each other on Roblox.",
    start="2026-02-25T17:00:00+01:00",
))
