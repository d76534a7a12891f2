"""Batch 4: long grooming chats (40-120 messages) in the style of logged adult-to-child chats."""

from common import convo, kid, member, newcomer

LONG = []

# g01: Telegram DM. Adult states 31 early, child says 13. Slow, over four days. Sexual question is critical.
LONG.append(convo(
    "b4g01_tg_dm_slow_adult31_kissed", "telegram", "dm", "", "",
    [newcomer("s", "Dan W"), kid("k", "lily")],
    """
    s: hey there :) saw u in the sticker group, u like the cat stickers too?
    k +7: hiii yes they r so cute
    s: haha right. im dan btw
    k +3: lily
    s: nice name. so whats up lily, bored?
    k +2: kinda. just finished homework
    s: homework on a friday? what grade u in
    k +4: 8th
    s: ahh ok so ur like 13?
    k: yea 13. u?
    s +2: 31 lol old man. that ok? i just like chatting w ppl who r nice
    k +3: lol its ok i guess
    s: what kinda stuff u into besides cat stickers
    k +2: drawing and volleyball
    s: thats awesome. u any good at volleyball
    k +1: im ok. coach says my serve is good
    s: i bet ur better than u say
    k +5: haha maybe
    s: gtg to work stuff, talk tmrw?
    k: ok bye
    s +1d: morning lily :) how was practice
    k +3h: hi! it was fine we lost tho
    s: aw sorry. ur team lucky to have u anyway
    k +2: lol thx
    s: ur parents come to watch?
    k +4: my mom sometimes. my dad lives in another city
    s: oh sorry to hear that. must be hard
    k +3: its fine i guess. mom works a lot so im home alone alot
    s: that sounds lonely tbh
    k +2: kinda
    s: well u can always talk to me when ur bored ok
    k +1: ok :)
    s: u seem way more grown up than most 13 yr olds honestly
    k +6: really? my sister says im a baby lol
    s: nah shes wrong. ur smart and pretty mature
    k +2: thx lol
    s +1d: hey u
    k +5h: heyy
    s: what u doing
    k +2: watching netflix in my room
    s: what u watching
    k +1: ya im tired
    s: whats ur fav show
    k +2: stranger things
    s: good choice. so lily can i ask u something personal
    k +3: ok?
    s ! +1: have u ever kissed anyone? u can tell me
    k +4: what lol no
    s: really? a pretty girl like u? boys must be blind
    k +3: lol stop
    s: im serious. u could send me a pic so i can see if im right ;)
    k +6: idk
    s: just ur face silly. i wont show anyone
    k +10: maybe later
    s +1d: so did u think about that pic
    k +4h: my mom checks my phone sometimes
    s: then delete our chat after ok? its just between us
    k +5: ok
    s: u know i could drive up to ur city one day, take u for ice cream. what town u in?
    k +3: im not allowed to say
    s: smart girl haha. we can figure it out
    """,
    tactics=["age_probe", "isolation", "flattery", "sexual_talk", "photo_request", "secrecy", "meeting",
             "personal_info"],
    notes="logged-style slow befriending over 4 days; adult declares 31 early, child 13; first unambiguous move is 'have u ever kissed anyone'",
    start="2026-04-03T17:20:00+00:00",
))

