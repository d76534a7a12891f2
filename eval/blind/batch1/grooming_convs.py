"""Blind batch 1 - grooming conversations (Part B).

Written in the notation of eval/grooming/script.py: ``WHO [+delay] [^] [!]: text``; ``!`` marks the
suspect's first unambiguous risky move (photo/webcam request, move to another app or private chat,
meeting/pick-up, gift in exchange, threat, grooming-only secrecy demand, or sexual talk from an
adult/unknown person to a child). Everything is invented and non-explicit.
"""

from __future__ import annotations

from eval.grooming.script import convo, kid, member, newcomer

ZW = "\u200b"


def zw(word: str) -> str:
    return ZW.join(word)


GROOMING = []
add = GROOMING.append

# --------------------------------------------------------------------------- G01 fast asl/pic opener
add(convo(
    "b1g01_dc_en_fast_asl_pic", "discord", "group", "Blox Hangout", "general",
    [newcomer("s", "vibezz.tony"), kid("k", "mila🌸", "13-15", username="milaa.b"),
     member("m1", "FrostByte", "13-15"), member("m2", "Jupiter", "16-17")],
    """
m1: anyone doing the tower defense event
m2 +1: ya its mid tbh
k +2: i got the golden wrench yesterday!!
m1 ^: no wayyy
m1: how many runs
k: like 40 lol
s +6: hi guys
s: asl?
m2: bro its 2026 who says asl 💀
k: lol
s: mila how old r u
k +2: why
s: just asking u seem chill
k: 13
s: cool cool
s !: pic?
k +1: no lol
s: dm me then 😉 just wanna see who im talking to
m2: dude stop
m1: @Mods
s +1: jk jk chill
s +3: check ur dms mila
k +5: he dmed me "send a selfie pls" 😬
m2 ^: block him fr
m1: mods r on it
""",
    tactics=["age_probe", "photo_request", "platform_move"],
    notes="Fast newcomer opener in a busy group: asl, age, 'pic?' within a minute; bystanders push back. "
          "Critical: 'pic?'.",
    start="2026-02-07T17:12:00+00:00",
))

# --------------------------------------------------------------------------- G02 long slow DM (adult 24 / child 13)
add(convo(
    "b1g02_dc_en_long_slow_dm", "discord", "dm", "Direct Messages", "nightowl_dev",
    [newcomer("s", "nightowl_dev", account=40), kid("k", "pixie_plays", account=420)],
    """
s: hey! ur the one who built the cherry blossom castle on the smp right?
k +9: yea lol
s: its honestly the best build on there. the roof?? how
k +2: i watched a tutorial and then just kinda messed around
s: ur talented fr. i do builds too but mine look like boxes lol
k: lol ty
s +3: how long have u been playing
k: since i was like 8
s: oh nice so ur what 12?
k: 13
s: ah ok. im 24, hope thats not weird haha, the smp has all ages
k +2: nah its fine
s: cool. ok i gotta go cook but lets build together tmrw?
k: sure
s +1d: heyyy
k +40: hiii sorry was at school
s: no worries! how was it
k: boring. math test
s: ugh i hated math. bet u did fine tho, ur clearly smart
k: idk i think i failed
s: nah. honestly ur smarter than most people my age i talk to
k +3: lol thats not true
s: it is tho
s +2h: wanna hop on the smp?
k +5: cant my mom says no games on school nights after 8
s: strict lol
k: yea
s +1d: u on?
k +2h: yea sorry
k: my parents were fighting again
s: oh no. u ok?
k: ya i guess. i just put my headphones on
s: that sucks. u can always talk to me about it, i mean it
k: thx
s: do they fight a lot?
k: kinda. since my dad got a new job
s: im sorry. u dont deserve that
s: does ur mom ever check ur discord?
k +4: sometimes she looks at my phone
s: hm ok
s +1: just wondering, some parents are really nosy
k: shes not that bad lol
s +1d: got u something 🎁
s: check ur gifts
k +30: WAIT u got me nitro??
s: hehe yea. no strings, just bc ur cool
k: omg thank u sooo much
s: ofc
s: u deserve nice stuff
k +3: i changed my banner already lol
s: it looks cute
s +1d: hey pixie
k +1h: hiii
s: so i was thinking
s: discord is kinda annoying, ur mom checks it and its all laggy
s !: we should talk on the ghost app 👻 instead, its better. whats ur sn4p?
k +6: i have snap but my mom follows my story lol
s: thats fine, she wont see chats. just dont mention me to her ok? she'd think its weird im 24
k +3: ok i guess
k: its pixie.plays13
s: added 😊
s +2h: r u in bed yet
k +5: ya watching tiktok
s: cute. what do u sleep in lol
k +4: pjs?? why
s: just curious haha. send a pic of ur pjs
k +2: no thats weird
s: its not weird we're friends. i sent u nitro remember
k +5: i have to go
s: pixie dont be like that
s +1d: sorry if i was weird yesterday
s: u still my friend?
k +3h: i guess
""",
    tactics=["flattery", "age_probe", "isolation", "gift_offer", "platform_move", "secrecy", "sexual_talk",
             "photo_request"],
    notes="Slow befriending over six days from a Minecraft server: adult declares 24, child 13. Praise, "
          "'talk to me' after parents fight, 'does ur mom check ur discord', unconditional nitro (not "
          "critical), then move to Snapchat via emoji + leet. Critical: the Snapchat move.",
    start="2026-01-18T19:30:00+00:00",
))

