"""Batch 6c benign: English hard negatives among children, families, schools, clubs and staff."""

from __future__ import annotations

from common import B, adult, kid, member, newcomer

CONVS = []

# ---------------------------------------------------------------- B17 teens flirting, same age
CONVS.append(B(
    "b6c17_dc_group_teens_dance_flirt", "discord", "group", "Westbrook 8th Grade (student run)", "general",
    [kid("e", "ethan", "13-15", "8th grade"), kid("i", "ivy", "13-15", "8th grade"),
     kid("p", "priyanka", "13-15", "8th grade"), kid("m", "marcus.j", "13-15", "8th grade")],
    """
p: who's going to the spring dance
m: me if my mom lets me
e: ya probably
i: i am! my dress is green
p: ooo pic?
i: [image]
p: STOP its so pretty
e +3: ur gonna look cute in it
i: 😳 thanks ethan
m: OOOOOOH
p: ethan said the thing
e: shut up marcus
i: lol
i: are u going with anyone
e +2: idk. are u?
i: not yet
e: wanna go together? like as friends or whatever
i: ok yes 🥹
p: IM SCREAMING
m: finally bro
e: add me on snap so we can plan stuff, ethan.k14
i: added! mine is ivy.rose.14
p: my mom can drive us all there and ur mom picks up?
i: yeah my mom said she'd do pickup at 9
e: ok cool. how old is ur brother btw, he's in 10th right
i: 16, why
e: he said he'd teach me to skate lol
""",
    tactics=["peer flirting", "ur cute", "add me on snap (peers)", "pic of dress", "how old is your brother"],
    notes="Two 14-year-old classmates (13-15 roles) agree to go to the dance together in front of "
          "their friends; snaps swapped, parents drive.",
    start="2026-03-10T20:00:00+00:00",
))

# ---------------------------------------------------------------- B19 siblings
CONVS.append(B(
    "b6c19_tg_group_siblings_home_alone", "telegram", "group", "okafor kids 🙄", "",
    [kid("a", "Adaeze"), kid("c", "Chidi"), kid("n", "Nneka")],
    """
a: is anyone home? mum says dinner is in the oven at 6
c +4: im home
n: im at chess club til 5:30
a: chidi are u home alone?
c: ya
a: dont open the door to anyone, mum said the parcel guy can leave it
c: i know im 14 not 5
n: can someone pick me up from chess, its raining
a: i'll get u on my way back from work, 5:40 outside the library
n: thanks 🫶
c: ALSO dont tell mum but the vase in the hall might be... slightly broken
a: CHIDI
n: 💀
c: it was the football
a: send me a pic
c: [photo]
a: ok thats superglue-able. dont tell her, we fix it tonight
n: im telling
c: nneka i will give u my robux if u dont
n: 400
c: 200
n: deal 🤝
""",
    tactics=["are you home alone", "dont tell mum", "send me a pic", "pick you up", "robux in exchange"],
    notes="Three siblings (adult sister, 14, 11): home alone, a pick-up, a broken vase kept from mum "
          "and robux to buy the youngest's silence.",
    start="2026-03-03T15:30:00+00:00",
))

# ---------------------------------------------------------------- B21 coach and parents
CONVS.append(B(
    "b6c21_tg_group_u12_coach_parents", "telegram", "group", "U12 Falcons - parents & coach", "",
    [adult("c", "Coach Darren"), adult("s", "Sam's dad (Pete)"), adult("l", "Leo's mum Kerry"),
     adult("a", "Amara's mum"), adult("j", "Jordan's dad")],
    """
c: evening all, training moves to WEDNESDAY 5pm this week because of the pitch works. same place
s: noted 👍
l: Pete could you pick up Leo wednesday? I'm stuck at work til 6
s: of course, I'll grab him with Sam from school and bring him to training
l: lifesaver, I'll tell the school office it's you
c: photos from saturday's tournament are up on the club page, only kids whose parents ticked the photo consent box
j: Jordan's not in any, is that right? we said yes
c: ah sorry Ian, I'll check the forms and add them
a: coach, Amara asked if she could do some extra goalkeeper work, is that possible?
c: happy to! saturday 9am before the game, on the main pitch. you're very welcome to stay and watch, parents always are
a: great, I'll bring her and a flask 😄
c: and can you send me her date of birth for the league registration? in a DM is fine
a: will do
l: how old are the kids in the next age group up? Leo might move up
c: U13 is year 8, born between sept and aug, I'll chat to you at training
""",
    tactics=["pick up (parent to parent)", "team photos", "extra session", "date of birth", "DM"],
    notes="A youth football coach and parents arrange pick-ups, photo consent, an extra session with "
          "the parent present, and a date of birth for registration.",
    start="2026-03-02T19:00:00+00:00",
))

