"""Batch 8c benign: small talk between ADULT strangers (ages, where from, pets/food/views pictures,
numbers, WhatsApp, meeting up), in several languages."""

from common import adult, benign

B = []

# a01: hiking club group; a new member introduces herself, pictures of views, WhatsApp for the car share.
B.append(benign(
    "b8c_b01_tg_group_hiking_newmember", "telegram", "group", "Peak District Weekend Walkers", "",
    [adult("n", "Hannah W", days_in=1), adult("a", "Gareth"), adult("b", "Priya S"), adult("c", "Tom (organiser)"),
     adult("d", "Lou")],
    """
n: Hi all! Just joined after finding you on Meetup. I'm Hannah, 34, moved to Sheffield from Leeds in the summer
c +3: Welcome Hannah! Glad to have you
a: Welcome 👋 what sort of walking do you do?
n: Mostly 10-15 km, nothing too scrambly. I did Kinder Scout last month and nearly died 😂
b: Kinder in the wind is brutal, you're one of us now
d: Welcome! Where in Sheffield are you? A few of us are in Crookes
n: Walkley, so not far!
c: Saturday we're doing Stanage Edge, about 12 km. Meeting at the Hathersage car park 9:30
n: Perfect, count me in. Is there a car share?
d ^: I drive from Crookes, can take 3. Send me your number and I'll add you to the car share WhatsApp
n: Great, it's 07700 900 318
d: Added you 👍 I'll pick you up on the corner of South Road at 8:45 if that works
n: Brilliant, thank you!
b +30: Here's a pic from the last walk for motivation 🏔️ Mam Tor ridge in the fog
a: That fog was biblical
n: Looks amazing even in fog. Is the group mostly in their 30s?
c: Everything from 26 to 71 honestly. Gareth is our oldest and fastest
a: Don't you dare
n: Haha love it. Dogs allowed? I have a very enthusiastic spaniel
c: Dogs on leads welcome. Send a pic of the spaniel, it's the law here
n: This is Biscuit 🐶 (posting the pic now)
b: BISCUIT 😍
d: He's coming Saturday, no arguments
""",
    tactics=["adult introduces age", "where are you from", "send me your number", "pick you up",
             "WhatsApp group", "pet picture", "meeting point"],
    notes="Adults in a walking group: a new member gives her age and area, swaps a number for a car-share "
          "WhatsApp, gets a pick-up offer and posts her dog. Hard negative: new member, number, pick-up, meeting.",
    start="2026-09-22T18:00:00+00:00",
))

# a02: long language-exchange DM between adults (Brazilian engineer and an English teacher), over days.
B.append(benign(
    "b8c_b02_dc_dm_language_exchange_long", "discord", "dm", "Direct Messages", "rafa.curitiba",
    [adult("r", "Rafa", account=900, username="rafa.curitiba"),
     adult("c", "Claire", account=2400, username="clairelearnspt")],
    """
r: Hi Claire! I saw your post in #find-a-partner. I'm Rafa, from Curitiba, Brazil. I want to practise English and can help with Portuguese 🙂
c +50: Oi Rafa! Perfect, I'm trying to learn Brazilian Portuguese before a trip in April
r: Nice! Where will you go?
c: Rio and then Florianópolis. My partner's sister lives in Floripa
r: Floripa is beautiful, you will love it. Where are you from?
c: Manchester, UK. I teach secondary English so correcting grammar is basically my job 😅
r: Haha perfect teacher for me then. I'm a civil engineer, 29, my English is from work emails mostly
c: It's very good! Your sentences are totally natural
r: Thank you. Can I ask how old you are? Just to know if I should be formal lol
c: 33, no need to be formal haha
r: Ok 😄 so how do you want to do it? Half English, half Portuguese?
c: Yes! Maybe we write a paragraph each day and correct each other?
r: Good idea. I start: "Ontem eu fui ao mercado e comprei muitas frutas"
c: Ok mine: "Eu gosto de cozinhar mas eu não sou boa"
r: Very good! Just "não sou muito boa" sounds more natural
c +1d: Morning! Today's paragraph: "Meu gato se chama Pudim e ele é muito preguiçoso"
r +3h: Hahaha Pudim is a very Brazilian name for a cat. Perfect sentence
r: Send me a pic of Pudim please, I need to see this lazy cat
c: Here he is, asleep on my laptop as usual 📷
r: He is enormous 😂 I have a dog, Tapioca. Sending her pic
c: Tapioca!!! What breed?
r: Nobody knows. Vira-lata, like "street mix"
c: Learned a new word, vira-lata 😂
r: Your turn to correct me: "Yesterday I have went to a barbecue with my colleagues"
c: "Yesterday I went to a barbecue" - no "have" with yesterday. Good try though!
r: Ahh the famous present perfect. Thanks
c: What did you eat at the barbecue?
r: Picanha, of course. Look at this 📸
c: Ok that looks incredible. I'm eating toast 😭
r +2d: Hi Claire, question: would you like to try a video call? Speaking is my weak point, writing is ok
c +2h: Yes, I think speaking is mine too! Sunday works? Morning for me is afternoon for you I think
r: Brazil is 3 hours behind you now, so 11 your time is 8 for me. Early but ok 😅
c: Let's do 1pm mine, 10am yours, nobody has to suffer
r: Deal. Discord call or WhatsApp? WhatsApp video is more stable for me
c: WhatsApp is fine. My number is +44 7700 900 452
r: Saved! Mine is +55 41 5555 0199, I sent you a hi
c: Got it 👍
r +2d: Thank you for the call today, it was really useful. Your Portuguese accent is better than you think
c +1h: Aw thanks, yours is great too, and sorry my partner walked in shouting about the football 😂
r: Haha it was funny. Same time next week?
c: Yes please! And if I come to Curitiba one day you have to show me the botanical garden
r: Of course! My girlfriend and I can take you and your partner, and we eat barreado
c: It's a date for four 😄
""",
    tactics=["asks age", "where are you from", "send me a pic", "video call", "move to WhatsApp",
             "phone numbers", "meeting someday"],
    notes="Long language exchange between two adults (29 and 33; jobs, partners), over four days: ages, where "
          "from, pet and food pictures, a video call, WhatsApp numbers, a future meeting 'for four'.",
    start="2026-01-11T19:00:00+00:00",
))

