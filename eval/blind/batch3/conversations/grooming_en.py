"""Batch 3 part B: English grooming conversations."""
from common import convo, kid, member, newcomer

G = []

# ---------------------------------------------------------------- long, decoy-style 1:1 chats

G.append(convo(
    "b3g01_tg_long_minecraft_lily13", "telegram", "dm", "dm", "dm",
    [newcomer("s", "Danny"), kid("k", "lily 🌸")],
    """
s: hey
s: saw ur post in the mc builders group, ur castle build was sick
k +3: oh thx lol
k: it took me like 3 days
s: u can tell, the towers were so detailed
s: how long u been playing
k: since i was like 9
s: nice nice. im danny btw
k: lily
s ^: cute name
s: so lily where u from
k +2: uk
s: no way me too whereabouts
k: near leeds
s: ah im like an hour away lol small world
k: haha
s: how old r u if u dont mind me asking
k +2: 13
k: wbu
s: 24, hope thats not weird lol. u seem older than 13 tbh
k: really?? lol
s: yeah u type proper and ur builds are better than most adults i know
s: u seem mature for ur age honestly
k: aw thanks
s +5: so whats ur day been like
k: boring. school then nothing
k: my mum works late on thursdays so its just me and my brother but hes always on his xbox
s: sounds lonely tbh
k: kinda lol
s: i get that. i live on my own so its quiet here too
s: u can always msg me when ur bored i dont mind
k: ok :)
s +1d: morning lily
s: or afternoon lol
k +3h: hey sorry was at school
s: no worries hows school
k: ugh maths test
s: u'll smash it ur clever
k: lol no
s: trust me
s: do u have lots of friends at school
k +3: a few. me and my best friend fell out last week tho
s: aw why
k: she told everyone i like this boy in year 9
s: thats rubbish of her. real friends dont do that
s: u can tell me stuff, who would i even tell haha
k: lol true
s: is ur mum home yet
k: no shes back at 8
s: so ur home alone basically
k: yeah with my brother but he doesnt count
s: does she ever check ur phone
k: sometimes she looks at my messages when shes in a mood
s: fair. so do u actually like this boy
k: idk maybe a bit
s ^: lucky guy
s !: have u ever kissed anyone?
k +2: omg no lol
k: why
s: just asking, its normal to be curious at ur age
s: if i was 13 id def want to go out with u
k: lol stop
s: 😊
s: what r u wearing rn
k: school uniform still why
s: just picturing u lol
k: thats a bit weird
s: sorry sorry joking. dont be mad
s: maybe dont leave our chat open when ur mum is around, she wont get that we're just mates
k: ok
s +1d: hey u
k +4h: hi
s: been thinking about u all day tbh
k: lol why
s: cos ur different. ur not like other girls ur age
s: can i ask u something
k: ok
s: would u be my gf? like secretly
k +3: ur 24 tho
s: age is just a number, ive never clicked with anyone like this
k: idk
s: we could video call so u know im real
s: turn ur cam on tonight when ur mum is at work?
k: i dont really do video calls
s: ok no pressure
s: or i could drive up saturday and get u a milkshake at the trinity centre
k: my mum wouldnt let me
s: she doesnt need to know lol just say ur at a friends
k: idk danny
s: think about it ok x
""",
    tactics=["flattery", "age_probe", "isolation", "sexual_talk", "secrecy", "photo_request", "meeting"],
    notes="Long slow 1:1 in the style of logged decoy chats: adult declares 24, child 13; befriending over "
          "Minecraft, mature-for-age, loneliness, home-alone and phone-check probes before the kissing question.",
    start="2026-04-09T16:20:00+00:00",
))

