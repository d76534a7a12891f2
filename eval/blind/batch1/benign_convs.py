"""Blind batch 1 - benign hard-negative conversations (Part B).

Same ``WHO [+delay] [^]: text`` notation as the grooming scripts (eval/grooming/script.py), with no
critical mark. Every chat carries words a keyword filter would trip on (snap, pic, alone, secret,
pick you up, robux, how old, address, model, cam ...) in a context a moderator would not act on.
"""

from __future__ import annotations

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import kid, member, newcomer, parse


def bconvo(id, platform, chat, community, channel, people, script, *, tactics, notes, language="en",
           start="2026-03-14T16:00:00+00:00") -> Conversation:
    lines, critical = parse(script)
    if critical is not None:
        raise ValueError(f"{id}: benign conversation has a critical mark")
    placed = [Person(p.key, f"{id}/{p.id}", p.name, p.roles, p.joined_days_ago, p.username, p.is_bot,
                     p.account_days_old) for p in people]
    return Conversation(id=id, platform=platform, chat=chat, community=community, channel=channel,
                        people=placed, lines=lines, kind="benign", tactics=list(tactics), notes=notes,
                        language=language, start=start)


def adult(key, name, *roles, days_in=400, account=2000, username=None):
    return member(key, name, *roles, days_in=days_in, account=account, username=username)


BENIGN = []
add = BENIGN.append

# =========================================================================== Discord, English

add(bconvo(
    "b1b01_dc_en_busy_roblox_general", "discord", "group", "Blox Hangout", "general",
    [kid("a", "FrostByte", "13-15"), kid("b", "mila🌸", "13-15"), kid("c", "Jupiter", "16-17"),
     newcomer("n", "pebble", "13-15", days_in=0.2, account=400), kid("d", "tater", "13-15"),
     Person("bot", "bot", "HangoutBot", ("Bot",), 400, "hangoutbot", True, 900)],
    """
bot: Welcome @pebble! Pick your age role in #roles and read the rules. No asking for snaps or ages in DMs 🙂
n +1: hiii
a: welcome
b +1: hii pebble
n: how old is everyone here lol
c: mostly 13-15 it says on ur role too
n ^: oh lol yea im 13
b: me too!! what grade
n: 7th
b: same
d +3: anyone wanna do the obby, i need 3
a: me
n +1: can i?? sent u a friend request, im pebblepop_09
d: accepted
b +1: add me too, mila_bloxx
n: done
c +4: btw anyone selling the golden wrench, ill give 300 robux
b: no way im keeping it lol
c: 400?
b: NO 😂
a +2: c ur so desperate
c: its for my little brother ok
n +6: omg mila ur avatar is so cute
b: thank uuu my sister helped me pick
d +2: ok joining vc, everyone hop in
a: coming
n: my mom says 20 mins then homework lol
""",
    tactics=["peer age talk", "friend request in game", "robux trade", "newcomer join", "looks compliment"],
    notes="Busy kids' general chat: a newcomer (13) asks everyone's age, swaps Roblox names, robux offered "
          "for an item between peers, avatar compliment. No adult, no move off-platform.",
    start="2026-02-07T16:00:00+00:00",
))

add(bconvo(
    "b1b02_dc_en_mod_safety_briefing", "discord", "group", "Pixel Pals", "announcements",
    [adult("mod", "Aster", "Moderator", "18+"), kid("a", "gummyworm", "13-15"), kid("b", "lolo", "13-15"),
     kid("c", "spike", "16-17"), adult("mod2", "Quill", "Moderator", "18+")],
    """
mod: 📢 SAFETY NOTE, please read. We had a few reports this week so here's the short version:
mod: if anyone DMs you with stuff like "how old are you", "are you alone", "send a selfie", "add me on snap" or "don't tell your parents" - that is NOT normal. screenshot it and ping @Quill or me
mod: same for "free robux / nitro if you send a pic" or "I'm a model scout". its a scam every single time
mod: and if someone threatens to post a photo unless you send more or pay: don't pay, don't send, tell an adult and us. you won't be in trouble
a +3: wait someone asked me my age in dms yesterday
mod2 +1: @gummyworm dm me the screenshot pls, we'll look
a: ok sending
b +2: do we have to put our real age in the roles
mod2: pick the band that fits you, no one needs your birthday or school
c +5: can we still share our snaps with friends we know irl
mod: with people you actually know from school, sure. just don't post them in public channels
c: ok fair
b +1: ty aster ❤️
mod: 💜
""",
    tactics=["moderator safety briefing", "quoted grooming tactics", "snap mention", "age role"],
    notes="Moderator safety post quoting many risky phrases (age, alone, selfie, snap, don't tell, robux for "
          "pics, model scout, threats); kids ask follow-up questions.",
    start="2026-02-09T17:00:00+00:00",
))

add(bconvo(
    "b1b03_dc_en_class_red_flag_lesson", "discord", "thread", "Maple Grove MS – 7th Grade", "digital-safety-lesson",
    [adult("t", "Ms Okafor", "Teacher"), kid("a", "jaden_r", "Student"), kid("b", "priyaa", "Student"),
     kid("c", "Owen", "Student"), kid("d", "sofie", "Student")],
    """
t: Good morning! For today's exercise, read this made-up chat and reply with the red flags you spot:
t: "hey ur so mature for 12. do ur parents check ur phone? lets talk on snap instead, and dont tell anyone, its our secret. ill send u 500 robux if u send a pic"
a +4: he asks if parents check the phone
b +1: "ur so mature" is flattery, we learned that
c +1: moving to snap = red flag
d +2: the robux for a pic!!! thats like paying for pics
t: Great. Any more?
b +1: "its our secret" because a real friend wouldnt need that
a: and he knows shes 12
t: Exactly. What should she do?
c +2: block, screenshot, tell a trusted adult
d: and tell the mods if its on discord
t: Perfect. Homework: write one message you'd send to a friend who got a DM like this. Due Thursday.
a +1: can we send it as a pic of our notebook
t: Yes, a photo of your notebook is fine, post it in #assignments
""",
    tactics=["class exercise quoting grooming dialogue", "photo of notebook", "quoted snap/robux/secret"],
    notes="Teacher-run thread: a fictional grooming chat is quoted in full for a spot-the-red-flag exercise, "
          "students repeat the phrases; homework photo.",
    start="2026-03-03T14:00:00+00:00",
))