# --------------------------------------------------------------------------- G03 one suspect, two children
add(convo(
    "b1g03_dc_en_two_kids_vbucks", "discord", "group", "Fortnite Squad Finder", "looking-for-group",
    [newcomer("s", "Kai", "16-17", days_in=3, account=9), kid("k1", "toast", "13-15"),
     kid("k2", "lunaa", "Under 18"), member("m", "BigSlimeEnergy", "18+")],
    """
k1: need 2 for zero build duos anyone
m +2: cant rn sorry
s +4: i can play 🙋
k1: ok whats ur epic
s: wait r u good lol how old r u
k1: 12 but im good i promise
s: haha ok ok. im 16 so ill carry
k2 +3: can i join too
s: sure the more the merrier. how old r u
k2: 13
s: nice
s +1: tbh i have like 5k vbucks i dont use, i can gift u guys the new skins
k1 +1: fr??
k2: wait really
s: ya my dad gives me his card lol
s !: just add me on sn4pch@t first and send a selfie so i know ur real ppl not bots
k1 +2: ok
k2: idk my mom doesnt let me have snap
s: u can download it u just hide the icon 😉
s: toast whats ur snap
k1: toastyy_12
s +1: lunaa send me a pic in dms then, ill send the skin code
k2 +2: ok wait
m +3: yo kai nobody gives away 5k vbucks thats a scam
s: its not lol mind ur business
m: mods
s +1: toast check snap
s: lunaa check dms
""",
    suspects=["s"], targets=["k1", "k2"],
    tactics=["age_probe", "gift_offer", "platform_move", "photo_request", "secrecy"],
    notes="One newcomer wearing a false '16-17' role works two children (12 and 13) in the same LFG channel: "
          "v-bucks for Snapchat + selfie, hide-the-app advice. Critical: 'add me on sn4pch@t first and send "
          "a selfie'.",
    start="2026-02-21T15:05:00+00:00",
))

# --------------------------------------------------------------------------- G04 private thread, long-time member, nitro for selfie
add(convo(
    "b1g04_dc_en_private_thread_nitro", "discord", "private_thread", "Doodle Den", "commission-lilypad",
    [member("s", "marrow.art", "Artist", "Verified", days_in=210, account=700),
     kid("k", "lilypad", "13-15", days_in=150, account=380)],
    """
s: hiya! made this thread so we can sort the commission without cluttering #requests
k +3: hi!! ok
s: so i want my oc as a chibi, same style as ur frog series
k: yesss i can do that
k: its usually 300 robux for chibi
s: perfect. or i can pay in nitro if u prefer? a month is worth more than 300 robux
k +2: omg nitro would be amazing
s: done deal then
k: ill send sketch tmrw
s +1d: how is my little chibi coming along
k +2h: here!! [sketch.png]
s: ADORABLE. ur so talented for ur age, how old are u again?
k: 13
s: wow. i was drawing stick figures at 13 lol
k: lol ty
s +5: ok so here's the thing, i'll send the nitro now
s !: but i also want a pic of u holding the finished drawing for my wall, like a selfie with it. proof of the artist 😊
k +4: oh um i dont really post my face
s: its just for me, not posting it anywhere
s: and dont tell the mods about this thread ok, they get weird about commissions
k +6: i think i'll just do the drawing
s: ill add an extra month of nitro for the selfie
s: thats like 20 bucks
k +10: i asked my sister and she said no selfies. sorry
s: ur sister doesnt need to know everything lol
""",
    tactics=["gift_offer", "flattery", "age_probe", "photo_request", "secrecy"],
    notes="Long-time trusted member in an art server opens a private thread for a commission; legitimate "
          "trade turns into nitro for a selfie of the child, then 'dont tell the mods about this thread'. "
          "Critical: the selfie-for-nitro line.",
    start="2026-03-02T18:00:00+00:00",
))

# --------------------------------------------------------------------------- G05 public thread, fake cosplay scout
add(convo(
    "b1g05_dc_en_thread_cosplay_scout", "discord", "thread", "Otaku Corner", "cosplay-showcase",
    [newcomer("s", "Vera | KawaiiCos Agency", days_in=1, account=4, username="vera.kawaiicos"),
     kid("k", "hanako", "13-15"), kid("k2", "beanie", "13-15"), member("m", "Reiko", "Moderator", "18+")],
    """
k: my first nezuko cosplay!! mom helped with the kimono 🥹
k2 ^: THE BAMBOO omg
k: its a pool noodle painted lol
k2: genius
s +15: wow you have a really great look for cosplay!
s: I'm Vera, casting assistant at KawaiiCos, we do a junior line for brands
k +2: oh wow thanks!
s: how old are you if you don't mind?
k: 14
s: perfect age for our junior line 😊 it's a paid shoot, usually $200
s !: send me a few more photos privately so I can show the team - full body, no wig, and one side view
k2 +1: hana thats kinda sus
k +2: is this like a real company
s: of course! add me on wh@ts4pp and I'll send the contract: five five five, zero one nine two, three three
s: better not to tell your mom until it's confirmed, parents get over-excited haha
m +4: Vera your account is 4 days old. no recruiting minors in here, read the rules
s: I'm just offering an opportunity
m: removed. hanako please don't send anything, dm me if they message you
k +3: ok 😳
""",
    tactics=["modeling_lure", "flattery", "age_probe", "photo_request", "platform_move", "gift_offer",
             "secrecy"],
    notes="Fake cosplay 'casting assistant' in a public thread: age, paid shoot, private full-body photos, "
          "WhatsApp number in words, keep it from mom. Critical: private photo request.",
    start="2026-02-14T20:10:00+00:00",
))

