#!/usr/bin/env python3
"""Blind batch 4, Part A: single messages for Lookout.  Stdlib only.

Rows are written in a tiny line notation, one row per line:
  risky  : cats|age|ev|text      cats = comma list of short codes, age = int or empty,
                                 ev = comma list of manual evasion codes (or empty)
  benign : kind|age|text         kind = look-alike kind
Separator evasion is written as markup and expanded at build time:
  {zw:word} U+200B  {zc:word} U+200C  {zj:word} U+200D  {wj:word} U+2060
  {bi:word} bidi isolates U+2066-2069  {tg:word} tag chars U+E0020-E007F
  {vs:word} variation selectors U+FE00-FE0F  {dt:word} dots  {ds:word} dashes  {us:word} underscores
Run: python3 rows.py   -> writes messages.jsonl next to this file.
"""
import json
import os
import re

CATS = {
    "ap": "age_probe", "fl": "flattery", "is": "isolation", "se": "secrecy",
    "pi": "personal_info", "pm": "platform_move", "ph": "photo_request", "gi": "gift_offer",
    "me": "meeting", "mo": "modeling_lure", "sx": "sextortion", "st": "sexual_talk",
}
EV_MANUAL = {
    "lt": "leet_app_name", "da": "described_app", "em": "emoji_cue", "sh": "shorthand",
    "pn": "phonetic_misspelling", "cs": "contact_shape",
}
EV_MARKUP = {
    "zw": "sep_zero_width", "zc": "sep_zero_width", "zj": "sep_zero_width", "wj": "sep_zero_width",
    "bi": "sep_bidi_isolate", "tg": "sep_tag_chars", "vs": "sep_variation_selector",
    "dt": "sep_punct", "ds": "sep_punct", "us": "sep_punct",
}
MARK = re.compile(r"\{(zw|zc|zj|wj|bi|tg|vs|dt|ds|us):([^}]*)\}")


def _sep(kind, i):
    if kind == "zw":
        return "\u200b"
    if kind == "zc":
        return "\u200c"
    if kind == "zj":
        return "\u200d"
    if kind == "wj":
        return "\u2060"
    if kind == "bi":
        return chr(0x2066 + i % 4)
    if kind == "tg":
        return chr(0xE0020 + (i * 11) % 96)
    if kind == "vs":
        return chr(0xFE00 + i % 16)
    return {"dt": ".", "ds": "-", "us": "_"}[kind]


def expand(text):
    found = []

    def rep(m):
        kind, word = m.group(1), m.group(2)
        found.append(EV_MARKUP[kind])
        out = []
        for i, ch in enumerate(word):
            if i:
                out.append(_sep(kind, i - 1))
            out.append(ch)
        return "".join(out)

    return MARK.sub(rep, text), found


RISKY = {}
BENIGN = {}