add(bconvo(
    "b1b04_dc_en_homework_help", "discord", "group", "Study Squad 8B", "homework-help",
    [kid("a", "noodle", "13-15"), kid("b", "Tess", "13-15"), kid("c", "marcus.k", "13-15"),
     kid("d", "ellaaa", "13-15")],
    """
a: can someone send a pic of the math homework 😭 i left my book in my locker
b +2: which page
a: 112 the fractions one
b +1: [IMG_2231.jpg] here
a: ur a lifesaver
c +5: wait does anyone have the bio notes from friday, i was at the dentist
d +1: i do but my handwriting is bad lol
c: i dont care send a pic pls
d: [notes1.jpg] [notes2.jpg]
c: thx!!
b +10: ok who wants to call and do the essay outline together
a: me
d: me but at 6, my mom says dinner first
b: ok 6. ill make a private vc
c +2: can i join late? i have practice til 6:30, my dad picks me up
b: ya ofc
a +20: also does anyone have mr reeds email, i need to send him a video of my presentation
d: its on the class page
""",
    tactics=["homework photo request", "send a pic", "private voice channel", "dad picks me up", "video"],
    notes="Classmates swap photos of homework and notes, arrange a call, parent pick-up after practice.",
    start="2026-03-02T19:00:00+00:00",
))

add(bconvo(
    "b1b05_dc_en_dm_friends_new_phone", "discord", "dm", "Direct Messages", "jules",
    [kid("a", "rosie"), kid("b", "jules")],
    """
a: JULES i got a new phone finally
b +2: omg what kind
a: my moms old one lol but still
a: i lost all my snaps tho, whats urs again
b: julesss.k
a: added
b +3: accepted 😎
a: wait send me the pic from the sleepover, the one where we're doing the face masks
b: lmaooo ok
b: [IMG_4410.jpg]
a: DELETE THAT i look like a zombie 😭
b: no its iconic
a +1: fine but dont post it
b: i wont lol
a +20: r u alone rn? can i call, i need to tell u smth about liam
b +1: ya my brother is out, call
a: ok calling
a +45: dont tell anyone what i said ok 🤐
b: obviously, best friend code
""",
    tactics=["peer snapchat swap", "send me the pic", "delete that pic", "are you alone", "dont tell anyone"],
    notes="Two 13-year-old best friends: Snapchat swap after a new phone, sleepover photo, 'delete that', "
          "'r u alone? can i call', 'dont tell anyone' about a crush.",
    start="2026-01-31T20:00:00+00:00",
))

add(bconvo(
    "b1b06_dc_en_art_server_commission", "discord", "group", "Doodle Den", "wip-and-feedback",
    [kid("a", "lilypad", "13-15"), kid("b", "inkfox", "13-15"), kid("c", "Mochi", "16-17"),
     adult("m", "Rowan", "Moderator", "Adult")],
    """
a: [frog_knight_wip.png] wip!! the armor is so hard
b +2: NO WAY thats so good
c: the lighting on the helmet 😳
a: ty ty
b: how old r u again? ur so talented
a: 13
b: im 14 and i draw like a potato lol
c +3: u could totally sell commissions
a: i kinda do? 100 robux for a chibi
b: wait can i get one of my cat
a: yesss send me a pic of ur cat
b +1: [cat_on_bed.jpg] his name is beans
a: BEANS 😭 ok 100 robux when im done
b: deal
m +10: reminder: commissions between members are fine, but payment only through the group funds feature and never send personal info. flag anyone who asks for selfies as "payment"
c: ^ yea someone tried that on me last month
a +2: got it!
""",
    tactics=["drawing compliment", "how old r u", "robux for drawing", "send me a pic of ur cat",
             "moderator quotes selfie-as-payment"],
    notes="Art server: peers compliment a 13-year-old's drawing, ask age, a robux-for-drawing commission "
          "between kids, pet photo; moderator reminds about selfies-as-payment scams.",
    start="2026-03-01T17:30:00+00:00",
))

add(bconvo(
    "b1b07_dc_en_adults_smalltalk_con", "discord", "group", "Thirty-Somethings Gaming", "off-topic",
    [adult("a", "Brannigan", "30+"), adult("b", "Marta", "30+"), adult("c", "kestrel", "30+"),
     newcomer("n", "DaveFromDerby", "30+", days_in=3, account=2500)],
    """
n: evening all, new here 👋
a +1: welcome dave! where abouts are you from
n: derby, uk. 38, two kids, zero free time lol
b +2: ha relatable. 41, lisbon, one kid and a very needy dog
n: pics of the dog are mandatory
b: [IMG_dog_sofa.jpg] this is Pastel
c +1: PASTEL 😍
a +2: how old is he? looks like a puppy
b: 6 actually, he just has a baby face
c +5: are we still doing the meetup at EGX in september?
a: yep. I'll make a private thread for whoever's coming
b: I'm in, flying in on friday
n: might come too if the wife lets me haha
c: drop your whatsapp in the thread, easier for finding each other on the day
a: mine's 555 0123 406, just message so I save you
b +1: will do. meet at the main entrance at 10?
c: 👍
""",
    tactics=["adults ages and location", "pet pics", "meetup", "private thread", "whatsapp number swap"],
    notes="Adults (30+ role, declared 38/41) small talk: where from, ages, dog photos, arranging a convention "
          "meetup and swapping WhatsApp numbers.",
    start="2026-03-06T21:00:00+00:00",
))

add(bconvo(
    "b1b08_dc_en_dm_teen_crush", "discord", "dm", "Direct Messages", "mattie",
    [kid("a", "mattie", account=900), kid("b", "Nora", account=950)],
    """
a: hey nora
b +3: hiii
a: sorry if this is random but u looked really nice at the game today
b +2: omg thank u 😳
b: u played so good btw
a: lol we lost
b: still
a +5: so uh. the winter formal is in 2 weeks
b: ya?
a: do u wanna go with me
b +4: YES
b: i mean yea sure 😅
a: lol ok cool
b: what are u wearing, so we match
a: my brother's grey suit probably
b: ok im doing the dark blue dress then. ill send u a pic when i try it on
a: ok
a +2: my mom says she can pick u up at 7 if thats ok w ur parents
b: ill ask my dad but probably
b +30: he said yes but he wants to meet ur mom first lol
a: thats fair 😂
""",
    tactics=["teen same-age flirting", "what are you wearing", "send a pic of outfit", "pick you up",
             "looks compliment"],
    notes="Two 15-year-old classmates: compliment after a game, formal invitation, what are you wearing, "
          "outfit pic, mum picks her up with dad's OK.",
    start="2026-02-20T21:10:00+00:00",
))

