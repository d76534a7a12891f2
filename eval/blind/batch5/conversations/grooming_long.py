"""Long grooming chats (40-120 messages) in the style of logged adult-to-decoy chats.

Slow, lower-case, typos, long stretches of ordinary talk between moves. The decoy says 12-14.
In several the child side asks questions back, gives her/his own age and agrees to things; only
the adult is the suspect.
"""

from __future__ import annotations

from common import PREFIX, convo, kid, newcomer

P = PREFIX

CONVS = []

# ------------------------------------------------------------------ g01
CONVS.append(convo(
    f"{P}-g01-tg-dm-uncle-age-secret", "telegram", "dm", "", "",
    [newcomer("s", "Dave P"), kid("k", "kayleigh 🦋")],
    """
s: hey
k +3: hi
s: hows ur night going
k: boring lol. doing homework
s: ugh homework. what subject
k: science. we have to label a cell
s: lol i remember that. mitochondria is the powerhouse of the cell right
k: omg everyone says that
s: its the only thing i remember from school haha
k +2: lol
s: where u from
k: ohio. u?
s: pennsylvania. not that far
k: cool
s: how old r u if u dont mind me asking
k: 13. u?
s: 38 lol. is that weird?
k +2: idk i guess not. ur like my uncles age lol
s: haha ur uncle must be cool then
k: hes ok he has a boat
s: nice. u like boats
k: i like swimming. we go to the lake in summer
s: which lake
k: just a small one by my grandmas, u wouldnt know it
s: fair enough
s: what grade r u in
k: 7th. 8th next yr
s: u seem older than 13 honestly. u type really mature
k: lol thanks i guess
s: most ppl ur age just say lol and k
k: lol
s: haha see
k: k
s: 😂 ok ur funny
k +4: brb mom is calling me for dinner
s: ok go eat. what r u having
k +25: tacos. back
s: tacos on a tuesday thats the law
k: lmao its wednesday
s: shhh
k: 😂
s: so does ur mom check ur phone much
k +2: sometimes. she knows my password
s: hm ok
s ! +1: maybe dont tell her we talk ok, she wouldnt get it. adults always think the worst lol
k +3: idk
k: i guess
s: its nothing bad we just talk. but moms freak out about everything
k: ya she freaks out if i walk to the gas station alone
s: lol exactly
s +6: ok i gotta sleep early shift tmrw. talk tmrw?
k: ok bye
s: night kayleigh
s +20h: hey u there
k +45: hii sorry was at practice
s: what practice
k: volleyball
s: oh nice. u any good
k: im ok. coach says my serve is bad
s: practice makes perfect. i played baseball in hs, was terrible at first
k: lol
s: what u doing now
k: nothing watching stranger things again
s: which season
k: 3 its the best one
s: agreed. the mall one
k: yes!!
s: u look like the type who likes eleven
k: max is better
s: fair
s +3: u got any pics of u in ur volleyball uniform lol
k +4: maybe why
s: just wanna see what u look like, u know what i look like from my profile
k: i guess. its kinda blurry tho
s: thats ok send it when u can
s: and delete our chat at night just in case ur mom looks ok?
k +6: ok
s: good girl
k +2: i have to go shower
s: ok have fun lol
s +13h: morning sunshine
k +30: its 7am why r u up
s: work lol. school today?
k: ya ugh. math test
s: u will do great ur smart
k: i hope
s: do u have whatsapp? its easier there, telegram is weird
k +5: no my mom wont let me have it
s: u can make one she wont know
k: idk
s: think about it 😊
k +3h: i gotta go class bye
""",
    tactics=["age_probe", "flattery", "isolation", "secrecy", "photo_request", "platform_move"],
    notes="Slow 3-day logged-style chat; adult says 38 when the 13-year-old asks back. First unambiguous "
          "move: 'maybe dont tell her we talk' after checking whether mom reads the phone.",
    start="2026-02-03T19:12:00-05:00",
))