RISKY["en"] = r"""
ap,is|||r u home by urself rn
is|||do u sleep in ur own room or do u share w ur sister
st|||wat r u wearing rn
st,ap|||u ever had a bf? ur like 13 right
ap|||hold on how old r u actually, u type like ur older
fl,ap|||ur 13?? no way u act way more mature than the 17 yr olds i know
fl|||ur honestly not like other kids ur age, u actually get stuff
is|||ur parents dont really listen to u huh. i do tho
is,se|||people wouldnt understand what we have so lets keep it between us ok
se|||delete our chat after u read this ok? just to be safe
se|||dont tell ur mom we talk, she'd freak out over nothing
pm|||discord is so laggy lately, u got snap?
pm||da|add me on the yellow ghost app its easier to talk there
pm||lt|hmu on sn4pch@t same name as here
pm||cs|my snap is jay dot rider dot 09 add me there
ph|||send a pic so i know ur real
ph,st|||can u send a pic of ur outfit today
ph|||hop on facetime real quick? just wanna see ur face
gi,ph|||ill get u 800 robux if u send me a selfie
gi|||want nitro? ill gift it no catch. well maybe one tiny favor lol
me,is|||when does ur mom work late? i could come get u
me,se|||theres a mall near u right, we could meet up and nobody has to know
me|||ill pay for ur bus ticket just come see me this weekend
mo,ph|||i shoot for a teen clothing brand and u have the look. send me a few full length pics
mo,se|||ever thought about modeling? i can get u signed but keep it private for now
sx|||i still have the pics. would be a shame if ur mom saw them
sx|||answer me or everyone at ur school gets a surprise tmrw
sx,ph|||u know what happens if u block me. send one more and we're done i promise
st|||u ever kissed anyone?
st,is|||r u in bed already? wat do u sleep in
st,fl|||u have a really nice body for 13 honestly
st|||if u were a bit older ud 100% be my gf
is|||who checks ur phone? like does ur mom go thru it
is|||is ur door locked? can anyone walk in rn
pi|||what street u live on? just curious if ur near me
pi,pm|||whats ur full name so i can find u on insta
pi|||gimme ur number so we can text instead of this
pi,me|||what time does ur school let out and which gate do u come out of
ap|||what grade r u in? 7th?
ap||sh|asl?
ap||sh|a s l lol
ap||sh|age/sex/loc pls dont be shy
ap|24||im 24 btw does that bother u? how old r u again
ap,pi|||wat school u go to? i might know ppl there
ap||sh|wru and how old, quick
is||sh|u alone? parents out?
is|||bet ur parents are asleep by now huh
is,fl|||u can tell me anything, ur friends r too immature to get u anyway
is|||nobody gets u like i do. not ur mom not ur friends
se|||this stays between us ok? pinky promise
se,is|||if ur mom asks who ur texting just say its a friend from school
se||em|🤫🤐 ok? our thing
se|||turn off ur message previews so nobody sees my name pop up
se|||use the hidden folder for our pics so ur sister doesnt find them
se,ph|||send it and then delete it right after, then its like it never happened
pm|||lets go to dms this server has too many ppl
pm|||i made a private channel just for us, accept the invite
pm|||telegram is safer, nobody can see the chats there. u have it?
pm||lt|add me on wh@ts4pp its better for calls
pm||lt|my 1nstagr@m is the same as my user, follow back
pm||da|do u have the app with the green phone icon? ill send u my number
pm||da|get the purple camera one and follow me there
pm||da|the blue paper plane app, u got it? msg me there
pm||cs|text me five five five two one nine eight ok
pm||cs|my num is 555 o1o 44o7 text me when ur free
pm||cs|my tg is @moonlit_kai dm me there instead
pm,se||em|👻❓ its more private
ph||em|📸➡️📩 now pls
ph|||can u turn on ur cam for a sec
ph,st|||show me what ur wearing rn just a quick pic
ph|||send a selfie from ur room, i wanna see where u hang out
ph,st|||take a mirror pic for me, full body
ph||sh|pic?
ph,fl|||u look so pretty in ur pfp, send more like that
ph|||video call tonight? after ur parents go to bed
gi,ph||em|🎁↔️📸 deal?
gi|||i can send u a $50 gift card, just tell me which store
gi,se|||ill buy u that skin u wanted. dont tell anyone i got it for u tho
gi|||u want vbucks? i got extra, just gotta do something for me first
gi,me|||i'll buy u new shoes if u let me take u shopping saturday
gi,pi|||let me send u a present, whats ur address
gi|||ill pay ur phone bill if ur mom cuts u off, i got u
me||em|🚗📍 send it and ill be there in 20
me|||can u sneak out tonight? ill wait at the corner
me|||i'm in ur city next week for work. we should hang out just us
me,is|||come over after school, my place is chill and no one will bother us
me|||meet me at the park by ur school, i'll be in a grey car
me,pi|||which bus stop do u get off at
mo|||ur face is perfect for a shoot im doing, its paid
mo,ph|||my agency needs test shots. no makeup, just u in ur room
mo,me|||i can drive u to the studio myself, no need for ur parents to come
mo,gi|||modeling pays like 300 a shoot, easy money for someone who looks like u
mo,ph||pn|im a modle scout for real, send me sum pics in diffrent outfits
sx|||i saved everything u sent. remember that before u ignore me
sx|||i know ur school and i have the pics. ur choice
sx,ph|||if u dont send another one ill post the first one, simple
sx|||ur dad's on facebook right? he'd love to see what i have
sx,gi|||send me a 100 in gift cards or the pics go to ur whole class
sx||em|📤👨‍👩‍👧 if u stop replying
sx|||dont make me do something ur going to regret. just answer
st|||do u like anyone at school? have u done anything w them
st|||ur so cute i cant stop thinking about u
st,ph|||r u out of the shower yet? send a pic
st|||have u ever held hands w a boy? or more than that
st|||u wanna be my gf? we dont have to tell anyone
st,fl|||ur lips look so soft in that pic
st|||do u wear a bra yet
st,is|||r u in ur pjs? ur alone in ur room right
st,ap|||13 is old enough to date, dont let ur parents tell u otherwise
st|||wat color is ur underwear lol jk. unless
st||pn|r u stil in bed? wat r u wearin
st,fl|||ur body is developing nicely
st||sh|wyd rn? in bed? alone?
fl|||ur smarter than most adults i talk to tbh
fl,ap|||u dont seem 12 at all. u could pass for 16
fl|||ur really pretty, ur parents must get so overprotective huh
fl,is|||ur friends dont deserve u. i see how special u are
fl,gi|||ur my favorite person here, thats why i keep sending u stuff
pi|||wat town? i might be close
pi||pn|wat ur adres, ill send u sumthing
pi||pn|give me ur fone numba so i can call u
pi|||what's ur last name? i wanna look u up
pi,ph|||send me a pic of ur school uniform, which school is that logo
pi,is|||do u walk home alone? which way do u go
ap,st|||how old r u? ive always liked younger girls they're more honest
ap,pm|||13? cool. u got a phone of ur own? i'll text u
pm,ph|||add me on {zw:snapchat} and send a pic
pm|||add me on {zc:snapchat} same name
pm|||msg me on {zj:telegram} nobody reads it there
pm|||dm me on {wj:instagram} pls
pm,se|||add my {bi:snapchat} and keep it quiet
ph|||turn on ur {tg:webcam} for me
ph|||send a {vs:selfie} rn
pm|||move to {dt:whatsapp} its easier
pm|||add me on {ds:snapchat} same name
ph|||send me {us:pics} in ur room
is|||are u {zw:alone} rn
se|||{zc:delete} this chat after
se|||dont {zj:tell} ur {zj:parents}
me|||i can {wj:pick} u {wj:up} after school
sx|||i'll {bi:send} it to ur {bi:parents}
st|||wat r u {tg:wearing}
ph|||{vs:video} {vs:call} me tonight
gi,ph|||{dt:robux} for a {dt:pic}
ap|||how {ds:old} r u
mo|||u could be a {us:model} seriously
pi|||wats ur {zw:address}
st|||ever {zc:kissed} anyone?
sx|||i have {wj:ur} {wj:pics}
pm|||text me on {vs:whatsapp}
is,se|||{tg:dont} {tg:tell} {tg:ur} {tg:mom} ok
me|||lets {bi:meet} this weekend
ph,st|||send {dt:mirror} {dt:pic}
pm||lt|di$cord is dead, add me on tele$gram
pm||lt|ur s.n.a.p? mine is the same as here
pm,ph||pn|snapchap? send me a snap 👀
ap,fl|15||im 15 too so its not weird lol. u seem older than me tbh
ap,pm|16||im 16, u? we should talk on snap its way easier
ap,st|19||im 19 but age is just a number right? u ever dated someone older
is,se|22||im 22 and ur 13 so ppl would make it weird. thats why this stays here
mo|||my agency does {bi:photoshoots} for teens, ur perfect for it
pm|||add me on {tg:snapchat} its jay
sx|||{vs:everyone} will see it if u dont answer
me|||{bi:sneak} out tonight, ill wait down the street
ph,st|||send a {tg:pic} in ur {tg:pjs}
pm||cs,da|add me its kai underscore rides underscore 07 on the ghost app
gi,ph||em|💸➡️📸? i pay first if u want
mo||sh|modeling gig hmu, u got the look fr
pi,me||em|🏫📍? ill wait outside after
st||em|💋❓ u ever? be honest
ap,is||sh|hbu? u home alone or nah. how old again
"""