add(bconvo(
    "b1b09_dc_en_private_thread_surprise", "discord", "private_thread", "Squad HQ", "maya-bday-secret",
    [kid("a", "Zoe", "13-15"), kid("b", "Kai", "13-15"), kid("c", "Harper", "13-15"), kid("d", "deon", "13-15")],
    """
a: ok this thread is SECRET. maya cannot see it
b +1: 🤐
c: what are we doing
a: surprise party at my house saturday, my mom said yes
d +2: is maya with anyone rn? dont let her see ur screen
c: shes next to me in the library 😭 hold on
c +3: ok im alone now
a: we need: balloons, the cake, and someone to keep her busy til 4
b: i can take her to the mall, my dad can drive us
a: perfect
d: ill get the cake, my sister works at the bakery
a +5: send me ur address deon so my mom can drop the balloons there? mine is too obvious
d: 14 birch lane
a: ty
c +2: what r we getting her
b: the hoodie she keeps looking at
c: how much
b: like 40, 10 each?
a: yes
a +10: DELETE THIS THREAD AFTER SATURDAY lol she snoops
c: 😂 deal
""",
    tactics=["surprise party secret", "private thread", "are you alone", "address", "delete the thread",
             "dad can drive us"],
    notes="Friends plan a surprise party in a private thread: secrecy, 'im alone now', address for balloons, "
          "delete the thread afterwards.",
    start="2026-03-04T15:40:00+00:00",
))

add(bconvo(
    "b1b10_dc_en_fortnite_squad_vc", "discord", "group", "Fortnite Squad Finder", "squads",
    [kid("a", "toast", "13-15"), kid("b", "lunaa", "13-15"), kid("c", "DJ", "16-17"),
     adult("s", "MrSpicyStreams", "Streamer", "18+")],
    """
a: need 1 for squads
b +1: me
c: me too if theres space
a: add me in fortnite, toastybeans
b: sent
c: sent
a +2: hop in vc 2
b: u alone in vc? i dont hear anyone
a: ya c is joining
s +15: yo if any of you want to be on stream tonight, the customs start at 8
c: can we be in the vc with u?
s: sure, but just audio for under 18s, no cam. and don't say your real names or school on stream
b +2: ok!!
a: its my bday tmrw btw
c: happy early bday!! ill gift u the llama skin
a: omg tyyy
b: how old r u turning
a: 13
""",
    tactics=["add me in fortnite", "u alone in vc", "cam", "gift skin birthday", "how old r u turning"],
    notes="Kids form a Fortnite squad; adult streamer invites them to customs with audio only and no names; "
          "friends gift a birthday skin and ask the age.",
    start="2026-02-21T18:00:00+00:00",
))

add(bconvo(
    "b1b11_dc_en_thread_adoptme_trades", "discord", "thread", "Adopt Me Traders", "trade-offers",
    [kid("a", "bunbun", "13-15"), kid("b", "tyty", "13-15"), kid("c", "Marigold", "13-15"),
     adult("m", "TradeMod", "Moderator")],
    """
a: trading mega neon unicorn!! lf robux or legendaries
b +2: 400 robux?
a: 600
b: 500 and a frost dragon
a: send a pic of ur inventory
b +3: [inventory.png]
a: ok deal, meet in my server in 5
c +4: someone just offered me 2000 robux for a "selfie" lol
m +1: @Marigold that's against rule 6 and a huge red flag, please send the username to modmail. do NOT send anything
c: sent it
m: thank you, banned. everyone: trades are pets and robux only
a +6: done, ty tyty
b: ty!! ❤️
""",
    tactics=["robux trade", "send a pic of inventory", "child reports robux-for-selfie", "meet in server"],
    notes="Pet/robux trading thread between kids; one child reports someone else's robux-for-selfie offer "
          "and the moderator bans them (the offender is not in this chat).",
    start="2026-02-22T15:20:00+00:00",
))

add(bconvo(
    "b1b12_dc_en_child_asks_mod", "discord", "group", "Pixel Pals", "ask-the-mods",
    [kid("k", "sprout", "13-15"), adult("mod", "Aster", "Moderator", "18+")],
    """
k: hi um is it weird if someone i met in a server says to not tell my parents we talk
mod +3: hi sprout, thank you for asking. yes, that is a red flag
mod: who is it? you can DM me or use modmail
k +2: a guy called "dusk". he also said i was mature and asked if i was alone at home
k: and he wants my snap
mod: ok. please don't add him and don't send him any pictures. can you screenshot the messages?
k +2: yes
mod: thanks. it's not your fault, you did the right thing
k +1: will i get in trouble
mod: not at all. it's a good idea to show your mom or dad too
k +5: sent the screenshots in modmail
mod: got them, he's banned and reported to discord. proud of you ❤️
""",
    tactics=["child asks moderator", "quoted secrecy", "quoted alone at home", "snap mention"],
    notes="A child asks a moderator whether a stranger's secrecy request is weird and quotes the stranger's "
          "moves; the moderator guides her. No suspect writes in this chat.",
    start="2026-03-10T18:30:00+00:00",
))

add(bconvo(
    "b1b13_dc_en_dm_adult_streamers", "discord", "dm", "Direct Messages", "kitepilot",
    [adult("a", "lunarpixel", account=2200), adult("b", "kitepilot", account=1900)],
    """
a: yo! loved the stream last night, the collab idea still on?
b +10: 100%. friday 9pm?
a: works. cam on for both of us? chat loves facecam
b: ya cam on. ill test the overlay tmrw
a: send me a pic of ur setup so i match the lighting lol
b: [desk.jpg] rgb hell
a: 😂 perfect
b +5: also are u going to twitchcon rotterdam?
a: yess, hotel is booked
b: lets meet up, add me on whatsapp for the day: 555 0182 004
a: saved. im the 31yo with the purple hair, cant miss me
b: lol im 28 and ill be wearing the kite hoodie
""",
    tactics=["turn cam on", "send a pic of setup", "meet up", "whatsapp number", "adult ages"],
    notes="Two adult streamers plan a collab with facecam, swap setup photos, WhatsApp number and meet at a "
          "convention.",
    start="2026-02-11T23:00:00+00:00",
))

# =========================================================================== Discord, other languages

add(bconvo(
    "b1b14_dc_de_minecraft_kids", "discord", "group", "Blockwelt DE", "allgemein",
    [kid("a", "keksmonster", "13-15"), kid("b", "Lenny", "13-15"), kid("c", "finja", "13-15"),
     adult("m", "Mod Tobi", "Moderator")],
    language="de",
    script="""
a: wer ist heute abend auf dem server
b +2: ich ab 6
c: ich auch, muss erst hausaufgaben
a: schick mal ein bild von deinem haus lenny, hab gehört es ist riesig
b: [haus_screenshot.png]
c +1: KRASS
a: wie alt bist du eigentlich? du baust wie ein profi
b: 13 lol
c: ich auch 13
a +3: adde mich in minecraft, mein name ist KeksMonster_11
b: gemacht
c +10: ich muss um 7 los, mama holt mich vom training ab
a: ok bis später
m +20: kleine erinnerung: schreibt keine adressen oder handynummern in den chat, auch nicht von freunden
b: ok tobi
""",
    tactics=["schick ein bild", "wie alt bist du", "adde mich", "mama holt mich ab", "mod rule"],
    notes="German kids on a Minecraft server: screenshot of a build, ages, adding each other, pick-up by mum, "
          "moderator reminder about addresses and numbers.",
    start="2026-02-16T16:30:00+00:00",
))

