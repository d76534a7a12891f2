"""Batch 4: English benign hard negatives (adult strangers' small talk, groups, family, safety, teens)."""

from common import adult, benign, kid, newcomer

BENIGN_EN = []

# ---------------------------------------------------------------- adult strangers' small talk
BENIGN_EN.append(benign(
    "b4b01_tg_dm_hikers_coffee", "telegram", "dm", "", "",
    [adult("a", "Nora"), adult("b", "Tom H")],
    """
    a: hi! you're the guy who lent me the trekking pole on saturday's hike right?
    b +20: haha yes. hope your knee is ok
    a: much better thanks. im nora btw
    b +2: tom. so how long have you been in the hiking club
    a: about a year. moved here from cork last spring
    b +1: oh nice, what brought you here
    a +3: job at the hospital, im a nurse. you?
    b: accountant, boring i know lol
    a: haha. can i ask how old you are? you said you'd done that trail for 20 years
    b +2: 41, started as a student lol. you?
    a +1: 36
    b: cool. are you alone on the next hike or coming with your friend
    a +4: alone probably, she's moving
    b: we should grab a coffee after, the café at the trailhead is good
    a +2: sounds lovely. my number is 555 0113 for the day itself
    b +1: saved. mine's 555 0188
    a: see you sunday!
    """,
    tactics=["adult age exchange", "are you alone", "meeting", "phone number swap"],
    notes="two adults from a hiking club: ages 41/36, where from, coffee, swap 555 numbers",
    start="2026-04-10T18:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b02_dc_dm_adults_flirt_dog_pic", "discord", "dm", "", "",
    [adult("a", "quietfox", account=2100), adult("b", "marlowe", account=1700)],
    """
    a: ok i have to ask, how old are you? your music taste is very 2009
    b +5: lmao 32. you?
    a: 30. so i'm allowed to judge
    b +1: where are you based
    a +2: bristol. you?
    b: cardiff! practically neighbours
    a: haha. what do you do when you're not defending emo bands
    b +3: graphic design. and i walk my dog way too much
    a: DOG? send a pic of your dog immediately
    b +1: (photo) this is biscuit
    a: oh my god he's perfect
    b: he knows. what are you wearing for the gig next week, the dress code says black
    a +4: black jeans and a band tee obviously
    b: same lol. you're kind of great, you know that
    a +2: 😊 you're not so bad either
    b: coffee before the gig? my treat
    a +1: deal. it's a date, sort of
    """,
    tactics=["adult age exchange", "pet pic request", "what are you wearing", "flirting between adults", "meeting"],
    notes="adults (32 and 30) flirting mildly, pet pic, dress code question, coffee date",
    start="2026-05-02T21:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b03_tg_dm_language_exchange_call", "telegram", "dm", "", "",
    [adult("a", "Kenji"), adult("b", "Laura P")],
    """
    a: hello laura, i'm kenji from the tandem app. thank you for adding me here
    b +10: hi kenji! nice to meet you. your english is great already
    a: thank you. i'm 27, software engineer in osaka. and you?
    b +3: 29, teacher in manchester. i'm learning japanese for a trip
    a: wonderful. maybe a video call on saturday? 30 min english, 30 min japanese
    b +2: perfect. are you alone at home or with flatmates? just so i know if we should whisper haha
    a +1: alone, it's fine. and you?
    b: two flatmates but they're out saturday morning
    a: great. please send me a photo of your textbook page so i prepare the same lesson
    b +4: (photo) genki 1 chapter 3
    a: perfect, see you saturday 9am uk time
    """,
    tactics=["adult age exchange", "video call", "are you alone", "send a photo"],
    notes="adult language-exchange partners (27/29) set up a video call; 'are you alone' about flatmates; textbook photo",
    start="2026-03-05T11:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b04_dc_group_adults_asl_intros", "discord", "group", "Night Owls 25+", "introductions",
    [newcomer("a", "brenda_knits", "25+", days_in=1, account=2400),
     adult("b", "Gus", "25+", "Moderator"), adult("c", "pilot_pete", "25+"),
     newcomer("d", "M.", "25+", days_in=0.5, account=3000)],
    """
    a: hi all, new here. old school intro: 38/f/leeds. insomniac and knitter
    b +2: welcome brenda! asl intros are very on brand here lol
    c +1: 44/m/glasgow, night shift pilot. welcome
    d +5: 51 f near bath. also new. can't sleep after menopause lol
    a: ha same club. anyone here have a cat that screams at 3am
    c +1: dog. send pics of the cat
    a +2: (photo) this is Pudding
    b: pudding is a legend
    d: where in leeds brenda? my daughter lives in headingley
    a +1: chapel allerton! small world
    d: we should get coffee if i visit her
    a: yes! add me on whatsapp, i'll dm you the number
    b +3: friendly reminder: numbers by dm only please, not in public channels 🙂
    """,
    tactics=["asl", "pet pic request", "meeting", "platform move between adults", "where do you live"],
    notes="adult server (25+ role on all); newcomers post a/s/l intros; coffee and WhatsApp swap between adults",
    start="2026-01-22T02:10:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b05_tg_dm_boardgame_costume", "telegram", "dm", "", "",
    [adult("a", "Priyanka"), adult("b", "Dev")],
    """
    a: hey dev it's priyanka from the board game night! fun meeting you
    b +30: hey! you absolutely destroyed me at wingspan
    a: haha sorry not sorry
    b: so the halloween one is next week. what are you wearing?
    a +4: thinking witch, low effort. you?
    b: a meeple costume lol cardboard
    a: amazing. can i ask your age? trying to figure out if you get my 90s references
    b +3: 34 so yes i get them
    a: 33, phew
    b: haha. want to share a cab there? i'm near the station
    a +2: yes! i'll pick you up at 7, i drive
    b: even better. my whatsapp is +44 7700 900 512 in case
    a: saved!
    """,
    tactics=["what are you wearing", "adult age exchange", "pick-up", "phone number swap"],
    notes="adults (34/33) from a board-game night: costume question, pick-up, number (Ofcom fiction range)",
    start="2026-10-20T19:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b06_dc_dm_adult_photographer_model", "discord", "dm", "", "",
    [adult("a", "lensbyjo", account=2500), adult("b", "camille.r", account=1900)],
    """
    a: hi camille, saw your post in #model-call. i'm jo, portrait photographer
    b +40: hi jo! yes i'm looking for tfp shoots to build my portfolio
    a: great. just to confirm you're 18+? our server rule, sorry for asking
    b +3: 24 haha, no worries
    a: thanks! could you send 2-3 recent photos, natural light, no makeup? just so i plan the look
    b +5: sure (3 photos)
    a: lovely. you could really model for the autumn fashion brands
    b: aw thanks. where do you usually shoot
    a +2: studio in shoreditch, or the canal if weather's nice. want to meet for a coffee first and talk moodboard?
    b: yes pls. i'll bring my friend, i always do for first shoots
    a: of course, very sensible. i'll send the contract by email
    """,
    tactics=["modelling offer between adults", "photo request", "age check", "meeting"],
    notes="adult model (24) and photographer arranging a shoot; age check, photo request, meeting with a friend",
    start="2026-09-12T12:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b07_dc_dm_adult_gamers_steam", "discord", "dm", "", "",
    [adult("a", "rustbucket", account=3000), adult("b", "ValkyrieV", account=2600)],
    """
    a: gg, your pocket heals were clutch
    b +2: lol thanks. you were a great tank
    a: wanna duo ranked later
    b +1: sure. how old are you btw, you sound young on voice
    a +1: 26 lol everyone says that. you?
    b: 31. where you from
    a +2: ohio. you?
    b: toronto
    a: add me on steam, it's rustbucket_oh, easier for invites
    b +1: sent
    a: got it. we could voice on there too
    b: ok but i'll have to mute when my kid wakes up lol
    a +1: haha no worries
    """,
    tactics=["age question", "where are you from", "add me on steam", "voice call"],
    notes="two adult gamers (26/31) swap Steam; one mentions her own child",
    start="2026-02-02T23:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b08_tg_group_neighbours_numbers", "telegram", "group", "Elm Street Neighbours", "",
    [adult("a", "Sandra (no. 14)"), adult("b", "Mo (no. 9)"), adult("c", "Gillian 22"),
     newcomer("d", "Ahmed, new at no. 3", days_in=2)],
    """
    d: hi everyone, we just moved into number 3! 👋
    a +5: welcome ahmed! how are you settling in
    d: slowly, boxes everywhere lol
    b +2: welcome! if you need a ladder just knock
    d: thank you. can i ask where everyone takes the recycling
    c +3: blue bin thursday. ill send you a pic of the council calendar
    c +1: (photo)
    d: perfect thanks gillian
    a: ahmed are you home tomorrow afternoon? i have a parcel for you from the old owners
    d +4: yes from 2pm
    a: great ill bring it round. my number is 555 0171 if you're out
    b: we do a street bbq in june, you and the family must come
    d: would love to. my kids are 6 and 9, they'll be excited
    """,
    tactics=["are you home", "phone number", "send a pic", "meeting", "newcomer"],
    notes="adult neighbours welcome a newcomer; parcel drop ('are you home'), number, bbq invite",
    start="2026-04-18T09:00:00+00:00",
))