BENIGN["en"] = r"""
adult_dating|31|im 31, is that too old for u? ur profile says 29 haha
adult_dating||so are u home by urself tonight or is ur roommate around, thinking of cooking for u
adult_dating||what are you wearing to the wedding? i dont want us to clash lol
adult_dating||had such a nice time last night. text me when u get home safe
adult_dating||u still on the app or should we just swap numbers, mine is 555-0148
adult_dating||honestly you have the nicest smile, glad we finally met in person
adult_dating||ok third date, my place, i'll cook. bring nothing but yourself
adult_dating||my ex used to go through my phone so i'm a bit weird about that, just so u know
adult_dating||ever been to that rooftop bar on 5th? could meet there at 8
adult_flatshare||are you home alone this weekend? the plumber is coming sat 10am and someone needs to let him in
adult_flatshare||whos been eating my yogurt. this is a secret investigation. dont tell dave
adult_flatshare||landlord wants all our full names and phone numbers for the lease renewal, can u send yours
adult_flatshare||can u send a pic of the electric meter, they want a reading by friday
adult_work||new client's whatsapp is 555 0199, can you add him to the project group
adult_work||let's move this to a private channel, the budget numbers shouldn't be in #general
adult_work||please delete the draft i sent, wrong version, don't forward it to anyone
adult_work||hey, can you hop on a quick video call? screen share is easier than typing this out
adult_work||we're shooting the new catalogue friday, models arrive at 9, agency sent the call sheet
adult_work||hr needs a photo for your badge, just a selfie against a white wall is fine
adult_travel||landed! which exit do u want me at, ill be the one in the red jacket
adult_travel||what's your address again? uber needs the exact street number
adult_travel||ill pick u up at the station at 6, text me if the train is late
adult_travel||send me a pin of where ur parked, this airport is a maze
adult_strangers|42|42 here, from ohio, you? nice to meet another bird watcher
adult_strangers||how old is your dog? mine is 6 and still acts like a puppy
adult_strangers||send pics of the cat!! i need to see this chonk
adult_strangers||we should meet up at the next con, the fan meetup is saturday
parent_pickup||dad will pick you up after practice, wait inside the gym not outside
parent_pickup||sweetie grandma is getting you from school today, she'll be at the front gate at 3:15
parent_pickup||are u home? mom says dinner in 10, come down
parent_pickup||text me when you're at nadia's house. her mom said she'll drive you both back at 8
parent_pickup||which bus stop are you at? i'll swing by on my way from work
parent_pickup||did you lock the door when you got in? I'm home at 6, there's pasta in the fridge
parent_pickup||don't open the door for anyone while we're out, love you, back by 9
parent_pickup||honey who are you texting so late? go to sleep, school tomorrow
parent_pickup||uncle rob will take you and jake to the game, he'll pick you up at the house at noon
parent_general||send me a pic of the permission slip, i'll sign it digitally
parent_general||what size shoes are you now? i'm at the store
parent_general||can you send me a photo of what you're wearing? want to find you in the crowd at the concert
parent_general||aunt mel sent you $20 for your birthday, say thank you ok
party_address||hi! its maya's mom, send me your address so i can mail the party invitation 🎈
party_address||parents: drop-off is at 2, pickup at 5, address is 12 willow lane. call 555-0123 if lost
surprise_party||shhh dont tell mom about the cake!! its a surprise for sunday
surprise_party||delete this chat after u read it so dad doesnt see the party plans lol
surprise_party||our secret ok?? we're getting ms. lopez flowers on her last day
surprise_party||ok everyone act normal, she CANNOT find out. keep the group muted around her
surprise_party||bring ur gift and dont say anything, we surprise her at 4
sibling||bro where are u, mom's asking. r u home or at leo's
sibling||can u send me a pic of my charger, i think i left it in ur room
sibling||dont tell mom i broke the vase and ill do ur chores for a week
sibling||sis ur outfit is so cute today, where'd u get the skirt
sibling||lemme borrow ur switch, ill give u 200 robux
kids_socials|13|omg u have snap? mine is lila.bird13 add me
kids_socials|12|im 12 too!! we're in the same grade then
kids_socials|13|whats ur insta? i'll follow u, we met at camp right
kids_socials|14|add me on snap its tyson.k, everyone from 8B is on there
kids_socials||my new number is 555 0177 its jess from science class
kids_socials|13|how old r u? im turning 13 in march
kids_socials||asl lol jk its me emma, i changed my pfp
kids_socials||u alone at the library too? its lina, wanna call and do the homework together
kids_socials|12|i just got a phone!! finally. texting is easier than discord, here's my number 555 0160
kids_socials||we made a group chat for the class trip, want in?
kids_socials||lets move to dms the server is too loud, ur literally my best friend since 2nd grade lol
homework_photo||send a pic of the math homework pls, page 84
homework_photo||can u send me a photo of ur notes from today? i was sick
homework_photo||pic of question 5? i dont get what they want
homework_photo||show me ur poster when ur done, i wanna see how u did the title
homework_photo||facetime me and ill show u how i did the volcano model
practice_video||send me a video of u playing the scale, ill check ur fingering on the high notes
practice_video||coach wants everyone to film their free throw form and post it in the team channel by friday
practice_video||record urself reading the poem for the assignment, 2 min max
drawing_compliment||ur drawing is so good?? send me more pls
drawing_compliment||the eyes on this character look amazing, u have real talent
drawing_compliment||ur way more mature at art than anyone in our class lol
drawing_compliment||can u show me ur sketchbook at lunch?
game_friend_request||sent u a friend request on roblox, my name is blockyboi_22
game_friend_request||add me in fortnite, same name as here
game_friend_request||ur cracked at this game, wanna duo tonight
game_friend_request||accept my invite, the party is open
game_voice||bro turn on ur mic, we cant hear u
game_voice||who's alone in the lobby? join squad 2
game_voice||can u send me ur epic id so i can invite u
game_voice||hop in vc, we need a 5th for ranked
game_voice||turn ur cam on for the stream, chat wants to see the setup
game_voice||u still in bed? we said 10am for the raid
trading_skins||ill trade u my dragon skin for ur galaxy one, fair?
trading_skins||gave u 400 robux for ur bday, happy 13th!!
trading_skins||wanna trade? i'll give vbucks for the pickaxe
trading_skins||can u gift me nitro ill pay u back at school
gift_list||birthday list: lego set, art markers, nitro, a hoodie
gift_list||what do u want for christmas? mom says max $30
gift_list||im getting u a gift card for ur birthday, steam or amazon?
birthday_age||happy birthday!! how does it feel to be 14
birthday_age||my little brother turns 8 tomorrow, he wants a dinosaur cake
birthday_age||how old is ur cat now? she looks so big
pet_age||how old is your dog? mine is 3
pet_age||send me pics of the puppy!!!
model_family||my sister is a model, she just did a shoot for a shoe brand
model_family||my mom was a model in the 90s lol she showed us the old pics
model_family||the school photographer comes tuesday, wear the uniform not the hoodie
safety_notice||reminder: never send pics to people you don't know, even if they say they're your age
safety_notice||if someone asks you to move to snapchat or telegram, tell a mod. that's a red flag
safety_notice||PSA: scammers are offering free robux for a photo. it's always a trap, report them
safety_notice||if anyone threatens to share a picture of you, screenshot it and tell an adult. you're not in trouble
safety_notice||nobody legit asks you to keep a friendship secret from your parents
safety_notice||adults asking "are you alone" or "who reads your phone" should be reported right away
safety_notice||watch out for people who say you're "so mature for your age", it's a common trick
safety_notice||do NOT share your address, school or full name in public channels
safety_notice||"modeling scouts" in dms are not real. agencies talk to parents, not kids
server_rules||rule 4: no asking members' ages or for their snap
server_rules||rule 7: no moving convos to other apps. keep it on the server where mods can see
server_rules||rule 9: no gifting nitro or robux to minors in exchange for anything
server_rules||rule 2: don't post personal info (phone numbers, addresses, schools)
server_rules||reminder that 18+ users can't dm members with the 13-15 role. you'll be banned
staff_notice||mods here: we banned an account that was asking kids for pics and offering gift cards. if he dmd u, tell us
staff_notice||if a user says "delete this chat" or "dont tell anyone", screenshot it and ping @mods
staff_notice||new bot is live: it flags messages asking for your location or a meeting. false positives happen, dont panic
staff_notice||someone was sending a telegram handle to younger members, account removed
class_exercise||in our lesson read this example: "don't tell your parents, they won't get it." what's the red flag?
class_exercise||spot the red flag: "ur so mature, not like other 12 year olds." discuss in groups
class_exercise||worksheet q3: a stranger says "i'll send you v-bucks if you send a selfie". what should Sam do?
class_exercise||role play for health class: one person says "add me on snap" and the other practices saying no
class_exercise||example from the video: "are you home alone?" - why is this a warning sign?
class_exercise||quiz: which of these is sextortion? a) "send pics or I'll show your school" b) "nice drawing"
teacher_student||great job on the essay today! send me a pic of your outline when it's done
teacher_student||class, please don't share your passwords or home address in the group chat
teacher_student||field trip: bus leaves at 8:15, parents pick up at 4 at the front entrance
teacher_student||reminder to record your presentation and upload it to the class drive
coach||team: meet at the field at 7, my car seats 4 if anyone needs a ride, parents just text me
coach||great hustle today. send your measurements to the group for the new jerseys
teen_flirt||omg he asked me to the dance?? we're both in 8th lol
teen_flirt|14|u looked cute today at lunch ngl
teen_flirt|13|wanna be my gf? lol ur my best friend anyway
teen_flirt||did u kiss him at the party?? spill
adult_strangers||nice setup! what gpu? send a pic of the back, curious about cable management
adult_work||sorry im late, whats ur number? the office phone list is outdated
adult_travel||can u meet me at the bus station? i dont know the city at all
adult_dating||ok ill be honest i deleted our old chat, my gf was snooping lol
adult_strangers|27|27m, london. into climbing, you?
adult_strangers||hmu if u want to grab coffee, i work near the library
game_voice||wyd? wanna play minecraft
kids_socials||wbu? whats ur favorite class
sibling||r u home? i forgot my key again
parent_general||dont tell your sister but we're getting a puppy saturday 🤫
surprise_party||🤫🎁 for dad tonight dont say anything
gift_list||🎁📸 post ur gifts in #christmas-haul everyone!
kids_socials||my sn4p is ella.j.k add me lol i changed the letters bc my brother stalks it
game_friend_request||add me on di$cord lol its the same name, the $ is part of it
safety_notice||if someone writes "sn4pch@t" or spells out a number like "five five five" to dodge the filter, report it
adult_strangers||my number: five five five, o one nine two. text me about the couch
"""

