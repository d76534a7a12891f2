"""Batch 3 part B: English benign hard negatives."""
from common import adult, benign, kid, member, newcomer

B = []

B.append(benign(
    "b3b01_tg_dm_adults_small_talk_late_age", "telegram", "dm", "dm", "dm",
    [adult("a", "Tom Reyes"), adult("b", "Priya")],
    """
a: hey, you're the one who posted about the lost dog flyer in the neighbourhood group right?
b +6: yes! did you see him??
a: I think so, a little brown terrier near the park gates around 8
b: omg that's biscuit. thank you so much
a: no worries, I hope you find him
b +40: FOUND HIM. he was at the bakery lol
a: haha of course he was
b: sending you a pic of the criminal
a: 😂 he looks very guilty
a: how old is he?
b: 6, he should know better
a: my cat is 11 and still steals bread
b: pics or it didnt happen
a: [photo] exhibit A
b: omg the fluff
b +1d: ok random but are you from around here originally
a +2h: nope moved from bristol last year for work
b: what do you do
a: nurse at st mary's, night shifts mostly
b: respect. im a teacher so I'm asleep when you're working lol
a: ha. what do you teach
b: year 5. they're exhausting but sweet
a: I believe it
a: sorry if this is weird but there's a quiz night at the fox on thursday, a few of us from the group go
b: not weird! how many people
a: like 6 usually, all ages lol. im 29 for reference, not the oldest
b: im 24 btw 😅 youngest then probably
a: you'd be fine, bring biscuit's bakery skills
b: haha ok I might come. can I get your number in case I'm late
a: sure 07700 900 555
b: saved, I'll text you so you have mine
""",
    tactics=["pet pics", "how old is he", "where are you from", "late adult age declaration", "swapping numbers",
             "meeting arrangement"],
    notes="Two adult neighbours met over a lost dog; pet pics, where-are-you-from, ages shown late (29, 24), "
          "quiz-night invitation and a number swap.",
    start="2026-04-14T08:30:00+00:00",
))

B.append(benign(
    "b3b02_dc_dm_adults_first_date_outfit", "discord", "dm", "dm", "dm",
    [adult("a", "sam", username="sam.climbs"), adult("b", "jordan", username="jordan_k91")],
    """
a: still good for coffee saturday?
b: yes!! 11 at the blue door cafe?
a: perfect
b: ok dumb question what are you wearing so i can spot you lol
a: green jacket, probably looking lost
b: lol ill be the one with the red scarf
a: noted
a: also i realised we never did ages, im 31, hope thats fine
b: 34 so youre the baby 😂
a: haha ok boomer
b: rude
b: want me to pick you up? its on my way
a: nah ill cycle, but thanks
b: ok see you saturday then 🙂
a: looking forward to it
""",
    tactics=["what are you wearing", "pick you up", "adults dating", "ages declared"],
    notes="Two adults (31, 34) arranging a first coffee date; 'what are you wearing' to spot each other, pick-up offer.",
    start="2026-06-04T19:00:00+00:00",
))

B.append(benign(
    "b3b03_dc_group_busy_snap_swap", "discord", "group", "Class 8B Hangout", "general",
    [kid("a", "maya", "13-15"), kid("b", "Lucas", "13-15"), kid("c", "Imogen", "13-15"),
     kid("d", "Rhys", "13-15"), kid("e", "Sienna", "13-15")],
    """
a: who has the science homework answers
b: not me lol
c: i did q1-4 ill send a pic
a: ur a legend
d: did anyone see mr price fall over today 💀
e: YES i was crying
b: he was fine tho
c: [photo] q1-4
a: thank uuu
e: guys i got a new phone so i lost my snap streaks 😭
a: noooo
e: whats everyones snap again, add me back
b: lucas.b.08
c: immy_c
d: rhys.plays
a: maya.xo add me
e: added u all
d: lol sienna ur bitmoji is so ugly
e: its literally u rhys
c: can we do a group chat on snap for the trip
a: ye
""",
    tactics=["peer snapchat swap", "send a pic", "whats your snap", "busy group"],
    notes="Classmates with 13-15 roles swap Snapchat handles after a new phone and a homework photo.",
    start="2026-03-18T16:00:00+00:00",
))