# --------------------------------------------------------------------------- G06 DM sextortion (teen pose)
add(convo(
    "b1g06_dc_en_dm_sextortion", "discord", "dm", "Direct Messages", "jaydenn_16",
    [newcomer("s", "jaydenn_16", account=12), kid("k", "abbyy", account=600)],
    """
s: heyy
k +20: hi
s: u were so quiet today
k: was busy w homework
s: ok well
s !: send another one like yesterday 😏
k +3: no i told u that was a one time thing
s: cmon abby
k: no
s +2: ok so here's the thing
s: i still have the first one
s: and i found ur school gc. the one on insta w like 200 ppl
k +1: what
s: send 2 more by tonight or it goes in there
k: please dont
k: i thought u were 16
s: doesnt matter what i am
s: u can also send $100 in steam cards instead. ur choice
k +4: i dont have money
s: then u know what to do
s: and if u block me it goes to ur mom too. i know her name is karen lol
k +5: i'm telling my mom
s: go ahead and watch what happens
s: 9pm
""",
    tactics=["photo_request", "sextortion", "personal_info"],
    notes="Suspect posed as 16 and already got one photo (referred to only as 'the first one'); asks for "
          "more, then threatens the school group chat and the mother, asks for gift cards. Critical: "
          "'send another one like yesterday'.",
    start="2026-01-29T21:40:00+00:00",
))

# --------------------------------------------------------------------------- G07 child shows cues first
add(convo(
    "b1g07_dc_en_group_child_cues", "discord", "group", "Brawl Buddies", "general",
    [newcomer("s", "rico.brawls", days_in=4, account=15), kid("k", "kayla", "13-15", username="kaylab"),
     member("m", "PopcornGhost", "13-15"), member("m2", "deez", "16-17")],
    """
k: anyone wanna play ranked i need 1
m +1: after dinner
s +2: i can
k: ok whats ur name in game
s: rico.brawls same as here
k: u any good lol
s: i have 30k trophies soo
k: WHAT
k: how old are u??
s: 17 lol u?
k +1: 13
s: ur good for 13 fr, ur not like the other kids in here screaming in vc
k: haha ty
k +2: add me on snap lol kayla.b13 easier to send invites
m2: kayla dont post ur snap here
k: oops
s +1: i got it dw
s !: added. send me a pic when u see it, just of u, so i know its u 😊
k +3: ok lol
s: and maybe delete ur snap from here, ppl are creepy. only me ok
m +2: wait rico ur 17 and ur asking a 13yo for pics?
s: its not like that we're just gonna play
m2: i'm pinging the mods
s +1: ok bye
""",
    tactics=["flattery", "age_probe", "photo_request", "secrecy"],
    notes="The CHILD asks the suspect's age and posts her own snap first; the suspect (claims 17) drives "
          "it: flattery, then a photo request 'just of u', then tells her to keep it 'only me'. Critical: "
          "the photo request.",
    start="2026-03-07T18:20:00+00:00",
))

# --------------------------------------------------------------------------- G08 DM, evasion heavy
add(convo(
    "b1g08_dc_en_dm_evasion", "discord", "dm", "Direct Messages", "n0va_x",
    [newcomer("s", "n0va_x", account=3), kid("k", "benji", account=310)],
    """
s: yo
s: saw u in the roblox server
k +4: hi
s: a s l
k +2: what
s: age lol
k: 12 why
s: just wondering
s: u play adopt me?
k: yea
s: nice i have a mega neon unicorn
k: no way
s: ya i can give it to u
k +1: fr?? for what
s !: 👻❓
k +2: what does that mean
s: sn4pch@t lol do u have it
k: no my mom wont let me
s: ok then just send a selfie first
s: """ + zw("pic") + """ of u and the unicorn is urs
s: 📸➡️📩
k +3: i dont send pics to ppl
s: 🎁↔️📸 thats the deal
s: 800 r0bux too
s: 🤫🤐 dont tell ur mom or the deal is off
k +5: im gonna ask my brother
s: nah dont. just us
""",
    tactics=["age_probe", "gift_offer", "platform_move", "photo_request", "secrecy"],
    notes="Evasion-heavy DM: 'a s l', emoji-only snapchat ask (👻❓), leet app name, zero-width in 'pic', "
          "emoji photo/gift/secrecy cues, 'r0bux'. Critical: 👻❓ (the snapchat ask).",
    start="2026-02-03T16:45:00+00:00",
))

# --------------------------------------------------------------------------- G09 group, long-time adult, pick-up offer
add(convo(
    "b1g09_dc_en_group_pickup", "discord", "group", "Brookvale Smash Locals", "tournaments",
    [member("s", "Dizzy", "Adult", "TO", days_in=500, account=1500),
     kid("k", "tomtom", "Under 18", days_in=60, account=250),
     member("m", "Sabre", "Adult"), member("m2", "leafy", "Under 18")],
    """
m: bracket for saturday is up, 24 entrants so far
m2 +3: lets goooo
k +5: i wanna come but my mom cant drive me on sat she works
s +2: where do u live tom, near the high school?
k: kinda, by the library
s: oh thats like 5 min from me
s !: i can pick u up no big deal, ur mom doesnt need to come, itd be boring for her lol
k +2: fr?? that would be sick
s: ya. dont mention it in here tho or everyone will want rides lol. dm me ur address
m +4: Dizzy we have a rule, no rides for minors without a parent talking to a TO first
s: chill its just a ride
m: rules are rules. tom have ur mom message me or Sabre
k +1: ok
s +10: tom check dms
""",
    tactics=["personal_info", "meeting", "secrecy", "platform_move"],
    notes="Long-time adult member (TO role) offers to pick up a minor for a local tournament without the "
          "parent, asks to keep it out of the channel and DM the address; meeting before any app move. "
          "Critical: the pick-up offer.",
    start="2026-02-25T19:00:00+00:00",
))

# --------------------------------------------------------------------------- G10 DM, early sexual steering
add(convo(
    "b1g10_dc_en_dm_early_sexual", "discord", "dm", "Direct Messages", "quietstorm",
    [newcomer("s", "quietstorm", account=20), kid("k", "sunny", account=700)],
    """
s: heyyy ur the girl from the genshin vc
k +3: lol yea
s: ur voice is cute
k: um thanks
s: how old r u
k: 13
s: nice
s !: are u in bed rn?
k +2: ya why
s: just wondering what ur wearing lol
k: thats weird
s: relax its a joke
s: do u sleep in pjs or just a big tshirt
k +4: why do u care
s: bc i like talking to u. ur mature
s: turn ur cam on for a sec
k +2: no
s: pls just for a sec, nobody has to know
k +3: im blocking u
""",
    tactics=["flattery", "age_probe", "sexual_talk", "photo_request", "secrecy"],
    notes="Sexual steering within seconds of learning the child is 13 ('are u in bed', what are you wearing, "
          "cam request). Critical: 'are u in bed rn?'.",
    start="2026-03-11T22:30:00+00:00",
))