# g02: Discord DM. Child asks age back first; adult declares late (24). Critical: 'what are you wearing'.
LONG.append(convo(
    "b4g02_dc_dm_age_late_wearing", "discord", "dm", "", "",
    [newcomer("s", "Ghostrunner", account=12), kid("k", "mia.plays", account=700)],
    """
    s: yo gg in that lobby earlier, u carried
    k +4: lol thx u were good too
    s: ur the one with the bunny skin right
    k +1: yes hehe
    s: cute skin. u play every day?
    k +3: mostly after school
    s: nice nice. what school stuff u got rn
    k +2: science project ugh
    s: haha i remember those
    k +1: how old r u?
    s +2: guess
    k +1: 16?
    s +1: close-ish lol. how old r u
    k +2: 13, 14 in july
    s: nice almost 14
    k +1: so how old r u really
    s +4: ill tell u later promise. u wanna duo tmrw?
    k +1: sure
    s +1d: hey u on?
    k +30: yes now
    s: i saved u a spot
    k +1: ok joining
    s +80: that was fun, ur really good at this
    k +1: thanks!! ur funny
    s: so my age... dont freak out. im 24
    k +3: oh
    k: thats kinda old lol
    s +1: haha i know. i just like gaming w chill ppl
    k +2: i guess
    s: ur more mature than girls my age honestly
    k +5: lol ok
    s: do ur parents let u play this late?
    k +2: they r asleep
    s: so its just u awake?
    k +1: ya
    s +2: cool. u in ur room?
    k: yeah
    s ! +1: what r u wearing rn
    k +3: why lol
    s: just curious haha. pjs?
    k +4: hoodie and shorts
    s: cute. bet u look good
    k +6: idk
    s: u got insta or snap? easier to talk there
    k +2: i have snap but my mom follows me
    s: make a second one, she wont know
    k +5: maybe
    s: i could send u a gift card for ur skins if u want. just send a selfie first so i know ur real
    k +8: i have to go my mom woke up
    s +2: ok dont tell her about me ok? she wouldnt get it
    """,
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "platform_move", "gift_offer",
             "photo_request", "secrecy"],
    notes="child asks age back twice; adult hides age then declares 24 late; critical 'what r u wearing rn'",
    start="2026-05-11T20:05:00+00:00",
))

# g03: Telegram DM. Child gives age 12 and offers her own snap early; adult ignores, later 'are you in bed' + pic.
LONG.append(convo(
    "b4g03_tg_dm_child_offers_snap", "telegram", "dm", "", "",
    [newcomer("s", "Ray"), kid("k", "Zoe ✨")],
    """
    k: hi u were in the minecraft group right
    s +6: yep thats me. hi zoe
    k: how do u get the villagers to trade
    s +2: u need a workstation near them. want me to explain step by step?
    k +1: yes pls
    s +3: ok first put a lectern next to the villager...
    k +4: omg it worked
    s: told ya :) ur a fast learner
    k +2: lol thx. im 12 btw how old r u
    s +5: older than u lol. does it matter
    k +1: no i was just wondering
    s: how come ur on so late, school tmrw right
    k +2: its spring break!!
    s: nice. going anywhere?
    k +3: no my parents work. im with my brother but he just plays xbox all day
    s: so ur basically on ur own all week
    k +1: ya lol
    s: boring. ill keep u company then
    k +2: yay
    k +1: u can add my snap its zoezoe_12
    s +4: nah i dont really use snap, this is fine
    k: ok
    s: tell me about u. what do u look like, i always imagine ppl
    k +3: brown hair, glasses lol
    s: glasses r cute
    k +2: lol no
    s: yes they r. i bet ur really pretty
    k +6: my friends say im cute
    s: ur friends r right
    s +1d: good morning sleepyhead
    k +2h: morning! just woke up
    s: lazy lol. me too tbh
    k +1: lol
    s ! +1: haha what do u sleep in
    k +3: wdym
    s +1: like pjs or just a tshirt? lol just asking
    k +5: pjs with cats
    s: haha cats again. cute. send a pic of them ;)
    k +4: of the pjs?
    s: ya with u in them silly
    k +7: idk thats weird
    s: its not weird, friends send pics all the time. i wont save it
    k +3: maybe later my brother is here
    s +3h: is ur brother gone yet
    k +1: he went to his friends
    s: so ur alone now?
    k: yes
    s: perfect time for that pic then
    k +5: ok but only my face
    s: deal. then we can video call after, ur gonna love it
    k +4: i dont know how to on here
    s: its easy i'll show u. and dont tell ur mom we talk, parents freak out over nothing
    """,
    tactics=["flattery", "isolation", "sexual_talk", "photo_request", "secrecy"],
    notes="child offers own snap and age 12 first; adult declines snap (child's cue, not suspect's), steers to sleepwear; critical 'what do u sleep in'",
    start="2026-04-06T21:40:00+00:00",
))

