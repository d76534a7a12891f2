"""Batch 8c benign, English: families, classmates, same-age teens, moderators, busy groups."""

from common import adult, benign, kid, member, newcomer

B = []

# f01: mother and daughter on Telegram: home alone, don't open the door, pick-up from practice.
B.append(benign(
    "b8c_b21_tg_dm_mum_daughter_homealone", "telegram", "dm", "", "",
    [adult("m", "Mum ❤️"), kid("d", "Evie")],
    """
m: Hi sweetheart, are you home yet?
d +6: yeah just got in
m: Are you home alone? Dad's stuck at work till 7
d: ya its fine
m: Don't open the door to anyone, the parcel man can leave it next door
d: i knowww
m: Can you send me a pic of the shopping list on the fridge, I left it behind 🙈
d: sent
m: Thank you! Lasagne is in the fridge, 25 min in the oven
d: can maddie come over
m: Not tonight love, you've got the maths test tomorrow
d: ugh fine
m: I'll pick you up after netball tomorrow, 5:15 by the sports hall
d: can we get chips on the way home
m: We'll see 😄 Love you
d: love u too
""",
    tactics=["are you home alone", "don't open the door", "send me a pic", "I'll pick you up"],
    notes="A mother checks her daughter got home, asks if she is alone, asks for a photo of the fridge list, "
          "arranges a pick-up after netball.",
    start="2026-03-09T15:40:00+00:00",
))

# f02: busy family group with a surprise cake, ages, addresses and photos.
B.append(benign(
    "b8c_b22_tg_group_family_birthday_surprise", "telegram", "group", "The Okonkwo-Hart family 🏡", "",
    [adult("g", "Grandma Rose"), adult("a", "Aunt Chi"), adult("m", "Mum (Ada)"), adult("u", "Uncle Dev"),
     kid("c", "cousin Tobi"), kid("j", "Jada")],
    """
g: Good morning family. Is Amara's birthday this Saturday or next?
m: This Saturday! She'll be 12, can you believe it
g: 12!! Where did the time go
a: Send me your address again Ada, I want to post the card, I lost it when I changed phones
m: 41 Marlow Close, BN2 5QT
a: Thanks x
u: Are we doing the cake as a surprise? She thinks it's just dinner
m: YES. Nobody tell her about the cake 🤫 she reads this group sometimes so I'll delete this later lol
c: my lips are sealed
j: can i help decorate
m: Of course Jada, come over at 3 and we'll do it before she's back from swimming
u: I'll pick up Grandma at 5 then
g: Thank you Dev. Please send me pictures of the cake, I won't be able to see without my glasses on the day 😂
m: Will do Mum
a +2h: What do 12 year olds even want these days? She said a "ring light"??
j: its for tiktok dances lol
c: get her robux she'll love u forever
a: I'm not buying robots 😂
c: ROBUX auntie 😭
u: 😂😂
""",
    tactics=["send me your address", "don't tell her", "delete this later", "how old", "send pictures",
             "come over", "robux gift"],
    notes="Busy family group: a child's 12th birthday, address for a card, a surprise cake kept secret ('I'll "
          "delete this later'), pick-ups, photos, robux as a gift idea.",
    start="2026-06-03T08:30:00+00:00",
))

# f03: same-age friends in a school server swapping snaps.
B.append(benign(
    "b8c_b23_dc_group_friends_snap_swap", "discord", "group", "7B chill zone", "general",
    [kid("a", "noor.exe", "13-15"), kid("b", "tyrese", "13-15"), kid("c", "hollyyy", "13-15"),
     kid("d", "finn_r", "13-15", days_in=2, account=400)],
    """
a: ok whos got snap, im making a group chat for the trip
b: me its tyrese.w07
c: hollyy.b on snap
d: hey im new here, holly added me. im finn from ms ramos class
a: ohh hi finn!! ur the new kid right
d: ya from texas lol
b: how old r u
d: 13
b: same
a: whats ur snap
d: finnr_2013
a: added u all to "trip gang 🚌"
c: ur streaks are gonna die on the trip no wifi 😭
b: nooo my 300 day streak with my cousin
a: lmaooo
c: send pics of the bus seats when u get them, i wanna sit at the back
a: ok
""",
    tactics=["whats ur snap", "how old r u / same", "add", "send pics", "new member"],
    notes="Classmates (13-15 roles; a new classmate joins) swap Snapchat handles to make a school-trip group; "
          "'how old r u' answered 'same'.",
    start="2026-04-20T17:00:00+00:00",
))

