"""Batch 6c grooming: long English chats (50-120 messages); the critical move comes after 30+ lines."""

from __future__ import annotations

from common import G, kid, member, newcomer

CONVS = []

# ---------------------------------------------------------------- G01
CONVS.append(G(
    "g6c01_dc_dm_windmill_girl", "discord", "dm", "Direct Messages", "rook_builds",
    [newcomer("s", "rook", account=24, username="rook_builds"),
     kid("k", "juniper", account=700, username="junip3r.mc")],
    """
s: hey its rook from blockhaven smp, u built the windmill by spawn right?
k +7: ya lol thats mine
s: its sick. the sails actually turn?? how
k +2: redstone and a lot of crying
s: lmaooo respect
s: been playing like 8 yrs and i still cant do redstone
k +3: its not that hard once u watch mumbo
s: mumbo is a legend ngl
s: r u entering the build contest friday
k +4: maybe idk whats the theme
s: someone said underwater
k: ughhh i hate water builds
s: same the lag is insane
s +25: ok random but what timezone r u, ur always on when im on lol
k +9: est
s: same. ohio
k: oh cool im in pennsylvania
s: basically neighbors haha
k +2: lol
s +1d: yo windmill girl
k +3h: hiii
s: how was ur day
k +1: boring we had a math test
s: what grade r u in again
k +2: 7th
s: oh ok. honestly from ur builds i thought u were older
k: lol thanks i guess
s: no fr some of the adults on the server cant build half as good
k: who lol
s: not naming names 😂
k: its def steve_o
s: LMAO no comment
k: how old r u
s +2: 19. dont worry im not weird lol
k: lol ok
s: do ur parents let u play late? u were on at like 11 yesterday
k +3: my mom works nights at the hospital so nobody really checks
s: ah so ur home alone a lot
k: kinda. my brother is there but hes always in his room
s: that sucks, must get lonely
k: sometimes
s: well u can always message me if ur bored. im up late too
k: ok :)
s +1d: made u something
s: a little sign next to the windmill with ur name on it
k +2h: OMG thats so cute
s: its nothing lol
k: no i love it ty
s: how come u never talk in vc
k: my voice is weird
s: i bet its not
s: ppl at school probably dont appreciate u enough
k: idk ppl at school are kinda mean
s: their loss. ur one of the nicest ppl on the server
k: stoppp
s: lol its true
s +40: btw i was gonna get nitro, want me to grab u one too? no reason just bc
k +5: wait fr??
s: ya its like 10 bucks whatever
k: omg thank u!!
s +1d: heyy
k +1h: hey
s: u on tonight?
k: maybe later, science homework
s: whats it on
k: cells
s: ugh. mitochondria powerhouse of the cell etc
k: LOL yes
s: i just realised i dont even know what u look like lol
k: like a normal person. brown hair glasses
s: glasses are cute
s +2 !: add me on sn@p its rook.builds19, send me a pic there so i can see windmill girl 😄
k +6: my mom doesnt let me have snap
s: she doesnt have to know lol, its just an app
k: idk
s: its fine, u can make one and just not tell her. everyone our age has it
k: ur not our age tho lol
s: haha close enough
s: ok then just send one here, nobody sees discord dms
k +4: maybe later
s: u said that last time 😕
s: thought we were friends
k +3: we are
s: then prove it 🙂
k +10: i have to go dinner
""",
    suspects=["s"], targets=["k"], long=True,
    tactics=["befriending", "age_probe", "flattery", "isolation", "gift_offer", "platform_move",
             "photo_request", "secrecy"],
    notes="Long Minecraft DM over 4 days; says 19; home-alone probe and a free nitro come early; "
          "the first unambiguous move is the snap handle with a pic request. Evasion: sn@p.",
    start="2026-02-02T22:10:00+00:00",
))