# a03: dating-app match moved to Telegram; two adults plan drinks.
B.append(benign(
    "b8c_b03_tg_dm_dating_match_drinks", "telegram", "dm", "", "",
    [adult("a", "Maya"), adult("b", "Josh")],
    """
b: Hey, it's Josh from Hinge 👋 easier here than in the app
a +20: Hi Josh! Yes the app keeps logging me out
b: Classic. How's your Tuesday going?
a: Long. Two back to back audits, I'm an accountant so that's my life lol
b: Oof. I'm a paramedic, so my Tuesday involved someone who glued his hand to a fence
a: 😂 ok you win
b: Your profile said 31 but you look younger in the hiking pic, is that old?
a: That one's from last year, so I was 30 😂 you're 33 right?
b: 33 and feeling every day of it
a: Where are you from originally? Your accent in the voice prompt wasn't local
b: Cork! Moved over for work 6 years ago
a: I knew it was Irish
b: And you?
a: Born here, parents from Kerala
b: Send me a pic of the cat that was in your 3rd photo, I need to know its name
a: That's Samosa 📷 She hates everyone
b: She looks like she's judging my life choices
a: She is
b +40: So… drinks? Thursday after work? There's a nice wine bar on Ship Street
a: Thursday works! 7?
b: 7 it is. I'll book a table
a: Don't tell my sister I said yes this fast, she'll never let me live it down
b: Your secret is safe 🤐
a: Good. What are you wearing, so I can spot you?
b: Probably a navy jacket, I own exactly one nice jacket
a: Haha perfect
b: Looking forward to it Maya
a: Me too 😊
""",
    tactics=["age talk", "you look younger", "where are you from", "send me a pic", "meet up",
             "don't tell my sister", "what are you wearing"],
    notes="Two adults from a dating app (31 and 33, accountant and paramedic) move to Telegram and plan drinks: "
          "ages, origin, cat photo, 'don't tell my sister', 'what are you wearing' to recognise each other.",
    start="2026-03-10T20:30:00+00:00",
))

# a04: marketplace bike sale between adults.
B.append(benign(
    "b8c_b04_tg_dm_marketplace_bike", "telegram", "dm", "", "",
    [adult("a", "Colin"), adult("b", "Stefania")],
    """
b: Hi, is the Trek road bike still available?
a +15: Hi yes it is
b: Great. Could you send a couple more pics? Especially the gears and the tyres
a: Sure one sec
a: Sent 3 more, gears, tyres and the saddle
b: Looks well kept. How old is it?
a: About 4 years, I bought it new. Only used it for commuting before I moved to working from home
b: What frame size? I'm 5'6
a: 52 cm, should be fine for you. My partner is 5'7 and rode it a couple of times
b: Would you take 350?
a: Could do 380, new chain last month
b: Ok 380. When can I come and see it?
a: I'm home after 6 most days. Tomorrow?
b: Tomorrow 6:30 works. What's the address?
a: 14 Ferncliffe Road, flat 2. Ring the top bell
b: Great. My number is 07700 900 771 in case I'm running late
a: Saved. See you tomorrow
b +1d: Hi, on my way, 10 min 🚲
a: 👍 I'll bring it down
""",
    tactics=["send more pics", "how old is it", "what's the address", "phone number", "come over"],
    notes="Adults selling and buying a used bike: photos, 'how old is it', home address, a visit, a number.",
    start="2026-04-14T12:00:00+00:00",
))

# a05: carpool to a board game convention, Discord group of adults.
B.append(benign(
    "b8c_b05_dc_group_carpool_boardgamecon", "discord", "group", "Meeple Mob", "carpool-ukgames-expo",
    [adult("a", "Duncan", "Member", "18+"), adult("b", "kat_plays", "Member", "18+", days_in=5, account=40),
     adult("c", "Ife", "Organiser", "18+"), adult("d", "Sam R", "Member", "18+")],
    """
c: Carpool thread for UK Games Expo! Post where you're leaving from and how many seats
a: Leaving Bristol Friday 7am, 3 seats. Non-smoking car, snacks provided
b: Hi! I'm new to the server, joined last week. Could I grab a seat from Bristol? I'm near Temple Meads
a: Of course! Happy to pick you up at the station, easier than the city centre
b: Amazing, thank you
d: I'll take one too from Bath if you go that way?
a: Can do, it's on the way
c: Reminder that the hotel block is 18+ only, so if anyone's bringing teens, they need to book separately with a parent
b: All good, I'm 27 and very much an adult, though my bank account disagrees 😂
a: Same. Kat, DM me your number and I'll add you to the car group chat
b: Sending now
d: What games are you each bringing?
b: Cascadia and a very worn copy of Azul
a: I have Brass Birmingham, prepare to suffer
d: Ugh Brass, I lose every time
c +30: Sam, are you still sharing the room with Duncan?
d: Yes, his snoring is the price I pay
a: Slander
b: Is there a spot to meet up at the expo when we arrive? My phone might die
c: We always meet by the big dragon statue in Hall 1 at 10
b: Dragon statue, noted 🐉
""",
    tactics=["new member", "pick you up", "DM me your number", "age stated", "meeting point"],
    notes="Adults arrange a convention car share: a newcomer asks for a seat, gets a station pick-up, says she "
          "is 27, is asked for her number by DM; 18+ hotel note; meeting point.",
    start="2026-05-20T18:00:00+00:00",
))