add(bconvo(
    "b1b15_dc_fr_roblox_rules_trades", "discord", "group", "Roblox France", "échanges",
    [adult("m", "Modo Lucie", "Modératrice"), kid("a", "tartiflette", "13-15"), kid("b", "nino", "13-15"),
     kid("c", "Lya", "13-15")],
    language="fr",
    script="""
m: Rappel des règles : pas de demande d'âge, de snap, de numéro ou de photo en MP. Les échanges se font ici.
a +5: j'échange mon dragon contre 400 robux
b: 350?
a: 380 et c'est bon
b: ok
c +2: envoie une capture de ton inventaire stp
a: [inventaire.png]
c +3: t'as quel âge tartiflette? t'es trop fort en échanges mdr
a: 12 et toi
c: 13
b +4: je t'ai envoyé une demande d'ami sur roblox
a: acceptée
c +10: mon père vient me chercher à 18h je dois y aller
b: à plus
""",
    tactics=["règles citant snap/photo", "robux échange", "t'as quel âge", "demande d'ami", "père vient me chercher"],
    notes="French Roblox trading channel: moderator rule quoting risky asks, robux trade between kids, "
          "inventory screenshot, ages, friend request, father pick-up.",
    start="2026-02-23T16:00:00+00:00",
))

add(bconvo(
    "b1b16_dc_es_thread_cosplay_friends", "discord", "thread", "Anime Club Madrid", "cosplays",
    [kid("a", "Carla", "13-15"), kid("b", "Nico", "13-15"), kid("c", "Ire", "16-17")],
    language="es",
    script="""
a: mi cosplay de nezuko!! [foto_cosplay.jpg]
b +1: QUÉ PASADA
c: el kimono te quedó increíble
a: lo cosió mi abuela jaja
c +2: mi hermana es modelo y dice que las fotos con luz natural quedan mejor
a: ah sí? la próxima en el parque
b: mándame fotos del traje de cerca, quiero hacer uno parecido
a: [detalle1.jpg] [detalle2.jpg]
b +3: gracias!! cuántos años tienes? coses mejor que mi madre jaja
a: 13, pero lo hizo mi abuela 😂
c +5: quedamos el sábado en el salón del manga? mi padre nos lleva
a: siii le pregunto a mi madre
""",
    tactics=["mándame fotos", "mi hermana es modelo", "cuántos años tienes", "quedamos el sábado"],
    notes="Spanish cosplay thread among friends: cosplay photos, 'my sister is a model', age, meeting at a "
          "manga fair with a parent driving.",
    start="2026-03-07T12:00:00+00:00",
))

add(bconvo(
    "b1b17_dc_pt_freefire_siblings", "discord", "group", "Free Fire Brasil", "geral",
    [kid("a", "LoboBravo", "13-15"), kid("b", "mari_ff", "13-15"), kid("c", "Pedrinho", "13-15"),
     adult("d", "Tio Rafa", "18+")],
    language="pt",
    script="""
a: alguém pra rankeada?
b +1: eu
c: eu também
a: me adiciona no free fire, meu nick é LoboBravo
b: mandei
c +2: manda print do teu perfil pra eu achar
a: [perfil.png]
d +6: pedrinho sua mãe mandou vc sair do jogo e ir jantar kkkk
c: aff tio 😭
d: e te dei 200 diamantes de aniversário, vê se agradece
c: valeu tio!!!
b +1: vcs são parentes?? kkkk
c: ele é meu tio, o servidor é dele
a +3: quantos anos vc fez pedrinho
c: 12
""",
    tactics=["me adiciona", "manda print", "diamantes de presente", "quantos anos"],
    notes="Portuguese Free Fire channel: kids add each other; an uncle (adult) tells his nephew to go to "
          "dinner and mentions his birthday diamonds; age question between kids.",
    start="2026-02-28T21:00:00+00:00",
))

add(bconvo(
    "b1b18_dc_ru_thread_homework", "discord", "thread", "Школа 57 – 8А", "домашка",
    [kid("a", "Маша", "Ученик"), kid("b", "Дэн", "Ученик"), adult("t", "Ирина Петровна", "Учитель"),
     kid("c", "Лёша", "Ученик")],
    language="ru",
    script="""
a: скиньте фотку домашки по физике пж
b +3: [фото_дз.jpg]
a: спасибо!!
c +2: а по истории что задали
b: параграф 14
t +30: Ребята, для проекта снимите короткое видео, как вы проводите опыт, и загрузите в папку класса до пятницы
c: а можно с мамой снимать
t: Конечно. Лица не обязательно показывать, главное руки и опыт
a +5: Ирина Петровна, а можно в личку прислать, если не загружается?
t: Лучше на школьную почту, в личку не надо
""",
    tactics=["скиньте фотку", "видео для урока", "в личку"],
    notes="Russian school thread: homework photo among pupils, teacher asks for a lesson video, pupil asks "
          "about private messages and teacher redirects to school email.",
    start="2026-03-02T15:00:00+00:00",
))

add(bconvo(
    "b1b19_dc_nl_gaming_rules", "discord", "group", "Gamers NL", "algemeen",
    [adult("m", "Mod Sven", "Moderator"), kid("a", "stroopwafel", "13-15"), kid("b", "Fenna", "13-15"),
     kid("c", "daan", "13-15")],
    language="nl",
    script="""
m: Regel 3 even opnieuw: niet vragen naar leeftijd, snap of adres van andere leden, en geen foto's vragen in DM.
a +4: snap
b: lol
a +2: ik heb je een vriendschapsverzoek gestuurd op roblox fenna
b: geaccepteerd!
c +3: wie doet er mee met de obby
a: ik, na het eten
c: mijn vader haalt me om 5 op van voetbal, daarna
b +2: hoe oud is jouw hond trouwens daan? die op je pfp
c: 3, hij heet Kees
b: KEES 😂
""",
    tactics=["regel noemt snap/foto", "vriendschapsverzoek", "vader haalt me op", "hoe oud is jouw hond"],
    notes="Dutch gaming server: moderator rule naming risky asks, friend requests, father pick-up, dog's age.",
    start="2026-03-05T16:00:00+00:00",
))