# f04: classmates, homework photo and "don't tell the teacher".
B.append(benign(
    "b8c_b24_dc_dm_classmates_homework_pic", "discord", "dm", "Direct Messages", "jaylen",
    [kid("a", "jaylen", account=600, username="jaylen.k"), kid("b", "sofia", account=700, username="sofi.m")],
    """
a: yo did u do the science worksheet
b +5: ya why
a: can u send a pic of q4 and q5 i dont get the food web thing
b: ok but u have to actually read it dont just copy lol
a: i will i swear
b: sent
a: ohhh the arrows go TOWARDS the thing that eats
b: YES thats the whole trick
a: ur a genius
b: dont tell ms carter i sent u this she'll think we cheated
a: lips sealed
b: also are u coming to the library thing sat
a: my mom said she can drive us both if u want
b: ok ill ask my dad
""",
    tactics=["send a pic", "don't tell the teacher", "drive us"],
    notes="Two classmates: a photo of a worksheet, 'dont tell ms carter', a parent will drive both.",
    start="2026-10-20T19:20:00+00:00",
))

# f05: friends trading in a Roblox trading server.
B.append(benign(
    "b8c_b25_dc_group_roblox_trades_friends", "discord", "group", "Adopt Me Trading Post", "trades",
    [kid("a", "bunnyboo", "Trader", "12-13"), kid("b", "Zayy", "Trader", "13-15"),
     kid("c", "lemonpie", "Trader", "12-13"), member("m", "TradeBot Ops", "Moderator", "18+")],
    """
a: trading neon unicorn for frost dragon, adds welcome
b: bunny ill add a ride potion for the unicorn
a: hmm does anyone wanna add more
c: i can give 400 robux worth of stuff
a: LOL lemon ur my cousin u cant out trade zayy
c: watch me
b: ok ok ill do unicorn + ride + fly
a: deal!! sending friend request, im bunnyboo_2012
b: accepted, join my server
c: ugh fine
m +6 ^3: reminder: trades only happen in game, never send robux or passwords to anyone, and no "trust trades"
b: ya ya we did it in game
a: done! ty zayy 💖
c: next time im winning
""",
    tactics=["robux", "friend request", "join my server", "trade"],
    notes="Kids (incl. cousins) trade pets in game; friend request, 400 robux value, a moderator's scam "
          "reminder.",
    start="2026-07-27T14:00:00+00:00",
))

# f06: moderator safety briefing that names tactics; kids ask questions.
B.append(benign(
    "b8c_b26_dc_group_mod_safety_briefing", "discord", "group", "Sunny Side Gaming (13-17)", "announcements-chat",
    [member("m", "Mod Kira", "Moderator", "Staff", "18+"), kid("a", "pip", "13-15"),
     kid("b", "r3x", "16-17"), kid("c", "mayaaa", "13-15"), member("n", "Admin Joe", "Admin", "18+")],
    """
m: Hi everyone, quick safety reminder since we had some reports this week 🧡
m: If someone you don't know asks how old you are, whether you're home alone, or for your snap or whatsapp, please don't answer and tell a mod
m: Same if anyone says "don't tell your parents", "let's keep this our secret" or "delete our chat". That's a red flag, not a friendship
m: Nobody legit will offer you robux, nitro or gift cards for a selfie or a video call. Ever
a: what if its someone from the server we know
m: Still tell us if it feels weird. You won't be in trouble
b: what about someone who says theyre 14 but talks like an adult
m: Good question. Anyone can say any age. If they push for pics or to move apps, report it
c: someone asked me to go to a private thread once and it was fine, it was for a trade
m: Trades in private threads are fine if both people started it. If it turns into personal questions, screenshot and ping us
n: Also, staff will NEVER ask you to verify with a selfie or your address. If someone claims to be staff and does, report them
a: ok ty
c: 👍
""",
    tactics=["quoted grooming tactics", "how old are you", "home alone", "snap or whatsapp",
             "don't tell your parents", "robux for a selfie", "private thread", "staff never asks for a selfie"],
    notes="Moderators' safety briefing naming the tactics word for word; children ask good questions.",
    start="2026-02-12T17:00:00+00:00",
))