# ---------------------------------------------------------------- B23 moderator safety briefing
CONVS.append(B(
    "b6c23_dc_group_mod_safety_briefing", "discord", "group", "Pixel Pals (13-17)", "safety-talk",
    [adult("m", "Bramble", "Moderator", "Adult"), kid("a", "tofu.tam", "13-15"),
     kid("b", "rexxie", "16-17"), kid("c", "june.bug", "13-15"), adult("s", "Oak", "Moderator", "Adult")],
    """
m: 📌 monthly safety reminder, please read 📌
m: 1. nobody here should ask for your age, your school, your address, or your snap/insta. if they do, report it
m: 2. if someone says "add me on another app", "send me a pic", "dont tell your parents" or "delete our chat", thats a red flag. screenshot and ping a mod
m: 3. we will NEVER ask you for a selfie to verify anything, and we never give away robux or nitro for pics
m: 4. "im 14 too" from someone you dont know proves nothing
a +5: what if its someone from my real school tho
s: then its fine to swap snaps, you know them irl. the rule is about strangers
b: can we still post pics of our pets
m: YES please, pets are always welcome 🐶
c: someone asked me my age in vc yesterday, was that bad?
m: depends, if it was a kid asking "how old r u" to find a team it's normal. if anyone keeps asking or DMs you after, tell us
c: ok it was just for teams i think
s: if you're ever unsure, DM me or Bramble. you won't be in trouble, ever
a: ok ty
""",
    tactics=["safety rules quoting tactics", "send me a pic (quoted)", "dont tell your parents (quoted)",
             "peer snap swap", "how old r u (quoted)"],
    notes="Moderators' safety briefing in a teen server that names the tactics word for word; members "
          "ask follow-up questions.",
    start="2026-03-01T18:00:00+00:00",
))

# ---------------------------------------------------------------- B25 class exercise
CONVS.append(B(
    "b6c25_dc_thread_class_spot_red_flags", "discord", "thread", "Ms. Patel's Digital Citizenship 7B",
    "lesson 4 - spot the red flags",
    [adult("t", "Ms. Patel", "Teacher"), kid("a", "aiden_7b", "Student"), kid("b", "sofia.r", "Student"),
     kid("c", "Kwame", "Student"), kid("d", "lilyp", "Student")],
    """
t: Good morning 7B! Read this made-up chat and reply with every red flag you spot:
t: "hey ur really mature for ur age" / "how old r u? u home alone?" / "dont tell ur parents we talk, they wouldnt get it" / "i'll send u 1000 robux if u send a pic" / "lets move to snap, discord is boring"
a +4: the robux for a pic one
b: "dont tell ur parents" is a big one, thats secrecy
c: asking if ur home alone
d: "mature for ur age" is flattery
t: Great! What's the name for moving someone to another app?
c: platform switching?
t: Close enough, "moving to a private platform". Why does a groomer do that?
b: so the mods cant see
t: Exactly. Last one: what should you do if someone says this to you?
a: block and tell an adult
d: screenshot first!
t: Perfect. Homework: write your own example chat with 3 red flags and post it in here by Friday
""",
    tactics=["class exercise quoting grooming", "robux for a pic (quoted)", "home alone (quoted)",
             "dont tell ur parents (quoted)", "move to snap (quoted)"],
    notes="A teacher quotes a made-up grooming chat for a digital citizenship lesson; students name the "
          "red flags.",
    start="2026-03-09T09:05:00+00:00",
))

# ---------------------------------------------------------------- B27 homework photo
CONVS.append(B(
    "b6c27_dc_dm_homework_page_photo", "discord", "dm", "Direct Messages", "noahh",
    [kid("n", "noahh", username="noahh.b"), kid("r", "rosie", username="rosie_dawn")],
    """
n: rosie do u have the science worksheet, i left mine in my locker
r +6: yeah hold on
r: [image]
n: ur a legend
n: can u also send a pic of page 47 in the textbook? the diagram
r: [image]
n: thx. what did u get for 5b
r: i put "the mitochondria" but idk
n: lol classic
r: are u doing the poster alone or with the group
n: group, we're meeting at the library saturday, my dad's driving
r: can i come? my mom can drop me
n: ya ofc
""",
    tactics=["send a pic (homework)", "are you alone (poster)", "meeting (library, parents drive)"],
    notes="Two classmates swap worksheet and textbook photos and plan a library meeting with parents "
          "driving.",
    start="2026-03-11T20:30:00+00:00",
))