RISKY["es"] = r"""
ap|||oye y cuantos años tienes? pareces mayor en la foto
ap,is|||estas sola en casa ahora?
is|||tus papas revisan tu celular?
fl,ap|||13?? en serio? hablas como alguien de 17, eres muy madura
fl,is|||tus amigas no te entienden como yo, eres diferente
se|||no le digas a tu mama que hablamos, no lo entenderia
se|||borra el chat cuando lo leas porfa
pm|||pasame tu whatsapp y hablamos mejor
pm||lt|agregame al wh4ts4pp, aqui no se puede hablar tranquilo
pm||da|tienes la app del fantasmita amarillo? agregame ahi
pm||cs|mi numero es cinco cinco cinco, cero uno ocho tres. escribeme
ph|||mandame una foto tuya para saber que eres real
ph,st|||que llevas puesto? mandame foto
gi,ph|||te paso 1000 robux si me mandas una selfie
gi,se|||te compro la skin pero no le digas a nadie que fui yo
me|||a que hora sale tu mama a trabajar? paso por ti
me,se|||nos vemos en el centro comercial el sabado, nadie tiene que saber
mo,ph|||trabajo para una agencia de modelos, tienes buen perfil, mandame fotos de cuerpo entero
sx|||todavia tengo las fotos. seria una pena que las viera tu papa
sx|||contestame o mañana todo tu colegio se entera
st|||alguna vez has besado a alguien?
st,is|||ya estas en la cama? con que duermes
st|||si fueras un poco mayor serias mi novia
pi|||en que colegio estas? y en que calle vives
pm|||escribeme por {zw:telegram} mejor
se|||{dt:borra} el {dt:chat}
ph|||prende la {zj:camara} un ratito
ap||sh|edad? sexo? de donde eres? jaja
me||em|🚗📍 mandame tu ubicacion y voy
pi||pn|dame tu direcsion y te mando un regalito
sx|||{tg:todos} van a ver la foto si no contestas
"""