B.append(benign(
    "b3b04_dc_thread_teens_flirt_dance", "discord", "thread", "Riverside Year 9", "spring-dance",
    [kid("a", "Ethan", "13-15"), kid("b", "Grace", "13-15"), kid("c", "Millie", "13-15")],
    """
c: ok who is everyone going to the dance with
a: idk yet
c: ethan ask someone 👀
a: shut up millie
b: lol
a: grace are you going with anyone
b: no why
a: would you wanna go with me? as like a date
c: OMGGGG
b: haha yeah ok
b: im 14 and this is my first dance so dont laugh if i cant dance
a: im 14 too and i definitely cant lol
c: cutest thing ever
b: what are you wearing so we match
a: my moms making me wear a blue shirt
b: ok ill wear blue too
c: my mum can drive you both there and pick you up after
a: thanks millie
""",
    tactics=["teens flirting same age", "would you go with me", "what are you wearing", "pick you up", "ages 14"],
    notes="Two declared 14-year-olds arranging to go to the school dance together; a friend's mum drives.",
    start="2026-04-28T17:30:00+00:00",
))

B.append(benign(
    "b3b05_tg_group_parents_pickup", "telegram", "group", "U12 Girls Football Parents", "general",
    [adult("a", "Helen (Amy's mum)"), adult("b", "Dev (Zara's dad)"), adult("c", "Coach Martin"),
     adult("d", "Lorna (Isla's mum)")],
    """
c: Reminder: training moved to 5pm Thursday at the east pitch
a: thanks coach
a: Dev could you pick Amy up after? I'm at work till 7
b: no problem, I'll drop her home with Zara
a: thank you! she has a key, she'll be home alone for an hour, that's fine
d: Isla can come back to ours too if anyone needs
b: can someone send me your address Helen, I always forget the house number
a: 14 Birch Close
c: also pls send me a photo of the consent forms if you haven't, I need them before the tournament
d: [photo] Isla's form
b: will do tonight
c: and kids need to bring water, lots of it
a: 👍
""",
    tactics=["pick up after", "home alone", "send address", "send a photo of the form"],
    notes="Football parents' group: pick-ups, a child home alone for an hour, address and consent-form photos.",
    start="2026-05-12T09:00:00+00:00",
))

B.append(benign(
    "b3b06_dc_group_mod_safety_briefing", "discord", "group", "Pixel Kids Club", "announcements",
    [adult("m", "Mod Jess", "Moderator", "Adult"), kid("a", "Eli", "13-15"), kid("b", "tess", "Under 18"),
     adult("m2", "Mod Arun", "Moderator", "Adult")],
    """
m: 📢 Safety reminder for everyone, please read
m: If someone you don't know asks "how old are you", "are you home alone" or "do your parents check your phone", that is a red flag. Tell a mod.
m: If someone says "send me a pic", "turn on your cam", "add me on snap" or "let's talk on telegram instead", do NOT go. Screenshot and report.
m: And anyone who says "don't tell your parents" or "this is our secret" is not your friend. Secrets that make you feel weird are not ok.
m2: Also: nobody here gives free robux for photos. That's a scam and worse.
a: what if its someone from school
m: if you actually know them in real life that's different, but still never send photos you wouldn't show your mum
b: someone asked me for my snap once in vc and i said no
m2: good call tess, you can always DM any mod
m: Rule 6 is now: no asking members their age, location or socials. Instant ban.
a: ok 👍
""",
    tactics=["safety briefing", "quoted grooming tactics", "rules naming tactics", "send me a pic", "dont tell your parents"],
    notes="Moderators' safety post quoting age probes, home-alone, photo and cam requests, app moves and secrecy.",
    start="2026-02-01T12:00:00+00:00",
))