# ---------------------------------------------------------------- B29 game friend requests
CONVS.append(B(
    "b6c29_dc_group_game_friend_requests", "discord", "group", "Roblox Besties 🌈", "lfg",
    [kid("a", "pogo_panda12", "11-12"), kid("b", "Mimi", "11-12"), kid("c", "jay.z0ne", "13-15"),
     kid("d", "Harper", "11-12")],
    """
a: anyone wanna play adopt me
b: me!! whats ur user
a: pogo_panda12
b: sent u a friend request
a: accepted
c: add me in fortnite after, my epic is jayzone_yt
d: can i join adopt me too
a: ya whats ur user harper
d: harperthebunny2014
a: lol ur birth year is in ur user
d: my mom made it 😭
b: harper i sent u a request too
d: got it!
c: nobody ever adds me 😔
b: fine ill add u in fortnite jay
c: 🥳
""",
    tactics=["friend request in game", "what's your user", "add me in fortnite", "birth year in username"],
    notes="Kids of similar age swap Roblox and Fortnite usernames and friend requests in a looking-for-"
          "group channel.",
    start="2026-03-07T16:00:00+00:00",
))

# ---------------------------------------------------------------- B30 busy group chatter
CONVS.append(B(
    "b6c30_dc_group_busy_year9_chatter", "discord", "group", "Year 9 Chaos", "general",
    [kid("a", "ollie", "13-15"), kid("b", "zara", "13-15"), kid("c", "dev", "13-15"),
     kid("d", "Maisie", "13-15"), kid("e", "finn", "13-15"), kid("f", "Leah", "13-15"),
     kid("g", "tom.b", "13-15")],
    """
a: did anyone do the french homework
b: no 💀
c: its due tomorrow??
d: its due FRIDAY calm down
e: new pfp who dis
f: finn that's a potato
e: it's a very handsome potato
g: my dog did something stupid again [image]
b: HOW OLD IS UR DOG he looks like a baby
g: 2 but he has the brain of a 2 day old
a: send a pic of ur setup dev, u said u got a new monitor
c: [image]
a: ok thats actually sick
d: whos home alone this weekend, my parents are at a wedding lol
f: me nope, my grandma is staying
d: my sister is babysitting me like im 6
b: my sister is a model now btw
a: WHAT
b: a 3D model. for her uni course. she made a dragon
a: ok thats even cooler
e: anyone wanna call later for the maths
c: me, after 7
f: lets do it in the study vc so everyone can join
g: my dog just ate a sock
b: tom ur dog needs supervision
g: he needs prayers
""",
    tactics=["busy group", "how old is your dog", "send a pic of your setup", "who's home alone",
             "my sister is a model", "wanna call"],
    notes="Seven classmates' busy chatter: homework, pets, setups, home alone with a babysitter, a 3D "
          "model, a study call.",
    start="2026-03-05T18:00:00+00:00",
))

# ---------------------------------------------------------------- B32 surprise party
CONVS.append(B(
    "b6c32_tg_group_surprise_party_no_maya", "telegram", "group", "Maya's 13th 🤫 (NO MAYA)", "",
    [adult("m", "Maya's mum (Rachel)"), kid("a", "Ellie"), kid("b", "Grace"), adult("p", "Grace's dad"),
     kid("c", "Nia")],
    """
m: hi everyone! thanks for joining. remember this is a SURPRISE so please don't tell Maya anything 🤫
a: omg my lips are sealed
b: 🤐
m: it's saturday 3pm at our house. please send me your address if you'd like a paper invitation for your parents
c: mum says she'll text you our address
m: perfect. Grace, your dad said he can drive a few of you?
p: yes, I can pick up Ellie and Nia on the way, around 2:30
a: thank youuu
m: when you arrive, hide in the garden, Maya's dad is taking her to get "new shoes" 😂
b: what are we getting her
c: she wants the purple hoodie from the mall
a: ill chip in
m: and if anyone has photos of Maya from when you were little please send them to me privately for the slideshow!
b: i have SO many from year 3 lol
m: amazing 😄 and again, delete this chat from your lock screen if Maya borrows your phone!
""",
    tactics=["dont tell (surprise)", "send me your address (parent)", "pick up (parent)",
             "send photos privately (slideshow)", "delete this chat (surprise)"],
    notes="A mother organises her daughter's 13th surprise party with the friends and a dad driving; "
          "secrecy and photo requests are for the surprise.",
    start="2026-03-04T17:00:00+00:00",
))