# a06: building neighbours' group.
B.append(benign(
    "b8c_b06_tg_group_neighbours_building", "telegram", "group", "Alder Court residents", "",
    [adult("a", "Flat 3 - Mo"), adult("b", "Jenny (flat 7)"), adult("c", "Pete F5"),
     adult("d", "Agnieszka 2B", days_in=3), adult("e", "Lorraine")],
    """
b: Is anyone home? I've got a parcel for flat 3 that came to me
a +5: That's me! I'm in from 6, I'll knock
b: No rush 🙂
d: Hello everyone, I moved into 2B on Saturday. I'm Agnieszka, nice to meet you all
e: Welcome to the building! Where did you move from?
d: From Gdańsk originally, but the last 3 years in Manchester
c: Welcome. Bins go out on Tuesday night, the green one is recycling
d: Thank you, very helpful
e: Has anyone seen the ginger cat on the stairs again? 📷
a: That's Mango from number 12 I think, he just wanders in
b: Mango is the building's unofficial manager
d: Haha he visited me yesterday, I thought he was lost
c: If anyone needs a hand with furniture I'm around this weekend, just message me. My number is 07700 900 205
d: That's kind, I have a wardrobe still in pieces 😅
c: Saturday morning? I'll bring my drill
d: Perfect, flat 2B, any time after 10
e: The residents' meeting is on the 12th in the lobby, tea and biscuits
b: Are kids welcome? My two will riot if I leave them
e: Of course, bring them
""",
    tactics=["is anyone home", "where did you move from", "cat picture", "phone number", "come to my flat"],
    notes="Neighbours' group: a new resident introduces herself, 'is anyone home', a cat photo, a neighbour "
          "shares his number and offers to come over to build her wardrobe.",
    start="2026-10-03T16:30:00+00:00",
))

# a07: running club DM; 'what do you wear', age categories, meet at 7am.
B.append(benign(
    "b8c_b07_dc_dm_running_club_newbie", "discord", "dm", "Direct Messages", "coach_debs",
    [adult("a", "Debs", account=2000, username="coach_debs"),
     adult("b", "Marcus", account=60, username="marcus_runs")],
    """
a: Hi Marcus, Debs here, I run the beginners' group at Riverside Runners. Saw your intro post
b +30: Hi Debs! Yes, I'm trying to get back into running after a few years off
a: Great stuff. For the parkrun age categories, can I ask how old you are? We log it on the club sheet
b: 42, so VM40 I think
a: Yep VM40-44. What distance are you comfortable with right now?
b: 5k but slowly, like 32 minutes
a: That's absolutely fine, the group does 5k at 7:30 min/km
b: What do people wear this time of year? I only have summer kit
a: Layers! Long sleeve base, light jacket, gloves. Tights if you feel the cold
b: Tights, brave 😂
a: You'll thank me in January. And something bright or reflective, the river path is dark
b: Noted. Where do you meet?
a: Thursday 7am, outside the boathouse cafe. Look for the yellow flag
b: I'll be there
a: If you want I can add you to the club WhatsApp, it's where we post cancellations. What's your number?
b: 07700 900 634
a: Added. See you Thursday!
b +2d: Hi Debs, running 5 min late, parking is a nightmare
a: No problem, we'll wait by the flag
""",
    tactics=["how old are you", "what do people wear", "meet at 7am", "what's your number", "WhatsApp group"],
    notes="Adult running club: the coach asks a 42-year-old newcomer's age for age categories, what to wear, a "
          "meeting point and his number for the WhatsApp group.",
    start="2026-11-04T09:00:00+00:00",
))