BENIGN["es"] = r"""
parent_pickup||hijo, tu papa te recoge despues del entrenamiento, esperalo adentro
parent_pickup||estas en casa? dice mama que a cenar
parent_pickup||la abuela te busca hoy en la puerta del colegio a las 3
homework_photo||mandame foto de la tarea de mate porfa, la pagina 40
homework_photo||me pasas foto de tus apuntes de historia? falte hoy
kids_socials|12|yo tambien tengo 12!! estamos en el mismo curso
kids_socials||agregame al insta, soy la de la clase de musica jaja
game_friend_request||te mande solicitud de amistad en roblox, soy pollito_loco
game_friend_request||agregame en fortnite, mismo nombre que aqui
surprise_party||no le digas nada a mama de la torta, es sorpresa!!
surprise_party||borra el mensaje para que papa no vea lo de la fiesta jaja
party_address||hola, soy la mama de lucia, me pasas tu direccion para mandar la invitacion?
adult_dating|34|tengo 34, y tu? me gusto mucho la cena de anoche
adult_dating||avisame cuando llegues a casa, que descanses
adult_flatshare||estas sola en casa el sabado? viene el tecnico a las 10
adult_work||pasame el whatsapp del cliente, lo agrego al grupo del proyecto
adult_travel||ya aterrice! en que salida te espero?
safety_notice||recuerden: nunca manden fotos a gente que no conocen
safety_notice||si alguien les pide pasar a otra app o guardar un secreto, avisen a un adulto
server_rules||regla 3: prohibido preguntar la edad o el snap de otros miembros
class_exercise||en clase analizamos este ejemplo: "no le digas a tus papas". cual es la señal de alerta?
pet_age||cuantos años tiene tu perro? el mio tiene 5
model_family||mi hermana es modelo, hoy tuvo sesion de fotos
drawing_compliment||tu dibujo esta buenisimo, manda mas!
trading_skins||te cambio mi skin de dragon por 300 robux, va?
birthday_age||feliz cumple!! ya 13 que grande
teen_flirt|14|me invito al baile!! los dos estamos en segundo
"""

RISKY["pt"] = r"""
ap|||quantos anos vc tem? parece mais velha na foto
ap,is|||ta sozinha em casa agora?
is|||seus pais olham seu celular?
fl,ap|||vc tem 13? nossa, vc é bem madura pra sua idade
fl|||vc nao é igual as outras meninas da sua idade
is|||ninguem te entende como eu, nem sua mae
se|||nao conta pra ninguem que a gente conversa ta
se|||apaga a conversa depois de ler ok
pm|||me passa seu zap que aqui é ruim de falar
pm||lt|me add no 1nst4gr4m, mesmo nome daqui
pm||da|tem o app do fantasminha amarelo? me adiciona la
pm||cs|meu numero: cinco cinco cinco, zero dois um sete
ph|||manda uma foto sua pra eu ver que é vc mesmo
ph,st|||o que vc ta vestindo agora? manda foto
gi,ph|||te dou 1000 robux se mandar uma selfie
gi|||quer um gift card de 50? so fazer uma coisinha pra mim
me|||que horas sua mae sai? posso te buscar
me,se|||bora se encontrar no shopping sabado, ninguem precisa saber
mo,ph|||sou olheiro de agencia, vc tem o perfil. manda fotos de corpo inteiro
sx|||ainda tenho as fotos. seria triste se sua mae visse
sx|||me responde ou amanha a escola toda vai ver
st|||vc ja beijou alguem?
st,is|||ja ta na cama? ta sozinha no quarto?
st|||se vc fosse um pouco mais velha seria minha namorada
pi|||qual escola vc estuda? e o endereço?
pm|||me chama no {zc:telegram}
ph|||liga a {wj:camera} rapidinho
ap||sh|idade? sexo? cidade? kkk
gi,ph||em|🎁↔️📸 topa?
st||pn|oq vc ta vestindu agr
me|||{vs:encontro} sabado? eu te busco
"""

BENIGN["pt"] = r"""
parent_pickup||filho, o papai te busca depois do treino, espera dentro do ginasio
parent_pickup||ta em casa? sua mae ta chamando pra jantar
parent_pickup||a vovó vai te pegar na escola hoje as 15h
homework_photo||manda foto do dever de matematica pfv, pagina 52
homework_photo||me manda foto do seu caderno de ciencias? faltei hoje
kids_socials|13|eu tb tenho 13!! mesma turma entao
kids_socials||me segue no insta, sou a menina do coral kkk
game_friend_request||te mandei pedido de amizade no roblox, sou gatinho_ninja
game_friend_request||me add no free fire, mesmo nick
surprise_party||nao conta pra mãe do bolo, é surpresa!!
surprise_party||apaga essa msg pro pai nao ver a festa kkk
party_address||oi, sou a mae da bia, me passa o endereço pra mandar o convite?
adult_dating|29|tenho 29 e vc? adorei o jantar ontem
adult_dating||me avisa quando chegar em casa
adult_flatshare||vc ta sozinho em casa sabado? o encanador vem as 10
adult_work||me passa o zap do cliente que eu coloco no grupo
adult_travel||cheguei no aeroporto! qual portao?
safety_notice||lembrete: nunca mandem fotos pra quem vcs nao conhecem
safety_notice||se alguem pedir segredo ou pedir pra ir pra outro app, falem com um adulto
server_rules||regra 5: proibido perguntar idade ou pedir snap de membros
class_exercise||na aula lemos o exemplo: "nao conta pros seus pais". qual é o sinal de alerta?
pet_age||quantos anos tem seu cachorro?
model_family||minha irma é modelo, fez um ensaio hoje
drawing_compliment||seu desenho ta lindo demais, manda mais!
trading_skins||troco minha skin por 300 robux, fechado?
birthday_age||parabens!! 14 anos hein
teen_flirt|13|ele me chamou pra festa junina!! somos da mesma sala
"""