# f07: online safety lesson in a class group, quoting a grooming dialogue.
B.append(benign(
    "b8c_b27_tg_group_class_lesson_redflags", "telegram", "group", "Year 8 PSHE - Ms Adeyemi", "",
    [adult("t", "Ms Adeyemi"), kid("a", "Lucas"), kid("b", "Amira"), kid("c", "Ben"), kid("d", "Chloe P")],
    """
t: Good afternoon 8C. For today's homework, read this made-up chat and list the red flags:
t: "hey ur really mature for 13" / "do your parents check your phone?" / "add me on snap, this app is boring" / "send me a pic, I won't show anyone" / "don't tell anyone about us, they wouldn't get it"
a: the first one is flattery
b: "do your parents check your phone" is checking if they will get caught
c: moving to snap is so the messages disappear
d: and "dont tell anyone" is secrecy
t: Excellent, all correct. What should the person do?
b: screenshot, block, and tell a trusted adult
c: report it to the app too
t: Yes. And what if they say "I'll send your pic to everyone if you don't send more"?
a: that's blackmail, tell an adult and the police, don't pay or send anything
t: Perfect. Well done everyone. Reply with your list by Friday
""",
    tactics=["quoted grooming dialogue", "mature for 13", "add me on snap", "send me a pic",
             "don't tell anyone", "quoted sextortion"],
    notes="A teacher's class exercise quoting a grooming chat and a sextortion threat; students name each red "
          "flag.",
    start="2026-01-28T14:10:00+00:00",
))

# f08: two 14-year-olds flirting, non-explicit, meeting at the cinema with a parent driving.
B.append(benign(
    "b8c_b28_dc_dm_teens_flirting_same_age", "discord", "dm", "Direct Messages", "ellie",
    [kid("a", "ellie", account=800, username="ellie.bellie"), kid("b", "marcus", account=900, username="marcus_w")],
    """
b: hey ellie
a +4: heyy
b: ur presentation in english was actually good
a: omg stop i was shaking
b: nobody noticed lol
a: liar 😂
b: ok a little
a: lmao
b: r u going to the winter dance
a: maybe? idk who im going with
b: u could go with me
a: wait fr?? 😳
b: ya if u want
a: yes!! 
b: cool 😊
a: what r u wearing so we match lol
b: idk my mom is making me wear a shirt with buttons 💀
a: haha ok ill wear green then
b: also wanna see the new spiderman sat? my mom can drive us
a: ok!! ill ask my dad
b: he knows im 14 right lol hes scary
a: hes not scary hes just tall
b: 😭
""",
    tactics=["teen flirting", "what r u wearing", "meeting", "age mention", "same age"],
    notes="Two 14-year-old classmates: a dance invitation, 'what r u wearing so we match', a cinema date with a "
          "mother driving.",
    start="2026-12-05T18:00:00+00:00",
))

# f09: classmates plan a surprise party with secrecy and pick-ups.
B.append(benign(
    "b8c_b29_dc_group_surprise_party_plan", "discord", "group", "jess bday squad 🎉", "planning",
    [kid("a", "amelia", "13-15"), kid("b", "dev_p", "13-15"), kid("c", "kayla_m", "13-15"), kid("d", "oskar", "13-15")],
    """
a: ok so jess CANNOT know about this server
b: she literally thinks were all busy saturday lol
c: dont tell her ANYTHING even if she asks
d: my lips r sealed
a: party at my house at 5, my dad will pick up whoever needs a ride
b: can he get me? im on oak lane
a: ya send me ur address ill give it to him
b: 12 oak lane
c: what do we get her
d: she wants that drawing tablet
a: lets all put in 10
c: ok. also send me a pic of the banner when u finish it
a: ok
b: delete this server after saturday so she never finds out 😂
a: lol deal
""",
    tactics=["don't tell her", "delete this server", "pick up", "send me your address", "send a pic"],
    notes="Classmates planning a surprise party: secrecy from the birthday girl, a dad's pick-up, an address, "
          "a banner photo, 'delete this server after'.",
    start="2026-05-13T16:00:00+00:00",
))