# a08: adult photographer and adult model arrange a TFP shoot.
B.append(benign(
    "b8c_b08_tg_dm_photographer_tfp_adults", "telegram", "dm", "", "",
    [adult("p", "Noor | photography"), adult("m", "Danielle")],
    """
p: Hi Danielle, Noor here from the Leeds Creatives group. I loved your portfolio shots from the vintage market
m +1h: Oh thank you! Those were with my friend, we were just messing about
p: They're great. I'm building my portfolio for editorial work and looking for models for a TFP shoot, would you be interested?
m: TFP = time for prints, right? I've done a couple
p: Exactly, no payment either side, you get all the edited images
p: Just to check, you're over 18? I only shoot adults for TFP, I need to see ID on the day
m: Haha yes, 26. I'll bring my driving licence
p: Perfect. The concept is 70s autumn, corduroy, warm tones, golden hour at Roundhay Park
m: Love that. What should I bring to wear?
p: Earthy colours, anything flared, a big coat if you have one. I'll bring some props and a stylist friend
m: I have an amazing brown suede jacket
p: Yes!! Could you send a quick pic of it so I can plan the palette?
m: Just sent it, sorry the light's bad
p: Perfect, that's the vibe
m: Is it ok if my boyfriend comes along? He'll just sit with a coffee
p: Of course, I always say bring someone you're comfortable with
p: I'll send a model release form beforehand, standard stuff, you keep a copy
m: Great. Sunday the 19th?
p: Sunday 19th, 3:30pm at the Mansion entrance. My number's 07700 900 118 in case you can't find me
m: Saved, see you then!
""",
    tactics=["you could model", "photoshoot", "send a pic", "age check", "meeting", "phone number"],
    notes="Modelling look-alike between adults: a photographer invites a 26-year-old to a TFP shoot, checks she "
          "is over 18 with ID, asks for a pic of a jacket, boyfriend welcome, release form, meeting and number.",
    start="2026-10-01T11:00:00+00:00",
))

# a09: two gamer dads plan a late session.
B.append(benign(
    "b8c_b09_dc_dm_gamer_dads_latenight", "discord", "dm", "Direct Messages", "bigdaveuk",
    [adult("a", "bigdaveuk", account=3000), adult("b", "Ranjit", account=2200, username="ranj_tank")],
    """
a: you on tonight? raid reset
b +20: maybe after 10, kids have been feral today
a: lol mine too. school holidays are a war crime
b: how old are yours again
a: 6 and 9. yours?
b: 4 and a baby, so sleep is a myth
a: 😂 respect
b: you alone tonight or is your wife watching the telly in the same room again
a: she's at her sister's till sunday so I can actually use voice without whispering
b: luxury
a: add me on steam as well, the discord overlay keeps crashing. it's bigdave_uk
b: sent request
a: also whats your whatsapp, easier to ping you when the group forms
b: +44 7700 900 927
a: cheers, sent you a msg
b: got it
a: we still on for the pub quiz thing next month? the one in Digbeth
b: yeah, I'll meet you at the station, last time I got lost for 40 min
a: haha classic
b +3h: ok kids asleep, jumping on
a: inviting you now
""",
    tactics=["how old are yours", "are you alone tonight", "add me on steam", "whats your whatsapp",
             "meet at the station"],
    notes="Two fathers who game together: children's ages, 'you alone tonight' (wife away), Steam and WhatsApp "
          "swap, meeting at a station for a pub quiz.",
    start="2026-08-12T19:30:00+00:00",
))

# a10: two adults from a dating app, flirty and non-explicit, late at night.
B.append(benign(
    "b8c_b10_tg_dm_dating_adults_late", "telegram", "dm", "", "",
    [adult("a", "Leon"), adult("b", "Sasha")],
    """
a: So how was your first day at the new job?
b +10: Exhausting but good! Everyone's nice, and the coffee machine is fancy
a: The two most important things
b: Exactly. How was your shift?
a: Busy. Someone sent back a steak three times
b: Chef life 😂
a: Anyway, I'm finally home, in bed already and it's not even 11, I'm 35 going on 70
b: Haha I'm in bed too, with a face mask on, very glamorous
a: Send proof 😂
b: Absolutely not, I look like a swamp creature
a: You'd still be cute
b: Smooth. You're lucky you're cute too
a: 😏 So are we still on for Saturday?
b: Yes! What's the plan
a: Food market in the afternoon then maybe the comedy club? My friend is doing a set
b: Love that. What are you wearing, so I know how fancy to go?
a: Jeans and the one shirt I own that doesn't have flour on it
b: Perfect, jeans it is
a: I can pick you up, it's on my way
b: That'd be great. I'm at 22 Wexford Street, the blue door
a: Got it. 2pm?
b: 2pm. Night Leon 😊
a: Night 😴
""",
    tactics=["in bed", "you're cute", "send proof", "what are you wearing", "pick you up", "address"],
    notes="Adults dating (he says he's 35; new job, chef): both in bed, 'you'd still be cute', 'what are you "
          "wearing' for a date, a pick-up and her address. Flirty, non-explicit.",
    start="2026-02-26T22:40:00+00:00",
))

# a11: knitting server new member (a grandmother) looking for locals.
B.append(benign(
    "b8c_b11_dc_group_knitting_newmember", "discord", "group", "Yarn Over Everything", "introductions",
    [adult("n", "Marjorie", "New Member", days_in=0.5, account=2), adult("a", "purlgirl", "Member"),
     adult("b", "Knit Nick", "Member"), adult("c", "Bea (mod)", "Moderator")],
    """
n: Hello! My granddaughter set this up for me. I'm Marjorie, 68, from Dayton Ohio. I've knitted since I was 12
c +10: Welcome Marjorie! Your granddaughter did good 😄
a: Welcome!! What are you working on right now?
n: A cabled blanket for my grandson's 13th birthday. It's taking forever
b: Cables are worth it. Post a pic when you can!
n: Here is where I'm at 📷
a: Oh my goodness that's gorgeous
b: Those cables are so even 😍
n: Thank you dears. Is anyone else near Dayton? I'd love a knitting group to meet in person
a: I'm in Cincinnati, about an hour. There's a yarn shop meetup on Wednesdays in Kettering I think
n: Oh I'll look that up
c: We have a #meetups channel, people post local groups there. Please don't share home addresses in public channels though
n: Of course, thank you
b: Show us your yarn stash sometime, it's tradition here
n: My husband says it's a fire hazard 😂
""",
    tactics=["age stated", "where are you from", "post a pic", "meet in person", "new member"],
    notes="A 68-year-old newcomer in a knitting server gives her age and town, posts her project, asks to meet "
          "locals; a mod reminds not to post home addresses.",
    start="2026-11-18T15:00:00+00:00",
))