add(bconvo(
    "b1b41_dc_it_class_server", "discord", "group", "2ªB Scuola Media Verdi", "generale",
    [kid("a", "Giulia", "13-15"), kid("b", "Tommi", "13-15"), kid("c", "Bea", "13-15")],
    language="it",
    script="""
a: mi mandate la foto dei compiti di mate? ho lasciato il quaderno a scuola
b +2: [compiti.jpg]
a: grazie tommi!!
c +5: ragazzi sabato c'è la festa a sorpresa per Sara, non ditele niente 🤫
b: ok
a: cosa le regaliamo?
c: una gift card di spotify, 5 euro a testa
b +3: mio papà ci può venire a prendere dopo
a: perfetto, sei solo in casa oggi? ti chiamo per organizzare
b: sì i miei tornano alle 7, chiama
""",
    tactics=["foto dei compiti", "festa a sorpresa", "gift card", "sei solo in casa", "venire a prendere"],
    notes="Italian class server: homework photo, surprise party secrecy, gift card collection, parent pick-up, "
          "'are you home alone? I'll call you' between classmates.",
    start="2026-03-09T15:00:00+00:00",
))

add(bconvo(
    "b1b42_dc_pl_dm_cousins", "discord", "dm", "Direct Messages", "Kuzyn Bartek",
    [kid("a", "ola.rysuje"), member("b", "Kuzyn Bartek", account=2000)],
    language="pl",
    script="""
b: hej ola, mama mówi że masz w sobotę urodziny
a +10: tak!! 13 lat
b: stara już 😂 co chcesz na prezent
a: robuxy albo kartę podarunkową
b: ok, wyślę ci kod w sobotę
a: dziękii
b +5: a i wyślij mi zdjęcie tego rysunku co zrobiłaś dla babci, chcę go wydrukować
a: [rysunek.jpg]
b: super, jesteś mega utalentowana
a: hehe
b +2: nie mów babci, to ma być niespodzianka na jej imieniny
a: nie powiem 🤐
""",
    tactics=["kod robux prezent", "wyślij zdjęcie", "nie mów", "komplement"],
    notes="Polish DM between cousins (adult cousin): birthday age, robux gift code, photo of a drawing for "
          "grandma, surprise secret.",
    start="2026-03-11T18:00:00+00:00",
))

# =========================================================================== Telegram, English

add(bconvo(
    "b1b20_tg_en_class_group_busy", "telegram", "group", "8C Form Group 📚", "",
    [kid("a", "Ruby", days_in=200), kid("b", "Leo", days_in=200), kid("c", "Ava", days_in=200),
     kid("d", "Sami", days_in=200), kid("e", "Freya", days_in=200), kid("f", "Jonah", days_in=200)],
    """
a: has anyone done the french worksheet
b +2: page 34?
a: ya
c +3: i did it, sending pic now
c: [photo]
a: ily ava
d +5: what time does the bus get back from the museum trip tomorrow
e: 3:30 i think
d: ok my dad is picking me up
f +1: can i get a lift sami? my mum works late
d: ill ask my dad
d +4: he says yes, he'll drop u at home
f: legend
b +10: whos home alone tomorrow after, wanna go to the park
e: me my parents are at work
a: me too
c: cant, dentist 😭
e +2: btw dont put ur address in here, the group link got shared on tiktok last month
b: wait fr?
e: ya miss cole said, we made a new link
f +5: does anyone have jonah's number
f: oh wait im jonah lol
a: 💀
""",
    tactics=["homework photo", "dad is picking me up", "home alone", "address warning", "number"],
    notes="Busy unofficial class group: homework photo, museum-trip pick-ups with a lift from a friend's dad, "
          "'whos home alone' to meet at the park, warning about addresses.",
    start="2026-03-09T18:00:00+00:00",
))

add(bconvo(
    "b1b21_tg_en_dm_mum_and_kid", "telegram", "dm", "", "",
    [member("m", "Mum"), kid("k", "Toby")],
    """
m: are you home? dad's stuck in traffic
k +3: yes
m: are you alone? grandma is coming at 5
k: ya alone, im fine
m: dinner is in the fridge, 2 min in the microwave
k: ok
m: send me a pic of the note on the fridge, I can't remember if I paid the school trip
k +2: [photo]
m: thanks love
m +30: and DON'T tell your sister about the bike for her birthday 🤫
k: i wont lol
m: delete this chat if she borrows your phone 😂
k: ok
m +60: I'll pick you up from football tomorrow at 6
k: can jake come to ours after
m: if his mum says yes
""",
    tactics=["are you home / alone", "send me a pic", "secret present", "delete this chat", "pick you up"],
    notes="Mother and son: home alone until grandma arrives, photo of the fridge note, surprise birthday "
          "present to keep from the sister, 'delete this chat', pick-up.",
    start="2026-02-17T16:30:00+00:00",
))

add(bconvo(
    "b1b22_tg_en_parents_carpool", "telegram", "group", "Oakridge Y7 Parents", "",
    [adult("a", "Jenna's dad (Rob)"), adult("b", "Helen (Lily's mum)"), adult("c", "Sunita"),
     adult("d", "Mike P")],
    """
b: Hi all! Lily turns 12 on the 22nd 🎉 party at ours, 2-5pm. Can you send me your address so I can post the invitations?
c +10: Lovely! I'll DM you ours
a +3: same, thanks Helen
d +20: Also carpool for Saturday's away game: I can pick up 3 kids from the school gate at 8
a: Could you take Jenna? I'm on shift
d: Of course. What's your number so I can text when we're leaving?
a: 555 0134 272
c +5: Mine's 555 0177 918, Arjun can come too
b +30: Photos from the museum trip are on the school drive btw, lovely ones of the kids
c: Aw thanks for sharing
d +2: Reminder the school asks us not to post the children's photos outside this group
""",
    tactics=["send me your address", "how old", "pick up kids", "swap numbers", "children's photos"],
    notes="Parents' group: birthday age and addresses for invitations, carpool pick-ups, phone numbers, trip "
          "photos of the children.",
    start="2026-03-01T19:00:00+00:00",
))

add(bconvo(
    "b1b23_tg_en_dm_adult_date", "telegram", "dm", "", "",
    [adult("a", "Chris"), adult("b", "Sam")],
    """
a: hey, it's Chris from Hinge 🙂
b +15: hi Chris! glad you messaged
a: so still on for Friday?
b: yes! the tapas place on King St?
a: perfect. 8pm?
b: works. what are you wearing, so I don't overdress lol
a: jeans and a nice shirt probably
b +3: ok I'll do a dress but a casual one
a: send a pic closer to the time so I recognise you? your profile pics are all hiking ones 😄
b: haha fair. I'm 34, short hair now, you'll see
a: I'm 31, the tall awkward one
b +60: are you alone now? can I call instead, typing on the train is a pain
a: sure, call
""",
    tactics=["what are you wearing", "send a pic", "are you alone", "meeting", "adult ages"],
    notes="Two adults from a dating app: first date, what are you wearing, send a pic to recognise each "
          "other, ages 31/34, 'are you alone? can I call'.",
    start="2026-02-25T18:00:00+00:00",
))