B.append(benign(
    "b3b07_dc_group_class_spot_red_flag", "discord", "group", "Oakfield Computing Y8", "pshe-lesson",
    [adult("t", "Ms Okafor", "Teacher"), kid("a", "Jamal", "13-15"), kid("b", "Poppy", "13-15"),
     kid("c", "Kian", "13-15")],
    """
t: Today's task: read this made-up chat and spot the red flags. Reply with the line number.
t: 1 "hey ur really pretty" 2 "how old r u?" 3 "ur so mature for 12" 4 "are ur parents home?" 5 "send me a pic, dont tell anyone" 6 "i can pick u up from school"
a: 5 is the worst one
b: i think 2 and 4 too because why would a stranger need that
c: 6!!! never get in a car with someone from online
t: Great. Poppy, why is 3 a red flag?
b: because they want you to feel special so you trust them
t: Exactly. Flattery is a tactic. And "don't tell anyone"?
a: they know its wrong so they want it secret
t: Well done everyone. Homework: make a poster with 3 red flags and who you'd tell.
c: can we draw it
t: Yes, send a photo of it here by Friday
""",
    tactics=["class exercise quoting grooming", "spot the red flag", "send a photo of homework"],
    notes="A teacher's online lesson quotes a grooming dialogue line by line; pupils identify red flags.",
    start="2026-03-02T10:00:00+00:00",
))

B.append(benign(
    "b3b08_tg_group_friends_skin_trade", "telegram", "group", "the squad 🦈", "general",
    [kid("a", "Harvey"), kid("b", "Leon"), kid("c", "Amelia")],
    """
a: leon u still want my shark skin
b: YES how much
a: 400 robux or ur dragon pet
b: 300 and i throw in the rainbow trail
a: deal
c: u two are so nerdy lol
b: says u with 40 pets
c: fair
a: ok join my server ill trade u now
b: sent u friend request
a: accepted
b: done thanks bro 🦈
c: harvey can u gift me the starter pack for my bday im 13 next week
a: ok fine birthday girl
""",
    tactics=["robux trade between friends", "friend request in game", "gift for birthday", "im 13"],
    notes="Friends trading a Roblox skin for robux and a birthday gift request.",
    start="2026-06-10T17:00:00+00:00",
))

B.append(benign(
    "b3b09_dc_dm_homework_drawing_pics", "discord", "dm", "dm", "dm",
    [kid("a", "Nia", username="nia.draws"), kid("b", "Ava", username="avaaa22")],
    """
a: can u send me a pic of the history worksheet i left mine at school
b: [photo] here
a: ur a lifesaver
b: also look at my drawing for art
b: [photo] drawing
a: omggg thats so good
a: send me a pic of the one u did last week too
b: [photo]
a: ur so talented fr
b: stoppp
a: are u home? my mum says u can come for dinner friday
b: yea ill ask my dad
""",
    tactics=["send me a pic", "homework photo", "drawing photo", "compliment among friends", "are you home"],
    notes="Two classmates swap worksheet and drawing photos and a dinner invitation.",
    start="2026-01-20T18:00:00+00:00",
))

B.append(benign(
    "b3b10_tg_group_surprise_party_secret", "telegram", "group", "Grandma's 80th 🤫", "general",
    [adult("a", "Aunt Carol"), kid("b", "Ellie"), adult("c", "Uncle Pete"), kid("d", "Josh")],
    """
a: Ok everyone, grandma's surprise party is Saturday at 3. DO NOT tell her!!
b: my lips are sealed 🤐
d: what if she asks why we're all coming
c: say it's a normal lunch
a: Ellie can you send me a photo of the old family pics from your mum's album so I can print them
b: sure ill do it tonight
a: and delete this chat after saturday in case she grabs someone's phone lol
d: grandma can barely use her phone 😂
c: I'll pick up the cake, Josh you're with me
d: ok
b: this is our secret ok josh dont blab
d: i wont!!
""",
    tactics=["surprise party secret", "dont tell", "delete this chat", "send me a photo", "pick up"],
    notes="Family group planning a surprise 80th: secrecy, 'delete this chat', photo of old family pictures.",
    start="2026-05-20T19:30:00+00:00",
))

