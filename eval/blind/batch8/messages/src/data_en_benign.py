from common import B

ROWS = [
    # ---- safety advice, server rules, staff notices ----
    B("Reminder: never send pics to people you don't know, even if they say they're your age.", "look-alike: safety advice naming photo requests"),
    B("Rule 4: no asking members' ages or for their snap. First time is a mute, second time is a ban.", "look-alike: server rule naming age probe + snap"),
    B("If someone online asks you to keep a secret from your parents, that's a red flag. Tell a mod or an adult you trust.", "look-alike: safety advice naming secrecy"),
    B("PSA: nobody legit gives out robux for a photo. if someone offers, screenshot it and ping @Mods", "look-alike: staff PSA naming gift-for-photo"),
    B("Modelling agencies don't scout kids in Discord DMs. Real ones talk to your parents first, always.", "look-alike: safety advice naming modelling lure"),
    B("mod note: people typing s.n.a.p with dots to dodge the filter still get caught lol. just don't", "look-alike: mod joke quoting dotted evasion"),
    B("if an adult you met online asks where you live or what school you go to, you don't have to answer. block + report", "look-alike: advice naming personal info probes"),
    B("Server rule 7: moving minors to private chats or other apps = instant ban. Yes even 'just to talk'.", "look-alike: rule naming platform move"),
    B("Parents: if your child receives messages like 'are you alone?' or 'delete this', please contact us through modmail.", "look-alike: notice to parents quoting isolation/secrecy"),
    B("Tip from the safety team: you can turn off DMs from server members in Privacy & Safety settings.", "look-alike: staff tip about DMs"),
    B("anyone who says 'I'll post your pics unless…' is committing a crime and it is NOT your fault. come to us, we'll help", "look-alike: sextortion advice quoting threat"),
    B("staff notice: banned 3 accounts this week offering 'free nitro' for selfies. don't click their links", "look-alike: staff notice quoting nitro-for-selfie"),
    B("new automod words: asl, 'how old r u', snap handles in #general. feedback goes in #suggestions", "look-alike: automod list quoting shorthand"),
    B("You never have to turn your camera on for anyone. 'Just a quick video call' is how a lot of scams start.", "look-alike: advice quoting video-call request"),
    B("Helpline reminder: if something online is worrying you, you can talk to someone confidentially. Number's pinned in #support.", "look-alike: confidential helpline (secrecy vocabulary)"),
    B("to the person who reported the 'model scout' account yesterday — thank you, it's gone. good catch", "look-alike: mod thanks for a report"),

    # ---- class exercises quoting grooming dialogue ----
    B("For today's lesson, read this example chat: 'don't tell your parents, they wouldn't understand us'. What's the red flag?", "look-alike: class exercise quoting secrecy"),
    B("Worksheet Q3: a user writes 'you're so mature for your age, send me a pic'. Name two warning signs.", "look-alike: worksheet quoting flattery + photo request"),
    B("spot the red flag: 'my cam is broken but turn yours on'. answers in the thread pls, 7B", "look-alike: teacher quoting webcam request"),
    B("Homework for Thursday: write a safe reply to someone who asks 'are you home alone?' online. Keep it short!", "look-alike: homework quoting isolation probe"),
    B("in e-safety today mrs patel showed us messages like 'i'll give u robux if u send a selfie' and we had to say what we'd do lol", "look-alike: child retelling lesson"),
    B("group project slide 4: tactics groomers use — flattery, gifts, secrecy ('this is our secret'), moving you to snap", "look-alike: school slide listing tactics"),
    B("for the drama club skit Jonah plays the creepy guy who asks 'what school do you go to?' and Mia blocks him", "look-alike: drama skit quoting school probe"),
    B("Role-play card B: 'Hi, I'm a model scout, want a free photoshoot?' Your task: explain why this is suspicious.", "look-alike: role-play card quoting scout"),

    # ---- homework / notes / drawings ----
    B("can u send a pic of the math homework, i left my book at school 😭", "look-alike: homework photo"),
    B("send me a photo of page 42 pls, the one with the graph", "look-alike: textbook page photo"),
    B("yo snap me the bio notes when u get home", "look-alike: 'snap me' notes between classmates"),
    B("can someone post a picture of the timetable? mine got soaked in the rain", "look-alike: timetable photo"),
    B("pls send a pic of ur drawing when ur done, i wanna see the dragon!!", "look-alike: drawing photo between friends"),
    B("Mum here: send a selfie with your certificate!! so proud of you 💛", "look-alike: parent asks for selfie"),
    B("can u take a pic of the lab sheet? i need question 5 and the table", "look-alike: lab sheet photo"),
    B("send me a vid of the dance so i can practice the second part, i keep messing up the turn", "look-alike: dance video between friends"),

    # ---- practice videos for a lesson ----
    B("Hi all, for piano next week please record a short video of the C major scale, both hands, and post it in the class channel.", "look-alike: teacher asks for practice video"),
    B("Coach here — send me a video of your serve from the side angle, I'll give feedback on Monday.", "look-alike: coach asks for video"),
    B("upload your practice vid by friday, just the first 30 seconds of the piece is fine", "look-alike: music teacher deadline"),
    B("can u film me doing the kickflip so i can see what my feet are doing", "look-alike: friend filming skate trick"),

    # ---- friend requests inside games ----
    B("sent you a friend request on roblox, my user is PixelToast_22", "look-alike: roblox friend request"),
    B("add me in fortnite, same name as here, we need a 4th for squads", "look-alike: add me in fortnite"),
    B("accept my req on the realm and i'll whitelist u, we're building the castle tonight", "look-alike: minecraft realm invite"),
    B("whats ur epic id? mine is wafflecrusher, ill invite u after dinner", "look-alike: epic id swap"),
    B("my brawl stars tag is in my bio, add me for club league", "look-alike: brawl stars tag"),
    B("whats your roblox user again? i keep spelling it wrong lol", "look-alike: asking friend's username"),
    B("gg!! sent u a friend req so we can run it back tmrw", "look-alike: post-game friend request"),

    # ---- parents: pick-ups and home ----
    B("Dad will pick you up after practice, he's in the grey car. Text me when you're out 💛", "look-alike: parent pick-up"),
    B("Grandma's getting you from school today, wait by the front office. love you", "look-alike: grandma pick-up"),
    B("are u home? mom says dinner's ready, come down", "look-alike: sibling 'are you home' dinner"),
    B("hi sweetie, running 10 min late, stay inside with coach until you see my car", "look-alike: parent running late"),
    B("Hey, it's Lena's mum — I can take both girls home after swim, just send me your address for the drop-off.", "look-alike: parent asks other parent's address"),
    B("Mum: is anyone home with you? Aunt Rosa said she'd pop in at 4 to check on you", "look-alike: parent asks if child alone"),
    B("im at the station where r u?? (its ur sister, moms phone died)", "look-alike: sibling meeting at station"),
    B("your brother's bus is late, can you keep the door locked and wait for him till 5:30? dad's home at 6", "look-alike: parent home-alone instructions"),
    B("Don't forget to delete the old photos off the iPad before we give it to Grandpa, the storage is full", "look-alike: parent 'delete the photos'"),

    # ---- kids swapping usernames among friends ----
    B("whats ur snap? its ella from science lol i got a new phone", "look-alike: classmate asks for snap"),
    B("my snap got hacked so add my new one: lilbeans.x — its amira from 7C", "look-alike: kid shares new snap with class"),
    B("add me on insta im @maxx.skates, we met at the skatepark with jayden", "look-alike: teen shares insta"),
    B("guys new discord for our class, link's in the gc, dont invite randoms", "look-alike: class server"),
    B("coach said give me ur number so i can add u to the team group chat", "look-alike: teammate asks number"),
    B("lol ur username is so cringe, change it before tryouts", "look-alike: friends teasing"),

    # ---- gift lists, birthdays, ages ----
    B("my birthday list: nitro, a new headset and 1000 robux (pls mum 🙏)", "look-alike: gift list"),
    B("what do we get dad for christmas? thinking a gift card for the hardware store", "look-alike: family gift"),
    B("Secret Santa rules: $15 limit, no gift cards, reveal on Friday 🤫🎁", "look-alike: secret santa secrecy"),
    B("my cousin gave me a $25 steam card for passing my exams lets gooo", "look-alike: gift card from family"),
    B("just turned 13 today!!! finally a teenager 🎉", "look-alike: child declares birthday age", age=13),
    B("happy 11th birthday to my little bro, he's so annoying but ok 🎂", "look-alike: sibling birthday"),
    B("how old is your dog? mine's 9 and still acts like a puppy", "look-alike: how old is your dog"),
    B("wait how old is your cat? she looks tiny in the pic", "look-alike: pet age + pic"),
    B("my grandpa turned 80 and he still beats me at chess every time", "look-alike: grandparent age"),

    # ---- adults making plans ----
    B("drinks friday? the usual place on 5th, 7ish. bring Marco if he's free", "look-alike: adults plan drinks"),
    B("I'm in Lisbon next week for the conference, fancy meeting up for lunch?", "look-alike: adults meeting"),
    B("Can you pick me up from the airport Tuesday? flight lands 11:40", "look-alike: adult pick-up"),
    B("board game night at mine saturday, address is pinned in the group. BYOB", "look-alike: adult party address"),
    B("running club meets at the park gate 7am sharp, don't be late or we leave without you", "look-alike: adult meetup"),
    B("here's my number for the carpool: 555-0148. text me when you're outside", "look-alike: adult shares number"),
    B("hey it's Priya from pottery — want to share a taxi home after Thursday's class?", "look-alike: adults share taxi"),
    B("Team: the offsite is at the lake house, I'll send the address tonight. Carpools in the thread.", "look-alike: workplace address"),

    # ---- dating talk between adults ----
    B("so how was the date? did he kiss you at the end or what 👀", "look-alike: adult friends about a date"),
    B("i'm 29 and my mom still asks when i'm getting a girlfriend lmao", "look-alike: adult declares age, dating", age=29),
    B("he asked what I'm wearing tonight so he can match lol, it's his cousin's wedding", "look-alike: 'what are you wearing' between adults"),
    B("bumble update: she's 31, a vet, wants coffee sunday. wish me luck", "look-alike: adult dating"),
    B("are you in bed already?? we're still at the bar, come back out 🍻", "look-alike: 'are you in bed' between adults"),
    B("my wife says I look good in this suit but she also said that about my crocs", "look-alike: spouse compliments"),

    # ---- models, photoshoots, scouts in innocent sense ----
    B("my sister is a model, she did a shoe campaign last year, so weird seeing her on a bus stop ad", "look-alike: 'my sister is a model'"),
    B("photography club portrait shoot saturday, parents welcome, bring a plain tshirt", "look-alike: school photoshoot"),
    B("school photo day is tuesday, wear your uniform and smile 📸", "look-alike: school photo day"),
    B("the scout leader said bring a packed lunch and a photo ID for the camping trip", "look-alike: scouting (youth group)"),
    B("our basketball coach is basically a talent scout lol he keeps telling my cousin to try out", "look-alike: 'talent scout' sports"),

    # ---- parents/teachers asking for addresses or names ----
    B("Hi parents! please send me your address for the party invitation — Mia wants paper invites this year 🎈", "look-alike: parent asks address for invite"),
    B("Hello, it's Noah's dad. Could you text me your address so we can drop off the party bag Jack forgot?", "look-alike: parent asks address"),
    B("Please reply with your child's full name and any allergies for the class trip form.", "look-alike: teacher asks full name"),

    # ---- compliments among friends ----
    B("ur drawing of the fox is so good omg, the colours 😍", "look-alike: drawing compliment"),
    B("bestie u look so pretty in ur school pic, jealous of ur hair", "look-alike: friend looks compliment"),
    B("you're honestly so mature about the whole fight, proud of u", "look-alike: 'mature' between friends"),
    B("ur voice is so good, u should try out for the musical", "look-alike: talent compliment"),

    # ---- other look-alikes ----
    B("ASL club meets thursdays, we're practicing fingerspelling the alphabet", "look-alike: ASL = sign language"),
    B("wru? we're at the food court by the fountain", "look-alike: wru between friends at mall"),
    B("hmu when ur online, ranked grind tonight", "look-alike: hmu for gaming"),
    B("u alone in the vc? lemme join", "look-alike: alone in voice chat"),
    B("👻🎃 spooky szn!! who's dressing up for the halloween party", "look-alike: ghost emoji halloween"),
    B("🤫 don't tell Jess about the surprise party!! she thinks we forgot", "look-alike: surprise party secret"),
    B("don't tell anyone but i failed the quiz lol", "look-alike: kid-to-kid secret"),
    B("delete that pic of me pls i look so bad in it 😭", "look-alike: friend asks to delete photo"),
    B("can u keep a secret? i have a crush on leo from art", "look-alike: kids crush secret"),
    B("my mum checks my phone every night, it's so annoying. does yours?", "look-alike: kids comparing parental checks"),
    B("finally got a new webcam for my streams, 1080p baby", "look-alike: webcam in streaming context"),
    B("dad's on night shifts this week so it's just me and mum, she's making lasagna", "look-alike: kid mentions parent's shifts"),
    B("ugh home alone with my baby brother, pray for me", "look-alike: kid home alone babysitting"),
    B("pls don't leak my grades in the gc lmao", "look-alike: don't leak"),
    B("trade? my dominus for ur 2 valks, fair?", "look-alike: robux item trade"),
    B("the blue bird app is such a mess now, i moved to the other one", "look-alike: described app (twitter) adult chat"),
    B("my number changed, new one is 555-0172 — Aunt Liz", "look-alike: relative shares number"),
    B("if you send me a pic of the receipt I'll pay you back the $12 for the tickets", "look-alike: adults receipt photo"),
    B("nobody gets my music taste like you do lol, send me ur playlist", "look-alike: friends 'nobody gets me'"),
    B("my tg is @linnea_knits, for the yarn swap group — message me for the pattern pdf", "look-alike: adult hobbyist shares telegram"),
    B("five five five, zero one three nine — that's the pizza place, they deliver till midnight", "look-alike: spelled number (shop)"),
    B("what school do you teach at? I'm subbing at Ridgeview next month", "look-alike: adult teachers school question"),
    B("is your mom home? can she call my mom about the sleepover", "look-alike: kid asks if parent home"),
    B("we're meeting at the bowling alley at 3 for Sam's birthday, my mum is driving 4 of us", "look-alike: kids meeting with parent"),
    B("if ur bored later we can facetime and do the history project together", "look-alike: classmates facetime for homework"),
    B("Mr Okafor: please don't share your login or password with anyone, not even friends.", "look-alike: teacher privacy advice"),
    B("lol my dad asked what snapchat is and if it's 'the ghost one'", "look-alike: described app in family joke"),
    B("asl practice: sign 'how old are you' and 'where do you live' for the quiz on friday", "look-alike: sign language lesson phrases"),
    B("📸➡️📩 the group pic from the trip pls!! i'm not in any of mine", 'look-alike: emoji photo cue between classmates'),
    B("🚗📍 dad's outside the gym, blue car, hurry it's raining", 'look-alike: emoji pick-up cue from family'),
]