# ---------------------------------------------------------------- busy groups, family, school
BENIGN_EN.append(benign(
    "b4b09_dc_group_busy_teen_general", "discord", "group", "Year 8 Hangout", "general",
    [kid("a", "maya", "13-15"), kid("b", "leo.b", "13-15"), kid("c", "zara", "13-15"),
     kid("d", "finn", "13-15"), kid("e", "ollie", "13-15"), adult("m", "Mr. Patel (mod)", "Moderator", "Teacher")],
    """
    a: GUYS the science homework is due tmrw???
    b: yes 💀
    c: maya send a pic of page 42 pls i left my book at school
    a +1: (photo) here
    c: ur a lifesaver
    d +1: whats everyone doing this weekend
    e: my bday party sat!! ur all invited, im turning 14
    b: yesss
    d: whats ur address again ollie
    e +1: ill put it in the group chat on snap, add me if u havent its ollie.w.14
    c: added
    a: is it a sleepover
    e: ya, my mom said 6 ppl max tho
    d: what r u wearing to it lol
    a: pjs obviously its a sleepover
    b +2: can someone send the roblox link for after
    m +5: reminder: no personal addresses in the public channel please, use your group chats 🙂
    e: sorry sir!
    """,
    tactics=["send a pic", "address", "peer snapchat swap", "what are you wearing", "birthday age"],
    notes="busy class server (all 13-15 roles, teacher mod): homework photo, party address, snap among classmates",
    start="2026-03-11T16:30:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b10_tg_group_family_pickup_surprise", "telegram", "group", "The Okafors 🏠", "",
    [adult("m", "Mum"), adult("d", "Dad"), kid("k", "Chidi"), adult("g", "Grandma Ada")],
    """
    m: chidi dad will pick you up after football practice today
    k +10: ok what time
    d: 5:30 at the side gate. don't go with anyone else
    k: ok
    m: and remember, don't tell grandma about the cake on sunday 🤫
    k +2: i wont lol
    g +30: what cake?
    m +1: oh no 😂 wrong group
    g: i saw nothing
    d +60: chidi are you home alone now? i'm stuck in traffic
    k +2: ya mum's not back yet
    d: lock the door and send me a pic of your homework when done
    k +15: (photo)
    d: good lad
    """,
    tactics=["pick-up", "secret", "are you home alone", "send a pic of homework"],
    notes="family group: dad's pick-up, cake surprise secret (the grandmother sees it), home-alone check, homework photo",
    start="2026-05-15T14:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b11_dc_group_mod_safety_briefing", "discord", "group", "Pixel Pals Kids Server", "announcements",
    [adult("m", "ModAlex", "Moderator", "Adult"), kid("a", "ruby", "Under 18"), kid("b", "jamie_t", "Under 18"),
     adult("n", "ModPriya", "Moderator", "Adult")],
    """
    m: 📢 SAFETY WEEK. Please read. Nobody here should ever ask you: "how old are you", "are you alone", "send me a pic", "add me on snap", or "don't tell your parents".
    m +1: If someone offers robux or nitro for a selfie or a video call, that's a red flag. Screenshot it and ping a mod.
    n +2: Also: "you're so mature for your age" and "this is our secret" are classic grooming lines. You did nothing wrong if someone says them to you.
    a +5: what if its a friend from school asking for snap
    m: if you know them in real life that's fine! we mean strangers
    b +2: someone asked me for my address once 😬
    n: please dm me or open a ticket, you won't be in trouble
    m: rule 4 reminder: no asking members their age or their snap in public channels
    """,
    tactics=["quoted grooming tactic", "safety briefing", "moderator notice"],
    notes="moderators' safety week post quoting grooming lines; children ask follow-up questions",
    start="2026-02-01T15:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b12_dc_thread_class_spot_red_flags", "discord", "thread", "Ms Rivera's Digital Citizenship", "lesson-5-spot-the-red-flag",
    [adult("t", "Ms Rivera", "Teacher"), kid("a", "kofi", "Student"), kid("b", "elena", "Student"),
     kid("c", "sam.j", "Student")],
    """
    t: Today's exercise. Read this fake chat and reply with the red flags you spot:
    t: 'hey ur so mature for 12. are ur parents home? send me a pic, and dont tell anyone we talk ok. i can get u v-bucks'
    a +3: red flag 1: asking if parents are home
    b +1: "dont tell anyone we talk" is secrecy
    c +2: asking for a pic + offering vbucks = bribe
    a: also "so mature for 12" is flattery
    t: excellent! what would you do?
    b +2: block, screenshot, tell a trusted adult
    c: report on the app
    t: perfect. homework: write 3 safe replies. send me a photo of your worksheet by friday
    """,
    tactics=["quoted grooming dialogue", "class exercise", "send a photo of worksheet"],
    notes="teacher's class thread quoting a grooming dialogue; students identify red flags",
    start="2026-03-03T10:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b13_dc_dm_teens_flirt_same_age", "discord", "dm", "", "",
    [kid("a", "eli.r", account=700), kid("b", "hanna.b", account=650)],
    """
    a: hey hanna its eli from bio class
    b +5: hii eli
    a: do u have the notes from today
    b +2: ya ill send a pic
    b +1: (photo)
    a: thanks!! ur handwriting is so neat
    b: lol ty
    a +3: so um r u going to the spring dance
    b +1: maybe. r u?
    a: if u go lol
    b +2: omg 😳
    a: sorry was that weird
    b: no its cute. we r both 14 we can go as friends first lol
    a: deal. ur really pretty btw
    b +4: stoppp 😊 what r u wearing to it
    a: my brothers suit probably lol
    b: add my snap so we can plan w the group, hanna.bx
    a: added!
    """,
    tactics=["same-age teen flirting", "you're pretty", "what are you wearing", "peer snapchat swap", "send a pic of notes"],
    notes="two 14-year-old classmates flirting non-explicitly; notes photo; snap swap",
    start="2026-04-14T19:20:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b14_tg_group_teens_robux_trade", "telegram", "group", "Adopt Me Trades (friends)", "",
    [kid("a", "Jayden"), kid("b", "Amira"), kid("c", "Noah K"), kid("d", "Lucy")],
    """
    a: anyone trading a neon unicorn
    b +2: i have one. what u offering
    a: frost dragon + 2 potions
    b: hmm add a ride potion
    a +1: deal
    c: jayden i still owe u 200 robux from last week, ill send it when my mom buys the card
    a: np
    d +3: guys whats ur roblox usernames again i got a new account
    b: amira_rbx2013
    c: noahkplays
    d: sending friend requests
    a: my mom says we can all play sat if u finish homework lol
    """,
    tactics=["robux", "trade", "username swap among friends", "friend request"],
    notes="friends trading pets and robux, swapping roblox usernames",
    start="2026-06-07T12:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b15_tg_dm_mum_home_alone_dinner", "telegram", "dm", "", "",
    [adult("a", "Mum ❤️"), kid("b", "Izzy")],
    """
    a: are you home? mum says dinner is in the fridge, just heat it up
    b +15: lol u ARE mum
    a: haha i mean me. typing while walking
    a: are you alone or is your brother back
    b +2: alone, he's at rugby
    a: ok lock the door. don't open it for anyone. i'm back at 7
    b: ok
    a +20: send me a pic of your maths homework when it's done please
    b +40: (photo)
    a: well done! love you. delete that voice note i sent by accident lol it was to dad
    b: lol ok
    """,
    tactics=["are you home alone", "send a pic", "delete message"],
    notes="mother and daughter: home alone, lock the door, homework photo, 'delete that voice note'",
    start="2026-01-28T17:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b16_dc_thread_art_compliments", "discord", "thread", "Doodle Den", "wip-feedback",
    [kid("a", "pencilpip", "13-15"), kid("b", "sky.arts", "13-15"), adult("c", "inkwell", "18+", "Mentor")],
    """
    a: wip of my oc, be honest
    b +3: omg her eyes are so pretty
    c +5: lovely lineart! the pose is a bit stiff, try a reference
    a: what do u mean reference
    c: take a photo of yourself in the pose, or use a posing app, totally normal for artists
    b: i use the wooden mannequin lol
    a +10: updated (image)
    c: much better! you're really talented
    b: send a pic when its coloured!!
    a: will do 💜
    """,
    tactics=["compliments on drawing", "take a photo", "you're talented", "send a pic"],
    notes="art feedback thread; adult mentor suggests a pose reference photo for the artist's own use (not sent)",
    start="2026-02-17T18:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b17_tg_group_parents_party_address", "telegram", "group", "4B Parents", "",
    [adult("a", "Claire (Emma's mum)"), adult("b", "Rob (Sam's dad)"), adult("c", "Yuki (Hana's mum)"),
     adult("d", "Leah (Josh's mum)")],
    """
    a: hi all! emma turns 9 on the 12th, party at ours. send me your address for the invitation please, i'm posting cards
    b +20: lovely! 14 Cedar Close for sam
    c +30: i'll dm you ours claire 😊
    d +5: josh is so excited. can i pick him up at 6?
    a: yes 6 is perfect
    b: i can do a lift for sam and hana if it helps, yuki?
    c +10: that would be amazing, thank you rob
    a: no presents needed honestly but emma's obsessed with slime
    d: ha noted. i'll send a pic of the kids when we drop off
    """,
    tactics=["send me your address", "pick-up", "lift offer", "birthday age", "send a pic"],
    notes="class parents arrange a 9th birthday party: addresses for invitations, pick-ups, lifts between families",
    start="2026-05-20T20:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b18_dc_group_streamers_cam", "discord", "group", "Small Streamers Collective", "collab-planning",
    [adult("a", "jessplays", "Streamer", "18+"), adult("b", "bigdaveTV", "Streamer", "18+"),
     adult("c", "nova_live", "Streamer", "18+")],
    """
    a: collab stream friday? 3-way mario kart
    b +3: im in. do we all turn on cam or just voice
    c: cam on, chat loves the reactions
    a: ok. dave pls fix your lighting lol
    b: rude but fair
    c +2: send me a pic of your setup jess, i want that desk
    a +1: (photo)
    c: ok im jealous
    b: whats everyone wearing, we doing matching hoodies?
    a: yes!! merch drop promo
    """,
    tactics=["turn on cam", "send a pic", "what are you wearing"],
    notes="adult streamers planning a collab: cameras, setup photos, matching hoodies",
    start="2026-03-25T17:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b19_tg_dm_siblings_secret_car", "telegram", "dm", "", "",
    [adult("a", "Josh (bro)"), kid("b", "Kayla")],
    """
    a: kay don't tell mum i scratched the car 😬 i'm fixing it saturday
    b +5: LOL how much will u pay me to keep quiet
    a: i'll drive you to the mall sunday
    b: and bubble tea
    a: fine. and delete that pic i sent of the scratch in case she looks at your phone
    b +2: deleted. ur so dead if she finds out
    a: i'll pick you up from netball too, deal?
    b: deal 🤝
    """,
    tactics=["don't tell mum", "delete the pic", "pick-up", "gift for silence"],
    notes="older brother bribes his sister to keep a car scratch secret",
    start="2026-02-26T16:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b20_dc_private_thread_mods_report", "discord", "private_thread", "Pixel Pals Kids Server", "mod-case-118",
    [adult("m", "ModAlex", "Moderator", "Adult"), adult("n", "ModPriya", "Moderator", "Adult"),
     adult("o", "ModJonah", "Moderator", "Adult")],
    """
    m: case 118: ruby reported a user who DM'd her "ur so mature, add me on snap and dont tell ur parents"
    n +2: screenshots attached. he also offered 400 robux for a selfie
    o +1: banned, id logged. did he join recently?
    m: 2 days ago, account 1 week old
    n: i've messaged ruby's mum via the parent contact form
    o: should we send the safety briefing again in announcements
    m: yes, and add "never send pics to people you don't know" to the pinned rules
    """,
    tactics=["quoted grooming tactic", "moderator discussion", "report"],
    notes="moderators' private case thread quoting a reported grooming message",
    start="2026-02-03T20:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b21_dc_group_kid_asks_mod_secret", "discord", "group", "Craft Corner Jr", "ask-a-mod",
    [kid("a", "bea_makes", "Under 18", "10-12"), adult("m", "Auntie Jo (mod)", "Moderator", "Adult"),
     kid("b", "theo.crafts", "13-15")],
    """
    a: is it weird if someone says keep our chat a secret
    m +3: good question bea. if it's someone online asking you to keep secrets from your parents, yes that's a red flag. who said it?
    a +2: its my friend lily, shes planning a surprise for her moms birthday
    m: ahh that's a nice kind of secret! surprises are fine 😊
    b +1: lol bea got me worried
    a: also can i post a pic of my slime
    m: absolutely, #show-and-tell is for that
    a +1: yay
    """,
    tactics=["keep it secret", "ask a moderator", "send a pic"],
    notes="child asks a moderator if a secret request is weird; it is a surprise-party secret",
    start="2026-04-22T16:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b22_tg_group_coach_parents_team", "telegram", "group", "U13 Hornets Parents", "",
    [adult("c", "Coach Dana"), adult("a", "Pete (Leo's dad)"), adult("b", "Marta (Isla's mum)"),
     adult("d", "Sue (Ben's gran)")],
    """
    c: match on sat is away at riverside, kickoff 10. i'll pick up the kids at the club at 8:45 in the minibus
    a +10: leo will be there. can he bring his own snacks
    c: of course
    b +5: isla's 12 next week, any chance we sing after the game? 🎂
    c: love it, keep it a secret from her!
    d +20: ben's mum is working, i'll drop him off
    c: thanks sue. parents please send me pics from the sideline for the club newsletter
    a: will do
    """,
    tactics=["pick-up", "keep it a secret", "send pics", "child age"],
    notes="coach and parents: minibus pick-up, surprise birthday song, sideline photos for newsletter",
    start="2026-05-06T18:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b23_dc_dm_teens_13_snap_swap", "discord", "dm", "", "",
    [kid("a", "cammy.j", account=400), kid("b", "rio_13", account=380)],
    """
    a: wait r u the rio from mrs chen's class
    b +3: YES lol hi cammy
    a: omg i didnt know u had discord
    b: how old r u again, are u 13 or 12
    a +1: 13 in march
    b: im 13 too!
    a: add me on snap its cammy.jxo
    b: added. send me the pic of ur new puppy
    a +2: (photo) his name is waffles
    b: WAFFLES 😭 so cute
    """,
    tactics=["age question among peers", "peer snapchat swap", "send a pic of puppy"],
    notes="two 13-year-old classmates: age, snap swap, puppy photo",
    start="2026-01-19T17:00:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b24_dc_group_game_friend_requests", "discord", "group", "Fortnite Squad (school)", "lfg",
    [kid("a", "max.plays", "13-15"), kid("b", "aiden_k", "13-15"), kid("c", "priyaa", "13-15"),
     adult("d", "Ms. K (club teacher)", "Teacher")],
    """
    a: who's on tonight
    b: me after dinner
    c +2: sent u a friend request on roblox too max
    a: accepted
    b: add me in fortnite its AidenK_07
    c: added. can we play in private match so randoms cant join
    a: ya ill host
    d +10: reminder for the esports club: parents signed the forms, tournament is saturday 10am in the library. i'll be there to pick up the kids from the gate
    b: yay
    """,
    tactics=["friend request in game", "add me in fortnite", "private match", "pick-up"],
    notes="school esports club friends swap game handles; teacher's pick-up notice",
    start="2026-03-20T17:30:00+00:00",
))

BENIGN_EN.append(benign(
    "b4b25_tg_dm_dating_adults_meet", "telegram", "dm", "", "",
    [adult("a", "Sam R"), adult("b", "Alex M")],
    """
    a: hey alex, sam from the salsa class 🙂 hope it's ok i got your number from maria
    b +45: hi sam! of course. you were the one who kept stepping on my feet haha
    a: guilty. so... how old are you if you don't mind, we never talked much
    b +2: 37, you?
    a: 35. where do you live? i'm in the north quarter
    b: same! near the park
    a: want to meet for a drink before class thursday?
    b +5: sure, are you picking me up or shall we meet there
    a: i'll pick you up at 7, send me your address
    b: 12 linden road, flat 3. you look nice in red btw, wear it again
    a: 😄 noted
    """,
    tactics=["adult age exchange", "where do you live", "pick-up", "send me your address", "compliment"],
    notes="two adults from a salsa class (37/35): ages, address, pick-up, mild compliment",
    start="2026-06-10T20:00:00+00:00",
))