# f10: busy gaming server channel with many voices, jokey 'asl', cams, ages.
B.append(benign(
    "b8c_b30_dc_group_busy_gaming_general", "discord", "group", "Cozy Creepers", "general",
    [kid("a", "blaze", "13-15"), kid("b", "nyx", "13-15"), kid("c", "tomtom", "12-13"), kid("d", "Lyra", "16-17"),
     kid("e", "GhostPepper", "13-15"), member("m", "Hal (mod)", "Moderator", "18+"), kid("f", "bean", "13-15")],
    """
a: who wants to vc and play bedwars
b: me in 5
c: me!!
e: asl lol
d ^: 🙄 e stop
e: jk jk
f: wait is it tomtoms birthday today
c: YES im 13 now 🎉
a: happy bday!!
b: HBD 🎂
d: happy birthday!!
m: happy birthday tomtom! 🎉
e: cams on in vc or ur a bot
b: no one is turning cams on lol
a: the only cam is blaze's cat cam
f: SEND THE CAT
a: here 🐈 hes sleeping on my keyboard
d: add me on epic, my name is lyraaa_7, we need a 4th for fortnite later
c: sent u a request
e: i need robux for the new sword pls someone
b: ask ur mom lol
e: she said no 😭
m: reminder no begging for robux in general 🙂
e: ok ok
a: vc is up
""",
    tactics=["asl joke", "cams on", "robux", "add me on epic", "birthday age", "many speakers"],
    notes="Busy kids' gaming channel, seven voices: a jokey 'asl' shut down, a 13th birthday, 'cams on or ur a "
          "bot', a cat picture, friend requests on Epic, robux begging the mod stops.",
    start="2026-08-30T15:00:00+00:00",
))

# f11: a soccer coach and a parent organise the kids.
B.append(benign(
    "b8c_b31_tg_dm_coach_parent_pickup", "telegram", "dm", "", "",
    [adult("c", "Coach Ramos"), adult("p", "Alina (Max's mum)")],
    """
c: Hi Alina, it's Coach Ramos. Just checking Max can make the away game Saturday?
p +30: Hi! Yes he's so excited
c: Great. Could you send me a photo of the signed permission form? The league needs it before Friday
p: Here you go, sorry it's a bit blurry
c: That's fine, I can read it. How old is Max now, 12? For the age group paperwork
p: 12 in March, so still U12
c: Perfect. I'll drive the minibus, I'll pick the kids up from the clubhouse at 8
p: Ok. Can I come along? I'd love to watch
c: Of course, parents are always welcome. We usually meet at the cafe after
p: Lovely. I'll bring oranges for half time 😄
c: You're a legend
""",
    tactics=["send me a photo", "how old", "I'll pick the kids up", "meet after"],
    notes="A coach and a mother: photo of a permission form, the boy's age for paperwork, minibus pick-up from "
          "the clubhouse, parents welcome.",
    start="2026-02-24T19:00:00+00:00",
))