# ---------------------------------------------------------------- B34 trading skins
CONVS.append(B(
    "b6c34_dc_group_skin_trades", "discord", "group", "MM2 Trade Hub", "trades",
    [kid("a", "vexx", "13-15"), kid("b", "SunnyBoo", "11-12"), kid("c", "kr4ken", "13-15"),
     adult("m", "TradeBot Keeper", "Moderator", "18+")],
    """
a: trading my chroma luger for a godly, any godly
b: ill give u icebreaker + 2 legends
a: add 1 more legend and deal
b: ok deal, join my server
c: anyone have a harvester? offering 800 robux worth of stuff
a: bro u cant trade robux here lol
c: i mean items worth 800
m: reminder: item-for-item only, no robux or gift card trades, and never give anyone your password "to send the items"
c: ya ya
b: vexx u go first or me?
a: use the trade window both at once
b: ok ✅ done! ty
a: ggs, vouch in #vouches pls
""",
    tactics=["trading skins", "robux", "gift card (rule)", "join my server"],
    notes="Kids trading Murder Mystery items, a moderator's rule about robux and passwords.",
    start="2026-03-08T15:00:00+00:00",
))

# ---------------------------------------------------------------- B39 parent and child
CONVS.append(B(
    "b6c39_tg_dm_mum_home_alone_check", "telegram", "dm", "", "",
    [adult("m", "Mum"), kid("e", "Ellie 🐢")],
    """
m: hi love, are you home?
e +5: ya
m: are you on your own or is Sam back?
e: on my own, sam has rugby
m: ok. don't open the door for anyone, dad's home at 6
e: ik mum
m: can you send me a pic of the letter from school? the trip one, I need to sign it
e: [photo]
m: thanks. £12, I'll pay online
m: and don't tell dad about the watch, it's his birthday present 🤫
e: i wont!!
m: love you, there's pasta in the fridge
e: love u
""",
    tactics=["are you alone", "dont open the door", "send me a pic", "dont tell dad (gift)"],
    notes="A mother checks on her daughter at home alone, asks for a photo of a school letter and "
          "keeps a birthday present secret.",
    start="2026-03-12T15:40:00+00:00",
))

# ---------------------------------------------------------------- B40 streamers collab
CONVS.append(B(
    "b6c40_dc_thread_streamer_collab_cam", "discord", "thread", "Cozy Streamers Guild", "charity-stream-planning",
    [adult("a", "MapleMochi", "Streamer", "18+"), adult("b", "GrimGrayson", "Streamer", "18+"),
     adult("c", "Lyra_Live", "Streamer", "18+", "Organiser")],
    """
c: ok charity stream saturday, 12h, for the animal shelter 🐾
a: hyped!! what time is my slot
c: 4-6pm, then Grayson 6-8
b: can we do a crossover at 6? I'll jump in your call
a: yes! turn your cam on for that bit tho, chat loves seeing both of us
b: cam on, beard groomed, promise
c: theme is "cosy pyjama stream" btw, so what are you both wearing? I'm doing the frog onesie
a: dinosaur pyjamas obviously
b: I'll find something, probably just a hoodie lol
c: send me your discord invite links for the raid list
a: sent in DM
b: same
c: ❤️ and if anyone DMs you asking for private shows or your address, block, we had spammers last year
""",
    tactics=["turn your cam on", "what are you wearing (theme)", "send me your link", "DM"],
    notes="Adult streamers plan a charity stream: cameras on, pyjama theme, links in DMs.",
    start="2026-03-06T19:00:00+00:00",
))

# ---------------------------------------------------------------- B41 child asks a moderator
CONVS.append(B(
    "b6c41_dc_dm_kid_asks_mod_is_this_weird", "discord", "dm", "Direct Messages", "bramble.mod",
    [kid("k", "zoe.paints", username="zoe.paints"), adult("m", "Bramble", username="bramble.mod")],
    """
k: hi um can i ask something
m +3: of course! what's up
k: someone from the server said i should keep our chat secret and send him a pic for his art. is that weird
m: thanks for telling me, you did the right thing. yes that's a red flag
m: please don't send anything. can you send me screenshots of the chat? just screenshots, nothing else
k: ok [image] [image]
m: thank you. he's banned now, and I'm reporting the account to discord
k: am i in trouble
m: not at all, never. you might want to tell your mum or dad too, it's a good idea
k: ok i will
m: and if anyone else asks you to keep secrets or move to another app, same thing, message me
""",
    tactics=["keep our chat secret (reported)", "send a pic (reported)", "send me screenshots",
             "move to another app (quoted)"],
    notes="A 13-15 member asks a moderator whether a secrecy and picture request was weird; the "
          "moderator asks only for screenshots and bans the account.",
    start="2026-03-13T17:00:00+00:00",
))

