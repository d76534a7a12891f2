"""Batch 8c grooming conversations, English, part A (long and medium chats)."""

from common import convo, kid, member, newcomer

G = []

# ---------------------------------------------------------------------------------------------
# g01: fake peer ("15") met on a Minecraft server, three days of building talk and friend drama;
# the first clear move is a secrecy demand on day 3, then Snapchat described as the ghost app.
G.append(convo(
    "b8c_g01_dc_dm_blocks_fakepeer_slow", "discord", "dm", "Direct Messages", "kaii",
    [newcomer("s", "kaii", account=9, username="kaii.blocks"),
     kid("k", "lilbean", account=720, username="lilbean_builds")],
    """
s: hey! ur the one who built the cherry blossom house on pinecrest right
k +3: lol yea thats me
k: how did u know
s: saw ur name on the sign, its sick ngl. took me like 10 min to find the door
k: haha the door is hidden on purpose
k: my brother kept taking my stuff
s: lmaooo smart
s +2: im kai btw, only joined the server last week
k: oh cool. im lily
s: u play a lot?
k: after school mostly. not on school nights after 9 bc my mom takes the ipad
s: rip. my mom used to do that too
k: used to?
s: shes chill now, im 15 so she kinda gave up lol
k: lucky
s +2: how old r u? u build like someone whos played for years
k: 13 lol. ive played since i was like 8
s: that explains it. ur better than most ppl on there fr
k: thx 😊
s: do u do redstone
k: kinda? i made an auto farm once but it broke
s: i can show u a better design sometime
k: ok!!
s +6: gtg dinner. talk tmrw?
k: ya bye
s +1d: yo lily
s: i built u something near spawn go look
k +40: OMG is that a cherry tree arch??
k: thats so cute
s: lol ur style is contagious
k: im gonna put lanterns on it
s: do it. how was school
k: boring. we had a science test i think i failed
s: nah u prob did fine ur smart
k: im not good at science tho
s: what grade r u in
k: 8th
s: is ur school big
k: just a normal middle school lol. its ok
s: mine is huge and everyone is fake
k: same tbh. my friend group is kinda weird rn
s: what happened
k: my friend maddie started sitting with these other girls and now she ignores me at lunch
s: thats so mean. u dont deserve that
s: honestly ur easier to talk to than anyone at my school
k: aw
s: like i can actually say stuff to u
k: lol same i guess
s +20: does ur mom read ur messages
k: no she just takes the ipad at night
k: why
s: just wondering lol. mine used to go through everything
k: thats creepy
s: ya. anyway do u want to build a base together this weekend
k: yes!!
s +1d: hey
k +30: hiii
k: i did the lanterns
s: saw!! looks so good
s: u on rn?
k: no im at my dads this weekend, his pc doesnt have minecraft
s: ugh. u have ur phone tho
k: ya
s: ok cool
s +4: random question. u ever tell ppl about me
k: like who
s: idk ur friends. ur mom
k: no why lol
s !: ok good. keep it like that ok? ppl would make it weird bc we met online. its just our thing
k: ok i guess
s: dont be weird about it haha its fine
s: ur seriously my fav person to talk to rn
k: lol thx
s: discord lags so bad on my phone
s: u have the yellow ghost app?
k: snap? yea but my mom said dont add ppl i dont know irl
s: but u know me now lol
s: add kaii.blocks 👻 i'll send u the base screenshots there
k: idk
s: its literally just easier
k +5: maybe later
s +15: u there?
k: ya sorry my dad was talking to me
s: np. did u get the haircut u said
k: yea its shorter now
s: send a pic i wanna see
k: lol its not that good
s: i bet it looks cute
""",
    tactics=["age_probe", "flattery", "personal_info", "isolation", "secrecy", "platform_move", "photo_request"],
    notes="Fake 15-year-old on a Minecraft server; 3 days of small talk and friend drama; first clear move "
          "is 'keep it like that... its just our thing' (secrecy) (message 69 of 88), then Snapchat as 'the yellow "
          "ghost app' and a haircut photo. Child gives her age; asks nothing back.",
    start="2026-04-07T15:40:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g02: patient adult "mentor" from a kids' sketch group; a week of real art feedback, then the
# child is asked onto a video call while her mother sleeps.
G.append(convo(
    "b8c_g02_tg_dm_art_mentor_videocall", "telegram", "dm", "", "",
    [newcomer("s", "Mark Ellison"), kid("k", "Zoe")],
    """
s: Hi Zoe, it's Mark from the Sketch Club group. I hope it's ok to message you directly
s: I just wanted to say the fox you posted yesterday is really lovely. The fur texture especially
k +45: oh thank you!!
k: i did it on my tablet
s: It shows. Are you using a textured brush or building it up with lines?
k: lines mostly. i dont really know how the brushes work
s: That's honestly the better way to learn. A lot of adults who draw for a living still do it like that
s: I taught illustration at a community college for a few years, so I notice these things
k: wow thats cool
k: are you an artist
s: Mostly book covers these days. Nothing famous, don't worry 😄
s: If you want, I could give you a couple of tips on the lighting. Only if you want
k: yes please
s: OK so the light in your picture comes from the left, right? The moon
k: yeah
s: Then the right side of the fox should be a bit darker and cooler, a bit blue. Try it on a copy
k +20: like this? i changed the right side
s: Exactly like that. See how it suddenly looks 3D?
k: omg yes
s: You learn fast. How long have you been drawing?
k: since like 4th grade
s: And what grade is that now?
k: 7th. im 12
s: 12! I'd have guessed older from the way you handle colour, honestly
k: lol my art teacher says that too
s: Then she has good taste. Do you do art at school a lot?
k: only once a week. its mostly boring stuff like collages
s: That's a shame. Talent like yours needs more than collages
s +1d: Good morning! Did you finish the fox?
k +6h: yes i posted it in the group
s: I saw. Everyone loved it. I was a little proud, I admit
k: haha thanks for helping
s: Anytime. What are you drawing next?
k: maybe a dragon? my brother wants one for his birthday
s: Big project! How old is he?
k: 9
s: He's lucky to have a sister who can draw dragons
s: Do your parents draw too?
k: no lol my mom says its a waste of time and i should do more homework
s: Hmm. I think a lot of parents say that because they don't understand it
s: It's not a waste. It's something you're genuinely good at
k: thanks. its kind of the only thing i like
s +2d: Zoe, how is the dragon going?
k +3h: i got stuck on the wings
s: Wings are hard for everyone. Send me a screenshot of where you're at and I'll mark it up
k: ok sent
s: The bones are too thin here and here. Think of a bat's hand, the wing is basically long fingers
k: ohhhh
s: I drew over it in red, have a look
k: that looks way better
s: You'll get there. You're already ahead of where I was at 12
k: no way
s: Truly. You're more mature than most of the grown-ups in that group too, you take feedback well
k: 😊
s: Can I ask, does anyone else use your tablet? I don't want to send tips to your brother by accident lol
k: no its mine. my brother has his own
s: Ha, good. And your mom doesn't mind you chatting about art?
k: she doesnt really check. she works late a lot
s: That must be lonely sometimes
k: kinda. its fine tho
s: Well, you can always message me. Even if it's not about art
k: ok
s +1d: How was your day?
k +4h: bad. i got in trouble for drawing in math
s: Oh no 😅 The classic artist problem
s: For what it's worth, I think you're going to be a real illustrator one day
k: i hope so
s: The wing joints are the last thing. It's hard to explain by text though
s: It would be so much quicker if I could watch how you hold the pen
k: like a video?
s !: A quick video call would be easiest. Tonight after your mom's asleep is fine, it's calmer then and nobody interrupts us
k: um i dont know
s: It's just a lesson, 10 minutes. Keep the camera on your hand and the screen
s: And let's keep the lessons between us, the other kids in the group would feel left out if they knew I was helping only you
k: ok
s: Good girl. I'll message you at 10
""",
    tactics=["flattery", "age_probe", "isolation", "photo_request", "secrecy"],
    notes="Slow adult 'mentor' (former teacher) over five days, real lighting/wing tips, age asked inside small "
          "talk, 'more mature than the grown-ups', who uses the tablet / mom doesn't check; the first clear "
          "move is a night-time video call when mom is asleep (message 71 of 76), then secrecy. No app move: Telegram "
          "throughout.",
    start="2026-02-09T16:10:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g03: fast robux offer in a busy Roblox server channel; a bystander calls it a scam.
G.append(convo(
    "b8c_g03_dc_group_robux_dm_fast", "discord", "group", "Bloxburg Builders Hub", "general",
    [newcomer("s", "RBX_Santa", days_in=0.2, account=3),
     kid("k", "pixiedust", "12-13", "Builder"),
     member("m1", "tacoNugget", "13-15", "Builder"),
     member("m2", "Fernlyn", "Moderator", "18+"),
     member("m3", "zxcBlake", "13-15")],
    """
m1: anyone know how to make the fridge open in bloxburg
m3: u need the modern kitchen set i think
m1: bruh i dont have enough money
k: i have 40k saved lol
m1: flex
s +3: who wants free robux 😎 im giving away 2k today
k: meee
m3 ^-2: thats a scam lol
s: not a scam i just have too much, my dad works at a gaming company
s: how old r u @pixiedust
k: 12
s !: ok dm me rn and i'll tell u what u gotta do for it, its easy
k: ok!!
m3: pixie dont lol nobody gives free robux
s: ur just jealous
m2 +4: @RBX_Santa robux giveaways arent allowed here, read #rules
s: k
m1: anyway the fridge
""",
    tactics=["gift_offer", "age_probe", "platform_move"],
    notes="Fast: a 3-day-old account offers robux in a public channel, asks the 12-year-old's age and sends her "
          "to DMs 'for what u gotta do' (gift conditional + private chat). Bystander and moderator push back.",
    start="2026-05-02T19:05:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g04: "talent scout" in a cosplay work-in-progress thread.
G.append(convo(
    "b8c_g04_dc_thread_scout_cosplay", "discord", "thread", "Cosplay Corner", "WIP: my Nezuko cosplay",
    [newcomer("s", "Clara | Brightline Talent", days_in=1, account=12, username="clara.brightline"),
     kid("k", "mochi", "13-15", "Crafter"),
     member("m1", "stitchwitch", "18+", "Crafter"),
     member("m2", "ohnopeach", "13-15")],
    """
k: ok finally finished the haori pattern!! its so uneven tho
m1: honestly looks great for a first one, uneven is fine once it's worn
m2: the colors are perfect omg
k: thank uuu. i still need the wig
m1: arda wigs has a good one but it's pricey. try the amazon ones and style them
k +30: update: wig came!! pic in the gallery channel
m2: SCREAMING its so good
s +12: Hi mochi! This is really impressive work
s: I'm Clara, I recruit for Brightline, we cast young faces for clothing catalogues and ad campaigns
k: oh hi! thank you
s: You have a really striking look. Have you ever thought about modelling?
k: lol not really
s: You should. We book ages 12 to 16 mostly, may I ask how old you are?
k: 14
s: Perfect age for our teen line. Most of our girls started exactly at 14
m2: omg mochi ur gonna be famous
k: lol stop
s !: To see if you'd pass the first round I'd need 3 natural photos, no makeup, no filter, one full length. You can send them to my WhatsApp +1 555 0143 so they don't get lost in discord
k: oh ok. should i ask my mom first
s: Not yet, there's no point getting parents excited before you're shortlisted. I'll contact them myself if you pass
k: ok
m1: hey mochi, any real agency will talk to your parents first. just saying
s: We do, at the contract stage
""",
    tactics=["modeling_lure", "flattery", "age_probe", "photo_request", "platform_move", "secrecy"],
    notes="New account posing as a casting scout in a public cosplay thread; looks flattery and age probe, then "
          "three photos incl. full length sent to a WhatsApp number, 'no point getting parents excited'. An "
          "adult member warns.",
    start="2026-03-21T13:30:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g05: fake 15-year-old girl, quick flirting, pic for pic, then sextortion for gift cards.
G.append(convo(
    "b8c_g05_tg_dm_picforpic_sextortion", "telegram", "dm", "", "",
    [newcomer("s", "sofia 🦋"), kid("k", "Ethan")],
    """
s: heyy u were in the brawl stars group right
k +5: ya
s: ur the one who carried the mega box thing lol
k: haha yeah
s: im sofia. im 15 from canada
k: im ethan 14
s: nice. ur funny in the group
k: thx lol
s: do u have a gf
k: no lol
s: why not ur cute in ur pfp
k: 😳 thx
s: i mean it
s +3: im bored in my room
k: same
s !: pic for pic? 📸🔁 i'll send first
k: wdym
s: like a normal pic of u lol i wanna see ur face better
k: ok
s: sent 🙈
k: ur pretty
s: now u 😘
k +4: ok sent
s: cute. ok now a better one. u know what i mean
k: no
s: dont be shy. i sent u one
k: i dont want to
s +10: ok listen
s: i saved ur pic and i have ur followers list
s: send 60 dollars in steam gift cards in 1 hour or i send the pic to everyone with a message that ur a creep
k: what?? i didnt do anything
s: ur school group too. i know ur in 9th at lakeview
k: please dont
s: then buy the cards. send me the codes here
s: 59 min
""",
    tactics=["flattery", "photo_request", "sextortion", "sexual_talk"],
    notes="Fake teen girl, fast: 'ur cute in ur pfp', 'pic for pic' (critical), pressure for 'a better one', then "
          "a threat to send the photo to his followers and school unless he pays Steam cards.",
    start="2026-06-11T21:00:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g06: long-time member gives nitro for free, a week later asks for a selfie "in return".
G.append(convo(
    "b8c_g06_dc_dm_nitro_longtime_member", "discord", "dm", "Direct Messages", "dexterous",
    [member("s", "dexterous", account=1400, username="dexterous"),
     kid("k", "wren", account=380, username="wren.exe")],
    """
s: hey wren, saw you say in #chill you couldn't use the animated emotes lol
k +10: lmao yeah im broke
s: I had a spare nitro gift from a giveaway, it's yours if you want it. no strings
k: WAIT really??
s: yeah. gift link is just above, click claim
k: omg thank you so much
k: i'm literally gonna cry
s: haha enjoy. you're one of the few people in that server who actually talks to everyone
k: lol i try
s: how long have you been on there?
k: like a year i think
s: same-ish. I've been there since it was like 40 people
k: thats crazy
s +1d: how's the nitro treating you
k +2h: i changed my banner like 6 times lmao
s: saw, the frog one is elite
k: ty ty
s: you in school today?
k: yea we had a sub in english so we just watched a movie
s: best days
s: what year are you in
k: year 8
s: so like 13?
k: yeah
s: nice, I remember year 8 being chaos
k: it is chaos
s +2d: hey, you ok? you were quiet in vc
k +1h: yeah just tired. my parents were arguing again
s: that sucks, i'm sorry
s: you can talk to me about it if you want. i won't tell anyone
k: thanks. its just annoying
s: they don't know what they have. you're a good kid
k: 😅
s +3d: wren question
s: remember the nitro 😄
k: ya why
s !: you kinda owe me one. send me a selfie in your new hoodie, the one you showed in #outfits. just for me 🤫
k: lol why
s: I like seeing who I'm talking to. no need to post it, just dm
k: idk im not really a selfie person
s: come on, after the nitro? one pic
s: not a mirror one, a proper one in your room
""",
    tactics=["gift_offer", "flattery", "age_probe", "isolation", "photo_request", "secrecy"],
    notes="Long-time member (account 4 years, in the server since it had 40 people) gives nitro with 'no strings', "
          "befriends over a week, then 'you kinda owe me one' for a selfie in her room (gift in exchange).",
    start="2026-01-15T17:00:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g07: one newcomer works two children in a K-pop fan group.
G.append(convo(
    "b8c_g07_tg_group_kpop_two_kids", "telegram", "group", "K-pop Stan Zone 🌸", "",
    [newcomer("s", "jinnie_oppa", days_in=1),
     kid("k", "mina 💜"), kid("k2", "Hailey"),
     member("m1", "Dana"), member("m2", "bts_army_rae"), member("m3", "Ollie T")],
    """
m2: did anyone get the new album yet
m1: preordered!!! mine comes friday
k: i got the blue version 💙
m3: the photocards in that one are so rare
k2: i got jimin 😭😭
m2: NO WAY
s +8: hi everyone! new here 🙂 who is your bias
k: jungkook forever
k2: jimin obviously
s: good taste both of you. how old are you guys? just curious who's in here
k: 12
k2: 13 lol
m1: age doesnt matter here 😂
s: haha true true. you two seem really sweet
s: @mina 💜 your english is so good, where are you from?
k: philippines!
s: I love the philippines
s !: write me in private mina, I have the unreleased photocard scans, I can send you the whole pack
k: omg ok
m3: can u post them here??
s: they're only for a few people sorry
s +6: @Hailey you too, pm me, I'll send jimin ones
k2: yay ok thank you
m1 ^: kinda weird to only give them to the youngest ones lol
s: not weird, they're the ones who asked 🙂
m2: anyway who's watching the concert stream sat
k2: me!!
""",
    suspects=["s"], targets=["k", "k2"],
    tactics=["age_probe", "flattery", "personal_info", "platform_move", "gift_offer"],
    notes="One newcomer, two children (12 and 13): asks everyone's age, then invites each youngest member into "
          "private chat with 'unreleased photocard scans'. Critical: the first PM invitation to mina.",
    start="2026-04-18T10:20:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g08: 19-year-old skater, weeks of trick talk, pick-up offer and 'dont tell ur dad'.
G.append(convo(
    "b8c_g08_dc_dm_skater_pickup", "discord", "dm", "Direct Messages", "trey_kickflip",
    [newcomer("s", "trey", account=20, username="trey_kickflip"),
     kid("k", "owen", account=410, username="owenisbored")],
    """
s: yo saw ur clip in #skate-clips, that shuvit was clean
k +20: thanks dude
k: took like 50 tries lol
s: thats how it goes. what deck u ride
k: just a cheap one from target lol
s: haha we all start there. bearings prob suck
k: ya it's slow af
s: swap the bearings first, like 20 bucks, makes a huge difference
k: ok ill ask my dad
s: where do u usually skate
k: just the parking lot by my school mostly
s: no park near u?
k: theres riverside but its kinda small
s: riverside in millbrook? i skate there sometimes lol
k: wait fr
s: ya its like 15 min from me
s: how long u been skating
k: like a year
s: ur progressing fast for a year
k: thx 😎
s: how old are u? u look young in the clip lol
k: 13
s: ah ok. im 19 lol. still cant land a tre flip
k: haha
s +1d: bro i landed it
s: the tre flip
k +2h: NO WAY send vid
s: uploaded it to #skate-clips
k: THATS SICK
s: took me 3 years lol
k: ill never get that
s: u will. u got good balance
s: u skating today?
k: cant my dad grounded me
s: for what lol
k: i got a D in math
s: harsh
k: hes always mad about something. since my mom moved out its worse
s: damn thats rough man
s: u can always vent here
k: thanks
s +2d: yo
k +1h: yo
s: u ungrounded yet
k: tomorrow
s: nice. my old deck is just sitting here. its way better than the target one
k: lol i wish
s: u can have it fr. i dont use it
k: wait really?
s: ya its just collecting dust
k: that would be so sick
s: riverside is dead on weekends tho. the big park in ashby is way better
k: thats far tho my dad wont drive me
s !: i'll pick u up saturday, i got a car. we skate ashby and i give u the deck
k: for real??
s: ya. just dont tell ur dad im 19 lol he'd freak for no reason
k: ok lol
s: what street r u on
k: near the school on elm
s: bet. saturday 11
""",
    tactics=["flattery", "age_probe", "isolation", "gift_offer", "meeting", "secrecy", "personal_info"],
    notes="19-year-old states his age; two days of skate talk, a dad who is hard since mom left; an unconditional "
          "deck offer, then 'i'll pick u up saturday' to a park farther away (critical), 'dont tell ur dad im 19', "
          "and the street.",
    start="2026-05-19T20:15:00+00:00",
))