# g04: Discord private thread in a gaming server; long-time adult member (no age given), kid role 13-15.
LONG.append(convo(
    "b4g04_dc_private_thread_longtime_member", "discord", "private_thread", "Pixel Haven SMP", "help-ticket-0412",
    [member("s", "Warden_Tom", "Builder", "Veteran", days_in=700, account=1800),
     kid("k", "noahhh", "13-15", "Member", days_in=90, account=300)],
    """
    k: hi is this the help thing, my house got griefed
    s +2: hey noah, yep i made this thread so we can sort it. where were u building
    k +1: near spawn by the lake
    s +3: checked logs, it was a random, banned him. ill help u rebuild
    k +1: omg thank u
    s: np. ur builds r honestly some of the best for a new player
    k +2: really??
    s: ya u got talent. how long u been playing
    k +1: like 2 yrs
    s: and ur what, 13-15 it says on ur role?
    k +2: 14
    s: haha cool. i was building stuff at ur age too
    k +1: how old r u now
    s +3: old enough to be a mod lol
    k: lol
    s +4: i could give u builder role early. dont usually do that
    k +1: YES pls
    s: ill sort it this week
    k: ok!!
    s +1d: hey builder lol
    k +3h: hiii i got the role!!!
    s: told u. u deserve it
    k +1: thx tom ur the best mod
    s: how was school
    k +2: bad, got in trouble with my dad again
    s: what happened
    k +3: he yells at me for everything. he took my ps4 for a week
    s: thats harsh man. u can always vent here, i get it
    k +2: thx
    s: parents dont really understand us huh
    k +1: fr
    s: im always on if u need someone
    s +1d: u around?
    k +1h: ya
    s: i been thinking, u should join the build team. we do planning calls
    k +2: i have a mic and a laptop
    s ! +1: nice. hop in a private call w me tonight with ur cam on, i wanna see who im promoting lol
    k +4: uh ok maybe
    s: just us, no one else in the team yet
    k +2: ok
    s: and dont tell the other mods about this thread ok, they get jealous when i help ppl
    k +3: ok i wont
    s: good man. what time do ur parents go to bed
    k +2: like 11
    s: call at 11:30 then
    """,
    tactics=["age_probe", "flattery", "gift_offer", "isolation", "photo_request", "secrecy"],
    notes="long-time adult member (Veteran/Builder roles, no age stated) grooms a 13-15-role child in a ticket thread; role as a gift; critical private webcam call",
    start="2026-02-20T18:00:00+00:00",
))

# g05: Telegram DM. Girl says 14 early; adult declares 42 late; 'age is just a number' critical; bus money meeting.
LONG.append(convo(
    "b4g05_tg_dm_age_just_number_bus", "telegram", "dm", "", "",
    [newcomer("s", "Marcus"), kid("k", "Ella")],
    """
    s: hi ella, from the kpop fan chat right?
    k +3: yes hii
    s: u posted that edit of the concert, it was so good
    k +1: thank u!! took me 3 hours
    s: worth it. u should do it for real one day
    k +2: lol i wish
    s: how old r u if u dont mind
    k +1: 14
    s: wow ur really talented for 14
    k +2: thx :)
    s: whats ur bias
    k +1: jungkook obv
    s: haha every girl says that
    k +3: bc hes perfect
    s: u got good taste
    k +2: what about u
    s +4: im more into the music side lol. i do video editing for work
    k +1: oh cool thats what i wanna do
    s: i could teach u some tricks
    k +1: omg yes
    s +1d: sent u a preset file, try it
    k +2h: THIS IS SO GOOD
    s: see ur a natural
    k +1: how old r u btw
    s +6: promise not to block me?
    k +1: lol ok
    s: 42
    k +4: oh wow ok
    k: thats older than my mom
    s ! +2: age is just a number tho. we connect better than most ppl my age. ur special
    k +5: i guess
    s: do u have a bf?
    k +2: no
    s: good lol. i mean, boys ur age r immature
    k +3: haha true
    s: u deserve someone who treats u right
    k +6: ok this is getting weird
    s: sorry sorry. forget it. friends?
    k +2: ok friends
    s +1d: hey friend :)
    k +3h: hi
    s: theres a video editing workshop in the city next saturday. i could take u
    k +2: my mom wont let me go to the city alone
    s: dont tell her its me. say ur at a friends. i'll pay ur bus ticket
    k +4: hmm
    s: ill send u the money on paypal or a gift card. just send me a pic so i know what u look like at the station
    k +6: i have to think
    s: dont overthink it ella. this stays between us
    """,
    tactics=["age_probe", "flattery", "sexual_talk", "isolation", "meeting", "secrecy", "gift_offer",
             "photo_request"],
    notes="adult (42, declared late) befriends a 14-year-old fan; critical 'age is just a number'; later workshop meeting, bus money, secrecy",
    start="2026-03-28T19:10:00+00:00",
))