G.append(convo(
    "b3g02_dc_dm_long_liar16_ella12", "discord", "dm", "dm", "dm",
    [newcomer("s", "jay", account=9, username="jayy.x16"), kid("k", "ella", account=200, username="ellaaa_b")],
    """
s: heyy i saw u in the bloxcity server
s: ur the one with the cat pfp right
k +6: yea lol
s: thats my fav cat breed tbh
k: its my actual cat shes called biscuit
s: omg cute
s: how old is biscuit
k: 4
s: haha and how old r u
k: 12 but 13 in june
s: oh nice. im 16
k: cool
s: what year u in
k: year 7
s: ahh i remember year 7 lol
s: u dont act like a year 7 tho
k: whats that mean lol
s: like ur chill and funny, the year 7s at my school are so annoying
k: haha
s +3: wyd
k: watching tiktoks
s: same
s: do ur parents let u on discord late
k: they dont really know im on it lol
s: haha same with mine
s: do they check ur phone
k: my dad does sometimes
s: does he read ur discord
k: no he doesnt know how it works
s: lol perfect
s +2h: u still up
k: yea
s: isnt it ur bedtime lol
k: shut up its 10
s !: haha jk. u in bed?
k: yeah
s: cozy 😏
k: ?
s: nothing lol
s +1d: ella
k +2h: hey
s: i made something for u
s: [drew biscuit]
k: omg thats so good
s: u deserve nice things
s: ngl i kinda like talking to u more than ppl at school
k: aw
s: can i tell u a secret
k: ok
s: im actually 22. i only said 16 cos ppl get weird
k +5: oh
k: thats kinda old
s: is it tho? we get on so well. it doesnt change anything right
k: i guess
s: dont tell anyone ok, they wouldnt understand us
s: can we vc tonight? just u and me, cam on
k: i dont have a camera on my laptop
s: use ur phone lol
k: my dad might hear
s: wait till hes asleep. ill send u nitro if u do it 😇
k: idk
s: pls ella
s: just 5 mins
""",
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "secrecy", "photo_request", "gift_offer"],
    notes="Long DM: suspect claims 16, later admits 22; 'u in bed?' at 10pm (critical: sexual steering), "
          "secrecy, then a private webcam call with nitro attached.",
    start="2026-02-20T19:05:00+00:00",
))

G.append(convo(
    "b3g03_tg_long_trucker31_sam14", "telegram", "dm", "dm", "dm",
    [newcomer("s", "Rob T"), kid("k", "Sam")],
    """
s: alright sam its rob from the fifa fut group
s: u said u needed coins for ur ultimate team
k +10: oh yeah hi
s: i got loads i dont use, i drive trucks so i barely play now
k: how many u got
s: enough lol. whats ur ea id
k: its samtheman_09
s: ha 09. so ur what 16
k: no 14
s: ah ok ur tall for 14 then going off ur pfp
k: lol im like 5ft 8
s: nice. im 31 ive got a 40 ton lorry lol
k: thats sick do u drive all over
s: all over europe. lonely job tho
k: must be boring
s: sometimes. nice to have someone to chat to
s +2h: sent u 50k coins
k: WAIT fr
k: thanks man
s: no worries mate
s +1d: u at school
k +5h: yea just got home
s: anyone home
k: nah my mum does nights at the hospital and i dont see my dad
s: sorry to hear that mate
s: sounds like u look after urself a lot
k: kinda yeah
s: proper grown up then
k: lol i guess
s: i didnt have my dad around either
s: u can talk to me about anything
k: ok thanks
s +1d: yo whats ur best player now
k +2h: mbappe 🔥
s: lol bet ur buzzing
s: want me to sort u icons next week
k: yes pls
s !: i will. just keep this between us yeah, dont want ur mum thinking some bloke is sending u stuff
k: why would she care
s: mums get funny about it mate trust me
s: dont tell her about me ok, she wouldnt get it and she'd take ur phone
k: ok
s: good lad
s +2d: u about
k +1h: ye
s: im doing a drop in manchester on friday
s: thats not far from u is it
k: like 40 mins
s: i could pick u up after school, get a maccies and u can see the lorry
k: for real?
s: yeah lol. dont tell anyone tho, just say ur at a mates
k: my mum would kill me
s: she'll be at work wont she
k: yeah til 8
s: so whats the name of ur school i'll wait outside
k: idk rob
s: its fine no pressure mate, think about it
s: send us a pic of u in ur kit so i know who im looking for
""",
    tactics=["gift_offer", "age_probe", "flattery", "isolation", "secrecy", "meeting", "personal_info",
             "photo_request"],
    notes="Slow multi-day 1:1, adult 31 befriends a 14-year-old boy with FIFA coins (unconditional), then secrecy "
          "from his mother, then a pick-up after school. Critical: 'just keep this between us' (hide it from mum).",
    start="2026-01-12T18:30:00+00:00",
))