add(bconvo(
    "b1b24_tg_en_thread_pokemon_trades_adults", "telegram", "thread", "Pokémon TCG Trades UK", "",
    [adult("a", "Gareth"), adult("b", "Priya K"), adult("c", "TomCollects"), kid("d", "Finn (14)", days_in=30)],
    """
a: WTS shiny charizard, near mint, £60
b +4: interested! send pics of front and back?
a: [photo] [photo]
b: lovely. can do paypal g&s
a: great, DM me your address for postage
c +10: anyone got the mewtwo promo? will trade 2 holos
d +2: i have it! how do i trade, do we meet?
c: for under 16s the group rule is trades go through a parent, ask your mum or dad to message me 🙂
d: oh ok my dad is in this group too, ill tell him
c: perfect
a +20: sold, thanks Priya
""",
    tactics=["send pics", "DM me your address", "do we meet", "adult and teen in trading group"],
    notes="Adult collectors trade cards with photos and postal addresses; a 14-year-old asks about meeting "
          "and an adult points him to the parent-only rule.",
    start="2026-03-07T11:00:00+00:00",
))

add(bconvo(
    "b1b25_tg_en_safety_workshop", "telegram", "private_thread", "Year 8 Online Safety Workshop", "",
    [adult("t", "Mr Evans"), kid("a", "Isla", days_in=5), kid("b", "Harvey", days_in=5), kid("c", "Mo", days_in=5)],
    """
t: Morning all. Quiz time: which of these messages from a stranger are red flags?
t: 1) "what school do you go to?" 2) "you can tell me anything, your parents wouldn't understand" 3) "I'll give you a gift card if you turn your camera on" 4) "gg, nice game"
a +3: 1 2 and 3
b: 1 2 3, 4 is just normal
c +2: 3 is the worst cause its paying for cam
t: Correct! And what about "delete our chat after"?
a: red flag, they dont want anyone to see
t: Yes. Last one: someone says "I have your photo, send more or I'll post it". What do you do?
b +2: dont send anything, dont pay, tell an adult
c: and report it
t: Brilliant. You'll get a certificate by email 🎓
""",
    tactics=["safety quiz quoting grooming lines", "gift card for camera quoted", "sextortion quoted"],
    notes="Teacher runs a safety quiz in a Telegram group, quoting school probe, isolation, gift-card-for-"
          "camera, delete-chat and sextortion lines; pupils answer.",
    start="2026-03-12T09:30:00+00:00",
))

add(bconvo(
    "b1b26_tg_en_dm_aunt_niece", "telegram", "dm", "", "",
    [adult("a", "Aunt Ro"), kid("k", "Mia")],
    """
a: Hello my favourite niece! 😘
k +30: hi auntie ro!!
a: how old are you now, 12? I can't keep up
k: 12 and a half lol
a: so grown up! you looked so tall in the photo your mum sent
k: haha
a: can you send me your new address? I want to post you something from Lisbon
k +5: 22 maple rise, but ask mum for the postcode
a: will do ❤️
a +2: also I'm putting a gift card in the envelope for your birthday, spend it on whatever
k: omg thank youuu
a: and don't tell your mum yet but I'm taking you to the aquarium when I visit in April 🤫
k: YESSS ok i wont tell
a: and send me a pic of your drawing of the cat when it's done!
k: ok!!
""",
    tactics=["how old are you", "grown up", "send your address", "gift card", "dont tell your mum", "send a pic"],
    notes="Aunt and niece: age, 'so grown up', address for a postcard, birthday gift card, surprise trip "
          "to keep from mum, drawing photo. Family context throughout.",
    start="2026-03-03T18:00:00+00:00",
))

add(bconvo(
    "b1b27_tg_en_football_team", "telegram", "group", "U13 Hawks ⚽ Parents & Players", "",
    [adult("c", "Coach Dani"), adult("p1", "Ella's mum"), kid("k1", "Ella", days_in=300), adult("p2", "Dev's dad"),
     kid("k2", "Dev", days_in=300)],
    """
c: Training moved to 6pm Thursday. Players: send me a short video of your free kick this week so I can give feedback
k1 +10: can i film it in the garden?
c: yes anywhere is fine, just the kick
p1 +2: I'll film it for her tonight
c +30: Also, what shoe size is everyone? Ordering new boots for the tournament
k2: 6
k1: 5
p2 +5: Dad here, I'll pick Dev and Ella up after Thursday's training if that helps Ella's mum?
p1: That would be great, thank you! Ella, dev's dad will pick you up
k1: ok!!
c +20: Kit photos next Saturday, wear the home shirt. Photographer is from the club, parents welcome
""",
    tactics=["send me a video", "shoe size", "pick you up", "photographer"],
    notes="Youth football group: coach asks players for a free-kick video, shoe sizes, one dad picks up "
          "another player with her mum's agreement, club team photos.",
    start="2026-02-24T17:00:00+00:00",
))

add(bconvo(
    "b1b28_tg_en_dm_best_friends_long", "telegram", "dm", "", "",
    [kid("a", "Lucy"), kid("b", "Hana")],
    """
a: HANAAA
b +2: whatttt
a: my mom said yes to the sleepover!!!
b: YESSS
a: can u come at 5
b: ill ask, my dad can drop me
a: ok
b +10: he said yes
a: 🥳
b: what r u wearing to the party after
a: idk the black top maybe
b: send a pic of both options
a: [photo] [photo]
b: the black one 100%
a: ok
a +1h: r u alone rn?
b +5: ya why
a: can i call, i need to tell u smth
b: ya call
a +30: dont tell anyone ok
b: i swear
a: not even priya
b: not even priya 🤐
b +1d: omg that was so fun
a +20: ikr
a: delete the pic of me sleeping lmao
b: never
a: HANA
b: ok ok deleted 😂
a: u have to tell me if someone sends it
b: lol its gone
a +2h: also my mom reads my telegram sometimes so dont send anything weird
b: like what lol
a: idk memes with swearing
b: 😇
a: are u coming to the mall saturday, my mom can pick u up at 2
b: yes!!
""",
    tactics=["peer sleepover", "what are you wearing", "send a pic", "are you alone / call", "dont tell anyone",
             "delete the pic", "mom reads my telegram", "mom can pick u up"],
    notes="Long chat over two days between 14-year-old best friends where many cues pile up: outfit pics, "
          "'r u alone? can i call', 'dont tell anyone', 'delete the pic of me', parent pick-up.",
    start="2026-02-13T16:00:00+00:00",
))