# ------------------------------------------------------------------ g02
CONVS.append(convo(
    f"{P}-g02-dc-dm-child-offers-snap", "discord", "dm", "", "",
    [newcomer("s", "marcus", account=9, username="mrcs_builds"), kid("k", "nova", account=420, username="novaa.xo")],
    """
s: yo saw u on the bedwars server earlier, ur cracked at bridging lol
k +6: lolll thx
k: who r u
s: marcus, i was on red team. u destroyed our bed
k: oh ya sorry not sorry
s: haha its fine. how long u been playing
k: like 2 years
s: nice. i only started this winter
k: ur not bad tho
s: ty. u on pc or console
k: pc. my brothers old laptop
s: respect lol. it runs mc?
k: barely it gets 30fps
s: 😂 still beat me
k: lol
k +3: u play anything else
s: apex sometimes, and stardew when im tired
k: stardew is so cute
s: who did u marry
k: sebastian obviously
s: of course lol
s: how old r u btw
k: 12 but 13 in april
k: how old r u
s: older than u lol
k: like how old
s: old enough to have a job haha. does it matter?
k +2: no i guess
s: ok good. u seem mature anyway
k: thx
s: what grade is that, 6th?
k: 7th
s: nice. u like school
k: no lol. only art
s: whats ur fav thing to draw
k: animals mostly. and ocs
s: send me one sometime
k: maybe lol
s +40: u still on
k +12: ya sorry was eating
s: whatd u have
k: mac n cheese
s: the box kind?
k: obv
s: best kind tbh
k: facts
k +2: do u have snap its easier
k: mine is novaa.xo
s: lol ok adding u
s ! +2: send a pic on there first so i know its really u and not some catfish
k +3: lol ok
k: wait u send one too
s: later lol my cam is broken
k: thats sus
s: haha im not lying. just send a quick one
k +5: idk
s: its fine nobody else will see it
k: ok maybe later my sister is in the room
s: ok when shes gone. u share a room?
k: ya ugh
s: that sucks. u never get privacy huh
k: never
s: i get it. u can always talk to me when u need to get away
k: ok
s +1d: hey did u add me
k +2h: ya i think
s: didnt get a pic yet 👀
k: oh i forgot lol
s: its ok. tonight maybe when ur sister is asleep
k: maybe
""",
    tactics=["age_probe", "flattery", "photo_request", "isolation", "secrecy"],
    notes="Adult stays vague about his age ('old enough to have a job'). The CHILD proposes Snapchat and "
          "gives her handle and age and asks his age back; the adult's first unambiguous move is the "
          "photo request right after.",
    start="2026-01-18T20:05:00+00:00",
))

# ------------------------------------------------------------------ g03
CONVS.append(convo(
    f"{P}-g03-tg-dm-boba-pickup", "telegram", "dm", "", "",
    [newcomer("s", "Rick"), kid("k", "maddie")],
    """
k: hi who is this
s +2: hey! u replied to my comment on the olivia rodrigo group, about guts
k: oh ya
s: i agree vampire is the best song
k: it is!! ballad of a homeschooled girl is 2nd
s: hmm maybe. get him back is underrated
k: ok true
s: u going to the tour?
k: i wish. tickets r like 400 dollars
s: ya its crazy
k: my mom said no
s: moms lol
k: ikr
s: how old r u if u dont mind
k: 14. wbu
s: 29. hope thats not weird
k +3: kinda old lol
s: haha ouch. i still listen to the same stuff as u so
k: lol ok true
s: what r u doing rn
k: eating hot cheetos and doing nothing
s: hot cheetos r elite
k: w the lime ones
s: lime ones r disgusting
k: nooo they r the best
s: agree to disagree lol
s +8: u in high school or middle
k: 8th grade. hs next year
s: nervous?
k: ya kinda. its huge
s: u'll be fine. ur smart and pretty, ppl will like u
k: how do u know im pretty lol
s: ur pfp duh
k: oh lol thx
s +2: u have a bf?
k: no
s: shocked honestly
k: lol stop
s +1h: what do u guys do for fun there
k: nothing. theres a mall and a boba place
s: which boba place
k: sharetea by the target
s: i love sharetea, taro is the best
k: ew taro. brown sugar
s: ok ok
s +3: i actually drive past there for work sometimes
k: oh cool
s ! +1: i could pick u up after school fri and get u a brown sugar one lol my treat
k +4: idk
k: like just us?
s: ya just chill and talk. no big deal
k: my mom would kill me
s: she doesnt have to know. just say ur at a friends
k +2: maybe
s: dont tell ur friends either they'll make it weird
k: ok
s: what time does school get out
k: 3:10
s: k i can be there 3:30. which school
k: lincoln middle
s: ok i'll find it
k +5: wait what car do u have
s: silver honda. ill text u when im there
k: ok
s: delete this chat after ok? just in case
k: why
s: so ur mom doesnt see and freak out for no reason
k: ok fine
s +20h: still good for fri?
k +3h: i think so
s: 😊 cant wait
""",
    tactics=["age_probe", "flattery", "meeting", "secrecy", "personal_info", "gift_offer"],
    notes="Adult says 29 when asked back; chatty music/food talk; first unambiguous move is the offer to "
          "pick her up after school. Then school name, 'she doesnt have to know', delete the chat.",
    start="2026-02-20T21:30:00-06:00",
))