# a12: hospitality exchange between adult travellers.
B.append(benign(
    "b8c_b12_tg_dm_couchsurf_host", "telegram", "dm", "", "",
    [adult("h", "Tomás"), adult("g", "Ingrid")],
    """
g: Hi Tomás, Ingrid here, we matched on the hospitality exchange site. Thank you for accepting my request!
h +25: Hi Ingrid! Of course, happy to host. You arrive on the 14th, right?
g: Yes, the train gets to Porto São Bento at 18:40
h: I can pick you up at the station, my flat is a bit hard to find the first time
g: That would be amazing, thank you
h: Where are you travelling from?
g: Oslo, then Madrid, now Portugal. Three weeks of trains, I'm 29 and finally doing my interrail trip
h: Haha better late than never, I did mine at 30
g: What should I bring? I always feel bad arriving empty handed
h: Nothing! Maybe Norwegian chocolate if you insist 😄
g: Deal
h: My address is Rua do Almada 212, 3rd floor, in case we miss each other. My number +351 555 010 442
g: Saved! My Norwegian number works here, +47 555 01 873
h: Do you like dogs? I have a big old greyhound
g: I LOVE dogs. Send a pic?
h: Sent! This is Bolota. She will lie on your feet
g: I'm already in love
h: Great. See you on the 14th, I'll wait by the blue tiles
""",
    tactics=["pick you up at the station", "where are you from", "address", "phone numbers", "send a pic"],
    notes="Adult travellers on a hospitality site: a station pick-up, ages (29, 30), the host's address and "
          "number, dog photo.",
    start="2026-06-02T10:00:00+00:00",
))

# a13 (es): language exchange between adults, WhatsApp and video call.
B.append(benign(
    "b8c_b13_es_tg_dm_intercambio_adultos", "telegram", "dm", "", "",
    [adult("a", "Lucía"), adult("b", "Daniel")],
    """
b: Hola Lucía! Soy Daniel, del grupo de intercambio de idiomas. Busco practicar español y puedo ayudarte con inglés
a +30: Hola Daniel! Genial, me viene fenomenal. ¿De dónde eres?
b: De Toronto. Trabajo en un hospital, soy enfermero. ¿Y tú?
a: De Valencia. Soy arquitecta, 32 años, y necesito el inglés para un máster
b: Qué bien. Yo tengo 36, llevo dos años estudiando español
a: Se nota, escribes muy bien
b: Gracias! Hablar es más difícil
a: ¿Hacemos una videollamada el sábado? Así practicamos los dos
b: Sí, perfecto. ¿Por WhatsApp o Zoom?
a: WhatsApp mejor, te paso mi número: +34 555 01 22 87
b: Guardado. Te escribo para que tengas el mío
a: Recibido 👍
b: ¿A qué hora te va bien? Aquí son 6 horas menos
a: ¿Las 17 mías, 11 tuyas?
b: Perfecto
a: Por cierto, mi perro suele ladrar en las llamadas, pido perdón por adelantado 😂
b: Jaja mándame una foto del culpable
a: Ahí va 📷 Este es Rufo
b: Rufo tiene cara de ser el jefe de la casa
a: Lo es totalmente
b +3d: Gracias por la llamada, me ayudaste mucho con el subjuntivo
a: ¡Y tú con la pronunciación! El sábado que viene a la misma hora?
b: Claro. Y si vengo a Valencia en verano, te invito a una horchata
a: Trato hecho
""",
    tactics=["¿de dónde eres?", "edad", "videollamada", "pasar el número de WhatsApp", "foto del perro",
             "quedar en persona"],
    language="es",
    notes="Intercambio de idiomas entre adultos (32 y 36, arquitecta y enfermero): edades, origen, videollamada "
          "por WhatsApp, números, foto del perro, quedar algún día.",
    start="2026-02-04T18:00:00+00:00",
))