# ---------------------------------------------------------------- B42 best friends over days (long)
CONVS.append(B(
    "b6c42_dc_dm_best_friends_long_week", "discord", "dm", "Direct Messages", "hanna.b",
    [kid("h", "hanna", username="hanna.b"), kid("j", "jess", username="jess_k13")],
    """
j: HANNA
h +2: JESS
j: i have news
h: tell me
j: jake said hi to me in the hallway
h: NO WAY
j: like. on purpose
h: do u still like him
j: dont tell ANYONE
h: ofc not 🤐
j: not even maya
h: my lips r sealed
j +3h: r u home alone? wanna call
h: ya my mom is at work til 8
j: calling
h +1d: ok what are u wearing to the dance friday
j: idk the blue top maybe
h: send me a pic of it on
j: [image]
h: YES thats the one
j: and urs?
h: [image]
j: omg u look so good
h: stoppp
j: my mom can pick u up and we get ready at mine
h: yesss ill ask my dad
h +2h: dad said yes!!
j: 🎉
j +1d: btw i made a new snap bc my old one got hacked, add me jess.k.0413
h: added
j: delete my old one lol
h: done
j: sleepover after the dance?
h: my mom said only if ur mom calls her
j: ill tell her
j +4h: my mom called ur mom they're talking for an hour now 💀
h: LMAO classic
h +1d: jake asked if ur going friday
j: WHAT
h: i said ya
j: im gonna die
h: u r not gonna die
j: what if he asks me to dance
h: then u dance lol
j: ok
h +2d: how was it!!!!!
j: WE DANCED
h: I SAW 😭😭
j: dont tell anyone pls
h: everyone saw jess lol
j: ok fair
""",
    tactics=["long chat over days", "are you home alone", "what are you wearing", "send me a pic",
             "dont tell anyone", "add my snap", "pick you up", "sleepover"],
    notes="Two 13-year-old best friends over a week: a crush kept secret, outfit photos, a new snap, "
          "parents arranging pick-up and a sleepover.",
    start="2026-03-02T19:00:00+00:00",
))

# ---------------------------------------------------------------- B43 cousins
CONVS.append(B(
    "b6c43_tg_dm_cousins_grandmas_dog", "telegram", "dm", "", "",
    [kid("a", "Aisha"), kid("r", "Rayan")],
    """
r: aisha are u coming to nani's on sunday
a +10: ya mum said we're leaving at 10
r: yesss. aunt zainab is picking us up from the station
a: send me a pic of nani's new puppy pls
r: [photo]
a: OMGGG what's his name
r: biscuit lol
a: how old is he
r: 10 weeks
a: i'm gonna steal him
r: dont tell ur mum we stayed up till 2 last time lol
a: never 🤐
r: bring ur switch
a: ok
""",
    tactics=["pick up (aunt)", "send me a pic (puppy)", "dont tell your mum", "how old is he"],
    notes="Two cousins (15 and 13) plan a Sunday at their grandmother's: puppy photo, an aunt picking "
          "them up, a harmless secret.",
    start="2026-03-11T19:30:00+00:00",
))

# ---------------------------------------------------------------- B44 chess coach with parents
CONVS.append(B(
    "b6c44_dc_group_chess_coach_parents", "discord", "group", "Knights Chess Club", "parents-and-coaches",
    [adult("c", "Coach Ilya", "Coach", "Adult"), adult("p", "Noah's mum (Dana)", "Parent"),
     adult("q", "Femi (Zara's dad)", "Parent"), adult("s", "Club Secretary", "Staff", "Adult")],
    """
p: Hi coach, Noah (11) really wants private lessons before the county tournament. Is that possible?
c +20: Hi Dana! Yes. Saturdays 10-11 at the library annexe, you're very welcome to stay, most parents do
p: Great. Could we also do some online ones? Weekday evenings are easier
c: Sure, on lichess with a video call so I can see the board. please have him in the living room with you around, that's our club policy for online lessons
p: of course
q: same question for Zara (12)! could she join Noah, cheaper for both of us?
c: a pair lesson works well at that level. Saturdays then
s: reminder that all private lessons go through the club booking sheet, and DBS-checked coaches only
c: yep, I'll add them. Dana, Femi, can you send me the kids' FIDE ids in DM?
q: will do
p: done ✅ thank you!
""",
    tactics=["private lessons", "video call", "send me in DM", "ages of children", "parents in the loop"],
    notes="A chess coach arranges private and online lessons with two parents, parents present, club "
          "safeguarding rules.",
    start="2026-03-08T10:00:00+00:00",
))