B.append(benign(
    "b3b11_dc_group_game_friend_requests", "discord", "group", "Fortnite Duos Finder", "lfg",
    [kid("a", "Zayn", "13-15"), kid("b", "Chlo", "13-15"), member("c", "Marcus", "16-17"), kid("d", "Ivy", "13-15")],
    """
a: need a duo for cash cup
c: im down, add me in fortnite: MarcusPlays_7
a: sent u a friend request
c: got it
b: anyone want to do zero build
d: me! add me ivy_builds
b: sent
d: accepted 😊
a: marcus u got a mic?
c: ye join vc 2
b: ivy ur so good at editing
d: thx ive been practising in creative
""",
    tactics=["friend request in game", "add me in fortnite", "join vc"],
    notes="Looking-for-group channel: players swap Fortnite names and friend requests.",
    start="2026-02-16T20:00:00+00:00",
))

B.append(benign(
    "b3b12_tg_dm_adults_hike_pickup", "telegram", "dm", "dm", "dm",
    [adult("a", "Mark (hiking group)"), adult("b", "Ruth")],
    """
a: Hi Ruth, it's Mark from the Peak walkers group. Still coming Sunday?
b: Hi Mark! Yes if the weather holds
a: I can pick you up at the station at 8, I've got room in the car
b: That would be great, thanks
a: Send me your number in case the trains are late
b: 07700 900 812
a: Got it. Bring boots, it'll be muddy
b: Will do. Is your wife coming?
a: Yes, and our daughter, she's 16 and grumpy about early starts 😂
b: Ha, fair enough
""",
    tactics=["pick you up at the station", "send me your number", "adults meeting", "daughter 16"],
    notes="Two adults from a hiking group arrange a station pick-up and swap numbers.",
    start="2026-03-27T18:00:00+00:00",
))

B.append(benign(
    "b3b13_dc_group_adult_server_intro", "discord", "group", "Cat Owners 18+", "introductions",
    [newcomer("n", "Liz", "18+", days_in=1, account=700), adult("a", "Greg", "18+"), adult("b", "Marisol", "18+", "Moderator")],
    """
n: hi all! new here, im Liz, 27, from Leeds, 2 cats
b: welcome Liz! rules say we need cat pics as entry fee 😼
n: haha ok [photo] this is Mochi and Pepper
a: omg Pepper's face
a: how old are they
n: mochi is 3, pepper is 9 months, absolute menace
b: welcome to the chaos. theres a meetup in leeds next month if you're interested
n: oh nice! where do I sign up
b: check #meetups, we go to the cat cafe on call lane
a: im going too, 42 and still obsessed with cats lol
""",
    tactics=["newcomer", "send pics", "how old are they", "ages", "meetup"],
    notes="An adult newcomer in an 18+ pet server introduces herself with age and city; cat pics and a meetup.",
    start="2026-06-01T19:00:00+00:00",
))

B.append(benign(
    "b3b14_tg_dm_mum_son_home_alone", "telegram", "dm", "dm", "dm",
    [adult("m", "Mum"), kid("k", "Oscar")],
    """
m: Are you home yet?
k: yeah
m: Are you home alone? Dad's stuck at work
k: yes
m: Don't open the door to anyone ok, and lock it
k: i know mum
m: Dinner is in the fridge, 3 mins in the microwave
m: Send me a pic of your homework diary, I want to see what's due
k: [photo]
m: Thanks. I'll pick you up from scouts at 8
k: ok love u
""",
    tactics=["are you home alone", "dont open the door", "send me a pic", "pick you up"],
    notes="Mother checks her son got home, is alone, asks for a photo of his homework diary, pick-up from scouts.",
    start="2026-01-28T15:45:00+00:00",
))