RISKY["de"] = r"""
ap|||wie alt bist du eigentlich? auf dem bild siehst du älter aus
ap,is|||bist du grad allein zuhause?
is|||schauen deine eltern in dein handy?
fl,ap|||erst 13? krass, du bist echt reif für dein alter
fl,is|||deine freundinnen verstehen dich nicht so wie ich
se|||sag deiner mutter nix von uns, die würde das eh nicht verstehen
se|||lösch den chat nachher bitte ja
pm|||hast du snap? hier ist es so unpersönlich
pm||lt|adde mich auf $napchat, gleicher name
pm||da|hast du die app mit dem grünen telefon? dann schick ich dir meine nummer
pm||cs|meine nummer: fünf fünf fünf, null drei vier neun. schreib mir
ph|||schick mal ein bild damit ich weiß dass du echt bist
ph,st|||was hast du grad an? schick mal foto
gi,ph|||ich schenk dir 1000 robux wenn du mir ein selfie schickst
gi,se|||ich kauf dir den skin, aber sag keinem dass der von mir ist
me|||wann arbeitet deine mutter lang? ich könnte dich abholen
me,se|||treffen wir uns samstag am bahnhof? muss ja keiner wissen
mo,ph|||ich mach shootings für eine modelagentur, schick mir ganzkörperfotos
sx|||ich hab die bilder noch. wär doch schade wenn dein vater sie sieht
sx|||antworte oder morgen weiß es deine ganze schule
st|||hast du schon mal jemanden geküsst?
st,is|||liegst du schon im bett? allein im zimmer?
st|||wärst du älter wärst du sofort meine freundin
pi|||auf welche schule gehst du? und welche straße?
pm|||schreib mir auf {tg:telegram}
se|||{us:niemandem} {us:sagen}
ap||sh|a/s/l? haha
me||em|🚗📍 schick standort
st||pn|was hasdu an grad
ph|||{bi:videocall} heute nacht?
"""

BENIGN["de"] = r"""
parent_pickup||papa holt dich nach dem training ab, warte in der halle
parent_pickup||bist du zuhause? mama sagt essen ist fertig
parent_pickup||oma holt dich heute um 13 uhr vom schultor ab
homework_photo||schick mal ein foto von den matheaufgaben, seite 61
homework_photo||kannst du mir deine bio-notizen fotografieren? war krank
kids_socials|12|ich bin auch 12!! dann sind wir im selben jahrgang
kids_socials||folg mir auf insta, bin die aus der theater-ag
game_friend_request||hab dir ne freundschaftsanfrage bei roblox geschickt, bin keksmonster_7
game_friend_request||add mich in fortnite, gleicher name wie hier
surprise_party||sag mama nix vom kuchen, ist ne überraschung!!
surprise_party||lösch das wieder damit papa die party nicht sieht
party_address||hallo, hier ist die mutter von lea, schickst du mir eure adresse für die einladung?
adult_dating|36|bin 36, du? der abend gestern war richtig schön
adult_dating||schreib mir wenn du gut zuhause bist
adult_flatshare||bist du samstag allein in der wg? der handwerker kommt um 10
adult_work||schick mir mal die whatsapp-nummer vom kunden, ich pack ihn in die gruppe
adult_travel||bin gelandet! an welchem ausgang wartest du?
safety_notice||erinnerung: schickt nie bilder an leute die ihr nicht kennt
safety_notice||wenn jemand will dass ihr auf eine andere app wechselt oder was geheim haltet, sagt es einem erwachsenen
server_rules||regel 4: keine fragen nach alter oder snap anderer mitglieder
class_exercise||im unterricht lesen wir das beispiel: "erzähl deinen eltern nichts". was ist das warnsignal?
pet_age||wie alt ist dein hund? meiner ist 4
model_family||meine schwester ist model, sie hatte heute ein shooting
drawing_compliment||deine zeichnung ist mega gut, schick mehr!
trading_skins||tausch meinen drachenskin gegen 300 robux?
birthday_age||alles gute!! endlich 14
teen_flirt|14|er hat mich zum schulball gefragt!! wir sind beide in der 8
"""

RISKY["fr"] = r"""
ap|||t'as quel âge en vrai? tu fais plus vieille sur ta photo
ap,is|||t'es toute seule chez toi là?
is|||tes parents regardent ton tel?
fl,ap|||13 ans?? t'es super mature pour ton âge
fl,is|||tes copines te comprennent pas comme moi
se|||dis pas à ta mère qu'on parle, elle comprendrait pas
se|||supprime la conv après stp
pm|||t'as snap? on parlera mieux là-bas
pm||lt|ajoute moi sur sn@p, même pseudo
pm||da|t'as l'appli avec l'avion en papier bleu? écris moi là-bas
pm||cs|mon num c'est cinq cinq cinq, zéro un neuf six. envoie un msg
ph|||envoie une photo de toi pour que je sache que t'es vraie
ph,st|||tu portes quoi là? envoie une photo
gi,ph|||je te donne 1000 robux si tu m'envoies un selfie
gi|||tu veux une carte cadeau? faut juste que tu fasses un truc pour moi
me|||ta mère rentre à quelle heure? je peux passer te chercher
me,se|||on se voit au centre commercial samedi, personne doit savoir
mo,ph|||je bosse pour une agence de mannequins, t'as le profil, envoie des photos en pied
sx|||j'ai encore les photos. ce serait dommage que ton père les voie
sx|||réponds ou demain tout ton collège est au courant
st|||t'as déjà embrassé quelqu'un?
st,is|||t'es déjà au lit? seule dans ta chambre?
st|||si t'étais un peu plus grande tu serais ma copine
pi|||t'es dans quel collège? et t'habites quelle rue?
pm|||parle moi sur {bi:telegram}
ph|||allume ta {vs:caméra} 2 min
ap||sh|asv? (âge sexe ville) lol
se||em|🤫🤐 entre nous hein
pi||pn|donne moi ton adrèsse je t'envoie un cado
mo|||tu pourrais être {tg:mannequin}, vraiment
"""