# --------------------------------------------------------------------------- G11 German DM, paysafecard for selfie
add(convo(
    "b1g11_dc_de_dm_paysafe", "discord", "dm", "Direct Messages", "felix.mc",
    [newcomer("s", "felix.mc", account=8), kid("k", "lina_baut", account=460)],
    """
s: hey du bist doch die mit der riesen-bibliothek auf dem server oder?
k +12: ja haha
s: krass gebaut echt. wie lange hast du gebraucht
k: so 2 wochen
s: respekt
s: wie alt bist du eigentlich
k +2: 12 und du?
s: 15
s: du schreibst aber voll erwachsen für 12
k: lol danke
s +5: sag mal hast du schon mal skins gekauft
k: nee ich hab kein geld
s: ich hab noch ne 25€ paysafecard übrig, brauch ich nicht
k: echt?
s !: ich schick dir den code wenn du mir ein selfie schickst 😊
k +3: warum willst du ein selfie
s: einfach so, will sehen mit wem ich schreibe
s: und sag deinen eltern nix davon, die denken sonst direkt was komisches
k +4: hm
s: oder mach kurz die kamera an, dann musst du nix schicken
k +6: ich frag meine mama
s: nee lass mal, vergiss es
""",
    tactics=["age_probe", "flattery", "gift_offer", "photo_request", "secrecy"],
    language="de",
    notes="German DM from a Minecraft server; suspect claims 15, child 12; paysafecard code in exchange "
          "for a selfie, don't tell parents, camera as alternative. Critical: code-for-selfie.",
    start="2026-02-10T15:30:00+00:00",
))

# --------------------------------------------------------------------------- G12 French group, fast snap move
add(convo(
    "b1g12_dc_fr_group_fast_snap", "discord", "group", "Brawl Stars FR", "général",
    [newcomer("s", "Yanis", days_in=1, account=2), kid("k", "choupette", "13-15"),
     member("m1", "Kylian_77", "13-15"), member("m2", "Modo Max", "Modérateur")],
    """
m1: qlq a débloqué kenji
k +1: moi!! hier
m1: chanceuse
s +4: salut tout le monde
s: choupette t'as quel âge
k +2: pk
s: pour savoir mdr
k: 13 et toi
s: 15
s !: ajoute moi sur snp ch@t c yanis.dz15, on jouera ensemble
k +1: ok
s: et envoie une photo que je vois c qui
m1 +2: wsh il vient d'arriver et il demande des photos 💀
m2 +1: @Yanis règle 4, on demande pas l'âge ni le snap des membres. dernier avertissement
s: c bon je rigolais
""",
    tactics=["age_probe", "platform_move", "photo_request"],
    language="fr",
    notes="French fast opener: brand-new account asks a 13-year-old her age, gives a leet Snapchat handle, "
          "then asks for a photo; moderator steps in. Critical: snapchat move.",
    start="2026-02-18T17:50:00+00:00",
))

# --------------------------------------------------------------------------- G13 Spanish thread, diamonds + meeting
add(convo(
    "b1g13_dc_es_thread_freefire", "discord", "thread", "Free Fire Latam", "torneo-sabado",
    [newcomer("s", "ElProfeFF", days_in=3, account=10), kid("k", "valee", "13-15"),
     member("m", "Nacho", "13-15"), member("m2", "Lu", "16-17")],
    """
m: quien se anota pal torneo del sabado
k +1: yo!! con mi prima
m2: yo también
s +6: hola, yo organizo torneos en la zona, doy premios en diamantes
k: en serio?
s: sí. de qué ciudad son?
k: de Rosario
s: ah yo también soy de Rosario
s: cuántos años tienes vale
k +2: 13
s: qué buena, juegas mejor que muchos grandes
s !: si me mandas una selfie por privado te cargo 500 diamantes ya mismo
k +3: para qué la selfie
s: para la inscripción jaja
m +1: nunca pidieron selfie pa los torneos
s: es un torneo nuevo
s: vale el sábado puedo pasar a buscarte y te llevo al cyber donde hacemos la final, no hace falta que le digas a tu mamá
m2 +2: wtf
m2: vale no le hagas caso, eso es re turbio
k +3: ok no gracias
""",
    tactics=["gift_offer", "photo_request", "personal_info", "age_probe", "flattery", "meeting", "secrecy"],
    language="es",
    notes="Spanish public thread: 'tournament organiser' newcomer, city probe, age, diamonds for a private "
          "selfie, then pick-up without telling mum. Critical: diamonds-for-selfie.",
    start="2026-02-26T21:00:00+00:00",
))

# --------------------------------------------------------------------------- G28 Polish DM, robux for cam
add(convo(
    "b1g28_dc_pl_dm_robux", "discord", "dm", "Direct Messages", "kuba_pl",
    [newcomer("s", "kuba_pl", account=5), kid("k", "ola.rysuje", account=330)],
    """
s: hej widziałem twoje rysunki na serwerze, są super
k +8: dzięki!!
s: ile masz lat?
k: 12
s: serio? rysujesz lepiej niż dorośli
k: haha
s: mam dużo robuxów, mogę ci trochę dać
k +2: serio??
s !: dam ci 1000 robuxów jak włączysz kamerkę na 5 minut
k +3: po co kamerka
s: chcę zobaczyć jak rysujesz 😊 i jak wyglądasz
s: tylko nie mów rodzicom, to nasza tajemnica
k +5: nie wiem
s: dodaj mnie na sn@pie kuba.pl14 to pogadamy
""",
    tactics=["flattery", "age_probe", "gift_offer", "photo_request", "secrecy", "platform_move"],
    language="pl",
    notes="Polish DM: flattery for drawings, age, robux for a webcam session, secrecy, leet snap handle. "
          "Critical: robux-for-webcam.",
    start="2026-03-04T16:10:00+00:00",
))