# a14 (de): neighbourhood group, selling a pram between adults.
B.append(benign(
    "b8c_b14_de_tg_group_kinderwagen_verkauf", "telegram", "group", "Nachbarschaft Südstadt – Verschenken & Verkaufen", "",
    [adult("a", "Katrin M."), adult("b", "Yusuf"), adult("c", "Heike", days_in=4), adult("d", "Admin Jörg")],
    """
a: Verkaufe unseren Kinderwagen (Bugaboo, 3 Jahre alt), 180€ VB. Fotos folgen
a: Hier die Fotos 📷 📷
b +20: Hallo, ist der noch zu haben? Unsere Tochter kommt im März 😊
a: Ja, noch da! Glückwunsch!
b: Danke! Kannst du noch ein Foto vom Verdeck von innen schicken?
a: Klar, hab's geschickt
b: Sieht top aus. Wann könnte ich vorbeikommen?
a: Heute ab 18 Uhr bin ich zuhause. Schreib mir privat, dann schick ich dir die Adresse
b: Mache ich
c: Hallo zusammen, bin neu in der Gruppe. Wir sind letzte Woche in die Hegelstraße gezogen. Hat jemand noch einen Hochstuhl übrig?
d: Willkommen Heike! Schau mal in die angepinnte Liste, da stehen ein paar Sachen
c: Danke!
a: @Heike wir haben noch einen Tripp Trapp im Keller, den kannst du geschenkt haben
c: Oh wie lieb! Wann passt es dir?
a: Komm einfach mit, wenn Yusuf den Kinderwagen abholt, so gegen 18:30
c: Super, danke! Wie alt ist dein Kleiner jetzt?
a: Gerade 4 geworden, deshalb fliegt alles raus 😅
""",
    tactics=["Fotos schicken", "vorbeikommen", "schreib mir privat", "Adresse", "wie alt ist dein Kleiner"],
    language="de",
    notes="Erwachsene in einer Nachbarschaftsgruppe: Kinderwagen-Verkauf mit Fotos, 'schreib mir privat, dann "
          "schick ich dir die Adresse', eine neue Nachbarin bekommt einen Hochstuhl; Alter des Kindes.",
    start="2026-01-20T12:00:00+00:00",
))

# a15 (fr): festival carpool between adults.
B.append(benign(
    "b8c_b15_fr_dc_dm_covoiturage_festival", "discord", "dm", "Direct Messages", "manon.roule",
    [adult("a", "Manon", account=1100, username="manon.roule"), adult("b", "Karim", account=1800, username="karim_b")],
    """
b: Salut Manon, c'est Karim du serveur Vieilles Charrues. Tu as encore une place dans ta voiture depuis Rennes ?
a +15: Salut ! Oui il me reste une place, départ jeudi 9h
b: Top ! C'est combien la participation ?
a: 15€ l'aller, ça couvre l'essence et le péage
b: Parfait. Tu as quel âge au fait ? Mon assurance demande parfois, je sais c'est bizarre
a: Haha 28. Et toi ?
b: 31. Bon, pas de souci alors
a: Tu es où à Rennes ? Je peux passer te prendre
b: Vers la gare, rue de l'Alma
a: Ça marche, je passe te prendre devant la gare à 8h50
b: Génial. Envoie-moi ton numéro au cas où
a: 06 55 50 12 34
b: Je t'ai envoyé un texto 👍
a: Reçu. On sera 4 : moi, ma coloc, son copain et toi
b: Parfait. Je ramène des crêpes pour la route
a: Tu es officiellement mon passager préféré 😄
b: Haha. Tu as une photo de la voiture pour que je la repère ?
a: Clio grise, autocollant de festival sur la vitre arrière, tu peux pas la rater, je t'envoie la photo
b: Vu ! À jeudi
""",
    tactics=["tu as quel âge", "passer te prendre", "envoie-moi ton numéro", "photo"],
    language="fr",
    notes="Covoiturage entre adultes vers un festival : âges (28, 31), 'je passe te prendre', numéros, photo de "
          "la voiture.",
    start="2026-07-08T10:00:00+00:00",
))

# a16 (ru): two adults from a dating app.
B.append(benign(
    "b8c_b16_ru_tg_dm_znakomstvo_vzroslye", "telegram", "dm", "", "",
    [adult("a", "Ольга"), adult("b", "Сергей")],
    """
b: Привет, Ольга! Это Сергей из приложения, решил написать сюда, там всё глючит
a +20: Привет) да, там постоянно выкидывает
b: Как прошёл день?
a: Нормально, много отчётов. Я бухгалтер, конец квартала
b: Сочувствую) я программист, у меня релиз, тоже весело
a: А сколько тебе лет? В анкете не было
b: 34. А тебе 30, если анкета не врёт?
a: Не врёт) 30
b: Откуда ты? По фото похоже на Питер
a: Да, Питер, но родилась в Мурманске
b: Я из Новосибирска, переехал пять лет назад
a: Скинь фото собаки, которая была у тебя в анкете, она прекрасна
b: Отправил 📷 Это Байкал, ему 6 лет, хаски
a: Какой красавец
b: Он знает 😄
b +1h: Слушай, может встретимся в субботу? Кофе на Петроградке
a: Давай. Во сколько?
b: В 15:00, кофейня у Чкаловской?
a: Хорошо. Кинь свой номер на всякий случай
b: +7 555 012-34-56
a: Сохранила. Только подруге не говори, что я так быстро согласилась 😂
b: Могила 🤐
""",
    tactics=["сколько тебе лет", "откуда ты", "скинь фото", "встретимся", "номер телефона", "не говори"],
    language="ru",
    notes="Взрослые из приложения знакомств (30 и 34, бухгалтер и программист): возраст, откуда, фото собаки, "
          "встреча в субботу, номер, шутливое 'не говори подруге'.",
    start="2026-04-09T19:00:00+00:00",
))