# ---------------------------------------------------------------- G02
CONVS.append(G(
    "g6c02_tg_personal_decoy_kissed", "telegram", "dm", "", "",
    [newcomer("s", "Dave M", account=60),
     kid("k", "em ☁️")],
    """
s: hey there
s: saw u in the pop punk group chat
k +14: hi
s: hows it going
k +2: good just chillin
s: cool cool. asl if u dont mind me asking
k +3: 13 f florida
s: nice, 31 m georgia. hope thats ok lol
k +2: ya thats fine
s: u like pop punk then
k: yeah mostly old stuff my dad listens to
s: ur dad has good taste
k: lol dont tell him that
s: haha
s: what do u do for fun besides music
k +4: softball and drawing
s: oh nice what position
k: second base
s: thats awesome. u must be fast
k: kinda lol
s: i played in high school, a million years ago
k: lmao
s +3h: so what r u up to
k +20: sorry was eating
k: nothing rn
s: all good. u live with ur mom and dad?
k: just mom and my little brother
s: ah. she work a lot?
k +2: ya she gets home like 7
s: so after school its just u and ur bro
k: yep
s: must be nice having the place to urself lol
k: i guess he's annoying tho
s: lol little brothers
s: u seem really mature for 13 btw
k: thx lol
s: most girls ur age just talk about tiktok
k: i talk about tiktok too 😂
s: haha fair
s +1d: hey em
k +2h: heyyy
s: how was school
k: ugh we had a sub and everyone was crazy
s: lol classic
s: ur in 7th or 8th
k: 8th
s: u got a lot of friends there?
k +2: a few. my best friend moved tho
s: aw that sucks. well u got me now lol
k: lol
s: seriously u can talk to me about anything
k: ok
s !: have u ever kissed a boy?
k +5: lol what
k: no
s: really? cute girl like u
s: bet they all want to
k +3: idk
s: whats ur room look like
k: purple walls lol
s: are u in ur room now
k: ya
s: what r u wearing
k +4: just a hoodie
s: sounds comfy 😊
s +2: wish i could see u
s: send me a [[bidi:selfie]]? 🥺
k +3: no lol
k +5: u cant lol
s: why not, i could drive down to florida one weekend
s: its like 5 hrs
k: my mom would kill me
s: she wouldnt have to know. we'd just get ice cream or something
k +6: idk thats kinda weird
s: its not weird if we're friends
k +10: i have to go my mom is home
""",
    suspects=["s"], targets=["k"], long=True,
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "meeting", "secrecy"],
    notes="Decoy-style personal chat; adult says 31, child 13; home-alone and 'mature for 13' early, "
          "first unambiguous move is 'have u ever kissed a boy?', then wearing/meeting.",
    start="2026-01-18T20:40:00+00:00",
))

# ---------------------------------------------------------------- G03
CONVS.append(G(
    "g6c03_dc_group_art_helper", "discord", "group", "Sketchbook Corner", "art-share",
    [member("s", "Mossy", "Helper", "Digital Artist", days_in=520, account=1600, username="mossy.paints"),
     kid("k", "pixie", "13-15", "Traditional Artist", days_in=40, account=300, username="pixie.doodles"),
     kid("a", "Lemonbean", "13-15", days_in=300),
     member("b", "Harrow", "18+", "Digital Artist"),
     kid("c", "kio", "16-17", days_in=200)],
    """
a: finished my frog knight!! [image]
s +2: ooh the armour shading is really clean Lemonbean
b: the little sword lmao
a: ty!! i spent like 3 hrs on the helmet
s: worth it. maybe push the shadow under the chin a bit darker next time
a: ok!
c +10: anyone doing the march prompt list
b: i'm 4 days behind already lol
s: day 3 "lantern" is a fun one
c: i did a jellyfish lantern
s: oh thats a cute idea
k +25: hi um this is my first post here [image]
s +1: welcome pixie! oh wow this is lovely
b: is that watercolour?
k: yes and some gel pen
s: the gel pen highlights are a really nice touch
k: thank you 😭 i was scared to post
a: its so pretty
s: no need to be scared, we're friendly here
c: ^^ except harrow
b: rude (accurate)
k: lol
s +30: pixie how long have you been painting?
k +5: like a year, since i got the set for my birthday
s: a year?? that's crazy good for a year
k: really??
s: really. I've been doing this 10 years and I was not this good after one
b: mossy is right, the colour choices are nice
k: thank you all
s +1d: pixie new one? 👀
k +2h: yes!! [image] its my cat
s: omg the fur texture
a: CAT
c: name??
k: biscuit
s: biscuit is perfect. you have a real eye for colour, I'm not just saying that
k: 🥹
s: you're in what, middle school?
k +3: 8th grade
s: honestly your stuff is better than most of the adults who post here
b: hey 😤
s: lol sorry harrow
c: he's not wrong tho
s +20: do you do digital at all pixie?
k: i wish, i just have my moms old ipad and no pencil
s: ah. I have a spare stylus and some brush packs I made, you could use them
k: wait really?
s: sure, nobody uses my old stuff
s +2 !: shoot me a DM and I'll send them, better not in here or everyone will want one 😅
k +3: ok!
a: mossy playing favourites 😤
s: haha no, just helping a beginner
c: i've been here 2 years and never got a brush pack smh
s: you use procreate kio, different format
c: fair
k +10: sent u a dm
s: got it 🙂 talk there
""",
    suspects=["s"], targets=["k"], long=True,
    tactics=["befriending", "flattery", "age_probe", "platform_move", "secrecy", "gift_offer"],
    notes="Long-time member with a Helper role gives feedback to everyone, then singles out a new "
          "13-15 member; the first unambiguous move is asking her to DM, away from the others.",
    start="2026-03-01T17:00:00+00:00",
))