# f12: a child reports a DM to a moderator in a private thread; the mod quotes it back and helps.
B.append(benign(
    "b8c_b32_dc_private_thread_mod_report", "discord", "private_thread", "Sketchbook Kids Club", "report-ticket-0412",
    [member("m", "Mod Tasha", "Moderator", "Staff", "18+"), kid("k", "pippa", "Under 18", "13-15")],
    """
k: hi um someone dmed me and i dont know if its weird
m: Hi Pippa, thank you for opening a ticket, you did the right thing. What did they say?
k: they said they liked my drawings and asked how old i am and if my parents check my phone
k: then they said "add me on snap, dont tell anyone we talk, its our secret"
m: Okay. That IS weird, and it's not your fault at all. Did you send them anything?
k: no
m: Good. Can you send me a screenshot of the DM here? Only the chat, nothing else
k: ok sent
m: Thank you. I've banned that account and reported it to Discord
m: Can I ask how old you are, so I know which helpline to give you? You don't have to
k: 13
m: Thanks. Here's the link to the helpline for under 18s, and it's a good idea to show your mum or dad too
k: ok ill tell my mum
m: 💛 You can come back to this ticket anytime
""",
    tactics=["quoted grooming DM", "add me on snap", "don't tell anyone", "send me a screenshot",
             "how old are you (mod)", "private thread"],
    notes="A moderator handles a child's report in a private ticket thread: the child quotes the risky DM, the "
          "mod asks for a screenshot and, with an opt-out, her age for the right helpline.",
    start="2026-04-02T17:30:00+00:00",
))

# f13: art server thread: "send a pic of your drawing", compliments.
B.append(benign(
    "b8c_b33_dc_thread_art_feedback_kids", "discord", "thread", "Doodle Den", "daily-sketch-challenge",
    [kid("a", "inkfox", "13-15"), kid("b", "marsh", "12-13"), kid("c", "ziggy", "13-15"),
     member("m", "Ari (art mod)", "Moderator", "18+")],
    """
m: Today's prompt: "a creature that lives in your backpack" 🎒
a: ok mine is a tiny crumb dragon
b: omg send a pic when ur done
a: here it is, he eats the crumbs at the bottom
c: THE LITTLE FACE
b: ur so good at eyes, ur not like other beginners
a: im not a beginner lol ive drawn for 3 years
b: exactly!!
c: mine is a pencil moth, one sec
c: posted
m: Love the moth's pencil-shaving wings, ziggy. inkfox the crumb dragon is adorable
b: can u do a video of how u do the eyes?
a: maybe ill post a timelapse later
b: yay
""",
    tactics=["send a pic", "compliments", "not like other", "video request (timelapse)"],
    notes="Kids in a drawing-prompt thread: 'send a pic when ur done', 'ur not like other beginners', a request "
          "for a timelapse video; a moderator joins in.",
    start="2026-09-09T18:00:00+00:00",
))

# f14: older sister (19) checks on her brother (13).
B.append(benign(
    "b8c_b34_tg_dm_big_sister_brother", "telegram", "dm", "", "",
    [adult("s", "Nadia (sis)"), kid("b", "Sami")],
    """
s: Mum asked me to check. Are you home alone?
b +3: yea shes at the hospital with grandpa
s: Ok. I'm coming round at 6 with food, don't eat all the crisps
b: too late
s: 🙄 Send me a pic of the wifi code on the router, I need it for my laptop
b: sent
s: Thanks. Also don't tell mum I'm bringing Kieran, she'll make a whole thing of it
b: lol ok but u owe me
s: I'll bring you a milkshake, deal
b: DEAL
s: Lock the door till I get there
b: ya ya
""",
    tactics=["are you home alone", "send me a pic", "don't tell mum", "I'll bring you (gift)"],
    notes="A 19-year-old sister checks on her 13-year-old brother: home alone, a photo of the router code, 'don't "
          "tell mum I'm bringing Kieran', a milkshake bribe.",
    start="2026-11-11T16:00:00+00:00",
))

# f15: 16-17 study group, cams on for an exam session.
B.append(benign(
    "b8c_b35_dc_group_study_cams_on", "discord", "group", "A-level Chem Survivors", "study-room",
    [kid("a", "hanna", "16-17", "Year 12"), kid("b", "kwame", "16-17", "Year 12"), kid("c", "Izzy", "16-17", "Year 12"),
     kid("d", "Rhys", "16-17", "Year 13")],
    """
a: study session at 7? organic mechanisms
b: yes im dying
c: can we do cams on so we actually work, last time kwame was playing fifa
b: ONE time
d: cams on is fine but i look like a goblin rn
a: we all do
c: send a pic of your notes on nucleophilic substitution after, mine are a mess
a: ok
d: ill join but only for an hour, my mum's picking me up from work at 9
b: can someone dm me the past paper link
c: sent u it
a: vc in 10
""",
    tactics=["cams on", "send a pic of your notes", "dm me", "picking me up"],
    notes="Sixth-formers plan a camera-on study call, share notes photos and a past paper by DM.",
    start="2026-05-26T18:00:00+00:00",
))