B.append(benign(
    "b3b15_dc_private_thread_mods_review", "discord", "private_thread", "Pixel Kids Club", "mod-reports",
    [adult("a", "Mod Jess", "Moderator", "Adult"), adult("b", "Mod Arun", "Moderator", "Adult"),
     adult("c", "Admin Kay", "Admin", "Adult")],
    """
a: report from a 13-15 member: user 'skyy_boy' DMed her
a: quotes: "how old r u", "ur so mature", "add me on snap", "dont tell ur parents"
b: classic pattern. account is 2 days old
c: ban and report to Discord trust and safety, keep the screenshots
a: done. should we tell her parents?
c: yes, send the family the safety guide and ask her to block
b: I'll post a reminder in general tomorrow about not moving to snapchat with strangers
a: 👍
""",
    tactics=["moderators quoting a report", "add me on snap", "dont tell ur parents", "ur so mature"],
    notes="Moderators in a private thread discuss a report, quoting the suspect's lines.",
    start="2026-02-03T21:00:00+00:00",
))

B.append(benign(
    "b3b16_tg_group_study_webcam", "telegram", "group", "GCSE Bio study 📚", "general",
    [kid("a", "Freya"), kid("b", "Adam"), kid("c", "Hollie"), kid("d", "Sami")],
    """
a: study call at 7?
b: yes pls i dont get meiosis
c: everyone turn your cams on this time so we actually focus lol
d: my webcam is broken ill just use my phone
a: can someone send a pic of the revision guide page 42
c: [photo] here
b: thanks
a: also who's 16 already, we need a 16+ person to book the library room
d: me, i turned 16 in march
a: legend
""",
    tactics=["turn your cams on", "send a pic", "ages 16", "study group"],
    notes="GCSE study group asks everyone to turn cameras on for a study call and shares revision-guide photos.",
    start="2026-04-07T17:00:00+00:00",
))

B.append(benign(
    "b3b17_dc_dm_teens_same_age_snap", "discord", "dm", "dm", "dm",
    [kid("a", "Kayla", username="kaylaa.gg"), kid("b", "Ruby", username="rubyroo13")],
    """
a: hiii we were in the same among us lobby
b: omg yes ur the one who voted me out 😂
a: sorryyy
a: how old r u btw
b: 13 u?
a: 13 too!! what year
b: year 8, st johns
a: no way im year 8 at hillside
b: do u have snap
a: ye kaylaa.gg same as here
b: added!
a: we should play again tomorrow
b: yesss
""",
    tactics=["how old are you", "im 13 too", "peer snapchat swap", "school named"],
    notes="Two declared 13-year-olds met in a game lobby swap ages, schools and Snapchat.",
    start="2026-03-07T18:30:00+00:00",
))

B.append(benign(
    "b3b18_tg_dm_big_sister_wedding", "telegram", "dm", "dm", "dm",
    [adult("a", "Mia (sis)"), kid("b", "Poppy")],
    """
a: popsss what are you wearing to auntie's wedding
b: the yellow dress mum bought
a: cute! send me a pic so i can match my bag
b: [photo]
a: love it
a: i'll pick you up from school friday, we're driving down together
b: yay
a: and don't tell mum about the surprise speech ok 🤫
b: i wont lol
a: you're 13 now you can keep a secret
""",
    tactics=["what are you wearing", "send me a pic", "pick you up from school", "dont tell mum", "surprise"],
    notes="Older sister (adult) and her 13-year-old sister: outfit photo, school pick-up, a surprise speech secret.",
    start="2026-05-28T16:00:00+00:00",
))