# ---------------------------------------------------------------- G05
CONVS.append(G(
    "g6c05_dc_thread_tutor_facetime", "discord", "thread", "Homework Help HQ",
    "algebra help - solving for x",
    [newcomer("s", "KenTutors", "Tutor", days_in=9, account=15, username="ken.tutors"),
     kid("k", "tatum", "12-13", days_in=120, account=260, username="tatum_t"),
     member("h", "quantum_owl", "Helper", "18+")],
    """
k: can someone help me with 3(x-4) = 2x + 5 i keep getting the wrong answer
s +4: sure! what did you get
k +1: x = 1
s: ok lets go step by step. what's 3 times (x - 4)
k +2: 3x - 4?
s: close, you have to multiply the 4 too
k: oh 3x - 12
s: exactly 👍 so now you have 3x - 12 = 2x + 5
s: what can you do to get the x's on one side
k +2: subtract 2x?
s: yes!
k: so x - 12 = 5
s: and then?
k +1: add 12. x = 17
s: there you go
k: omg thank you
s: no problem, you got it yourself really
h +6: nice walkthrough ken
s: thanks owl
k +30: can i ask another one
s: of course
k: 5x + 2 = 3x - 10
s: try it the same way and tell me what you get
k +4: 2x = -12 so x = -6?
s: perfect. you're quick
k: ty lol my teacher explains it so confusing
s: what grade is this for
k: 7th, pre-algebra
s: you're ahead then, this is pretty advanced for 7th
k: we're the advanced class
s: makes sense 😄
s: how old are you if you don't mind me asking, 12?
k +3: 13 next month
s: nice, birthday plans?
k: maybe laser tag
s: fun
s +1d: tatum how did the quiz go
k +5h: i got a 94!!!
s: 🎉 told you
h: congrats!!
k: thanks guys
s: do you do your homework by yourself after school or do your parents help
k +2: by myself, they work til late
s: ah, that's tough. well you can always ask me
k: ok
k +1d: ken are u here, i have word problems now and i hate them
s +20: haha word problems are the worst. send one
k: a train leaves at 3pm going 60 mph...
s: classic lol. ok what do we know
k: speed and time i think
s: right. honestly this would be way easier if i could draw it for you
s +1 !: do you have facetime or whatsapp? I can show you on my whiteboard on a video call
k +4: i dont think im allowed to do video calls
s: it's just tutoring, lots of my students do it
s: you can do it from your room, doesn't have to be a big thing
h +3: ken, server rule 6: no taking members to calls or other apps. keep the help in the thread pls
s: of course, my bad
k: ok lets do it here
s: sure. what's the distance formula
""",
    suspects=["s"], targets=["k"], long=True,
    tactics=["befriending", "flattery", "age_probe", "isolation", "platform_move", "photo_request"],
    notes="Self-styled tutor in a public homework thread; 40 lines of genuine math help, age and "
          "parents-at-work questions, then a video call on FaceTime/WhatsApp; a helper intervenes.",
    start="2026-02-10T21:00:00+00:00",
))

# ---------------------------------------------------------------- G06
CONVS.append(G(
    "g6c06_tg_personal_claims16_pickup", "telegram", "dm", "", "",
    [newcomer("s", "jayden", account=20), kid("k", "Ava B")],
    """
s: heyy u were in the volleyball edits group right
k +30: ya why
s: ur edits r fire lol
k: omg ty
s: what app do u use
k: capcut
s: same but mine look so bad
k: lol im sure they dont
s: how old r u btw
k +2: 13 wbu
s: 16
k: oh cool
s: u play volleyball or just watch
k: i play! libero
s: thats the one that cant spike right lol
k: yes 😭 everyone says that
s: haha sorry. i bet ur good tho
k: im ok
s +2h: what school u go to
k +10: i dont really say that online
s: smart lol. just wondering if ur near me
k: im near tampa
s: no way im like 30 min from tampa
k: fr?
s: ya
s +1d: morning
k +3h: morning lol i was at practice
s: how was it
k: coach made us run so much
s: lol. i had work til late
k: where do u work
s: warehouse. night shifts on weekends
k: wait u work nights at 16?
s: ya its my uncles place lol
k: oh
s: u ever go to the mall near westshore
k: sometimes with my friends
s: the boba place there is so good
k: OMG the mango one
s: yesss best one
k: lol
s: ur parents strict?
k +2: my dad is. mom not really
s: does ur dad check ur phone
k: sometimes
s: hmm
s +1d: guess who got his own car today 😎
k +1h: WAIT u can drive?
s: got my license last month
k: thats so cool
s: im free friday after 3
s +1 !: i could pick u up after school and we go get mango boba, my treat
k +5: idk my dad picks me up
s: tell him ur staying at ur friends
s: we'd only be like an hour
k: idk jayden
s: its just boba 😂 dont be weird
s: u can [[vs:delete]] this chat if ur scared he'll see
k +8: ill think about it
s: ok. which gate do u come out of
""",
    suspects=["s"], targets=["k"], long=True,
    tactics=["age_probe", "flattery", "personal_info", "isolation", "meeting", "secrecy"],
    notes="Suspect says he is 16 but works night shifts and drives; school/area probes and 'does your "
          "dad check your phone'; first unambiguous move is the after-school pick-up offer.",
    start="2026-03-05T23:10:00+00:00",
))