G.append(convo(
    "b3g04_dc_dm_long_gf_mia13", "discord", "dm", "dm", "dm",
    [newcomer("s", "Kai", account=4, username="kai.19xx"), kid("k", "mia", account=300, username="miaa.roblox")],
    """
s: hii
s: ur in the adopt me trading server right
k +20: ya
s: i saw u trade the neon unicorn lol good deal
k: thx i was so happy
s: hehe. im kai
k: mia
s: how old r u mia
k: 13 wbu
s: 19 lol is that ok
k: yeah i guess
s: ur really pretty btw, ur pfp is u right
k: yeah lol its from my birthday
s: u look older than 13
k: everyone says that
s: bc its true 😊
s +4: what do u like doing other than roblox
k: drawing and singing
s: omg u sing? u should send me a voice note sometime
k: maybe lol im shy
s: dont be shy with me
s +1h: u there
k: yea sorry had dinner
s: whats ur parents like
k: theyre ok. my mum is strict
s: strict how
k: like she wants to see who i talk to
s: hmm does she know about discord
k: she thinks i only use it for school group
s: lol sneaky
s: i wont tell
k: haha
s: do u have a bf
k: no
s: wow boys at ur school must be blind
k: lol
s +1d: good morning beautiful
k +3h: morning lol
s: did u sleep good
k: yea
s: i dreamt about u lol
k: weird 😂
s: not weird lol its cute
s: mia can i ask u smth serious
k: ok
s !: wanna be my gf? 🥺
k +4: ur 19 tho
s: so? i like u for u, ur way more mature than girls my age
s: we dont have to tell anyone, it can just be ours
k: idk what my mum would say
s: she doesnt have to know about us
k: ok maybe
s: yay 🥰 ur my gf now
s: send me a selfie so i can have u as my lockscreen
k: lol ok wait
s: and delete our chat every night just in case ur mum looks ok
k: ok
""",
    tactics=["flattery", "age_probe", "isolation", "sexual_talk", "secrecy", "photo_request"],
    notes="Long DM: 19-year-old to a 13-year-old met in a trading server; looks compliments, strict-mum probe, "
          "'do u have a bf', then asks her to be his girlfriend (critical), secret relationship, selfie, delete chat.",
    start="2026-03-03T15:40:00+00:00",
))

# ---------------------------------------------------------------- group chats

G.append(convo(
    "b3g05_dc_group_busy_art_dm_move", "discord", "group", "Doodle Den", "art-chat",
    [kid("a", "zoe", "13-15"), kid("b", "finn", "13-15"), kid("k", "aria", "13-15"),
     kid("c", "Teo", "13-15"), newcomer("s", "mellow_skies", "13-15", days_in=3, account=8)],
    """
a: guys look at my new oc
b: the wings r so cool
c: ok but the shading??? zoe teach me
a: lmao its just a brush i found
k: im finishing my fanart for the contest
b: which one the sky one?
k: yea i posted a wip in #wip
c: aria ur lineart is always so clean
s: omg aria i just looked its amazing
k: thank youu
a: who else is entering the contest
b: me but mines trash
c: its not trash finn stop
s: aria how old r u ur art is like pro level
k: 13 lol
s: no way i thought u were like 17
b: lol
a: does anyone know when the deadline is
c: sunday i think
b: sunday 6pm uk
s: aria do u do commissions
k: not really i never tried
s: u totally should i'd pay
a: brb dinner
c: my brother keeps stealing my tablet pen 😭
b: lock it up
s !: aria dm me, i wanna show u something but not in here
k: ok?
c: lol secret stuff
b: anyone playing tonight
c: ye at 8
s: aria check dms 🙂
""",
    tactics=["flattery", "age_probe", "gift_offer", "platform_move"],
    notes="Busy art-server chatter of four kids; a days-old account wearing a 13-15 role singles out one girl, "
          "praises her art, asks her age and pulls her into DMs. Critical: 'dm me ... but not in here'.",
    start="2026-03-21T17:10:00+00:00",
))