BENIGN["fr"] = r"""
parent_pickup||papa vient te chercher après l'entraînement, attends dans le gymnase
parent_pickup||t'es à la maison? maman dit à table
parent_pickup||mamie te récupère devant l'école à 16h30
homework_photo||envoie une photo des devoirs de maths stp, page 73
homework_photo||tu peux m'envoyer tes notes d'histoire en photo? j'étais malade
kids_socials|12|moi aussi j'ai 12 ans!! on est en 5e toutes les deux
kids_socials||suis moi sur insta, c'est moi de la chorale mdr
game_friend_request||je t'ai envoyé une demande d'ami sur roblox, je suis chatlune_88
game_friend_request||ajoute moi sur fortnite, même pseudo qu'ici
surprise_party||dis rien à maman pour le gâteau, c'est une surprise!!
surprise_party||supprime ce message pour que papa voie pas la fête
party_address||bonjour c'est la maman de chloé, tu peux m'envoyer votre adresse pour l'invitation?
adult_dating|33|j'ai 33 ans et toi? j'ai adoré le dîner d'hier
adult_dating||préviens moi quand t'es rentrée
adult_flatshare||t'es seul à l'appart samedi? le plombier passe à 10h
adult_work||envoie moi le whatsapp du client, je l'ajoute au groupe
adult_travel||j'ai atterri! je t'attends à quelle sortie?
safety_notice||rappel: n'envoyez jamais de photos à des inconnus
safety_notice||si quelqu'un vous demande de garder un secret ou de changer d'appli, parlez-en à un adulte
server_rules||règle 4: interdit de demander l'âge ou le snap des membres
class_exercise||en cours on lit l'exemple: "ne dis rien à tes parents". quel est le signal d'alerte?
pet_age||il a quel âge ton chien? le mien a 2 ans
model_family||ma soeur est mannequin, elle avait un shooting aujourd'hui
drawing_compliment||ton dessin est trop beau, envoie-en d'autres!
trading_skins||j'échange mon skin dragon contre 300 robux?
birthday_age||joyeux anniv!! 13 ans enfin
teen_flirt|13|il m'a invitée à la boum!! on est dans la même classe
"""

RISKY["ru"] = r"""
ap|||а тебе сколько лет вообще? на аве выглядишь старше
ap,is|||ты сейчас одна дома?
is|||родители проверяют твой телефон?
fl,ap|||13?? серьёзно? ты очень взрослая для своего возраста
fl,is|||подруги тебя не понимают так как я
se|||маме не говори что мы общаемся, она не поймёт
se|||удали переписку после того как прочитаешь
pm|||давай в телегу, тут неудобно
pm||lt|добавь меня в теле$грам, ник такой же
pm||da|есть приложение с жёлтым привидением? добавь меня там
pm||cs|мой номер: пять пять пять, ноль два восемь один. напиши
ph|||скинь фотку, хочу убедиться что ты настоящая
ph,st|||что на тебе сейчас надето? скинь фото
gi,ph|||дам 1000 робуксов за селфи
gi,se|||куплю тебе скин, только никому не говори что от меня
me|||во сколько мама уходит на работу? могу заехать за тобой
me,se|||встретимся в тц в субботу, никто не узнает
mo,ph|||я фотограф модельного агентства, у тебя отличная внешность, пришли фото в полный рост
sx|||фотки у меня остались. будет жаль если их увидит твой папа
sx|||ответь или завтра вся школа узнает
st|||ты уже целовалась с кем-нибудь?
st,is|||ты уже в кровати? одна в комнате?
st|||была бы постарше, была бы моей девушкой
pi|||в какой школе учишься? на какой улице живёшь?
pm|||пиши мне в {zw:telegram}
ph|||включи {zj:камеру} на минутку
ap||sh|сколько лет? откуда? м/ж?
me||em|🚗📍 скинь геолокацию
pi||pn|скажы адрис, я подарок пришлю
sx|||{vs:покажу} фотки твоим родителям если не ответишь
"""

BENIGN["ru"] = r"""
parent_pickup||папа заберёт тебя после тренировки, жди внутри зала
parent_pickup||ты дома? мама зовёт ужинать
parent_pickup||бабушка заберёт тебя из школы в 13:30 у ворот
homework_photo||скинь фото домашки по математике, стр 58
homework_photo||можешь сфоткать конспект по истории? я болела
kids_socials|12|мне тоже 12!! значит мы в одном классе
kids_socials||подпишись на меня в инсте, я из хора
game_friend_request||кинул тебе заявку в друзья в роблоксе, я кот_пельмень
game_friend_request||добавь меня в фортнайте, ник тот же
surprise_party||маме ни слова про торт, это сюрприз!!
surprise_party||удали сообщение чтобы папа не увидел про праздник
party_address||здравствуйте, это мама полины, пришлите адрес для приглашения?
adult_dating|32|мне 32, а тебе? вчерашний ужин был классный
adult_dating||напиши как доберёшься домой
adult_flatshare||ты в субботу один дома? сантехник придёт в 10
adult_work||скинь телегу клиента, добавлю его в рабочий чат
adult_travel||я приземлилась! у какого выхода ждёшь?
safety_notice||напоминаем: никогда не отправляйте фото незнакомым людям
safety_notice||если кто-то просит хранить секрет или перейти в другое приложение, скажите взрослому
server_rules||правило 4: нельзя спрашивать возраст или снап участников
class_exercise||на уроке разбираем пример: «не говори родителям». где тут тревожный сигнал?
pet_age||сколько лет твоей собаке? моей 7
model_family||моя сестра модель, у неё сегодня съёмка
drawing_compliment||рисунок огонь, скинь ещё!
trading_skins||меняю свой скин на 300 робуксов, идёт?
birthday_age||с днюхой!! уже 14
teen_flirt|14|он позвал меня на дискотеку!! мы из одного класса
"""

RISKY["it"] = r"""
ap,is|||quanti anni hai? sei sola a casa adesso?
fl,ap|||hai 13 anni? sei molto matura per la tua età
se|||non dire a tua madre che ci sentiamo, non capirebbe
pm||lt|aggiungimi su wh@ts@pp, qui non si parla bene
ph,st|||cosa indossi adesso? mandami una foto
gi,ph|||ti regalo 800 robux se mi mandi un selfie
me|||a che ora esce tua madre? passo a prenderti io
mo,ph|||lavoro per un'agenzia di modelle, mandami foto a figura intera
sx|||ho ancora le foto. sarebbe un peccato se le vedesse tuo padre
st,pi|||hai mai baciato qualcuno? in che scuola vai?
pm|||scrivimi su {tg:telegram}
"""