# ------------------------------------------------------------------ g04
CONVS.append(convo(
    f"{P}-g04-dc-dm-vbucks-for-cam", "discord", "dm", "", "",
    [newcomer("s", "Jay", account=12, username="jayy_41"), kid("k", "tyler", account=610, username="tylerzbuildz")],
    """
s: gg in that zone wars lobby man u were cracked
k +4: thx bro
s: u stream?
k: nah my wifi is trash
s: u should tho ur good. how long u been playin
k: since chapter 2
s: og lol
k: kinda
s: what skin u main
k: renegade raider jk i wish
k: peely
s: peely is goated
k: ya
s: how old r u
k: 13
s: nice. im 41 lol old man gaming
k +2: lol ur older than my dad
s: haha how old is ur dad
k: 38
s: tell him im better than him at fortnite
k: he doesnt play lol
s: lucky kid
s +1h: u want to duo sometime
k: sure
s: whats ur epic
k: tylerzbuildz same as here
s: cool
s +2: u got the new battle pass?
k: no my mom says no more vbucks this month
s: damn. i get vbucks cards from work sometimes, could gift u one
k: wait fr?
s: ya i got like 3 lying around
k: bro that would be so sick
s +1d: yo
k +3h: hey
s: how was school
k: boring we had a sub
s: subs are the best u can do nothing
k: ya we watched a movie
s: what movie
k: some space one
s: interstellar?
k: ya that one i fell asleep lol
s: lmao
s: hey so about the vbucks
k: ya?
s ! +1: ill send the 2800 one if u hop on cam for a sec, just so i know ur real and not a scammer
k +3: cam like facecam?
s: ya just a quick vc, no big deal
k: idk i never did that
s: its easy. ur parents home?
k: my mom is at work til 7
s: perfect so no one will bug u
k: ok but only like a min
s: ya a min is fine. dont mention it to ur mom tho she might think its weird
k: ok
s: and turn off the stream mode thing so it doesnt show
k: what
s: nvm just accept the call when i ring
k: ok
s +5: calling
k +2: wait my dog is barking
s: its ok take ur time
""",
    tactics=["age_probe", "gift_offer", "photo_request", "isolation", "secrecy"],
    notes="Adult says 41. V-bucks first offered unconditionally (not critical); the critical line ties them "
          "to a webcam call. The 13-year-old agrees.",
    start="2026-03-01T18:40:00-05:00",
))