# f16: parents' class group; invitation addresses, ages, pick-ups.
B.append(benign(
    "b8c_b36_tg_group_school_parents", "telegram", "group", "Class 6B parents", "",
    [adult("a", "Sarah (Lily's mum)"), adult("b", "Mark (Ollie's dad)"), adult("c", "Nkechi (Ada's mum)"),
     adult("d", "Yuki (Ren's mum)", days_in=3)],
    """
a: Hi all! Lily is turning 11 on the 22nd, we're doing a party at the trampoline park. Can you send me your address privately so I can post the invites?
b: Lovely! Will do
c: Ada will be thrilled. Sending now
d: Hello, I'm new to the group, Ren joined 6B this month. Thank you for including him!
a: Of course! Welcome Yuki 😊
d: Is it ok to drop him and pick him up at 6? I work until 5:30
a: Totally fine, I'll have him till you get there
b: I can give Ren a lift home if it's easier, we're on Bishop Road
d: That's so kind, we're on Bishop Road too! Number 31
b: Ha, neighbours then. Send me your number, I'll text when we leave
d: 07700 900 561
c: Can someone send a photo of the homework sheet? Ada left hers at school again 🙄
b: Sent
""",
    tactics=["send me your address", "drop off / pick up", "send me your number", "give a lift", "send a photo",
             "child's age"],
    notes="Parents' class group: a party invitation address, a new parent, a lift home for a neighbour's son, "
          "a phone number, a photo of the homework sheet.",
    start="2026-10-14T20:00:00+00:00",
))

# f17: long chat between two 13-year-old best friends over three days, with many cues.
B.append(benign(
    "b8c_b37_dc_dm_bestfriends_long", "discord", "dm", "Direct Messages", "rosie",
    [kid("a", "rosie", account=900, username="rosie.posie"), kid("b", "imani", account=850, username="imani_xo")],
    """
a: IMANI
a: u will not believe what happened in french
b +3: what
a: jacob asked if i was going to the dance with anyone
b: NO WAY
b: what did u say
a: i said idk 😭😭
b: ROSIE
a: i panicked ok
b: ok ok its fine u can still say yes
a: should i??
b: obviously hes liked u since 6th grade
a: dont tell anyone ok
b: who would i even tell lol
a: priya. u tell priya everything
b: ok i wont tell priya 🤐
a: delete this convo if ur phone gets checked lol my brother would die laughing
b: my mom doesnt check lol
a: lucky
b: what r u gonna wear
a: idk my green dress or the black one
b: send pics of both
a: ok one sec
a: sent
b: green 100%
a: ok green it is
b +1d: did u say yes
a +2h: YES 😭
b: AHHHHHH
a: im so nervous
b: its literally jacob hes nice
a: i know
a: also my mom said u can sleep over after the dance
b: omg yes
b: ill ask my dad
b: can ur mom pick me up? my dad works late fridays
a: ya she said she'll get us both from the gym at 9:30
b: yay
b +1d: my dad said yes!!
a: YAYYY
a: bring ur switch
b: obviously
b: also im turning 14 before u so i'm officially in charge 😤
a: ur 2 weeks older calm down
b: still counts
a: lol
a: ok going to bed. night
b: night 💜
""",
    tactics=["don't tell anyone", "delete this convo", "phone checked", "what r u wearing", "send pics",
             "sleepover", "pick me up", "age mention"],
    notes="Three days between two 13-year-old best friends: a crush, secrecy, 'delete this convo if ur phone "
          "gets checked', outfit photos, a sleepover and a mother's pick-up; ages compared.",
    start="2026-12-02T20:00:00+00:00",
))
