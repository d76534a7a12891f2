"""Batch 8c grooming conversations, English, part B."""

from common import convo, kid, member, newcomer

G = []

# ---------------------------------------------------------------------------------------------
# g09: the classic fast opener: asl, then "what are you wearing" after she says she's lying in bed.
G.append(convo(
    "b8c_g09_tg_dm_asl_wearing_fast", "telegram", "dm", "", "",
    [newcomer("s", "chill_guy_24"), kid("k", "bella")],
    """
s: hey
s: asl?
k +2: 13 f texas u?
s: 24 m cali
s: cute name bella
k: lol thx
s: wat u up to
k: nothing laying down watching tiktok
s !: wat r u wearing rn 😏
k: lol why
s: just tryna picture u
s: u alone?
k: ya my mom is at work
s: nice 😏 u got any p i c s of u
k: like selfies?
s: ya show me
k +3: idk
s: dont be shy i wont show anyone
""",
    tactics=["age_probe", "sexual_talk", "isolation", "photo_request", "secrecy"],
    notes="Fast 'asl?' opener; the child answers 13; the 24-year-old asks what she is wearing (critical), then "
          "alone?, pics, 'i wont show anyone'.",
    start="2026-07-02T22:10:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g10: a member with a "Helper" role opens a private 'verification' thread and asks for a selfie.
G.append(convo(
    "b8c_g10_dc_private_thread_fake_verify", "discord", "private_thread", "Among Friends 13+", "verify-ashley",
    [member("s", "Nate | Helper", "Helper", "Level 12", days_in=140, account=700, username="nate.helps"),
     kid("k", "ashley", "Under 18", "Unverified", days_in=1, account=220, username="ash.leyy")],
    """
s: hey ashley! welcome 👋 I help the mods with new member verification
k +3: oh hi
k: do i have to do something? i cant see the voice channels
s: yeah that's normal, new members are locked until verified
s: just a couple quick things. how old are you?
k: 13
s: and your birthday? just month and year is fine
k: march 2013
s: ok cool. which country?
k: uk
s !: last step: send a selfie holding a piece of paper with your discord name and today's date, so we know you're a real person and not an adult pretending
k: oh ok. do i post it in the verify channel
s: no, here in this thread only. the verify channel is public, we don't want your face in there
s: and don't ping the mods about it, they're swamped, I handle the under 16 verifies
k: ok give me a sec
s: make sure there's good light so I can see you properly 👍
""",
    tactics=["age_probe", "personal_info", "photo_request", "secrecy"],
    notes="Long-time member wearing a 'Helper' role fakes a verification process in a private thread: age, "
          "birth month, country, then a selfie with paper (critical); 'don't ping the mods'.",
    start="2026-03-03T17:45:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g11: the child drives the early cues (asks his age, offers her Snapchat); only the adult is the suspect.
G.append(convo(
    "b8c_g11_tg_dm_child_forward_adult_dating", "telegram", "dm", "", "",
    [newcomer("s", "Ryan"), kid("k", "jess 🍓")],
    """
k: hiii ur the one who helped me with the spiral abyss in the genshin group
s +7: haha yeah that was me. did u clear it?
k: YES finally
s: nice!! told u the freeze team works
k: ur like a pro
k: how old r u
s: 22 lol why
k: 22?? thats so old 😂
s: wow thanks 😂 how old are u then
k: 14
s: ah ok. u seem older tbh, u type like an adult
k: lol my mom says i act 30
k: add me on snap its jess.xo7 i never check telegram
s: haha maybe. i dont use snap much
k: ok
s +2h: what u doing
k +10: homework ugh. history project
s: on what
k: ww1 trenches
s: oof. i liked history tho
k: nerd
s: guilty 😅
s: real talk ur really fun to talk to. most girls ur age are so immature
k: lol thanks
s !: honestly if u were like 4 years older id ask u out fr
k: lmaooo
s: age is just a number tho right
k: idk haha
s: ok ok. ill add ur s​n​a​p later then, we can talk more there 👀
""",
    tactics=["age_probe", "flattery", "sexual_talk", "platform_move"],
    notes="The 14-year-old asks his age, laughs at 22 and offers her own Snapchat; the adult declines at first, "
          "flatters ('most girls ur age are so immature'), then 'if u were 4 years older id ask u out' (critical), "
          "'age is just a number', and takes up the Snapchat after all. Only the adult is the suspect.",
    start="2026-08-04T18:30:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g12: Fortnite "coach", five days, then WhatsApp as the app with the green phone icon, number in words.
G.append(convo(
    "b8c_g12_dc_dm_fortnite_coach_whatsapp", "discord", "dm", "Direct Messages", "Vex",
    [newcomer("s", "Vex", account=15, username="coach.vex"),
     kid("k", "milo", account=300, username="milo_builds12")],
    """
s: yo milo, Vex here from the creative maps server. you asked about coaching in #lfg
k +15: oh ya
k: how much is it
s: for you free lol. I coach a couple of ranked players but I do free sessions for people who actually want to learn
k: wait fr?
s: fr. what rank are you
k: gold 2 but i keep dropping
s: what do you die to mostly
k: box fights. i cant edit fast enough
s: classic. what's your edit bind
k: F
s: ok that's the problem lol. put edit on a mouse button or E
k: ill try
s: play 15 min of edit courses before every session, it's boring but it works
k: ok
s +1d: did you do the edit course
k +3h: ya i got 38 seconds
s: yesterday you said 55 right? that's huge
k: ya i was surprised lol
s: see. you listen, that's why you'll get good. most kids I coach don't listen
k: lol
s: how old are you btw? just so I know how to explain stuff
k: 12
s: 12 and gold 2 is honestly good
k: my brother is 16 and hes only silver 😂
s: ha tell him to take lessons from you
s: when do you usually play
k: after school till my mom gets home at 7
s: she doesn't let you play after?
k: only on weekends
s: makes sense. ok tomorrow 5pm, 1v1 box fights?
k: ok
s +1d: gg that was way better
k +1: i still lost like 10-3 lol
s: yeah but the 3 rounds you won you won clean. you're reading my edits now
k: it was fun
s: you're fun to play with. you don't rage like the others
k: haha i used to rage
s: what changed
k: my mom threw my controller once lol
s: damn 😂
s: your parents strict?
k: my mom kinda. my dad lives in ohio so i only see him in summer
s: that's tough man
k: its ok
s +2d: yo, where were you yesterday
k +2h: sorry my mom took my pc bc i was rude to her
s: what happened
k: she said i play too much and i said she never lets me do anything
s: honestly she's kind of right and kind of wrong lol
s: you're not a little kid anymore. you should have some say
k: thats what i said!!
s: parents don't really get gaming. to them it's a waste of time, to us it's a skill
k: exactly
s: if you ever need to vent, I'm here. seriously
k: thanks
s: I'll gift you the battle pass this season btw. you've earned it
k: WHAT
k: for real?
s: yeah. no big deal
k: thank you so much omg
s +1d: battle pass went through?
k +1h: YES thank u
s: 👍
s: hey so discord voice keeps cutting out for me lately
k: ya it was laggy yesterday
s !: add me on the app with the green phone icon, we can voice there. my number is five five five, oh one nine two
k: whatsapp?
s: yeah that one
k: i dont have it on my phone i think
s: you can download it, it's free. takes 2 min
s: and you don't need to mention it to your mom, parents get weird about coaches for no reason
k: ok
s: send me a msg there when you've got it, I'll save your number
""",
    tactics=["flattery", "age_probe", "isolation", "gift_offer", "platform_move", "secrecy"],
    notes="Patient 'coach' over five days of real Fortnite advice; age and schedule, mom strict, dad away, "
          "'parents don't get gaming', an unconditional battle pass; then WhatsApp described as 'the app with "
          "the green phone icon' with the number in words (critical, message 67 of 74), and 'no need to mention it to "
          "your mom'.",
    start="2026-10-05T21:30:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g13: blackmail for more pictures after an earlier chat (the picture is never described).
G.append(convo(
    "b8c_g13_dc_dm_blackmail_more_pics", "discord", "dm", "Direct Messages", "noah.r",
    [newcomer("s", "noah", account=30, username="noah.r_x"),
     kid("k", "kaylee", account=500, username="kayleeeeee")],
    """
s: why are u ignoring me
s: kaylee
s: i can see ur online
k +40: i dont want to talk anymore
k: please just leave me alone
s: thats not how this works lol
s: u forgot what i have?
k: delete it please
s !: send 3 more by tonight or everyone at westbrook sees the pic. i have ur friends list
k: no please
k: i'm 13 i didnt know
s: should have thought about that
s: i'll make a group with all ur classmates. ur mom too. i found her on facebook
k: please i'm begging u
s: easy fix. 3 pics. 9pm
s: and if u tell anyone or block me it goes out instantly
""",
    tactics=["sextortion", "photo_request", "secrecy", "personal_info"],
    notes="Sextortion from the first line: the suspect refers to 'the pic' he has, demands three more by 9pm "
          "under threat of sending it to her school and her mother, forbids telling or blocking.",
    start="2026-09-14T17:20:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g14: patient helper in a homework server, then "1 on 1, dm me, turn your cam on".
G.append(convo(
    "b8c_g14_dc_group_homework_cam", "discord", "group", "Homework Help Hub", "math-help",
    [newcomer("s", "jake_tutors", days_in=3, account=10),
     kid("k", "ava", "Grade 7", "12-13"),
     member("m1", "priya.k", "Grade 9", "13-15"),
     member("m2", "MrOkafor", "Volunteer Tutor", "Adult")],
    """
k: can someone help with this. 3/4 divided by 2/5. i got 6/20 but the answer says 15/8
m1: u multiplied instead of flipping
m1: keep change flip
k: whats that
s +2: hey ava, no worries, it trips everyone up
s: when you divide by a fraction, you multiply by the flipped one. so 3/4 x 5/2
k: oh
k: 15/8!!
s: yep. you got it
k: thank youu
k +5: ok now this one. 2 1/3 divided by 7/9
s: first turn 2 1/3 into an improper fraction. what do you get
k: 7/3?
s: nice. now flip and multiply
k: 7/3 x 9/7 = 63/21 = 3
s: perfect. you're quick
k: lol only when someone explains it right
s: what grade are you in? this is 6th/7th stuff
k: 7th
s: you're doing great for 7th
k: i have like 20 more tho 😭
s !: this is way easier 1 on 1. dm me and turn your cam on so i can see your worksheet and we go faster
m1: u can just post a pic of the sheet here lol
m2 +3: Hi @jake_tutors, our tutoring stays in the help channels, no private calls with students please. It's in the pinned rules
s: sure thing
s +10: @ava check dms when you can
""",
    tactics=["flattery", "age_probe", "platform_move", "photo_request"],
    notes="Newcomer gives genuinely helpful fraction tutoring in public, asks the grade, then 'dm me and turn your "
          "cam on' (critical). A classmate suggests posting a photo of the sheet in the channel (look-alike), a "
          "volunteer tutor reminds him of the rule; he nudges her to DMs anyway.",
    start="2026-11-10T19:00:00+00:00",
))

# ---------------------------------------------------------------------------------------------
# g15: long chat in the style of logged decoy chats: a 41-year-old and a girl who says she is 13.
G.append(convo(
    "b8c_g15_tg_dm_decoy_style_trucker", "telegram", "dm", "", "",
    [newcomer("s", "dave k"), kid("k", "kayla")],
    """
s: hi there
k +4: hi
s: how r u
k: good u
s: not bad just got home from a long shift
s: asl?
k: 13 f ohio
s: 41 m also ohio lol
s: hope thats ok
k: i guess lol
s: ur the first person who answered me on here
k: lol where did u find me
s: the pets group. ur hamster pic
k: oh lol thats peanut
s: peanut lol cute
s: i got a dog, buster. hes a lab
k: awww
s: hes like 90 pounds and thinks hes a lapdog
k: haha
s: what u doing tonight
k: nothing. watching tv
s: what u watching
k: stranger things again
s: good show
s: u got school tmrw?
k: ya ugh
s: what grade
k: 7th
s: u like it?
k: its ok. math sucks
s: math always sucks lol
s: i was terrible at math
k: lol
s: i drive trucks now so i guess i did ok anyway
k: do u like it
s: its lonely sometimes. lots of hours on the road
k: that sounds boring
s: ya. thats why its nice to talk to someone
s: u seem really easy to talk to
k: thx
s +1d: hey kayla
k +3h: hey
s: how was school
k: bad. i got in trouble for talking in class
s: lol rebel
k: not really lol
s: ur mom mad?
k: she doesnt know lol. shes at work till late
s: what does she do
k: nurse. she works nights a lot
s: so ur home by urself at night?
k: sometimes my aunt comes
s: that must be boring
k: its fine i have peanut lol
s: haha true
s: u have a lot of friends at school?
k: some
s: bet the boys like u
k: lol no
s !: u ever kissed a boy?
k: no lol
s: really? i thought u would have
k: why
s: ur cute in ur pics. u look older than 13
k: thanks i guess
s: do u like older guys or boys ur age
k: idk i never thought about it
s: older guys are more mature. they know how to treat a girl
k: lol ok
s +20: u still there?
k: ya sorry peanut escaped
s: lol
s: so whens ur mom work next
k: tomorrow night why
s: just so i know when u can talk
s: i might be driving thru ur area this week actually
k: really
s: ya. what town u in
k: near dayton
s: thats on my route lol
s: we could get food or something. my treat
k: i dont know
s: no pressure. just thinking it would be nice to meet the girl im talking to
s: and dont tell ur mom about me ok. she wouldnt understand
k: ok
s +1d: hey sweetie
k +5h: hey
s: missed talking to u
k: lol it was one day
s: still
s: u home alone tonight?
k: ya
s: what r u wearing
""",
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "personal_info", "meeting", "secrecy"],
    notes="In the style of logged decoy chats: a 41-year-old answers 'asl' with his age, two days of small talk "
          "(dog, trucking, school, mom on night shifts, home alone), then 'u ever kissed a boy?' (critical, "
          "message 60 of 93), looks and 'older guys', the town, a meal 'my treat', 'dont tell ur mom', pet names.",
    start="2026-02-20T01:15:00+00:00",
))