# ------------------------------------------------------------------ g05
CONVS.append(convo(
    f"{P}-g05-tg-dm-kissed-anyone", "telegram", "dm", "", "",
    [newcomer("s", "Kev"), kid("k", "emmy")],
    """
s: hey emmy
k +10: hi? do i know u
s: i saw ur post in the cats group. ur cat is so cute
k: oh thx her name is mochi
s: mochi lol i love that
k: shes 2
s: whats her fave food
k: tuna obvi. and she steals my cereal
s: lmao cereal thief
k: ya shes bad
s: u have other pets
k: a fish but he doesnt count
s: lol poor fish
s +3: whats ur day been like
k: bad. my friend ignored me at lunch
s: aw why
k: idk shes friends with the popular girls now
s: thats her loss honestly. ur way nicer
k: u dont even know me lol
s: i can tell tho
k: lol ok
s: how old r u
k: 12. u?
s: older than u haha does it matter
k: i guess not
s: lots of ppl my age are boring, ur more fun to talk to
k: lol
s +4: what grade is 12
k: 6th
s: oh wow. u seem older
k: everyone says that
s +2: so whats up with the popular girls
k: they just talk about boys and makeup
s: do u like boys?
k: ew no
k: well
k: maybe one
s: oooh whos the lucky guy
k: just a boy in my class he plays soccer
s ! +1: have u ever kissed anyone?
k +3: no!! omg
s: lol why not
k: im 12
s: so? lots of ppl do
k: no they dont
s: haha ok ok
s +2h: u in bed?
k +6: ya
s: whatcha wearing lol
k: pjs with cats on them
s: cute
k: lol
s: is ur door closed
k: ya why
s: just asking. ur parents asleep?
k: my mom is
s: ok. dont tell her u talk to me at night ok, she'll take ur phone
k +3: ok
k: i have to sleep
s: night cutie
""",
    tactics=["flattery", "age_probe", "isolation", "sexual_talk", "secrecy"],
    notes="Adult never gives his age ('older than u haha does it matter'); the 12-year-old asks back. "
          "Critical: the kissing question. Then in bed / what are you wearing / door closed.",
    start="2026-01-27T19:55:00+00:00",
))

# ------------------------------------------------------------------ g06
CONVS.append(convo(
    f"{P}-g06-dc-dm-whatsapp-number", "discord", "dm", "", "",
    [newcomer("s", "Brandon", account=700, username="brandon.k25"), kid("k", "ari", account=300, username="ari.sketches")],
    """
s: hey ur the one who drew the frog for the server banner right
k +7: ya!
s: its really good, u have talent
k: omg thank u
s: do u do commissions
k: no im not allowed to use paypal
s: haha how come
k: im 13 lol. is that ok
s: of course lol. im 25 if u were wondering
k +2: oh ok
k: what do u do
s: i work at a warehouse. boring stuff. drawing is way cooler
k: do u draw
s: little bit. mostly cars
k: cars are hard
s: frogs look harder
k: no frogs are easy theyre just blobs
s: lol blobs with legs
k: exactly
s +3: what do u draw with
k: procreate on my moms old ipad
s: nice. u want to go to art school?
k: maybe. or be a vet
s: vet is cool too
k: yea i love animals
s: what animals u got
k: 2 guinea pigs
s: names?
k: bean and toast
s: lmaooo
k: my brother named toast
s +1h: do u live near the beach or something? ur drawings are always beachy
k: no we live in the middle of nowhere lol
s: where
k: kansas
s: lol fair
s: ever been to the ocean
k: once in florida
s +2: tbh discord is laggy for me at work
s ! +1: text me on wh@tsapp its easier, 555 0143 2281
k +5: i dont have whatsapp
s: u can get it its free
k: i have to ask my mom for apps
s: just use ur friends phone or say its for school
k: hmm
k: can we just talk here
s: i guess. but i check whatsapp more
k: ok ill try
s: dont save my number under my real name tho lol, ur mom might ask
k: why
s: just easier. put it as like "art club"
k: ok lol
""",
    tactics=["flattery", "age_probe", "personal_info", "platform_move", "secrecy"],
    notes="The 13-year-old volunteers her age first; adult says 25. Critical: WhatsApp with @ for a and a "
          "555 number. Then 'save my number as art club'.",
    start="2026-02-08T17:20:00+00:00",
))