G.append(convo(
    "b3g06_dc_group_two_kids_snap", "discord", "group", "Blox Squad", "general",
    [kid("k", "chloe", "13-15"), kid("k2", "ruby", "Under 18"), kid("a", "ollie", "13-15"),
     member("m", "jaxon", "16-17"), newcomer("s", "leo_xx", days_in=1, account=3)],
    """
a: anyone wanna do tower of hell
m: ye give me 5
k: me!!
k2: i cant my ipad is on 3%
s: hey guys whats up
a: sup
s: chloe ur the one who won the obby race yesterday right
k: hehe yes
s: ur cracked lol
s: how old r u all
a: 13
k: 13
k2: 12 lol
s: ah same age as my cousin
m: ok joining now
a: ok server link?
m: sent in game
s: ruby ur pfp is so cute is that u
k2: yeah lol
s: u should be an influencer fr
k2: 😳 thanks
s !: chloe add me on snap its leo.xx.09 🫶
k: omg wait ok
a: lol chloe
s: ruby u too, u got snap?
k2: my mum doesnt let me have snap
s: lol she wont know, just make one and call it something random
k2: hmm
s: send me a pic when u make it so i know its u
m: bro who even are u
s: just a friend of chloe lol
a: tower of hell now pls
""",
    tactics=["flattery", "age_probe", "platform_move", "secrecy", "photo_request"],
    notes="One newcomer works two children in a busy group: Snapchat handle to one, a secret Snapchat account "
          "and a photo from the other. Critical: the handle given to the first child.",
    suspects=("s",), targets=("k", "k2"),
    start="2026-04-04T14:00:00+00:00",
))

G.append(convo(
    "b3g07_tg_group_robux_two_kids", "telegram", "group", "Roblox Trading Hub", "general",
    [kid("k", "Maddie"), kid("k2", "Noah"), kid("a", "Priya"), newcomer("s", "RBX Santa")],
    """
a: anyone selling headless lol
k: in ur dreams
k2: i got 300 robux anyone want to split a gamepass
a: what gamepass
k2: blox fruits dark blade
s: hey kids 🎅 im doing a robux giveaway tonight
a: fr??
k: how
s: u just have to be active lol
k2: whats the catch
s: no catch just bored and rich 😂
a: lmao
s: how old r u guys, giveaway is for under 16s only
k: 12
k2: 13
a: 14
s: perfect
s !: maddie u first. 800 robux if u send me a selfie in private 📸
k: why do u need a selfie
s: to prove ur a real person not a bot lol
k2: can i get some
s: noah u too, same deal, pm me a pic and ur roblox name
a: thats sus tbh
s: nah its legit ive done it loads
k: ok i pmed u
""",
    tactics=["gift_offer", "age_probe", "photo_request", "platform_move"],
    notes="Telegram trading group: a new member offers robux to two children in exchange for selfies sent in "
          "private. Critical: the 800-robux-for-a-selfie offer. Bystander child calls it out.",
    suspects=("s",), targets=("k", "k2"),
    start="2026-05-15T18:45:00+00:00",
))

G.append(convo(
    "b3g08_dc_thread_fast_asl", "discord", "thread", "Chill Zone 13+", "vent-and-chat",
    [kid("k", "Abby", "13-15"), kid("a", "mimi", "13-15"), newcomer("s", "xXdarkXx", days_in=0.2, account=1)],
    """
k: anyone else so bored rn
a: yes 😭
s: asl
k: ?
s ^: a s l
a: lol
k: 13 f uk
s !: pic?
k: no lol
s: come on just ur face
s: sn4pch@t? 👻❓
a: abby ignore him
k: bye
""",
    tactics=["age_probe", "photo_request", "platform_move"],
    notes="Fast opener in a public thread: 'asl' then 'pic?' within a minute; leetspeak Snapchat plus ghost emoji. "
          "Critical: 'pic?'.",
    start="2026-02-02T21:05:00+00:00",
))

G.append(convo(
    "b3g09_dc_private_thread_model_scout", "discord", "private_thread", "Teen Fashion Club", "tryouts",
    [newcomer("s", "Vanessa | StarFace Models", days_in=5, account=14), kid("k", "Jade", "13-15")],
    """
s: hi jade! thanks for joining the thread 💕
s: im a scout for starface models, we look for fresh faces for teen catalogue shoots
k: omg hi
k: is this real
s: totally real hun, we've placed girls in big campaigns
s: how old are you?
k: 14
s: perfect age for our junior line
s: your outfit pics in #ootd caught my eye, you have such a natural look
k: thank u so much
s: do you have any modelling experience
k: no never
s: no worries we train everyone
s !: i need 3 full length pics, no makeup, in something fitted so the client can see your shape
k: like now?
s: whenever you're home alone is easiest so you can take your time
s: and keep it private for now, agencies dont like parents interfering at this stage
k: my mum would want to know
s: of course later! just not until you're signed
s: you can send them on whatsapp, +1 555 0147 882
""",
    tactics=["modeling_lure", "age_probe", "flattery", "photo_request", "isolation", "secrecy", "platform_move"],
    notes="Private thread: a fake modelling scout asks a 14-year-old for full-length photos when alone, keeps "
          "parents out, gives a WhatsApp number. Critical: the photo request.",
    start="2026-03-08T12:00:00+00:00",
))