BENIGN["it"] = r"""
parent_pickup||papà ti viene a prendere dopo l'allenamento, aspetta dentro la palestra
parent_pickup||sei a casa? la mamma dice che è pronto
homework_photo||mandami una foto dei compiti di mate, pagina 45
kids_socials|12|anche io ho 12 anni!! siamo nella stessa classe
game_friend_request||ti ho mandato la richiesta di amicizia su roblox
surprise_party||non dire niente alla mamma della torta, è una sorpresa!!
party_address||ciao, sono la mamma di giulia, mi mandi l'indirizzo per l'invito?
adult_dating|35|ho 35 anni e tu? la cena di ieri è stata bellissima
adult_travel||sono atterrata! a quale uscita mi aspetti?
safety_notice||ricordate: mai mandare foto a persone che non conoscete
server_rules||regola 4: vietato chiedere l'età o lo snap agli altri membri
class_exercise||in classe leggiamo l'esempio: "non dirlo ai tuoi genitori". qual è il segnale d'allarme?
model_family||mia sorella fa la modella, oggi aveva un servizio fotografico
pet_age||quanti anni ha il tuo cane?
"""

RISKY["nl"] = r"""
ap,is|||hoe oud ben je eigenlijk? ben je nu alleen thuis?
fl|||je bent echt volwassen voor je leeftijd, niet zoals de rest
se|||zeg niks tegen je moeder, die snapt het toch niet
pm||da|heb je die app met het gele spookje? voeg me daar toe
ph|||stuur even een foto zodat ik weet dat je echt bent
gi,ph|||ik geef je 800 robux voor een selfie
me,se|||zullen we zaterdag afspreken bij het station? niemand hoeft het te weten
mo|||je zou echt model kunnen worden, ik ken iemand bij een bureau
sx|||ik heb de foto's nog. antwoord of je hele school ziet ze
st,is|||lig je al in bed? alleen op je kamer?
ph,st|||stuur een {vs:selfie} in je pyjama
"""

BENIGN["nl"] = r"""
parent_pickup||papa haalt je op na de training, wacht binnen in de sporthal
parent_pickup||ben je thuis? mama zegt eten
homework_photo||stuur even een foto van het wiskundehuiswerk, blz 30
kids_socials|13|ik ben ook 13!! zitten we in dezelfde klas
game_friend_request||ik heb je een vriendschapsverzoek gestuurd op roblox
surprise_party||zeg niks tegen mama over de taart, het is een verrassing!!
party_address||hoi, met de moeder van sanne, mag ik jullie adres voor de uitnodiging?
adult_dating|30|ik ben 30, jij? gisteravond was echt gezellig
adult_travel||geland! bij welke uitgang sta je?
safety_notice||let op: stuur nooit foto's naar mensen die je niet kent
server_rules||regel 4: niet naar iemands leeftijd of snap vragen
class_exercise||in de les lezen we het voorbeeld: "vertel het niet aan je ouders". wat is het alarmsignaal?
model_family||mijn zus is model, ze had vandaag een fotoshoot
pet_age||hoe oud is je hond? die van mij is 5
"""

RISKY["pl"] = r"""
ap,is|||ile masz lat? jesteś teraz sama w domu?
fl,ap|||masz 13 lat? jesteś bardzo dojrzała jak na swój wiek
se|||nie mów mamie że piszemy, nie zrozumiałaby
pm||cs|mój numer: pięć pięć pięć, zero jeden cztery dwa. napisz
ph,st|||co masz teraz na sobie? wyślij zdjęcie
gi,ph|||dam ci 800 robuxów za selfie
me|||o której mama wychodzi do pracy? mogę po ciebie przyjechać
mo,ph|||pracuję dla agencji modelek, wyślij zdjęcia całej sylwetki
sx|||mam jeszcze te zdjęcia. szkoda by było, gdyby tata je zobaczył
st|||całowałaś się już z kimś?
pm|||napisz na {bi:snapchat}, tu nie da się gadać
"""

BENIGN["pl"] = r"""
parent_pickup||tata odbierze cię po treningu, czekaj w środku na hali
parent_pickup||jesteś w domu? mama woła na obiad
homework_photo||wyślij zdjęcie zadania z matmy, strona 27
kids_socials|12|ja też mam 12!! jesteśmy w tej samej klasie
game_friend_request||wysłałem ci zaproszenie do znajomych w roblox
surprise_party||nie mów mamie o torcie, to niespodzianka!!
party_address||dzień dobry, tu mama zosi, poproszę adres do zaproszenia
adult_dating|31|mam 31 lat, a ty? wczorajsza kolacja była super
adult_travel||wylądowałam! przy którym wyjściu czekasz?
safety_notice||pamiętajcie: nigdy nie wysyłajcie zdjęć obcym
server_rules||zasada 4: nie pytamy o wiek ani o snapa innych członków
class_exercise||na lekcji czytamy przykład: "nie mów rodzicom". co jest sygnałem ostrzegawczym?
model_family||moja siostra jest modelką, miała dziś sesję zdjęciową
pet_age||ile lat ma twój pies?
"""


def build():
    rows = []
    for label, table in (("risky", RISKY), ("benign", BENIGN)):
        for lang, blob in table.items():
            for n, line in enumerate(blob.strip("\n").splitlines(), 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                if label == "risky":
                    cats, age, ev, text = line.split("|", 3)
                    cats = [CATS[c] for c in cats.split(",") if c]
                    evs = [EV_MANUAL[e] for e in ev.split(",") if e]
                else:
                    kind, age, text = line.split("|", 2)
                    cats, evs = [], []
                text, found = expand(text)
                evs = list(dict.fromkeys(evs + found))
                if label == "risky":
                    note = "risky: " + "+".join(cats)
                    if evs:
                        note += "; evasion: " + ",".join(evs)
                else:
                    note = "look-alike: " + kind
                    if found:
                        note += "; obfuscated"
                rows.append({
                    "text": text, "lang": lang, "label": label, "categories": cats,
                    "age": int(age) if age else None, "note": note,
                })
    return rows


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "messages.jsonl")
    rows = build()
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")