# ------------------------------------------------------------------ g07
CONVS.append(convo(
    f"{P}-g07-tg-dm-body-compliment", "telegram", "dm", "", "",
    [newcomer("s", "Lucas"), kid("k", "jazzy")],
    """
s: hiii
k +15: hey
s: u were in the kpop group chat right
k: ya
s: whos ur bias
k: felix obviously
s: solid choice. i like bangchan
k: omg u like skz?? no one i know does
s: ya theyre so good live
k: have u seen them
s: once in la
k: im so jealous
s +2: where r u from
k: arizona
s: hot lol
k: its 110 in summer its insane
s: i'd die
k: lol we just stay inside
s: how old r u
k: 14
k: u?
s: old enough to drive lol
k: so like 16?
s: haha something like that
s +30: what u up to today
k: nothing. my parents r at my cousins thing
s: u didnt go?
k: no its boring, just my aunt yelling
s: lol so ur home alone
k: ya with my dog
s: nice u have the house to urself
k: ya its peaceful
s +2: i like ur new profile pic
k: oh thx. its from the pool
s ! +1: u have a really nice body for 14 honestly
k +5: lol um thanks i guess
s: sorry was that weird
k: kinda lol
s: i just mean u look older. like a model
k: lol no
s: fr. do u have more from the pool
k: not really
s: u could take one now, ur alone anyway
k: no lol im in my pjs
s: pjs are fine
k +3: idk
s: its just me looking. i wont show anyone
k: why do u want it
s: cuz ur pretty and i like talking to u. its not a big deal
k +10: i have to go my dog needs out
s: ok but think about it
s +1d: heyy
k +2h: hi
s: u thought about it?
k: about what
s: the pic lol
k: idk
s: theres no pressure but ur kinda leaving me hanging
k: sorry
s: its ok. we r friends right
k: ya
s: friends do stuff for each other
k: i guess
s: so tonight?
k: maybe
s: and dont tell ur friends we talk, they'll just get jealous
k: ok
s: good 😊
""",
    tactics=["age_probe", "isolation", "sexual_talk", "flattery", "photo_request", "secrecy"],
    notes="Suspect dodges his age ('old enough to drive lol'); child asks back and guesses 16. First "
          "unambiguous move: a body compliment to a declared 14-year-old home alone; then photo pressure.",
    start="2026-03-07T13:10:00-07:00",
))

# ------------------------------------------------------------------ g08
CONVS.append(convo(
    f"{P}-g08-dc-dm-fake-sixteen-vc", "discord", "dm", "", "",
    [newcomer("s", "Ethan", account=3, username="ethan_16_"), kid("k", "sam", account=200, username="sammie_w")],
    """
s: hey are u in the animal crossing server
k +3: ya
s: cool me too. i saw ur island tour post, the orchard is so nice
k: thx it took forever
s: i bet. how many hours u got
k: like 400 lol
s: omg same kinda
k: who is ur fav villager
s: raymond
k: everyone loves raymond
s: hes the best tho
k: mine is marshal
s: marshal is a vibe
s +2: im 16 btw, how old r u
k: 13
s: cool thats fine
k: ok
s: what do u do besides acnh
k: swim team and piano
s: piano is cool. r u good
k: i can play river flows in you
s: whoa thats hard
k: not really
s +1h: ugh my mom is making me clean my room
k: lol mine too
s: lets suffer together
k: ok 😭
s +2h: done
k: nice mine is still a mess
s +2: can u vc? typing is so slow
k: like voice?
s ! +1: voice and cam, just for a sec, i wanna see ur setup and ur face lol
k +4: idk my camera is bad
s: its fine. r ur parents around
k: my dad is downstairs
s: close ur door then
k: why
s: so he doesnt hear and make it weird lol
k: ok
s +3: ok dont be mad
s: im not actually 16
k: what
s: im 22. i just said 16 cuz ppl are weird about age
k +5: oh
s: is that ok? im still the same person
k: i guess
s: ur really mature for 13 so it doesnt feel different
k: ok
s: dont tell anyone tho. they wont understand
k: ok
s: so cam tonight?
k: maybe after piano
""",
    tactics=["age_probe", "photo_request", "isolation", "secrecy", "flattery"],
    notes="Suspect first claims 16, later admits 22. Critical: voice and cam request to a 13-year-old; "
          "then 'close ur door', 'dont tell anyone'.",
    start="2026-02-14T15:00:00+00:00",
))