G.append(convo(
    "b3g10_tg_dm_sextortion_pics", "telegram", "dm", "dm", "dm",
    [newcomer("s", "Tyler"), kid("k", "Nina")],
    """
s: heyyy nina its tyler from the brawl stars clan
k: oh hey
s: ur so good at brawl ball
k: haha thanks
s: how old r u again
k: 13
s: cool im 15
s: ur really pretty btw
k: aww ty
s !: u have a nice body for ur age
k: uh ok
s: send me a pic of u? i'll send one back
k: what kind of pic
s: just like a mirror pic lol
k +2: ok sent
s: omg ur perfect 😍
s +1d: hey send another one
k +2h: no i dont want to anymore
s: why not
k: it feels weird
s: if u dont i'll send the pic u sent to ur whole school
s: i know which school u go to its on ur insta
k: please dont
s: then do what i say. and dont tell ur parents or everyone sees it
k: please im only 13
""",
    tactics=["flattery", "age_probe", "sexual_talk", "photo_request", "sextortion", "secrecy"],
    notes="Peer-posing (15) contact from a game clan: body compliment, pic-for-pic, then threats to send the "
          "picture to her school. Critical: the body compliment (sexual steering) comes before the photo request.",
    start="2026-01-25T20:00:00+00:00",
))

G.append(convo(
    "b3g11_dc_dm_child_asks_back", "discord", "dm", "dm", "dm",
    [newcomer("s", "Marcus", account=12, username="marcus_fit26"), kid("k", "hannah", account=400, username="hannah.xo")],
    """
s: hey hannah, u commented on my speedrun vid
k: omg yeah ur so fast at that level
s: haha thanks. u play much?
k: yeah every day after school
k: how old r u?
s: 26 lol. u?
k: 13
k: add me on snap its hannah.xo13
s: haha maybe later
s: whats ur fave game
k: stardew and mario kart
s +2h: u still up?
k: yea
s: same, cant sleep
s !: r u in bed?
k: yeah lol on my phone under the covers
s: what r u wearing?
k: pjs why
s: just curious lol, bet ur cute in them
k: lol
s: dont tell ur parents we talk this late ok
""",
    tactics=["age_probe", "platform_move", "isolation", "sexual_talk", "secrecy"],
    notes="The child drives the first cues (asks his age back, offers her own Snapchat); the adult (26) steers "
          "to 'in bed' (critical) and 'what are you wearing'. Only the adult is the suspect.",
    start="2026-02-14T22:10:00+00:00",
))

G.append(convo(
    "b3g12_tg_dm_bus_ticket_meet", "telegram", "dm", "dm", "dm",
    [newcomer("s", "Gaz"), kid("k", "Dylan")],
    """
s: dylan my man, gg last night
k: gg u carried
s: lol u did fine. u at school today
k: yea year 8 is so boring
s: haha year 8. so ur 12 13?
k: 13
s: sound. i got a spare ps5 controller if u want it, the blue one
k: wait really
s: yeah just sitting here lol
k: sick
s: u live near the arndale right
k: kinda 20 mins on the bus
s !: come meet me there saturday and its yours, i'll pay ur bus 🚌📍
k: cant u just post it
s: postage is a rip off lol. just come, we'll get food after
s: no need to tell ur mum, say ur going with ur mates
k: hmm ok maybe
""",
    tactics=["age_probe", "gift_offer", "meeting", "secrecy"],
    notes="Meeting before any app move: gift controller handed over in person, bus fare paid, emoji cue 🚌📍. "
          "Critical: 'come meet me there saturday'.",
    start="2026-05-06T16:30:00+00:00",
))