# a17 (pt): second-hand sale between adults, WhatsApp and pick-up.
B.append(benign(
    "b8c_b17_pt_tg_dm_venda_olx", "telegram", "dm", "", "",
    [adult("a", "Rogério"), adult("b", "Fernanda")],
    """
b: Boa tarde! Vi seu anúncio da cadeira gamer, ainda está disponível?
a +10: Boa tarde, está sim
b: Pode me mandar mais fotos? Principalmente do assento
a: Claro, mandei mais duas
b: Tem quanto tempo de uso?
a: Uns 2 anos. Era do meu filho, ele foi estudar fora e não levou
b: Entendi. Faz por 400?
a: Faço por 450 e te ajudo a colocar no carro
b: Fechado. Posso buscar aí amanhã de manhã?
a: Pode. Me passa seu zap que te mando o endereço
b: (21) 95555-0317
a: Mandei lá. É no Méier, perto da estação
b: Recebi! Chego umas 10h
a: Beleza, qualquer coisa me liga
""",
    tactics=["manda mais fotos", "quanto tempo de uso", "me passa seu zap", "posso buscar aí", "endereço"],
    language="pt",
    notes="Venda de cadeira usada entre adultos: fotos, tempo de uso, WhatsApp, endereço e retirada.",
    start="2026-03-17T15:00:00+00:00",
))

# a18 (it): cycling group, two adults.
B.append(benign(
    "b8c_b18_it_tg_dm_ciclismo_adulti", "telegram", "dm", "", "",
    [adult("a", "Paolo"), adult("b", "Stefano")],
    """
b: Ciao Paolo, sono Stefano, mi sono appena iscritto al gruppo del giro della domenica
a +30: Ciao Stefano, benvenuto! Che bici hai?
b: Una Bianchi da strada, niente di che. Quanti anni hanno di solito quelli del gruppo? Non vorrei essere il più lento 😅
a: Dai 30 ai 65 più o meno. Io ne ho 47 e sono a metà classifica
b: Io 41, vado bene allora
a: Di dove sei?
b: Di Modena, ma lavoro a Bologna
a: Perfetto. Ci vediamo domenica alle 8 al bar della stazione di Casalecchio?
b: Va bene. Mi mandi il tuo numero? Se piove non so come avvisare
a: Certo, 333 555 0187. Ti aggiungo anche al gruppo WhatsApp
b: Grazie! Ti mando una foto della bici così mi riconosci
a: Ah la celeste classica, bella
b: Ha 15 anni ma va ancora
""",
    tactics=["quanti anni", "di dove sei", "ci vediamo domenica", "mandami il numero", "gruppo WhatsApp", "foto"],
    language="it",
    notes="Adulti di un gruppo di ciclismo: età (41, 47), provenienza, ritrovo domenica, numero e WhatsApp, foto "
          "della bici ('ha 15 anni').",
    start="2026-05-08T09:00:00+00:00",
))

# a19 (nl): adult board game club, 18+, new member.
B.append(benign(
    "b8c_b19_nl_dc_dm_bordspelclub", "discord", "dm", "Direct Messages", "sanne_speelt",
    [adult("a", "Sanne", account=1500, username="sanne_speelt"), adult("b", "Joris", account=30, username="jorisdb")],
    """
a: Hoi Joris, welkom bij Spelavond Utrecht! Ik doe de aanmeldingen
b +10: Hoi! Dank je. Ik zag dat jullie op donderdag spelen?
a: Klopt, in café De Dobbelsteen. We zijn een 18+ club ivm het café, dus even checken: hoe oud ben je?
b: 29, dus geen probleem 😄
a: Top. Waar kom je vandaan?
b: Oorspronkelijk uit Groningen, sinds kort in Utrecht voor werk
a: Leuk! Welke spellen speel je graag?
b: Vooral Catan en Wingspan, maar ik wil meer zware spellen leren
a: Dan moet je bij de tafel van Ruud zitten, die legt alles uit
b: Perfect
a: Mag ik je nummer voor de app-groep? Daar zetten we wie wat meeneemt
b: Tuurlijk, 06 5550 1294
a: Toegevoegd. Donderdag 19:30, ik sta bij de deur
b: Tot donderdag!
""",
    tactics=["hoe oud ben je", "waar kom je vandaan", "nummer voor de app-groep", "afspraak"],
    language="nl",
    notes="Nieuw lid van een 18+ bordspelclub: leeftijd (29) gecontroleerd, herkomst, nummer voor de app-groep, "
          "afspraak in het café.",
    start="2026-09-15T20:00:00+00:00",
))

# a20 (pl): adults sharing a ride to a concert.
B.append(benign(
    "b8c_b20_pl_tg_group_koncert_dojazd", "telegram", "group", "Koncert Open'er – wspólny dojazd", "",
    [adult("a", "Marta K."), adult("b", "Bartek"), adult("c", "Ola z Torunia", days_in=2), adult("d", "Kamil")],
    """
a: Jadę z Warszawy w piątek o 7, mam 2 wolne miejsca
c: Cześć, jestem nowa w grupie. Mogę się zabrać? Mieszkam koło Dworca Centralnego
a: Jasne! Podjadę po ciebie pod dworzec
c: Super, dzięki! Ile za paliwo?
a: 50 zł od osoby
b: A ja mogę z Torunia? Ola, ty też z Torunia?
c: Tak, ale teraz w Warszawie na studiach, mam 24 lata i mieszkam w akademiku
d: Bartek, ja jadę z Torunia, weźmę cię
b: Dzięki stary
a: Ola, podaj mi numer, wrzucę cię do grupy na WhatsAppie
c: 555 012 349
a: Dodałam 🙂
d: Gdzie się spotykamy na miejscu? Zasięg tam zawsze pada
a: Przy głównej bramie, pod wieżą z flagami, o 16
c: Pasuje! Wyślę zdjęcie jak będę na miejscu
""",
    tactics=["podjadę po ciebie", "ile masz lat", "podaj numer", "WhatsApp", "spotkanie", "nowa w grupie"],
    language="pl",
    notes="Dorośli organizują wspólny dojazd na festiwal: nowa członkini (24, studentka), odbiór spod dworca, "
          "numer do grupy WhatsApp, miejsce spotkania.",
    start="2026-06-25T18:00:00+00:00",
))