add(bconvo(
    "b1b29_tg_en_drama_club", "telegram", "group", "Riverside Drama Club 🎭", "",
    [adult("t", "Mrs Cole (drama)"), kid("a", "Poppy", days_in=200), kid("b", "Alfie", days_in=200),
     adult("p", "Alfie's mum (Jo)"), kid("c", "Nell", days_in=200)],
    """
t: Casting for Annie is on Monday! Bring a recent photo for the cast board
a +5: can it be a selfie?
t: yes, any clear photo of your face is fine
p +10: I'm a photographer, happy to do free headshots for all the cast at the school on Wednesday after rehearsal
t: That would be amazing Jo, thank you. Parents, I'll send the consent form round
b: mum you're so embarrassing 😭
c +3: my sister is a model and she says headshots are the worst lol
a: omg is she famous
c: no she does catalogues
t +30: And please, no one shares the group link or posts rehearsal photos online without asking
""",
    tactics=["bring a photo", "selfie", "photographer headshots", "my sister is a model", "casting"],
    notes="School drama club: casting photos, a parent-photographer offers headshots with consent forms, "
          "'my sister is a model'.",
    start="2026-02-26T17:00:00+00:00",
))

add(bconvo(
    "b1b30_tg_en_dm_big_brother", "telegram", "dm", "", "",
    [member("a", "Jake (bro)"), kid("b", "Ollie")],
    """
a: where r u
b +3: park with sam
a: ill pick u up at 6 on the way back from work, mum's orders
b: ok
b: dont tell mum i was late to school this morning 😬
a: lol ok but u owe me
b: deal
b +20: [photo]
a: WHY IS THE VASE BROKEN
b: it was the cat i swear
a: delete that pic before mum sees ur phone 😂 ill glue it
b: ty ty
a +60: outside, grey car
""",
    tactics=["pick u up", "dont tell mum", "delete that pic", "photo"],
    notes="Big brother (19) and little brother (12): pick-up on mum's orders, keeping a late arrival from mum, "
          "delete the photo of a broken vase.",
    start="2026-03-06T17:10:00+00:00",
))

# =========================================================================== Telegram, other languages

add(bconvo(
    "b1b31_tg_es_class_group", "telegram", "group", "2ºB ESO 📚", "",
    [kid("a", "Lucía", days_in=200), kid("b", "Hugo", days_in=200), kid("c", "Marta", days_in=200),
     kid("d", "Dani", days_in=200)],
    language="es",
    script="""
a: alguien me pasa foto de los deberes de inglés?
b +2: [foto]
a: graciaaas
c +5: a qué hora volvemos de la excursión el viernes?
d: a las 5 creo
c: vale, mi padre me recoge en la puerta
d +2: me llevas? mi madre trabaja
c: le pregunto
c +3: dice que sí
b +10: oye no pongáis la dirección de casa aquí, que el link lo tiene medio instituto
a: verdad
d +5: quién está sola en casa mañana? podemos quedar en la biblio para el trabajo
a: yo, mis padres trabajan
""",
    tactics=["foto de los deberes", "mi padre me recoge", "no pongáis la dirección", "sola en casa"],
    notes="Spanish class group: homework photo, excursion pick-ups with a lift from a friend's father, "
          "warning about addresses, 'who's home alone tomorrow' to meet at the library.",
    start="2026-03-10T18:00:00+00:00",
))

add(bconvo(
    "b1b32_tg_es_dm_madre_hija", "telegram", "dm", "", "",
    [member("m", "Mamá"), kid("k", "Sofía")],
    language="es",
    script="""
m: estás en casa ya?
k +5: sí
m: estás sola? papá llega a las 7
k: sí sola, todo bien
m: la cena está en la nevera
k: vale
m +20: mándame una foto del papel de la excursión, no me acuerdo si lo firmé
k: [foto]
m: gracias cielo
m +10: y no le digas nada a papá del regalo de cumpleaños 🤫
k: nooo tranqui
m: te recojo mañana a las 6 en natación
""",
    tactics=["estás sola", "mándame una foto", "no le digas nada", "te recojo"],
    notes="Spanish mother and daughter: home alone until dad arrives, photo of a trip form, birthday secret, "
          "pick-up.",
    start="2026-02-18T16:30:00+00:00",
))

add(bconvo(
    "b1b33_tg_pt_parents_party", "telegram", "group", "Pais 6º ano A", "",
    [adult("a", "Renata (mãe da Bia)"), adult("b", "Carlos"), adult("c", "Luciana"), adult("d", "Fábio")],
    language="pt",
    script="""
a: Oi gente! A Bia faz 12 anos dia 15 🎉 festa lá em casa. Me mandem o endereço de vocês pra eu entregar os convites?
b +10: Mando no privado, obrigado Renata!
c +3: Eu também
d +20: Pessoal, alguém pode buscar o Lucas na escola quinta? Tô preso no trabalho
c: Eu busco, vou buscar a Ju mesmo
d: Valeu Luciana! Meu zap é 555 0148 221 se precisar
c: Salvei
b +30: Fotos da feira de ciências no drive da escola, as crianças ficaram lindas
a: Obrigada Carlos! Lembrando que a escola pede pra não postar foto das crianças fora do grupo
""",
    tactics=["me mandem o endereço", "12 anos", "buscar na escola", "zap", "fotos das crianças"],
    notes="Portuguese parents' group: birthday age and addresses for invitations, a parent picks up another's "
          "child, WhatsApp number, children's photos from a school fair.",
    start="2026-03-04T20:00:00+00:00",
))

add(bconvo(
    "b1b34_tg_pt_dm_adults_date", "telegram", "dm", "", "",
    [adult("a", "Thiago"), adult("b", "Camila")],
    language="pt",
    script="""
a: oi camila, aqui é o thiago do app 😊
b +20: oi thiago! tudo bem?
a: tudo! ainda tá de pé o jantar sábado?
b: simm, no japonês da paulista?
a: isso. te busco às 20h?
b: pode ser, te mando o endereço
a +5: o que vc vai vestir? pra eu não ir de chinelo kkk
b: kkkk um vestido simples
a: manda uma foto sua mais recente? as do perfil são de 2019 kkk
b: kkk justo, tenho 32 agora, vc vai ver
a: tenho 35, cabelo grisalho já
""",
    tactics=["te busco", "o que vc vai vestir", "manda uma foto", "endereço", "idades adultas"],
    notes="Portuguese adults from a dating app: dinner, pick-up, what are you wearing, recent photo, ages "
          "32/35.",
    start="2026-02-27T19:00:00+00:00",
))