G.append(convo(
    "b3g13_dc_group_zero_width_snap", "discord", "group", "Anime Hangout", "general",
    [kid("k", "yuki", "13-15"), kid("a", "ben", "13-15"), kid("b", "sora", "13-15"),
     newcomer("s", "hikari_sensei", days_in=2, account=5)],
    """
a: did u guys watch the new ep
b: YES the ending 😭😭
k: dont spoil i'm on ep 8
a: lmao ok
s: yuki what anime r u watching
k: frieren
s: great taste for a girl ur age
k: lol thx how do u know my age
s: ur intro said 13 hehe
b: anyone want to draw together later
a: me
s !: yuki add me on s​n​a​p​c​h​a​t, its hikari.sen ​👻
k: why
s: so we can talk anime without these guys lol
s: dont say anything here ok 🤫
""",
    tactics=["flattery", "age_probe", "platform_move", "secrecy"],
    notes="Evasion: zero-width spaces between the letters of 'snapchat', ghost emoji, hush emoji; the suspect "
          "read the child's age from her intro. Critical: the Snapchat move.",
    start="2026-04-18T18:00:00+00:00",
))

G.append(convo(
    "b3g14_dc_dm_longtime_helper", "discord", "dm", "dm", "dm",
    [member("s", "Uncle Ned", account=1600, username="ned_helper"), kid("k", "Callum", account=250, username="callum.fn")],
    """
s: hey callum, saw ur message in support about ur account being banned
k: yeah it was a mistake i didnt cheat
s: i believe u. im a helper, i can look into it
k: thank u sm
s: how old are u btw, need it for the appeal form
k: 12
s: ok no worries
s: u seem like a good kid, not like the trolls we get
k: thx
s +30: ok i might be able to get it unbanned
s: but these things take a bit of trust both ways
k: what do u mean
s !: lets move this to tele$gram, my @ is ned_helps_u. and dont mention it to the mods, they get jealous when i help people
k: ok
s: good lad. bring a pic of urself for the appeal, it proves its ur account
""",
    tactics=["age_probe", "flattery", "platform_move", "secrecy", "photo_request"],
    notes="A long-time member with a helper name offers to get a ban lifted, then moves to Telegram ('tele$gram') "
          "and asks the child to keep it from the mods. Critical: the Telegram move plus mod secrecy.",
    start="2026-03-29T11:15:00+00:00",
))

# ---------------------------------------------------------------- added: more Telegram, long group, sextortion

G.append(convo(
    "b3g29_tg_group_busy_skatepark_meet", "telegram", "group", "Westfield Yr8 Memes 💀", "general",
    [kid("k", "Ivy"), kid("a", "Kofi"), kid("b", "Lottie"), kid("c", "Reuben"), kid("d", "Aisha"),
     newcomer("s", "Jake M")],
    """
a: who did the geography
b: nobody lol its due monday
c: 💀💀💀
d: has anyone seen the video of mr hughes dancing at the assembly
a: SEND IT
d: [video]
b: IM CRYING
k: the way he spun
c: legend behaviour
s: lmao whos mr hughes
a: pe teacher
a: who even added u
s: lottie's cousin added me, im jake, new to the area
b: oh ye hes my cousins mate
s: what school do u all go to
d: westfield
s: nice, i might be starting there after easter
k: what year
s: year 9 im 14
k: ah ok
c: does anyone wanna go cinema sat
a: what film
c: the new spider one
b: im broke
d: same
s: ivy u skate right? saw ur tiktok
k: yea kinda badly lol
s: no u were good, ur kickflip was clean
k: thx 😊
a: oi stop being weird with ivy lol
s: im just saying shes good
b: guys help my mum is making me go to my aunts
c: rip
d: bring snacks
s: ivy whereabouts do u live, near the skatepark on mill road?
k: like 5 mins from it
s: sick
c: cinema or no
a: ill come
d: maybe
s !: ivy u should come skate with me sat morning, just us, dont bring this lot they'd be annoying 😂
k: haha idk
s: ill bring u a new deck, i got a spare
a: just come to the cinema ivy
k: maybe
s: dm me yeah
""",
    tactics=["age_probe", "personal_info", "flattery", "meeting", "gift_offer", "platform_move"],
    notes="Busy Telegram group of Year 8 kids; a newcomer posing as a 14-year-old asks the school and the area, "
          "then invites one girl alone to the skatepark with a gift deck. Critical: the one-to-one meeting.",
    start="2026-03-13T17:20:00+00:00",
))