# --------------------------------------------------------------------------- G14 Telegram long DM (adult 29 / child 12)
add(convo(
    "b1g14_tg_en_dm_long_logged", "telegram", "dm", "", "",
    [newcomer("s", "Mark"), kid("k", "ellie")],
    """
s: hi ellie its mark from the pokemon trading group
k +15: hi
s: u said u had a shiny charizard card? still trading?
k +3: ya but i want a lot for it lol
s: smart girl haha
s: how old r u? u sound young
k +2: 12
s: 12! wow. ok
k: how old r u
s: 29. i collect since i was ur age lol
k: cool
s: so what do u want for it
k +2: idk maybe the mewtwo
s: i can do that
s: where do u live? i could send it by mail
k +4: idk if i should say
s: no worries, later
s +2h: u there?
k +30: ya sorry dinner
s: what did u have
k: pasta
s: yum. r ur parents strict?
k: kinda
s: do they look at ur phone
k +2: my mom does sometimes
s: ok. u can tell me anything u know
k: ok lol
s +1d: morning ellie 🙂
k +3h: hi i was at school
s: how was it
k: ok. a boy in my class was annoying
s: was he annoying or does he like u hehe
k: ew no
s: lol
s: have u ever had a bf?
k +2: no
s !: never kissed anyone?
k +3: no?? thats weird to ask
s: sorry sorry. just curious. ur really pretty in ur pic so i thought maybe
k: its my cat in my pic lol
s: oh haha i mean the one in the group
k +5: oh
s: so about the mewtwo
s: i can give u it for free
k: for free??
s: if u send me a pic of u
s: a new one
k +4: why
s: cause we're friends and i like talking to u
s: and its our secret ok? dont tell ur mom about the card or she'll make u give it back
k +3: ok
s +5h: did u send it?
k +2h: no sorry i was busy
s: its ok
s: r u alone rn?
k: ya my mom is at work til 8
s: cool. what r u wearing
k +3: school clothes why
s: just imagining u lol
k: ok
s: ur so mature for 12 u know that
k: thx
s +1d: ellie
s: i was thinking i could give u the card in person
s: theres a card shop near the mall, u could come on saturday
s: u dont need to tell ur mom, just say ur with a friend
k +3h: i dont know
s: i'll buy u a whole booster box
k +20: ok maybe
s: delete our chats after u read them ok
k +2: why
s: just in case ur mom looks. she wouldnt get it
""",
    tactics=["age_probe", "personal_info", "isolation", "sexual_talk", "flattery", "gift_offer",
             "photo_request", "secrecy", "meeting"],
    notes="Long Telegram DM over three days in the style of logged groomer chats: adult declares 29, child "
          "12; trading pretext, address probe, parents' phone checks, 'have u ever had a bf', kissing "
          "question, card-for-photo, home alone, clothing, meeting at a card shop, delete chats. Critical: "
          "'never kissed anyone?' (first sexual question to the child).",
    start="2026-01-10T17:00:00+00:00",
))

# --------------------------------------------------------------------------- G15 Telegram school group, fake new student
add(convo(
    "b1g15_tg_en_group_fake_newstudent", "telegram", "group", "Year 7 Oakridge 🏫 (unofficial)", "",
    [newcomer("s", "Josh 7C", days_in=1), kid("k", "Ava", days_in=120), member("m1", "Ruby", days_in=150),
     member("m2", "Leo", days_in=140)],
    """
m1: did anyone do the french worksheet
m2 +2: page 34 or 35?
m1: 34
k +3: i did it, ill send pic later
m1: ily
s +20: hey im new, im in 7C. started this week
m2: oh hi
s: im 12 lol
s: whos in 7C here
m1: none of us, we're 7A
s: ah ok. ava ur the one w the braids right? i think i saw u at lunch
k +4: um maybe lol
s: u looked nice
k: thx?
s !: can u dm me, wanna ask u something. just us
k +3: ok
m2 +2: which tutor group r u in josh
s: mrs hartley
m2: theres no mrs hartley at oakridge lol
s +1: mb i mean the other one
m1: ava dont dm him he literally doesnt exist
k +2: he already messaged me asking for my snap 😬
m2: screenshot and tell miss cole tomorrow
""",
    tactics=["age_probe", "flattery", "platform_move", "secrecy"],
    notes="Stranger joins an unofficial Telegram class group by link posing as a new 12-year-old student, "
          "singles out a girl, asks her to DM 'just us'; classmates catch the lie. Critical: private-chat "
          "request.",
    start="2026-03-09T18:40:00+00:00",
))

# --------------------------------------------------------------------------- G16 Telegram dance group, modelling scout
add(convo(
    "b1g16_tg_en_group_dance_scout", "telegram", "group", "Starlight Dance – Juniors 💃", "",
    [newcomer("s", "Dana | Luma Kids Models", days_in=0.5),
     kid("k", "Chloe", days_in=200), member("p", "Chloe's mum (Tess)", days_in=200),
     member("t", "Miss Jade (teacher)", days_in=400), member("m", "Priya", days_in=90)],
    """
t: reminder: costumes for the spring show by friday 🩰
m +5: will do!
s +30: Hi everyone! I'm Dana, I run a kids & teens modelling agency. We're casting 11-14 year olds for a paid catalogue shoot 📸 Parents, feel free to ask me anything 🙂
t +4: hi Dana, who added you to this group?
s: I found the link on the studio's page!
s +2: @Chloe I saw your solo in the recital video, you'd be perfect honestly. how old are you?
k +3: 13!
s: ideal 😊
s !: send me 3 photos privately: face, side and full body in fitted clothes, so I can submit you today
k +2: ok!
p +4: Chloe wait, I'll handle this. Dana, what's the agency's website and registration number?
s: It's being rebuilt at the moment, I'll send it. Chloe can just message me directly meanwhile, it's faster
p: No. Anything goes through me.
t +2: removing this account. parents: we never share the group link and no agency contacts kids here
""",
    tactics=["modeling_lure", "age_probe", "flattery", "photo_request", "platform_move"],
    notes="Fake modelling agent joins a children's dance group by link, posts a casting call, singles out "
          "a 13-year-old and asks for full-body photos privately; mother and teacher intervene. Critical: "
          "the private photo request.",
    start="2026-02-12T19:00:00+00:00",
))