# g06: Discord DM. Boy 13; suspect 22 'coach' in a gaming community; nitro in exchange for cam.
LONG.append(convo(
    "b4g06_dc_dm_coach_nitro_cam", "discord", "dm", "", "",
    [newcomer("s", "CoachVex", account=20), kid("k", "liam_2012", account=400)],
    """
    s: hey liam, saw ur clip in #highlights, insane flick
    k +5: thx!!
    s: i coach a couple of players for free. want tips?
    k +1: yeah sure
    s: cool. whats ur rank
    k +2: gold 2
    s: with that aim u should be plat easy. u just need better crosshair placement
    k +3: how do i fix it
    s: vod review. send me ur next match
    k +10: ok i'll record it
    s +1d: got ur vod. u peek too wide, but ur reactions are crazy. how old r u
    k +2h: 13
    s: 13?? man ur better than guys i coach who r 20
    k +1: fr??
    s: fr. im 22, been coaching 3 yrs
    k +2: cool
    s: u got a mic? voice would be faster than typing
    k +1: yes
    s: ur parents ok with u on voice?
    k +3: they dont really care
    s: nice, chill parents
    k +1: my mom works nights
    s: so u game late a lot then
    k +1: ya lol
    s +1d: yo. want nitro? i got an extra code
    k +30: wait really?
    s: ya ur my best student
    k +1: thank u so much
    s: np. so we do a session tonight
    k +2: ok
    s +6h: session was good. u improved already
    k +1: ur a good coach
    s ! : gonna need cam next time tho so i can see ur hand placement
    k +2: ok
    s +1: and i'll gift u a year of nitro if u keep cam on the whole time, even after the game
    k +4: why after
    s: just to hang out lol. u can be in pjs or whatever, doesnt matter
    k +3: ok i guess
    s: and keep this between us, other students will be mad i give u free stuff
    k +2: ok
    s: also delete the dms when we finish each time, discord keeps logs
    k +5: ok
    s: what time does ur mom leave for work
    k +2: 9
    s: 9:15 then. just u and me
    """,
    tactics=["flattery", "age_probe", "isolation", "gift_offer", "photo_request", "secrecy"],
    notes="adult (22) 'coach' of a 13-year-old; unconditional nitro first (not critical), then a webcam request 'to see ur hand placement' (critical), then nitro in exchange for staying on cam",
    start="2026-01-16T19:30:00+00:00",
))