G.append(convo(
    "b3g30_tg_dm_long_liar15_zoe12", "telegram", "dm", "dm", "dm",
    [newcomer("s", "ryan"), kid("k", "zoe ✨")],
    """
s: heyy zoe
s: its ryan from the taylor swift fan chat
k +15: omg hi
s: i saw u say ur fave is cruel summer, same!!
k: its the best song ever
s: facts
s: how old r u? im 15
k: 12 lol
s: ur chill for 12 tbh
k: haha thx
s: where u from
k: ohio
s: i'm in indiana lol neighbours
k: lol
s +10: what r u doing
k: eating cereal
s: at 7pm?? icon
k: my mom is at work and my dad is at his girlfriends so its cereal night lol
s: thats kinda sad ngl
k: its fine i like it
s: u can always text me when ur by urself
k: ok
s +1d: hii
k +2h: hey
s: how was school
k: i hate my math teacher
s: mine too lol
s: do u have a phone or is this ur ipad
k: my phone, i got it for my birthday
s: nice. do ur parents go through it
k: my mom made me give her my password but she never checks
s: lol ok good
s: i feel like i can talk to u about anything
k: same
s +3h: can i tell u something
k: ya
s: im not actually 15 im 19. i was scared ud stop talking to me
k +5: oh
k: thats ok i guess
s: ur so mature i forget ur 12
s: u dont mind right?
k: no
s: 🥺 ok good
s +2h: u still up
k: ya watching youtube
s: same lol
s +1d: zoe
k +1h: hi
s: i missed u today
k: lol
s !: do u shower at night or in the morning
k: what
k: night why
s: just wondering lol
s: send me a pic of u before bed tonight? i'll send one back
k: like a selfie?
s: ye just us, u dont need to show anyone
k: ok maybe
s: and dont tell ur mom about me she'll think im weird bc im 19
k: ok
s: ur the best 💕
""",
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "photo_request", "secrecy"],
    notes="Long slow Telegram DM over three days: suspect claims 15 to a 12-year-old, later admits 19; "
          "alone-at-dinner, phone checks, shower question, then a bedtime photo swap. Critical: the shower "
          "question is sexual steering.",
    start="2026-02-09T23:00:00+00:00",
))

G.append(convo(
    "b3g31_dc_private_thread_verify_sextortion", "discord", "private_thread", "Slime Sim Community", "verification-4471",
    [newcomer("s", "Verify Staff", days_in=3, account=5), kid("k", "milo", "Age: 13-14")],
    """
s: hi milo, ur account needs verifying before u can use voice chat
k: oh ok how
s: its quick. how old r u
k: 13
s: ok under 16s need a face check
s !: send a selfie holding a paper with ur username
k: ok
k +4: sent
s: thanks. now a full body one in front of a mirror so we can check its not ai
k: what no
s: then ur verification fails
k: i dont want to do this anymore, im leaving the server
s: if u leave i'll post ur pic in #general and send it to ur mum on facebook
s: i know her name from ur profile
k: please dont
s: do what i said and nobody sees it. dont tell anyone or i post it
""",
    tactics=["age_probe", "photo_request", "sextortion", "secrecy"],
    notes="Private thread: a fake 'Verify Staff' newcomer asks a 13-year-old for a verification selfie, then "
          "a full-body mirror photo, then threatens to post the picture and send it to his mother. Critical: the selfie request.",
    start="2026-05-22T18:00:00+00:00",
))

G.append(convo(
    "b3g32_tg_private_group_vip_two_kids", "telegram", "private_thread", "VIP Squad 👑 (invite only)", "chat",
    [newcomer("s", "Coach Dre"), kid("k", "Tyrone"), kid("k2", "Marcus J")],
    """
s: welcome to the vip squad boys 👑 only the best players get invited
k: yoo thanks
k2: whats the vip squad
s: i scout for an esports academy, i pick young players early
s: how old are u both
k: 13
k2: 14
s: perfect age to start
s: what town are u in? we run trials around the country
k: birmingham
k2: same, erdington
s: and what school, we sometimes go through schools
k: kingsbury
k2: not saying lol
s: haha fair
s !: im in birmingham friday, i'll pick u both up after school and take u to the gaming centre for a trial
k: wait for real
k2: my mum would need to come
s: no parents at trials sorry, its a rule, they make kids nervous
s: keep this group private ok, other kids will be jealous
""",
    tactics=["modeling_lure", "age_probe", "personal_info", "meeting", "secrecy"],
    notes="Private Telegram group made by a fake esports scout for two boys (13, 14): town and school probes, then "
          "a pick-up after school for a 'trial' without parents. Critical: the pick-up. One suspect, two targets.",
    suspects=("s",), targets=("k", "k2"),
    start="2026-04-15T17:00:00+00:00",
))