# --------------------------------------------------------------------------- G17 Telegram sextortion DM
add(convo(
    "b1g17_tg_en_dm_sextortion", "telegram", "dm", "", "",
    [newcomer("s", "Lex"), kid("k", "Noah")],
    """
s: hey noah
s: remember me? lex from the minecraft group
k +40: oh hi
s: u still have snap? u deleted me
k +2: ya my mom made me delete ppl i dont know
s: lol but u know me
s: anyway i still have that pic u sent me
k +1: what pic
s: u know which one
s !: send 2 more tonight or i send it to ur mum. found her on facebook, the one with the dog pfp
k +3: please dont i was 12 when i sent that
s: so? ur 13 now. send them
s: or $100 steam card, ur choice
k +2: i dont have 100 dollars
s: then pics
s: and if u tell anyone i post it in ur school group too
k +5: im going to block u
s: block me and she gets it in 5 min
s: ⏳
""",
    tactics=["sextortion", "photo_request", "personal_info"],
    notes="Sextortion from a former gaming-group contact: refers only to 'that pic', threatens to send it to "
          "the mother and school group, demands photos or a gift card. Critical: first threat.",
    start="2026-02-28T20:15:00+00:00",
))

# --------------------------------------------------------------------------- G18 Telegram private group, 'tutor'
add(convo(
    "b1g18_tg_en_private_group_tutor", "telegram", "private_thread", "Math help 🧮 (Mr D)", "",
    [newcomer("s", "Mr D (tutor)", days_in=10), kid("k", "Maya", days_in=10), kid("k2", "Sam", days_in=10)],
    """
s: welcome to the math help group! I'm Dan, 32, I tutor for free on weekends
k2 +4: hi
k +6: hi thanks for adding us
s: no problem. which grade are you both?
k2: 7th
k +1: 8th
s: great. maya you're 13 then?
k: yes
s: ok I'll do algebra with maya first, sam you're on wednesday
k2 +3: ok
s +1d: maya, how did the homework go
k +2h: i got 4/5 right!
s: see! you're sharp, way quicker than most kids your age
k: haha
s: next time i can explain it properly, its hard over text
s: is anyone else home usually in the evenings?
k +5: my brother sometimes
s !: video call tonight after your parents go out then? easier to focus when its just us
k +10: my mom is home tonight
s: ok another time. and let's not mention the free lessons to your parents, they'll insist on paying and I don't want money 😅
k +4: ok
k2 +2h: mr d when is my lesson
s +30: wednesday sam
""",
    tactics=["age_probe", "flattery", "isolation", "photo_request", "secrecy"],
    notes="A 'free tutor' (declares 32) runs a small private Telegram group with two children, asks who is "
          "home, proposes a video call when the parents are out, then asks the child to keep the lessons "
          "from her parents. Critical: the video call 'when its just us'.",
    start="2026-01-24T16:00:00+00:00",
))

# --------------------------------------------------------------------------- G19 Telegram public supergroup, gift card for call
add(convo(
    "b1g19_tg_en_thread_anime_giftcard", "telegram", "thread", "Anime Daily 🍥", "",
    [member("s", "noodle sensei", days_in=300), kid("k", "Yui chan", days_in=40),
     member("m1", "Tomo", days_in=200), member("m2", "kaze", days_in=250)],
    """
m1: frieren s2 when
m2 +2: fall i think
k +3: i cried at the himmel episode
s +1: same honestly
s: u watch a lot for ur age, how old r u again yui?
k: 13
s: wise beyond ur years lol
k +2: hehe
m1 +10: anyone selling the chainsaw man box set
s +15: yui i have a $20 steam card code i wont use
k +1: omg can i have it
s !: sure, just hop on a video call w me first, u can keep half ur face hidden if ur shy
k +4: why a call
s: just to chat, its lonely lol. add me on the purple camera app @noodle.sensei, easier than here
s: dont post about it in the group, ppl will get jealous
m2 +6: sensei what the hell
m2: dont do calls with randoms yui
k +2: ok
""",
    tactics=["age_probe", "flattery", "gift_offer", "photo_request", "platform_move", "secrecy"],
    notes="Long-time member of a public anime supergroup offers a gift card for a video call with a "
          "13-year-old, moves her to Instagram described as 'the purple camera app', asks her to keep quiet. "
          "Critical: card-for-video-call.",
    start="2026-03-01T19:30:00+00:00",
))