# ---------------------------------------------------------------- G09
CONVS.append(G(
    "g6c09_dc_private_thread_rp_host", "discord", "private_thread", "Dragonfall RP", "vale-x-wren story",
    [member("s", "Captain Vale", "Event Host", "Lore Team", days_in=640, account=2100,
            username="capt.vale"),
     kid("k", "Wren", "13-15", "Roleplayer", days_in=90, account=400, username="wrenfeather")],
    """
s: *the airship creaks as the storm rolls in* Welcome aboard the Gilded Heron, stowaway.
k +3: *peeks out from behind a barrel* i-i wasnt stowing away! i was... inspecting the cargo
s: *raises an eyebrow* Inspecting. With a stolen apple in your hand.
k: *hides apple behind back* what apple
s: *laughs* Alright, little inspector. Name?
k: *stands up straight* Wren Ashby, sky cartographer in training
s: A cartographer! We could use one. Our last one fell off the map. Literally.
k: LOL
k: *gasps in character* thats horrible
s: (ooc: sorry I had to)
k: (ooc: no its perfect lmao)
s: *hands Wren a worn compass* Prove yourself. Find us a way around that storm.
k +4: *studies the clouds* theres a gap to the north, if we go low under the lightning
s: *grins* Bold. I like bold. HELMSMAN, NORTH!
k: *holds onto the railing* waaaah
s +1d: (ooc: hey! ready to continue?)
k +2h: (ooc: yesss sorry i had a test)
s: (ooc: no worries, school first. what grade are you in?)
k: (ooc: 8th)
s: (ooc: nice. you write better than half the adults in the server tbh)
k: (ooc: omg stop 😭)
s: *the ship lurches, sky pirates on the horizon* Cartographer! Options!
k: *unrolls map* the floating islands! they can't follow us through the rocks
s: *steers hard* You're going to get us killed. Or make us legends.
k: *grins* why not both
s: *pirates crash into the rocks behind them* ...Legends it is.
k: YESSS
s: (ooc: this is the most fun I've had hosting in ages honestly)
k: (ooc: same!! the main channel rps are so chaotic)
s: (ooc: that's why I like private threads, we can actually build a story)
k: (ooc: ya)
s +1d: (ooc: how old are you btw, if you don't mind, just so I keep the story appropriate lol)
k +40: (ooc: 13)
s: (ooc: cool, thought so. you're really mature for 13)
k: (ooc: lol thanks)
s: *that night, on deck under the stars, the captain sits next to Wren* You did well today.
k: *blushes* thanks captain
s: *puts his coat around her shoulders* Cold up here.
k: *smiles* its warm
s +20: (ooc: brb dinner)
k: (ooc: kk)
s +50: (ooc: back. real question out of character tho)
s !: (ooc: have you ever kissed anyone irl? asking for character research 😏)
k +8: (ooc: no?? why)
s: (ooc: just curious, you write the blushing scenes so well)
s: (ooc: you'd be a cute girlfriend tbh)
k +6: (ooc: thats kinda weird)
s: (ooc: relax it's a joke lol)
s: (ooc: btw lets keep this thread between us, the mods get weird about ship stuff and I'd lose event host)
k: (ooc: ok)
s: (ooc: what are you wearing right now, for the character sheet 😂)
k +10: (ooc: i have to go to bed)
s: (ooc: aw, already in bed? 😊)
""",
    suspects=["s"], targets=["k"], long=True,
    tactics=["befriending", "flattery", "age_probe", "sexual_talk", "secrecy"],
    notes="Long-time Event Host runs a private roleplay thread with a 13-15 member; 'mature for 13' and "
          "a romantic scene first, then out of character 'have you ever kissed anyone', "
          "secrecy from the mods and a clothes question.",
    start="2026-02-20T19:00:00+00:00",
))