# g07: Telegram DM. Child chatty, asks many questions, asks for his snap; suspect says 19; critical 'are you in bed'.
LONG.append(convo(
    "b4g07_tg_dm_chatty_child_in_bed", "telegram", "dm", "", "",
    [newcomer("s", "jay"), kid("k", "Maddie")],
    """
    k: hiiii who is this
    s +3: hey its jay from the roblox trading group, u sold me that pet
    k: OH yes the unicorn lol
    s: ya lol thx for the fair trade
    k +1: np!! how old r u
    s +2: 19 haha. u?
    k +1: 13
    s: nice. u r super chill for 13
    k +1: lol thanks. where r u from
    s +2: ohio. u?
    k +1: texas!!
    s: nice. hot there?
    k +1: sooo hot
    k: do u have snap? we can send streaks
    s +3: maybe later lol
    k: ok whats ur fav food
    s +1: pizza. urs?
    k: tacos obv
    s: lol texas
    k +2: do u have a gf
    s +3: nope lol too busy with college
    k +1: lol same but with 7th grade
    s: haha
    k +4: ok brb dinner
    s +1d: hey maddie
    k +2h: hiii
    s: whatcha doin
    k +1: nothing just got home
    s: anyone home?
    k +1: no mom is at work till 6
    s: ah so u have the house to urself
    k +1: yep
    s: nice lol. do u like being alone
    k +3: kinda boring
    s: ill keep u company
    s +6h: u still up?
    k +2: ya
    s ! +1: u in bed already?
    k +1: yes lol
    s: me too. bet ur cute when ur sleepy
    k +4: lol idk
    s: send a goodnight pic?
    k +3: like a selfie?
    s: ya in bed, just for me
    k +6: ok hold on
    s: and dont show ur mom our chat ok. she might think its weird cuz im 19
    k +2: ok
    """,
    tactics=["sexual_talk", "isolation", "flattery", "photo_request", "secrecy"],
    notes="child asks the questions and proposes snap herself; suspect declares 19, probes alone-time; critical 'u in bed already?'",
    start="2026-06-02T15:00:00+00:00",
))

# g08: Discord DM. Adult declares 28 at once; child 13; divorce; 'you'd be my girlfriend'; mall meeting.
LONG.append(convo(
    "b4g08_dc_dm_adult28_girlfriend_mall", "discord", "dm", "", "",
    [newcomer("s", "ryan28", account=3), kid("k", "sofi", account=650)],
    """
    s: hi sofi, im ryan, 28, saw ur art in the fanart server
    k +12: hi
    s: ur dragon drawing was amazing
    k +3: thank you!!
    s: how long u been drawing
    k +2: since i was like 8
    s: and how old r u now
    k +2: 13
    s: seriously? i thought u were at least 17 from the art
    k +1: lol no
    s: u should sell commissions
    k +2: my mom says im too young for that
    s: moms lol. are ur parents strict?
    k +4: my parents r getting divorced so its kinda a mess
    s: oh no im really sorry sofi
    k +1: its ok
    s: its not ok. u shouldnt have to deal with that
    k +3: ya
    s: if u ever need to talk im here
    k +1: thanks
    s: my parents divorced when i was ur age. nobody understood me either
    k +2: nobody at home listens to me
    s: i listen. i get u better than they do
    k +5: ya maybe
    s +1d: good morning artist
    k +4h: hi
    s: how r u feeling today
    k +1: bit better
    s: good. i drew something for u, look (sent an image)
    k +2: omg cute
    s: u can have it as a pfp
    k +1: i will!!
    s: ur honestly the coolest person i talk to
    k +3: lol ur nice
    s ! +1: if u were a bit older ud totally be my girlfriend haha
    k +6: lol what
    s: jk jk. kinda.
    k +3: ur funny
    s: u ever been to the galleria mall?
    k +1: yes its near my house
    s: no way i go there every weekend. we should meet at the food court sat
    k +4: i dont know
    s: i'll buy u the art markers u wanted
    k +2: the copic ones?
    s: ya. just dont tell ur mom ur meeting me, she has enough going on
    k +5: ok
    s: wear the blue hoodie from ur pfp so i find u
    k +2: ok
    """,
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "meeting", "gift_offer", "secrecy"],
    notes="adult declares 28 in the first line; child 13 with parents divorcing; critical 'ud totally be my girlfriend'; then mall meeting and gift",
    start="2026-03-07T16:45:00+00:00",
))