# --------------------------------------------------------------------------- G20 Russian long DM (adult 27 / child 13)
add(convo(
    "b1g20_tg_ru_dm_long", "telegram", "dm", "", "",
    [newcomer("s", "Дима"), kid("k", "Катя")],
    """
s: привет! ты из чата по геншину да?
k +20: да
s: видел твои арты, ты классно рисуешь
k +3: спасибо)
s: давно рисуешь?
k: года два
s: круто. а тебе сколько лет?
k +2: 13
s: ого, а рисуешь как взрослая
k: а тебе?
s: 27, но я в душе подросток хаха
k: ахах
s: в каком ты классе?
k: в 7
s: и как школа?
k: норм, только матеша бесит
s: понимаю. если что помогу
s +3h: ты тут?
k +1h: да
s: что делаешь
k: лежу смотрю аниме
s !: в кровати уже?
k +2: да
s: а в чём ты спишь?)
k +5: в пижаме а что
s: просто интересно)) наверняка милая пижама
k: обычная
s: а ты уже с кем-нибудь целовалась?
k +3: нет
k: странный вопрос
s: извини, я просто думал у такой красивой девочки есть парень
k: нету
s: повезло ему значит если будет)
s +1d: доброе утро, Катюш
k +2h: привет
s: родители дома сегодня?
k: мама на работе до вечера
s: а папа?
k: он с нами не живёт
s: понятно( если грустно пиши мне, я всегда тут
k: ок
s: слушай, давай в вк переписываться, тут неудобно
k +5: у меня вк мама видит
s: тогда давай встретимся в тц в субботу, я тебе куплю новый планшет для рисования
s: только маме не говори, она не поймёт что мы просто друзья
k +10: я не знаю
s: и удали переписку, ладно?
""",
    tactics=["flattery", "age_probe", "sexual_talk", "isolation", "platform_move", "gift_offer", "meeting",
             "secrecy"],
    language="ru",
    notes="Russian long DM: adult declares 27, child 13; art praise, grade, 'в кровати уже?', what she "
          "sleeps in, kissing question, absent father, move to VK, meeting at a mall with a tablet as bait, "
          "secrecy, delete chat. Critical: 'в кровати уже?' ('in bed already?', first sexual steering).",
    start="2026-02-05T18:00:00+00:00",
))

# --------------------------------------------------------------------------- G21 Russian school group, homoglyphs
add(convo(
    "b1g21_tg_ru_group_school", "telegram", "group", "7Б 📚 (без учителей)", "",
    [newcomer("s", "Влад", days_in=0.2), kid("k", "Лиза", days_in=200), member("m1", "Артём", days_in=200),
     member("m2", "Соня", days_in=200)],
    """
m1: кто сделал номер 245 по алгебре
m2 +3: я, щас скину
m2: [фото]
m1: спс
s +40: всем привет
m2 +2: ты кто
s: Влад, друг Никиты из 7А
s: кто тут Лиза? ты на аве красивая
k +5: я. спасибо наверно
s: сколько тебе?
k: 13
s: выглядишь старше
s !: напиши мне в лс, есть разговор. и скинь нормальную фоtку, не с авы
k +3: зачем
s: просто. только не пиши тут, лишние уши
m1 +2: у Никиты нет никакого друга Влада, я спросил
m2: Лиза не пиши ему
k +1: ок
""",
    tactics=["flattery", "age_probe", "platform_move", "photo_request", "secrecy"],
    language="ru",
    notes="Russian class group: stranger claims to be a friend of a pupil, compliments a girl's avatar, "
          "asks her age, moves her to private messages and asks for a photo with a Latin 't' inside "
          "'фоtку'. Critical: the private-message + photo request.",
    start="2026-03-03T17:30:00+00:00",
))

# --------------------------------------------------------------------------- G22 Portuguese DM, diamonds, child asks age
add(convo(
    "b1g22_tg_pt_dm_freefire", "telegram", "dm", "", "",
    [newcomer("s", "Gui FF"), kid("k", "Duda")],
    """
s: oi vc é a duda do grupo de free fire né
k +10: sim kkk quem é vc
s: gui, jogamos juntos ontem
k: ahh lembrei
k: quantos anos vc tem?
s: 16 e vc
k +1: 12
s: de boa
s: vc joga mt bem pra 12
k: kkkk valeu
s +5: quer diamantes? tenho sobrando
k: QUERO
s !: te mando 1000 se vc mandar uma selfie sua agora
k +3: pq
s: pra eu saber q vc é vc mesmo né
s: me chama no zap tbm, cinco cinco cinco, nove oito, sete sete, um dois
k +5: minha mãe vê meu zap
s: então apaga a conversa depois
s: e não conta pra ela, ela não vai entender
k +10: não vou mandar
s: se não mandar eu conto pro grupo todo que vc ficou pedindo diamante kkkk
""",
    tactics=["age_probe", "flattery", "gift_offer", "photo_request", "platform_move", "secrecy", "sextortion"],
    language="pt",
    notes="Portuguese DM; the child herself asks the suspect's age first; suspect (claims 16) offers "
          "Free Fire diamonds for a selfie, gives a WhatsApp number in words, secrecy, ends with a pressure "
          "threat. Critical: diamonds-for-selfie.",
    start="2026-02-15T14:20:00+00:00",
))

# --------------------------------------------------------------------------- G23 Portuguese school group, scout
add(convo(
    "b1g23_tg_pt_group_scout", "telegram", "group", "8º ano B 🏫", "",
    [newcomer("s", "Carla | Agência Brilho", days_in=0.3), kid("k", "Manu", days_in=220),
     member("m1", "Pedro", days_in=220), member("m2", "Lari", days_in=220)],
    """
m1: alguém tem o resumo de história
m2 +2: tenho, mando já
m2: [foto]
m1: valeu lari
s +60: Oi meninas! Sou a Carla da Agência Brilho, estamos selecionando rostos novos de 12 a 15 anos para campanha paga ✨
m2 +3: ué quem adicionou essa mulher
s: @Manu vi suas fotos no perfil, vc tem rosto de modelo!! quantos anos vc tem?
k +5: 13
s: perfeito 😍
s !: me manda umas fotos de corpo inteiro no privado pra eu montar seu book, hoje ainda
k +2: sério?
s: sim! e não precisa falar com seus pais agora, é surpresa quando vc for aprovada
m1 +3: isso é golpe mano
m2: manu não manda nada, fala com sua mãe
k +4: ok vou falar com ela
""",
    tactics=["modeling_lure", "flattery", "age_probe", "photo_request", "platform_move", "secrecy"],
    language="pt",
    notes="Portuguese class group: fake agency recruiter joins, targets a 13-year-old, asks for full-body "
          "photos in private and to keep it from her parents. Critical: private full-body photo request.",
    start="2026-03-05T19:10:00+00:00",
))