# ------------------------------------------------------------------ g09
CONVS.append(convo(
    f"{P}-g09-tg-dm-long-park-meet", "telegram", "dm", "", "",
    [newcomer("s", "Steve M"), kid("k", "lily")],
    """
s: hi lily
k +20: hi who r u
s: steve, from the minecraft builders group. u posted the cherry blossom house
k: oh ya thats mine
s: it was beautiful. how long did it take
k: like 3 days
s: wow. u have patience lol
k: lol not really i just like building
s: what version u on
k: bedrock on my switch
s: nice i play java
k: java is better i think but i cant
s: u should watch hermitcraft, they build crazy stuff
k: ok ill look
s: what else do u like besides mc
k: drawing and music
s: what music
k: taylor swift mostly
s: a swiftie lol
k: yes 🙂
s: fav album
k: 1989
s: good pick. style is a banger
k: ya
s: whats ur fav food
k: pizza. pepperoni
s: pineapple?
k: NO
s: lmao ok
k: u like pineapple on pizza??
s: ya its good dont judge
k: gross
s +2: how old r u if i can ask
k: 13. how old r u
s: 34. but i still play mc lol
k: lol ok my dad is 40 and he doesnt even know what mc is
s: haha ur dad is missing out
k: he works a lot anyway
s: what does he do
k: truck driver. hes gone like all week
s: oh that must be hard
k: kinda. my mom works nights too
s: so ur home alone a lot?
k: sometimes my older brother is home but he doesnt care
s: sounds lonely
k: a little
s: well u can always talk to me
k: ok thx
s +30: gotta go cook dinner. talk later?
k: ok bye
s +1d: hey lily how was school
k +3h: ok. we had a fire drill
s: lol fire drills were the best, no class
k: ya
s: what grade r u
k: 7th
s: favorite teacher?
k: mr reyes for science hes funny
s: science is cool. what r u learning
k: rocks lol
s: rocks rock
k: ugh 😂
s: sorry dad joke
k: ur literally a dad
s: haha no kids actually
k: oh
s: do u have a bf
k: no
s: good, boys ur age r immature anyway
k: true
s: ur more mature than them
k: thx
s +1h: sorry was on the phone. my sister
k: u have a sister?
s: ya she lives in ohio
k: cool
k: do u have pets
s: a dog named bear
k: aw what kind
s: husky
k: I LOVE HUSKIES
s: he's goofy. he howls at the tv
k: lol
s +2: u have any pics of u? i dont even know what u look like
k: my pfp is me
s: its so small lol
s ! +1: send me a selfie, just a normal one
k +6: ok wait
k: [photo]
s: wow ur so pretty
k: lol thx
s: u look older than 13 for real
k: everyone says that
s: can i have one more, a full one
k: why
s: just to see ur outfit lol
k: maybe later
s: ok no worries
s +1d: good morning lily
k +5h: hi
s: u doing anything saturday
k: no why
s: i'll be in ur town for work. we could meet at the park and get ice cream
k: idk
s: which park is close to u
k: riverside park
s: i know it. 2pm?
k: my brother might ask where im going
s: just say ur going to a friends. dont tell ur dad about me ok, he'd freak
k: ok
s: and we can get a pepperoni pizza after lol no pineapple
k: lol ok
s: cant wait to meet u 😊
k: ok
""",
    tactics=["age_probe", "isolation", "flattery", "photo_request", "meeting", "secrecy", "personal_info"],
    notes="Long 3-day chat; adult says 34 when asked back; parents away a lot. First unambiguous move: "
          "the selfie request. Then a full-length photo, a park meeting and 'dont tell ur dad'.",
    start="2026-03-20T18:00:00-04:00",
))