# a21: long mentoring chat between a senior illustrator (46) and a 23-year-old graduate, over a week.
# Deliberately the shape of a mentor approach: praise, "more mature than most", a video call, WhatsApp,
# meeting at a fair, but both are adults with jobs, degrees and partners.
B.append(benign(
    "b8c_b48_tg_dm_mentor_graduate_long", "telegram", "dm", "", "",
    [adult("s", "Graham Pike"), adult("k", "Ama Owusu")],
    """
s: Hi Ama, Graham here from the Illustrators' Network chat. I hope it's alright to message directly
s: I wanted to say your graduate show piece, the market scene, really stood out. The colour work especially
k +2h: Hi Graham! Wow, thank you, that means a lot. I've followed your book covers for years
s: Ha, that makes me feel old. How long since you graduated?
k: Last June. BA Illustration at Falmouth, I'm 23 and currently doing freelance plus shifts at a cafe 😅
s: The classic combination. I did bar work until I was nearly 30
k: That's weirdly reassuring
s: Are you looking for feedback on the portfolio, or more on the business side?
k: Both honestly. I don't know how to price anything
s: OK. Pricing first: never quote per hour for editorial, quote per use. What did you charge for the last job?
k: £80 for a magazine spot illustration
s: That's too low. £150-250 is normal for a spot in a national
k: Oh no 😭
s: Everyone does it once. Don't worry
s +1d: Morning. I looked at your site last night. Can I be honest?
k +40: Please!
s: Lead with the market scene and the two book covers. The character sheets are good but they make it look like you want games work
k: That's fair, I don't really want games work
s: Then cut them. A portfolio is as much about what you leave out
k: Done already 😂
s: You take feedback well. More maturely than a lot of people twice your age, honestly
k: Ha, I had harsh tutors
s +2d: How did the edit go?
k +3h: Sent it to two art directors yesterday! One replied already
s: That's brilliant
k: She wants a video call next week to talk about a series. I'm terrified
s: You'll be fine. If it helps, we could do a practice call first? I can play the grumpy art director
k: Yes please, that would help so much
s: Thursday 6pm? Zoom or WhatsApp video, whichever you prefer
k: WhatsApp is easiest, my number is 07700 900 587
s: Saved. Mine's 07700 900 213
k: Got it 👍
s +2d: That went really well. You just need to stop apologising for your work 😄
k +1h: I know, I know. Thank you so much for giving up your evening
s: My pleasure. My wife says hi, she overheard and thinks you're going places
k: Aw, tell her thank you!
s: Are you going to the Bologna Children's Book Fair in April? A few of us from the network go every year
k: I was thinking about it but it's expensive
s: There's a bursary through the Association, deadline is Friday. I'll send you the link
k: Oh amazing
s: If you go, come find our stand on day two, we always do a portfolio review table. Bring printed samples
k: I will! Thank you Graham, genuinely
""",
    tactics=["mentor approach", "flattery (more mature than people twice your age)", "age", "video call",
             "phone numbers", "WhatsApp", "meeting at a fair"],
    notes="Long mirror of a mentor-style approach between adults over a week: a 46-year-old illustrator (married) "
          "and a 23-year-old graduate: praise, 'more mature than people twice your age', a practice video call, "
          "WhatsApp numbers, meeting at a book fair.",
    start="2026-01-06T10:00:00+00:00",
))

# a22: two young adults (19 and 21) who met in a game, flirting and planning to meet at a convention.
B.append(benign(
    "b8c_b49_dc_dm_young_adults_gamers_flirt", "discord", "dm", "Direct Messages", "noodlequeen",
    [adult("a", "noodlequeen", account=1300, username="noodlequeen"),
     adult("b", "Kestrel", account=1700, username="kestrel_rl")],
    """
b: gg last night, that save at the end was insane
a +10: lmao thanks, pure luck tbh
b: didnt look like luck
a: ok maybe 10% skill
b: how long have u played
a: since like 2020, lockdown brain. u?
b: same era. i was in my first year of uni and had nothing else to do
a: wait how old are u
b: 21, third year now. u?
a: 19, first year at leeds. bio
b: nice, im at york doing physics
a: nerd 😂
b: says the biologist
a: fair
b: u going to insomnia in march? a bunch of us from the server are
a: was thinking about it! my flatmate wants to go too
b: we should meet up there, ill buy u a (very overpriced) drink
a: lol deal. only if u admit the save was skill
b: it was skill
a: 😌
b: add me on snap? discord notifications never work for me
a: noodlequeen.x
b: added 👍 send a selfie so i know who to look for lol
a: u first
b: fair. sent
a: ok ur cute, annoyingly
b: 😏 ur turn
a: sent, dont judge the hair
b: hair is great. see u in march then
a: see u there
""",
    tactics=["how old are u", "we should meet up", "add me on snap", "send a selfie", "ur cute", "buy u a drink"],
    notes="Two young adults (19 and 21, both at university) who play together flirt, swap Snapchat and selfies "
          "and plan to meet at a gaming festival with friends.",
    start="2026-02-14T13:00:00+00:00",
))