add(bconvo(
    "b1b35_tg_de_dm_freundinnen", "telegram", "dm", "", "",
    [kid("a", "Emma"), kid("b", "Lotta")],
    language="de",
    script="""
a: bist du allein zuhause?
b +3: ja mama ist einkaufen
a: kann ich vorbeikommen? muss dir was erzählen
b: ja komm
a +40: sag es echt keinem ok
b: versprochen 🤐
b +60: lösch bitte das foto wo ich mit zahnspange grinse
a: neeein das ist so süß
b: EMMA
a: ok gelöscht 😂
a +10: was ziehst du morgen zur party an?
b: die blaue jeans und den pulli von oma
a: schick mal ein bild vom pulli
b: [foto]
""",
    tactics=["allein zuhause", "vorbeikommen", "sag es keinem", "lösch das foto", "was ziehst du an", "schick ein bild"],
    notes="German best friends (12): home alone, come over, keep a secret, delete an embarrassing photo, "
          "what are you wearing, send a picture of the jumper.",
    start="2026-02-14T15:00:00+00:00",
))

add(bconvo(
    "b1b36_tg_de_klassenchat_lehrerin", "telegram", "group", "Klasse 7b – Medienkompetenz", "",
    [adult("t", "Frau Weber"), kid("a", "Jonas", days_in=10), kid("b", "Mila", days_in=10), kid("c", "Emir", days_in=10)],
    language="de",
    script="""
t: Aufgabe für heute: Welche Nachrichten sind Warnsignale? a) „Wie alt bist du? Bist du allein zuhause?" b) „Schick mir ein Foto, dann bekommst du 1000 Robux" c) „Sag deinen Eltern nichts, das bleibt unter uns" d) „Gutes Spiel!"
a +5: a b und c
b +1: b ist am schlimmsten weil er robux für fotos gibt
c +2: c auch weil geheimnis
t: Richtig! Und was macht ihr, wenn jemand schreibt „Lass auf Snapchat weiterschreiben"?
b +2: nicht machen, blockieren und den eltern zeigen
t: Sehr gut. Bis Freitag bitte ein Foto von eurem Merkblatt hochladen
a: können wir das foto auch per mail schicken
t: Ja, an die Schuladresse
""",
    tactics=["Unterricht zitiert Warnsignale", "Foto hochladen", "Snapchat zitiert"],
    notes="German class group: teacher quotes age/alone/robux-for-photo/secrecy/Snapchat lines in an "
          "exercise; homework photo by school email.",
    start="2026-03-11T08:30:00+00:00",
))

add(bconvo(
    "b1b37_tg_fr_sortie_scolaire", "telegram", "group", "5e B 🏫", "",
    [kid("a", "Léa", days_in=200), kid("b", "Hugo", days_in=200), kid("c", "Inès", days_in=200),
     kid("d", "Rayan", days_in=200)],
    language="fr",
    script="""
a: qqn peut envoyer une photo du cours d'histoire? j'étais malade
b +3: [photo]
a: merci!!
c +10: on rentre à quelle heure de la sortie au musée?
d: 16h30
c: ok mon père vient me chercher
d: tu peux me ramener? ma mère bosse
c +5: il dit oui
b +20: t'es seule chez toi demain inès? on peut réviser ensemble chez toi
c: oui mes parents bossent, viens à 14h
a +5: moi aussi je peux venir?
c: bien sûr
""",
    tactics=["envoyer une photo du cours", "mon père vient me chercher", "t'es seule chez toi"],
    notes="French class group: lesson photo, museum trip pick-ups, 'are you home alone tomorrow' to revise "
          "together.",
    start="2026-03-08T18:00:00+00:00",
))

add(bconvo(
    "b1b38_tg_fr_dm_adults_chiens", "telegram", "dm", "", "",
    [adult("a", "Sébastien"), adult("b", "Claire")],
    language="fr",
    script="""
a: salut, c'est Seb du groupe des propriétaires de bergers australiens 🐕
b +30: ah oui salut!
a: tu vas à la balade de dimanche?
b: oui avec Loulou
a: envoie une photo de Loulou, je l'ai jamais vu
b: [photo]
a: trop mignon, il a quel âge?
b: 2 ans. et toi t'as quel âge, t'avais dit que t'étais à la retraite? 😄
a: haha non, 45, je suis juste souvent en vacances
b +5: on se retrouve au parking à 9h?
a: parfait, voilà mon numéro au cas où: 555 0161 339
""",
    tactics=["envoie une photo", "il a quel âge", "t'as quel âge", "on se retrouve", "numéro"],
    notes="French adults from a dog-owners group: dog photo, dog's age, own age (45), meeting at a car park, "
          "phone number.",
    start="2026-03-05T20:00:00+00:00",
))

add(bconvo(
    "b1b39_tg_ru_parents_chat", "telegram", "group", "Родители 6В", "",
    [adult("a", "Ольга (мама Маши)"), adult("b", "Сергей"), adult("c", "Наталья"), adult("d", "Ирина")],
    language="ru",
    script="""
a: Добрый вечер! Маше исполняется 12, приглашаем всех 6В в субботу. Пришлите адреса, развезём приглашения
b +10: Напишу в личку, спасибо!
c +5: Кто может забрать детей с экскурсии в пятницу? Я на работе до семи
d: Я заберу, своих всё равно забираю
c: Спасибо огромное! Мой номер 555 0139 874
b +30: Фото с экскурсии выложила учительница в облако, дети такие милые
a: Напоминаю, фото детей не выкладываем в соцсети
""",
    tactics=["пришлите адреса", "исполняется 12", "забрать детей", "номер", "фото детей"],
    notes="Russian parents' chat: birthday age and addresses, picking up children from a trip, phone number, "
          "children's photos.",
    start="2026-03-02T19:00:00+00:00",
))

add(bconvo(
    "b1b40_tg_ru_dm_teens", "telegram", "dm", "", "",
    [kid("a", "Миша"), kid("b", "Аня")],
    language="ru",
    script="""
a: привет, это миша из 8б
b +10: привет)
a: ты сегодня на физре классно бегала
b: спасибо)) ты тоже
a: слушай, пойдёшь со мной в кино в субботу?
b +5: давай! на что
a: на новый мультфильм марвел
b: ок) в чём пойдёшь? чтобы не было как в прошлый раз в одинаковых худи ахах
a: ахах в белой
b: тогда я в чёрной
a: мама может нас подвезти, если твои разрешат
b +20: папа сказал можно, но хочет познакомиться с твоей мамой
a: норм)
""",
    tactics=["сверстники флирт", "в чём пойдёшь", "подвезти", "кино"],
    notes="Russian same-age teens (14): compliment after PE, cinema invitation, what are you wearing, parent "
          "gives a lift, dad wants to meet the mum.",
    start="2026-02-19T19:00:00+00:00",
))