# --------------------------------------------------------------------------- G24 Spanish DM, meeting and secrecy
add(convo(
    "b1g24_tg_es_dm_meeting", "telegram", "dm", "", "",
    [newcomer("s", "Álex"), kid("k", "Paula")],
    """
s: hola paula! soy álex, del grupo de fans de Rauw
k +30: holaa
s: vi que vas al concierto en marzo, yo también!
k: siii mi mamá me compró la entrada
s: qué suerte. cuántos años tienes?
k +2: 13 y tú
s: 19 jaja pero no pasa nada
s: eres súper madura, se nota
k: jaja gracias
s +1d: oye y tu mamá va contigo al concierto?
k +2h: sí
s: ah vale, bueno lo vas a pasar genial
s: oye y el sábado qué haces
k: nada
s !: vente al centro comercial, te invito a un helado y te pago el uber. no le digas a tu mamá que vienes conmigo, dile que vas con una amiga
k +5: no sé
s: porfa, solo un rato
s: y borra el chat después por si acaso 🤫
k +20: mejor no
""",
    tactics=["age_probe", "flattery", "isolation", "meeting", "gift_offer", "secrecy"],
    language="es",
    notes="Spanish DM from a music fan group: adult declares 19, child 13; checks whether mum goes to the "
          "concert, proposes a mall meeting with a paid Uber and a cover story, then delete the chat. "
          "Critical: meeting proposal.",
    start="2026-02-19T18:00:00+00:00",
))

# --------------------------------------------------------------------------- G25 German class chat, 'new student', snap
add(convo(
    "b1g25_tg_de_group_klassenchat", "telegram", "group", "Klasse 6a 🦊", "",
    [newcomer("s", "Ben (neu)", days_in=0.4), kid("k", "Mia", days_in=180), member("m1", "Luca", days_in=180),
     member("m2", "Emilia", days_in=180)],
    """
m1: was haben wir in bio auf
m2 +3: seite 52 nr 1-3
m1: danke
s +30: hey leute bin neu in der 6a ab montag 👋
m2: oh cool woher kommst du
s: aus hamburg. bin 13
s: wer ist mia? die mit dem pferdebild?
k +6: ja ich
s: cool, reitest du?
k: ja jeden samstag
s: wo denn? ich wollt auch mal
k +2: reitstall am see
s: bist du da allein oder mit deinen eltern?
k +3: meistens allein, mama bringt mich nur hin
s !: adde mich auf sn4pch4t ben.hh13, dann zeig ich dir bilder von meinem pferd. und schreib es nicht hier in die gruppe
m1 +5: frau köhler hat nix von nem neuen gesagt
m2: komisch
k +2: ich frag meine mama erst
s: musst du nicht, ist doch nur snap
""",
    tactics=["age_probe", "personal_info", "isolation", "platform_move", "secrecy"],
    language="de",
    notes="German class chat: stranger posing as a new 13-year-old finds out where and when the child rides "
          "alone, then moves her to Snapchat (leet) and asks her not to say so in the group. Critical: "
          "snapchat move.",
    start="2026-03-06T17:00:00+00:00",
))

# --------------------------------------------------------------------------- G26 French sextortion DM
add(convo(
    "b1g26_tg_fr_dm_sextortion", "telegram", "dm", "", "",
    [newcomer("s", "Enzo"), kid("k", "Inès")],
    """
s: salut inès
k +20: salut?
s: on s'est parlé sur le serveur roblox, enzo
k: ah oui
s: t'as bien reçu mes robux hier
k: oui merci
s: de rien. tu te souviens de ce que tu m'as envoyé en échange 😏
k +3: oui et alors
s !: envoie-en une autre ce soir sinon je montre la photo à ta mère et à ta classe
k +2: quoi?? t'avais dit que tu la supprimerais
s: j'ai menti mdr
s: je sais que t'es au collège jean moulin, 5e B
k +1: s'il te plaît
s: une autre photo ou 50€ en cartes cadeaux, t'as jusqu'à 21h
k +10: je vais le dire à mes parents
s: vas-y, ils verront la photo en premier
""",
    tactics=["gift_offer", "sextortion", "photo_request", "personal_info"],
    language="fr",
    notes="French sextortion after a robux-for-photo trade ('ce que tu m'as envoyé'), threat to the mother "
          "and class, school and class named, gift-card demand. Critical: first threat.",
    start="2026-02-22T19:45:00+00:00",
))

# --------------------------------------------------------------------------- G27 Italian DM, webcam for top-up
add(convo(
    "b1g27_tg_it_dm_webcam", "telegram", "dm", "", "",
    [newcomer("s", "Marco"), kid("k", "Giulia")],
    """
s: ciao giulia, sono marco del gruppo di fortnite
k +15: ciao
s: sei forte, ti ho visto giocare ieri
k: grazie 😊
s: quanti anni hai?
k: 12
s: giochi meglio di tanti grandi
s +4: vuoi la nuova skin? ti ricarico 20€ di v-bucks
k +2: davvero??
s !: sì, basta che accendi la webcam 5 minuti stasera
k +3: perché la webcam
s: così ti conosco meglio, sei carina
s: i tuoi sono a casa stasera?
k: mamma sì
s: allora dopo che va a dormire. e non dirlo a nessuno, resta tra noi 🤫
k +10: non so
""",
    tactics=["age_probe", "flattery", "gift_offer", "photo_request", "isolation", "secrecy"],
    language="it",
    notes="Italian DM: v-bucks top-up in exchange for a webcam session, 'after your mum goes to sleep', "
          "secrecy. Critical: v-bucks-for-webcam.",
    start="2026-03-08T18:30:00+00:00",
))
