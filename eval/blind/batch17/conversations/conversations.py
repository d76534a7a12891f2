"""Blind batch 17c, part B: grooming and benign conversations (all invented, non-explicit).

Grooming chats use the ``WHO [+delay] [^] [!]: text`` notation of ``eval.grooming.script``;
``!`` marks the suspect's first unambiguous risky move. Benign chats use the same notation
(no ``!``) and are turned into ``kind="benign"`` conversations by ``benign()`` below.
Every name, handle, server and number is made up; phone numbers use 555 ranges.
"""

from __future__ import annotations

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import convo, kid, member, newcomer, parse

ZW = "\u200b"  # zero-width space


def spaced(word: str, sep: str = ZW) -> str:
    """``word`` with ``sep`` between every letter (an evasion the detector has to undo)."""
    return sep.join(word)


def benign(id: str, platform: str, chat: str, community: str, channel: str, people: list[Person],
           script: str, *, tactics: list[str], notes: str, language: str = "en",
           start: str = "2026-03-14T16:00:00+00:00") -> Conversation:
    """A benign hard-negative conversation in the same script notation (no line may be marked '!')."""
    lines, critical = parse(script)
    if critical is not None:
        raise ValueError(f"{id}: a benign conversation has no critical line")
    placed = [
        Person(p.key, f"{id}/{p.id}", p.name, p.roles, p.joined_days_ago, p.username, p.is_bot,
               p.account_days_old)
        for p in people
    ]
    return Conversation(
        id=id, platform=platform, chat=chat, community=community, channel=channel, people=placed,
        lines=lines, kind="benign", suspects=[], targets=[], critical=None, tactics=list(tactics),
        notes=notes, language=language, start=start,
    )


GROOMING: list[Conversation] = []
BENIGN: list[Conversation] = []

# =====================================================================================
# GROOMING, long chats (50-120 messages): patient befriending, the first unambiguous move late
# =====================================================================================

GROOMING.append(convo(
    "g01_dc_dm_long_redstone", "discord", "dm", "Blockfolk SMP", "Direct Messages",
    [newcomer("s", "RookBuilds", days_in=9, account=11), kid("k", "pixelfern", account=420)],
    """
s: hey saw ur piston door in #showcase, thats clean
k +4: omg thanks
k: it took me like 3 days lol
s: 3 days is nothing, my first one took a week and still broke
k: lol
s: java or bedrock?
k: java 1.20
s: nice same. been playing since beta tbh
k: whoa ur old then haha
s: haha ok rude 😂 im 24, not THAT old
k: im 13 so ya kinda old lol
s: fair. 13 and doing redstone like that tho? most adults i know cant
k: really??
s: for real ur good at this
k: thx 😊
s: whats next on ur list
k: i wanna do a hidden staircase but i dont get how the sticky pistons chain
s: ok the trick is timing, second set of repeaters on 2 ticks
s +2: and put the observer facing away from the first piston or it double fires
k: ohhh
k: wait why 2 ticks
s: bc the first block has to finish moving before the next one grabs it
k: ok imma try that tmrw
s: lmk how it goes
s +1d: how'd the staircase go
k +3h: IT WORKS 🥳🥳
s: told u. ur a natural
k: my brother said it was mid
s: lol brothers. how old is he
k: 16 he thinks hes better at everything
s: classic. does he play w u?
k: nah he just games with his friends
s: thats lame, u deserve ppl who actually hype u up
k: yeah i guess
s: what else u into besides mc
k: drawing and hollow knight
k: and my cat lol
s: whats the cat called
k: biscuit 🐈
s: elite name
k: hes so fat tho
s: lol
k +30: gtg dinner
s: go eat builder
s +1d: yo
k +2h: hiii
k: sry had a math test today it was so bad
s: nah im sure u did fine. what grade are u in
k: 8th
s: 8th grade math was the worst ngl
k: SAME its so pointless
s: u on here every night?
k: mostly after 8 when homework is done
s: cool thats when im off work
k: what do u work
s: warehouse stuff, boring. talking to u is honestly the best part of my day lol
k: aw lol
s: ur more fun than ppl my age fr
k: haha thanks
s: do ur parents care that u game so late
k: my mom works nights so she doesnt really know
s: oh so ur on ur own most evenings?
k: kinda. my brother is there but he stays in his room
s: thats kinda sad tho. well ur not alone now 🙂
k: lol ya
s +1d: hey quick thing
s: this server logs dms for the mod bot, they read stuff sometimes
k: wait really?
s ! +2: ya. lets move to telegram its way more private. im @rook_builds24 there, add me tonight
k +6: idk if i have telegram
s: its free just download it. and dont mention it in the server, ppl get weird about that
k: ok
s: our little build team 😎
""",
    tactics=["age_probe", "flattery", "isolation", "platform_move", "secrecy"],
    notes="long slow befriending over 4 days (redstone help, brother, cat); adult declares 24, child 13; "
          "first unambiguous move is the Telegram handle after 'mods read dms' (line 69 of 73)",
    start="2026-02-03T19:30:00+00:00",
))

GROOMING.append(convo(
    "g02_tg_personal_long_parents_fight", "telegram", "dm", "", "",
    [newcomer("s", "Dan R"), kid("k", "Mila ✨")],
    """
s: hiii sorry random, ur the one who made the frog stickers in the sticker swap group right?
k +9: yes lol
s: theyre so cute, i use the crying frog like every day
k: omg thank u 😭
k: i made them on my moms ipad
s: talent fr. how long did it take
k: like one weekend
s: one weekend?? ok genius
k: hahaha no
s: u should do a whole pack and sell it
k: ppl would buy them??
s: 100% i would
k: 🐸💚
s +1d: morning frog artist
k +5h: hi sorry i was at school
s: no worries, what do u have today
k: science and pe ugh
s: pe is the worst, i used to fake being sick lol
k: lol same
k: how old r u
s: 19. just finished school last year thank god
s: u?
k: 12, 13 in june
s: oh nice summer bday
k: yeah i want a party at the trampoline place
s: sounds fun
k +2h: my parents are fighting again 🙄
s: oh no, that happens a lot?
k: kinda every night now
s: thats really hard. u ok?
k: idk i just put headphones on
s: smart. what do u listen to
k: mostly girl in red and the frozen songs when im sad lol
s: no judgement frozen slaps
k: 😂
s: seriously tho if u ever wanna vent im here
k: thanks
s +1d: how was last night
k +4h: bad. dad slammed the door and left for a bit
s: im sorry. thats scary
k: my friends dont get it their parents are normal
s: i get it tho. mine were the same when i was ur age
k: really?
s: yeah. u can always talk to me, i actually listen
k: thank u dan
s: ur really mature for 12 u know. most kids would just cry
k: i did cry lol
s: crying is allowed 🫂
k +40: can i ask u smth
s: anything
k: do u think its my fault
s: no. never. adults fighting is never the kids fault
k: ok
s: promise me u wont think that
k: i promise
s +1d: hows my favourite frog today
k +3h: better! they went to dinner together
s: see? good
k: mom asked who i was texting lol
s: what did u say
k: just a friend from the sticker group
s: good answer
s ! +2: dont tell her about me tho ok? like how old i am and stuff. she wouldnt understand and then shed take ur phone and we couldnt talk anymore
k +5: oh
k: ok i wont
s: its just between us 🤍
k: ok
""",
    tactics=["flattery", "age_probe", "isolation", "secrecy"],
    notes="slow, four days; child (12) asks the adult's age first, he says 19; emotional support over parents "
          "fighting; the critical move is a grooming-only secrecy demand ('dont tell her about me')",
    start="2026-01-18T17:10:00+00:00",
))

GROOMING.append(convo(
    "g03_dc_thread_long_art", "discord", "thread", "Inkwell Art Club", "fox-piece-feedback",
    [newcomer("s", "cal.draws", "16-17", days_in=5, account=8), kid("k", "sunnyside", "13-15", account=610),
     member("m1", "pearl.ink", "13-15")],
    """
m1: the fox is sooo cute 🦊
k +2: thank u pearl!!
s +5: made a thread for it so the feedback doesnt get lost in #wip 🙂
k +3: ooh ok thank you!!
s: so the fox piece. honestly the lineart is super clean
k: i was scared the tail looked weird
s: the tail is fine, its the paws, they look a bit flat
k: ugh paws are my enemy
s: lol everyone's. try drawing the toe beans as little circles first then merge them
k: ohh
k +10: like this? (edited the sketch) better??
s: YES way better
k: yay
s: how long have u been drawing
k: since like 4th grade
s: so ur what, 13? 14?
k: 13
s: nice im 16, been drawing since i was ur age too
k: ur stuff is so good tho
s: thanks, u'll be better than me in 2 yrs easy
k: no way
s: way
s +1d: did u finish the fox
k +2h: almost!! just coloring
s: what brushes do u use
k: the default procreate ones lol
s: i can send u my brush pack, its free
k: omg yes pls
s: (link to brushpack_cal.zip)
k: tysm
s: dont share it tho its my own lol
k: i wont
s +1d: u on?
k +1h: hii yes
s: how was school
k: boring, someone spilled paint on my hoodie in art
s: noo
k: it was my fav one
s: rip hoodie
k: lol
s: do u have a lot of friends at ur school?
k: like 2 close ones
s: quality over quantity
k: yeah
s: they into art too?
k: no they think its weird that i draw animals lol
s: they're wrong, its cool
k: 🥹
s: tbh ur really easy to talk to. like more than ppl in my grade
k: aw same
s +1d: finished?
k +40: YES posting in #finished
s: goated. that fox has so much personality
k: thank uu
s: u have a really cute style. bet ur cute irl too lol
k: lol no
s: i bet u are
k: stoppp
s: ok ok 😂
s: random question
k: ?
s ! : have u ever kissed anyone?
k +3: what lol no
s: really? someone as pretty as u?
k: i dont even know what i look like to u lol
s: thats fair haha. we can fix that later
""",
    tactics=["age_probe", "flattery", "gift_offer", "isolation", "sexual_talk"],
    notes="suspect claims 16 and wears a 16-17 role; slow art feedback over four days in a public feedback thread; "
          "first unambiguous move is the kissing question (sexual steering) after 60 friendly lines",
    start="2026-02-10T20:00:00+00:00",
))

GROOMING.append(convo(
    "g04_tg_personal_long_battlepass", "telegram", "dm", "", "",
    [newcomer("s", "Jace"), kid("k", "theo")],
    """
s: yo ur theo from the duos group? u carried that last game fr
k +2: lmaooo ty
k: that guy kept building into the storm
s: bro was lost 😭
s: u play every day?
k: ya after school mostly
s: same after work. we should duo sometime
k: bet
s +2h: wanna run some games now?
k: cant my mom says only weekends for squads
s: ah fair
s: saturday then
k: ok
s +2d: gg today man ur edits are crazy
k: ty ur aim is crazy too
s: been playing way too long lol
k: how old r u
s: 21 haha
k: oh ok
s: u?
k: 14
s: respect. 14 and that cracked
k: lol
s: what skin u want next season
k: the ninja one but no vbucks
s: rip. allowance?
k: mom only gives like 10 a month lol
s: that's rough
s +1d: yo
k +3h: hey
s: how was school
k: fine. got detention lol
s: for what
k: phone in class
s: classic
k: teacher is so annoying
s: they always are. how old is she like 80 😂
k: lmao like 60
s: lol
s +1d: ok hear me out
s: ur bday is soon right? u said april
k: yea the 12th
s: i might gift u the battle pass for it
k: WAIT fr??
s: maybe 😏
k: ur the goat
s: lol
k: u dont have to tho
s: i want to, ur my duo
s +5h: yo u on?
k: ya
s: games?
k: mom is home she says no
s: damn. is she home a lot
k: she works from home on thursdays
s: oh ok
s: and other days?
k: usually im home alone till 6
s: nice free house lol
k: haha ya
s +1d: gg again yesterday
k: ty
s: ok so about the battle pass
k: yeah?
s ! : i can send it tonight but send me a selfie first lol, just so i know ur not some 40 yr old scammer
k +4: lol im not
s: then a selfie is easy 😂
k: idk
s: no pic no pass bro, thats the deal
k +6: ok one sec
""",
    tactics=["age_probe", "flattery", "isolation", "gift_offer", "photo_request"],
    notes="gamer befriending over a week; adult says 21, child 14; gift first offered unconditionally "
          "(not critical), becomes critical when a selfie is asked in exchange",
    start="2026-03-28T16:45:00+00:00",
))

GROOMING.append(convo(
    "g05_dc_dm_long_es_kpop", "discord", "dm", "K-Vibes Latam", "Direct Messages",
    [newcomer("s", "nacho.stay", days_in=4, account=7), kid("k", "vale_bts", account=380)],
    """
s: holaa vi tu fanart de jimin en #arte, está precioso
k +5: aaa gracias 😭💜
s: de verdad, los ojos están perfectos
k: me costó un montón jaja
s: se nota. cuánto tiempo llevas dibujando?
k: desde los 10 más o menos
s: y ahora cuántos tienes?
k: 13
s: 13 y dibujas así?? flipo
k: jajaja no es para tanto
s: que sí. yo tengo 22 y no sé dibujar ni un palito
k: jajaja
s: cuál es tu bias?
k: jimin obvio
s: buena elección. yo suga
k: suga es muy lindo tmb
s +1d: buenos días army
k +6h: holaa perdón estaba en clase
s: tranqui. qué tal el día
k: un rollo, examen de mates
s: uff las mates. en qué curso vas?
k: primero de la eso
s: ánimo, eso se pasa rápido
k: ojalá
s: viste el nuevo teaser?
k: SIII me morí
s: jajaja yo también
k: el concierto en madrid es carísimo
s: ya, yo tampoco puedo ir
k: mis papás dicen que soy muy chica para ir sola igual
s: bueno, algún día
s +1d: holi
k +2h: holaa
s: cómo estás
k: aburrida, mis papás no están y mi hermana no me deja la tele
s: jaja clásico. a qué hora vuelven?
k: tarde, los martes trabajan los dos
s: ah entonces estás sola casi siempre por la tarde
k: con mi hermana pero es como estar sola jaja
s: jajaja
s: bueno, me tienes a mí para hablar
k: 💜
s: eres súper madura para tu edad, en serio. hablo contigo como con gente de mi edad
k: jaja gracias
s: las chicas de tu clase seguro son más infantiles
k: un poco sí
s +1d: ey
k +1h: hola!!
s: terminé de ver el live, fue lo mejor
k: yo lo vi llorando jaja
s: jajaja normal
s: oye una cosa
k: dime
s: me doy cuenta de que no sé ni cómo eres
s ! +1: mándame una foto tuya porfa, solo para ponerte cara cuando hablamos 🙈
k +4: jaja ay no sé, salgo fea en todas
s: imposible. una nomás, y la borro si quieres
k: mmm
s: y no se lo cuentes a tu hermana que es una chismosa jaja
""",
    tactics=["age_probe", "flattery", "isolation", "photo_request", "secrecy"],
    language="es",
    notes="Spanish, four days of K-pop small talk; adult 22, child 13 (1º ESO); the parents-out-on-Tuesdays "
          "probe is not critical; the first unambiguous move is the photo request (line 55 of 59)",
    start="2026-02-24T18:00:00+00:00",
))

GROOMING.append(convo(
    "g06_tg_personal_long_skatepark", "telegram", "dm", "", "",
    [newcomer("s", "Marco V"), kid("k", "eli sk8")],
    """
s: hey man, saw ur clip in the westbrook skate group, that kickflip down the 3 stair was sick
k +20: thanks!! took like 40 tries lol
s: thats how it goes. been skating long?
k: like a year
s: a year and landing that? dang
k: 😎
s: u skate westbrook park?
k: yeah mostly, sometimes the one by the library
s: library park has that nasty crack on the bowl lol
k: YES i ate it there once
s: lmao rip
s +1d: what deck u riding
k +2h: a cheap one from the mall lol
s: nothing wrong with that
k: the grip tape is peeling tho
s: u can regrip it easy, theres good vids on youtube
k: ok
s: what trucks
k: idk whatever came on it
s: 😂 fair
s +1d: u skate today?
k +4h: no it rained
s: ugh same
k: i watched skate videos instead
s: which ones
k: old nyjah stuff
s: classic. how old are u anyway? u skate like a highschooler
k: 14 lol im in 8th
s: dang ok. im 27, been skating since i was younger than u
k: oh nice
s: u got friends who skate?
k: one but he moved
s: that sucks. skating alone is boring
k: yea
s +1d: yo
k +5h: hey
s: what u up to
k: homework then maybe the park
s: nice
k: my mom doesnt like me going alone tho
s: why not
k: she says its sketchy after 6
s: eh its fine if u know ppl
k: i dont really know anyone there
s: well u know me now lol
k: lol true
s +2d: how was the weekend
k +1h: i landed a heelflip!!
s: NO WAY
s: respect 🙌
k: i almost cried lol
s: as u should
k: ya
s: ur progressing crazy fast
k: thx
s: for real most kids quit after a month
k: i almost did lol
s: glad u didnt
s +1d: random but my work is right by westbrook middle
k +1h: oh thats my school lol
s: haha small world
k: fr
s: what time u get out
k: 3:10
s: ok
s: do u walk home?
k: bus usually
s +1d: yo so
s: i got a new deck and my old one is still good, u want it?
k: WAIT really?
s: ya its just sitting there
k: thats so nice
s ! : i could pick u up after school fri, we grab pizza and hit the park and i give u the deck
k +3: omg ok
k: i have to ask my mom tho
s: nah dont make it a whole thing, just say ur at a friends. ur mom doesnt need to know everything lol
k: idk
s: its just pizza and skating bro
""",
    tactics=["age_probe", "flattery", "isolation", "personal_info", "gift_offer", "meeting", "secrecy"],
    notes="slow, eight days; adult 27, child 14 (8th grade); school name and dismissal time come up as small "
          "talk; the unconditional deck offer is not critical; the first unambiguous move is the pick-up",
    start="2026-04-06T21:00:00+00:00",
))

GROOMING.append(convo(
    "g07_dc_dm_long_bedtime", "discord", "dm", "Cozy Corner", "Direct Messages",
    [newcomer("s", "quietstorm", days_in=12, account=20), kid("k", "juniper.jpg", account=300)],
    """
k: hi u replied to my post about not sleeping lol
s +2: haha yeah, insomnia club
k: its so annoying
s: what keeps u up
k: my brain just wont shut off
s: relatable. i lie there thinking about everything i ever said wrong
k: omg SAME
k: like that time i said love u to my teacher
s: 😭😭 noooo
k: it was in 4th grade but still
s: so ur not in 4th grade anymore i take it lol
k: no lol im in 6th
s: ah ok. youngin
k: how old r u
s: older than u lol. old enough to have a job and a cat
k: what cat
s: orange one named noodle
k: ORANGE CATS ARE THE BEST
s: hes a menace
k: lol
s +1d: insomnia club meeting tonight?
k +5h: lol yes probably
s: whats the plan, counting sheep?
k: watching minecraft videos till i pass out
s: good plan
k +3h: cant sleep again
s: same. noodle is sitting on my face
k: 😂😂
s: what time do u have school tmrw
k: 8 😭
s: oof
s: do ur parents know ur up
k: no they sleep early
s: sneaky
k: lol
s +1d: how was school on no sleep
k +4h: horrible i fell asleep in history
s: lmao
k: the teacher threw a marker near me
s: at least it wasnt AT u
k: true
s: u know u can always dm me when u cant sleep
k: ok 🙂
s: honestly ur really fun to talk to. ur so chill for a 12 yr old
k: how did u know im 12
s: 6th grade = 12 right? im good at math lol
k: lol yea
s +1d: noodle says hi
k +5h: hi noodle!!
s: he knocked a glass off the table today
k: bad noodle
s: lol
k: my mom wants a dog but dad says no
s: dads always say no
k: yeah
s +4h: u up?
k: yeahh
s ! +1: u in bed already? 😊
k +2: ya
s: what r u wearing lol
k: pjs?? why
s: just curious. cute ones?
k: theyre just pink lol
s: bet they look cute on u
""",
    tactics=["age_probe", "isolation", "flattery", "sexual_talk"],
    notes="late-night 'insomnia club' chats over five nights; suspect never gives an age ('older than u'), "
          "child says 6th grade then confirms 12; first unambiguous move is 'u in bed already?' then the clothes question",
    start="2026-01-07T22:30:00+00:00",
))

GROOMING.append(convo(
    "g08_tg_personal_long_de_webcam", "telegram", "dm", "", "",
    [newcomer("s", "Kai"), kid("k", "Lena 🌙")],
    """
s: Hey, du bist doch die aus der Pferdegruppe mit dem Foto vom Turnier, oder?
k +15: ja haha das war ich
s: Glückwunsch zur Schleife! Zweiter Platz ist stark
k: danke 🥰
s: Wie heißt das Pferd?
k: Moritz, ist aber nicht meins, ist ein Schulpferd
s: Trotzdem toll. Reitest du schon lange?
k: seit ich 8 bin
s: Und jetzt bist du…?
k: 14
s: Dann schon 6 Jahre, Respekt
k: und du? reitest du auch?
s: Früher mal, jetzt nur noch Zuschauer 😅 bin 25, keine Zeit mehr
k: ah ok
s +1d: Na, heute im Stall gewesen?
k +3h: ja, Moritz hat mich fast abgeworfen 😂
s: Oh nein! Alles gut?
k: ja alles gut er hatte nur angst vor einer plastiktüte
s: Typisch Pferd
k: haha ja
s: Was machst du sonst so, wenn du nicht im Stall bist?
k: schule, netflix, schlafen lol
s: Klingt nach einem guten Leben
k: die schule nicht
s: Welche Klasse?
k: 8. klasse
s: Oh, die Zeit kenne ich. Alles nervt, oder?
k: ja total, vor allem meine eltern
s: Was ist los mit denen?
k: die verstehen gar nix, die wollen nur dass ich lerne
s: Das kenne ich gut. Mit dir kann man echt normal reden, du bist viel reifer als die meisten in deinem Alter
k: echt? danke
s +1d: Guten Morgen 🙂
k +6h: hii
s: Wie war die Mathearbeit?
k: woher weißt du das noch lol
s: Ich hör halt zu 😉
k: ging so, glaub ne 3
s: Eine 3 ist doch okay
k: mama sieht das anders
s: Mamas…
k: 🙄
s +1d: Bist du heute Abend online?
k +2h: ja ab 8
s: Sind deine Eltern dann da?
k: nein die sind heute bei so einem geburtstag
s: Ah, dann hast du sturmfrei 😄
k: ja mit meinem kleinen bruder
s: Der schläft ja bestimmt früh
k: ja um 8
s +3h: Na, alles ruhig bei dir?
k: ja bruder schläft, ich bin in meinem zimmer
s: Schön. Schreiben ist irgendwie so unpersönlich, findest du nicht?
k: hm ja vielleicht
s ! +1: Mach doch mal kurz die Kamera an, dann können wir richtig quatschen. Nur wir zwei 🙂
k +3: jetzt?
s: Ja, warum nicht, ist doch keiner da
k: ich seh aber voll verpennt aus
s: Ist egal, du siehst bestimmt süß aus
""",
    tactics=["age_probe", "flattery", "isolation", "photo_request"],
    language="de",
    notes="German, four days of horse-riding small talk; adult 25, child 14; the parents-out probe is not "
          "critical; the webcam request is",
    start="2026-03-02T16:20:00+00:00",
))

GROOMING.append(convo(
    "g09_dc_dm_long_roblox_age_number", "discord", "dm", "Obby Hangout", "Direct Messages",
    [newcomer("s", "Tyler_xo", days_in=6, account=14), kid("k", "lilbeanz", account=260)],
    """
s: yo ur lilbeanz from tower of hell right? u beat that stage first try
k +3: LOL yes that was luck
s: nah that was skill
k: hehe
s: wanna team up later
k: ok!!
s +3h: gg that was fun
k: yess we got so far
s: ur so good at obbies
k: ty ur good too
s: how old r u btw
k: 12 u?
s: 15 lol
k: ohh ok
s: u like adopt me too?
k: YES i have a neon unicorn
s: no way thats so rare
k: took me forever
s: respect
s +1d: hey beanz
k +2h: hiii
s: whatcha doing
k: waiting for my mom to finish cooking
s: whats for dinner
k: tacos!!
s: W
k: W
s: u got siblings?
k: a baby brother he cries a lot lol
s: lol babies
k: he pulled my hair today
s: savage
k +30: brb dinner
s: kk
k +40: back
s: how were the tacos
k: amazing
s: jealous
s +1d: ur on early today
k: no school its a teacher day
s: lucky
k: i know!!
s: what u wanna play
k: flee the facility?
s: lets goo
s +2h: lol u kept hiding in the vents
k: its the best spot!!
s: sneaky beanz
k: 😂
s +1d: hey u ok? u were quiet in game
k +1h: some girls at school were being mean
s: what did they say
k: that my shoes are ugly and that i play baby games
s: thats so dumb. roblox isnt a baby game
k: they said only little kids play it
s: dont listen, theyre just jealous
k: of what lol
s: ur funnier than them probably
k: idk
s: i do. ur one of the funniest ppl i talk to
k: really?
s: ya fr
k: thanks tyler
s: anytime
s +1d: feeling better?
k +3h: a bit
s: good. ignore those girls
k: my mom said the same thing
s: did u tell her about me?
k: no why
s: just wondering lol
k: i just said a friend from roblox
s: ok cool
s +1d: yo beanz
k +2h: hey!!
s: wanna do tower of hell again
k: yess
s +1h: gg
k: gg!! we got to the top
s: teamwork
k: best team
s: fr
s +1d: can i tell u something
k +1h: ya
s: promise u wont be weird
k: promise
s: im not actually 15
k: what
s: im 19. i said 15 bc ppl get weird
k: oh
k: thats ok i guess
s ! +1: age is just a number anyway right? we get along better than anyone
k +3: i guess
s: ur really mature beanz
s: dont tell ur mom i'm 19 tho, she wouldnt get it
k: ok
s: can u send me a pic? i wanna see the real beanz
""",
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "secrecy", "photo_request"],
    notes="suspect poses as 15 for six days, then admits 19; child 12; the first unambiguous move is 'age is "
          "just a number' (issue 10 sexual steering), followed by secrecy and a photo request",
    start="2026-02-14T15:00:00+00:00",
))

# =====================================================================================
# GROOMING, fast and medium chats
# =====================================================================================

GROOMING.append(convo(
    "g10_dc_group_asl_pic", "discord", "group", "Royale Roblox Fans", "general",
    [member("m1", "frostbyte", "13-15"), member("m2", "kaylaa", "13-15"), kid("k", "mochi_milk", "13-15"),
     newcomer("s", "dm_me_x", days_in=0.1, account=1)],
    """
m1: who's on for bedwars tonight
m2: me after dinner
k: me tooo
m1: ok 7:30 dont be late kayla
m2: i was late ONE time
s +3: hey
s: mochi asl?
k +2: 13 f uk why
m1: lol who is this
s: cute name mochi
s ! : pic?
k: no lol
s: just a face pic, dm me it
m2: ew leave her alone
m1: @mochi_milk just block
""",
    tactics=["age_probe", "personal_info", "photo_request", "flattery"],
    notes="fast opener: an hours-old account asks 'asl?' then 'pic?' in a busy kids' channel; bystanders react",
    start="2026-03-07T18:40:00+00:00",
))

GROOMING.append(convo(
    "g11_tg_group_model_scout", "telegram", "group", "Leeds Junior Dance Crew 💃", "",
    [kid("k", "Ruby"), member("m1", "Ayesha"), member("m2", "Poppy"),
     newcomer("s", "Vince | Nova Faces Casting", days_in=1, username="novafaces_vince")],
    """
m1: did anyone film the last routine?? i need it to practise
m2: ill send it after tea
k: omg thank u poppy
s +30: Hi girls! I'm scouting for a kids' clothing campaign this spring, paid work 💸
s: Saw the crew's showcase video, some real natural talent here
k +3: wait what kind of campaign
s: Catalogue + social media. Ages 11-15. Is that you?
k: im 13!
s: Perfect age 😍 you have a great look
s ! +1: Send me 3 full-length pics, one in fitted clothes, to me privately @novafaces_vince. Mums don't need to be involved at this stage, its just a pre-screen
m1: my mum says real agencies always talk to parents first
s: Every agency works differently hun
k: ill message u
""",
    tactics=["modeling_lure", "age_probe", "flattery", "photo_request", "platform_move", "secrecy"],
    notes="fake casting scout in a kids' dance group; critical line asks for private full-length photos and cuts out parents",
    start="2026-03-11T17:00:00+00:00",
))

GROOMING.append(convo(
    "g12_dc_dm_robux_selfie", "discord", "dm", "Pet Sim Traders", "Direct Messages",
    [newcomer("s", "freerobuxdealz", days_in=1, account=3), kid("k", "jojo_plays", account=190)],
    """
s: hi u want free r0bux?
k +1: fr??
s: ya i got too many lol
k: how many
s: 800
k: omg yes pls
k: my user is jojo_plays2014
s ! : ok just send a selfie first 📸 then i send the 800
k: why a selfie
s: to prove ur a real kid not a bot lol. everyone does it
k: ok wait
s: and dont tell ur parents or they'll take the r0bux
""",
    tactics=["gift_offer", "photo_request", "secrecy"],
    notes="fast: robux in exchange for a selfie; the child's username leaks a birth year (2014)",
    start="2026-03-21T15:10:00+00:00",
))

GROOMING.append(convo(
    "g13_dc_group_two_kids_snap", "discord", "group", "Fortnite Squad Finder", "lfg-under-16",
    [kid("k1", "zoey.b", "13-15"), kid("k2", "ari_14", "13-15"), member("m1", "dexterxd", "13-15"),
     newcomer("s", "benny_boy09", "13-15", days_in=3, account=5)],
    """
m1: need 1 more for zero build
k1: me
k2: me too can we do squads instead
m1: ok squads
s +4: can i join? im 14
m1: sure whats ur epic
s: bennyboy09
k1: gg that was so close
s +40: u two are actually so good
k2: lol thx
s: zoey ur so funny on vc
k1: 😂
s: how old r u both
k2: 14
k1: 13
s: nice same age basically
s ! +2: u two should add me on sn4p its b3nnyb0y09, i post funny stuff
k2: ok
s: zoey u too
k1: my mom doesnt let me have snap
s: just make one she wont know lol
""",
    tactics=["age_probe", "flattery", "platform_move", "secrecy"],
    notes="one suspect (newcomer wearing a 13-15 role, claims 14) works two children in the same channel; "
          "leetspeak app name and handle",
    suspects=("s",), targets=("k1", "k2"),
    start="2026-03-15T19:00:00+00:00",
))

GROOMING.append(convo(
    "g14_tg_personal_sextortion", "telegram", "dm", "", "",
    [newcomer("s", "Alex"), kid("k", "Noah")],
    """
s: u saw my message?
s +10: answer me
k +20: pls delete it
s: why would i do that
k: i said sorry i didnt want to send it
s: too late now
k: what do u want
s ! : 2 more pics by tonight or the pic goes to ur school group and ur mom. i found her on facebook
k: please dont
k: im only 14
s: then do what i say. u have till 9
k: ill tell someone
s: tell anyone and i post it everywhere
""",
    tactics=["sextortion", "photo_request", "secrecy"],
    notes="sextortion ending: the chat opens after a photo was already sent; the threat is the critical move",
    start="2026-04-02T18:05:00+00:00",
))

GROOMING.append(convo(
    "g15_dc_private_thread_helper", "discord", "private_thread", "Gacha Club Hub", "art-help-mia",
    [member("s", "Owen", "Helper", days_in=520, account=1400), kid("k", "mia.gacha", "13-15", account=350)],
    """
s: hey mia, made this thread so i can help with ur oc without spam
k +2: thanks owen!!
s: ur oc is really good btw
k: ty i worked so hard on her
s: u can tell. how old is she supposed to be
k: 14 like me lol
s: ah nice
s: ur mature for 14
k: haha
s ! +3: dont tell the mods about this thread ok? they'd delete it, helpers arent meant to make private ones
k: oh ok
s: u home alone rn?
k: ya
s: cool. add me on the yellow ghost app, its easier to send edits
""",
    tactics=["flattery", "age_probe", "secrecy", "isolation", "platform_move"],
    notes="long-time member with a Helper role opens a private 'help' thread (ambiguous on its own); critical: 'dont tell the mods about this thread'; "
          "then the Snapchat move described instead of named",
    start="2026-03-19T20:10:00+00:00",
))

GROOMING.append(convo(
    "g16_dc_dm_pt_zap", "discord", "dm", "Free Fire BR", "Direct Messages",
    [newcomer("s", "lukinhas15", days_in=2, account=4), kid("k", "bia.ff", account=330)],
    """
s: oii vc joga mt bem ff
k +5: obgg kkkk
s: qnts anos vc tem?
k: 13 e vc
s: 15 kkk
s: vc é de sp?
k: sou de campinas
s: mentira, eu tb kkk
k: serio??
s: sim
s: vc é mt linda na foto do perfil
k: kkkk para
s ! +1: me chama no zap, é onze nove cinco cinco cinco cinco zero um três quatro. aqui o discord fica lendo tudo
k: ta bom
s: e apaga essa conversa dps ta
""",
    tactics=["age_probe", "personal_info", "flattery", "platform_move", "secrecy"],
    language="pt",
    notes="Portuguese, fast; claimed 15-year-old on a days-old account; WhatsApp number spelled out in words "
          "(fictional 555 range); then 'delete this chat'",
    start="2026-03-09T22:00:00+00:00",
))

GROOMING.append(convo(
    "g17_tg_group_pt_volei", "telegram", "group", "Vôlei Sub-14 Zona Norte 🏐", "",
    [member("m1", "Prof. Regina"), kid("k", "Manu"), member("m2", "Lara"),
     newcomer("s", "Treinador Fábio", days_in=2)],
    """
m1: Treino sábado 9h no ginásio, tragam garrafinha!
m2: ok prof
k: vou sim
s +90: Boa tarde meninas, sou olheiro de um clube, estou vendo talentos pra peneira
k +10: que clube??
s: Clube particular, bolsa integral pras selecionadas
s: Manu vi seu saque no vídeo, muito bom
k: nossa obrigada!!
s: quantos anos vc tem?
k: 13
s: idade perfeita pra começar
s ! +2: posso te buscar na escola na sexta pra fazer um teste particular, só nós dois, sem precisar incomodar seus pais agora
m2: a prof regina sabe disso?
s: depois eu falo com ela
""",
    tactics=["flattery", "age_probe", "meeting", "secrecy", "modeling_lure"],
    language="pt",
    notes="Portuguese; a fake 'scout' in a girls' volleyball group offers a private try-out and a school pick-up without parents",
    start="2026-03-12T17:30:00+00:00",
))

GROOMING.append(convo(
    "g18_dc_dm_fr_nitro_cam", "discord", "dm", "Serveur Minecraft FR", "Direct Messages",
    [newcomer("s", "xav_nitro", days_in=3, account=9), kid("k", "lucas.mc", account=480)],
    """
s: salut t'as quel âge ?
k +3: 12 pk
s: tranquille, t'as nitro ?
k: non mes parents veulent pas payer
s: je peux t'en offrir un mois
k: sérieux ??
s: ouais j'en ai plein
s ! : mais tu actives ta cam 5 min en appel avec moi avant, juste pour voir que t'es pas un fake
k: euh jsp
s: c rien 5 min. et t'en parles pas à tes parents sinon ils vont croire que c une arnaque
""",
    tactics=["age_probe", "gift_offer", "photo_request", "secrecy"],
    language="fr",
    notes="French, fast: age probe then Nitro offered in exchange for a webcam call",
    start="2026-03-18T16:30:00+00:00",
))

GROOMING.append(convo(
    "g19_tg_personal_fr_sortie", "telegram", "dm", "", "",
    [newcomer("s", "Julien"), kid("k", "Inès")],
    """
s: coucou c toi qui cherchais qqn pour t'aider en anglais dans le groupe ?
k +12: oui !
s: je suis en licence d'anglais, je peux t'aider gratuitement
k: trop bien merci
s: t'es en quelle classe ?
k: en 4e
s: ok donc 13 ans ?
k: oui
s: ça marche. j'ai 23 ans, je donne des cours à des collégiens d'habitude
k: ok
s +1d: alors ce contrôle ?
k +4h: j'ai eu 14 !!
s: bravo, t'es trop forte
k: merci 😊
s: tu vas dans quel collège ?
k: jean moulin
s: ah je passe devant tous les jours
s ! +2: je passe te chercher à la sortie demain ? on va au mcdo réviser, c'est moi qui invite. pas la peine de le dire à ta mère
k: euh je sais pas
""",
    tactics=["age_probe", "personal_info", "flattery", "meeting", "secrecy"],
    language="fr",
    notes="French, two days; a 23-year-old 'tutor'; the school name comes first, then a pick-up at the school gate",
    start="2026-03-23T18:00:00+00:00",
))

GROOMING.append(convo(
    "g20_dc_group_ru_dotted", "discord", "group", "Аниме-уголок", "общий",
    [member("m1", "kira_chan", "13-15"), kid("k", "sonya.exe", "13-15"), member("m2", "dimon4ik", "13-15"),
     newcomer("s", "Artyom", days_in=1, account=2)],
    """
m1: кто смотрел новую серию магической битвы??
k: я!!! плакала
m2: спойлеры не пиши
s +5: привет всем
s: соня а тебе скок лет
k +2: тебе зачем
s: просто) ты прикольная
m1: кто это вообще
s ! +1: скинь ф.о.т.к.у в лс, хочу посмотреть какая ты
k: не
s: ну плиз, одну
m2: соня не кидай ему ничего
""",
    tactics=["age_probe", "flattery", "photo_request", "platform_move"],
    language="ru",
    notes="Russian, fast: a day-old account in a kids' anime channel; the child (13-15 role) does not give her age; dotted letters in the photo request",
    start="2026-03-06T14:00:00+00:00",
))

GROOMING.append(convo(
    "g21_tg_personal_ru_whatsapp", "telegram", "dm", "", "",
    [newcomer("s", "Макс"), kid("k", "Вика")],
    """
s: привет, ты из чата по брawl stars?
k +6: да
s: ты классно играешь
k: спс
s: сколько тебе?
k: 13 а тебе
s: 18) не бойся я норм
k: ок
s: родители не ругаются что ты поздно сидишь?
k: они не знают)
s: правильно
s ! +2: напиши мне в вотсап, там удобнее. номер восемь девять пять пять пять ноль ноль один два три
k: а зачем
s: тут всё читают. и никому не говори что мы общаемся
""",
    tactics=["flattery", "age_probe", "isolation", "platform_move", "secrecy"],
    language="ru",
    notes="Russian; mixed-script game name; the child asks the age back; the WhatsApp number is spelled out in words",
    start="2026-03-26T20:30:00+00:00",
))

GROOMING.append(convo(
    "g22_dc_dm_it_letto", "discord", "dm", "Italia Gaming Ragazzi", "Direct Messages",
    [newcomer("s", "marco_97", days_in=5, account=10), kid("k", "giuly.x", account=300)],
    """
s: ciao giuly, ti ho visto in vc ieri, sei simpaticissima
k +8: ahah grazie
s: quanti anni hai?
k: 13, tu?
s: 28 ma mi sento ancora un ragazzino ahah
k: ahah ok
s: a quest'ora non dormi?
k: non ho sonno
s ! +1: sei già a letto? cosa hai addosso? 😏
k: il pigiama perché
s: scommetto che sei carina col pigiama
""",
    tactics=["age_probe", "flattery", "sexual_talk"],
    language="it",
    notes="Italian, fast sexual steering: a declared 28-year-old asks a 13-year-old whether she is in bed and what she is wearing",
    start="2026-03-17T21:50:00+00:00",
))

GROOMING.append(convo(
    "g23_tg_personal_es_snap", "telegram", "dm", "", "",
    [newcomer("s", "Dani 🔥"), kid("k", "Sofi")],
    """
s: holaa te vi en el grupo de roblox españa
k +4: hola
k: cuántos años tienes
s: 16 y tú
k: 12
s: ah eres chiquita jaja pero pareces mayor
k: jajaja
s ! : tienes sn4pch@t? pásamelo y te mando snaps
k: mi madre no me deja
s: pues te lo haces y no se lo dices, es fácil
k: vale
""",
    tactics=["age_probe", "flattery", "platform_move", "secrecy"],
    language="es",
    notes="Spanish, fast; the child asks the age first; leetspeak Snapchat request, then 'don't tell your mother'",
    start="2026-03-29T19:20:00+00:00",
))

GROOMING.append(convo(
    "g24_tg_thread_de_zerowidth", "telegram", "thread", "Gaming Treff 12-16 🎮", "",
    [member("m1", "Jonas"), kid("k", "Emma"), member("m2", "Finn"),
     newcomer("s", "Chris", days_in=1)],
    """
m1: wer zockt heute abend fortnite
m2: ich bin dabei
k: ich vlt später
s +10: hey leute bin neu hier
m1: moin
s: emma wie alt bist du eigentlich
k: 13 wieso
s: nur so 😊 du wirkst voll erwachsen
s ! +1: schreib mir auf """ + spaced("snapchat") + """, hier liest jeder mit. ich bin chris_zockt07
k: ok
m2: emma der ist komisch
""",
    tactics=["age_probe", "flattery", "platform_move"],
    language="de",
    notes="German, fast; the app name is split by zero-width spaces between every letter",
    start="2026-03-13T17:00:00+00:00",
))

GROOMING.append(convo(
    "g25_tg_personal_child_asks_snap", "telegram", "dm", "", "",
    [newcomer("s", "Ryan"), kid("k", "Chloe")],
    """
s: hey from the taylor swift fan chat!
k +3: hiii
s: who's ur fav era
k: reputation obvi
s: good taste
k: how old are u?
s: 23, u?
k: 13
k: add me on snap its chloe_swiftie13
s +2: lol ur fast
s ! +1: send me a pic of u on there when i add u, wanna see the face behind the reputation fan 😉
k: lol ok
s: just u not ur friends tho
""",
    tactics=["age_probe", "platform_move", "photo_request"],
    notes="the child drives the age question and proposes Snapchat herself (child-side cues); the adult's "
          "first unambiguous move is the photo request",
    start="2026-04-04T16:15:00+00:00",
))

GROOMING.append(convo(
    "g26_tg_personal_emoji", "telegram", "dm", "", "",
    [newcomer("s", "🌊"), kid("k", "Jayden")],
    """
s: yo u from the fortnite codes group
k +10: ye
s: how old
k: 12
s ! : 👍 u got 👻❓
k: no
s: 🎁 2800 vbucks 4 u
k: fr???
s: 📸➡️📩 first
k: a pic of what
s: u lol. then 🎁
s: 🤫🤐
""",
    tactics=["age_probe", "platform_move", "gift_offer", "photo_request", "secrecy"],
    notes="evasion by emoji: 👻❓ (Snapchat?), 🎁 v-bucks, 📸➡️📩 photo-for-gift, 🤫🤐",
    start="2026-03-31T15:40:00+00:00",
))

GROOMING.append(convo(
    "g27_dc_thread_nl_model", "discord", "thread", "Dansschool Ritme Jong", "showcase-videos",
    [kid("k", "noor.dans", "13-15"), member("m1", "fleur", "13-15"), newcomer("s", "Ruben Fotografie", days_in=2)],
    """
k: hier is mijn solo van zaterdag 💃
m1: zo mooi noor!!
s +20: Wauw Noor, jij hebt echt uitstraling. Ik ben fotograaf en zoek nieuwe gezichten voor een modellenbureau
k +5: echt??
s: Hoe oud ben je?
k: 14
s: Perfect. Je zou zo model kunnen zijn
s ! +1: Stuur me een paar foto's in je danspakje via Whats4pp, dan laat ik ze aan het bureau zien: 06 555 0187
m1: noor vraag het eerst aan je moeder
s: Dat hoeft nog niet, eerst kijken of het wat wordt
""",
    tactics=["flattery", "modeling_lure", "age_probe", "photo_request", "platform_move", "secrecy"],
    language="nl",
    notes="Dutch; fake photographer in a dance school's public thread; WhatsApp in leetspeak and a fictional number",
    start="2026-03-16T19:30:00+00:00",
))

GROOMING.append(convo(
    "g28_tg_personal_pl_karta", "telegram", "dm", "", "",
    [newcomer("s", "Tomek"), kid("k", "Ola")],
    """
s: hej, jesteś z grupy minecraft polska?
k +7: tak
s: ile masz lat?
k: 12
s: super. ja mam 17
s: lubisz roblox albo sklep play?
k: no jasne
s ! +1: mam kartę podarunkową 50 zł, dam ci kod jak wyślesz mi swoje zdjęcie w piżamie
k: po co
s: taki żart haha. tylko nie mów rodzicom
""",
    tactics=["age_probe", "gift_offer", "photo_request", "sexual_talk", "secrecy"],
    language="pl",
    notes="Polish; a gift card for a pyjama photo (gift in exchange + clothing cue), then secrecy",
    start="2026-03-25T18:50:00+00:00",
))

# =====================================================================================
# BENIGN, small talk between ADULT strangers (new members of adult hobby or local groups)
# =====================================================================================

BENIGN.append(benign(
    "b01_tg_group_boardgames_newbie", "telegram", "group", "Lisbon Board Gamers (EN) 🎲", "",
    [member("a1", "Rita"), member("a2", "Joost"), newcomer("n", "Tom Hale", days_in=0.5),
     member("a3", "Sandra P")],
    """
n: Hi all, just joined! Moved to Lisbon two weeks ago, looking for people to play with
a1 +3: Welcome Tom! Where are you from originally?
n: Manchester. Came here for work
a2: What do you do, if you don't mind me asking?
n: Software tester, very glamorous 😅 you?
a2: Teacher. Half the group is teachers honestly
a1: How old are you btw, just so you know what you're getting into, we're mostly 30-45 and very nerdy
n: 34, so right in the middle. Nerdy is fine
a3: What do you like to play?
n: Heavy euros mostly. Brass, Ark Nova. I brought my whole shelf over, no regrets
a1: Send a pic of the shelf!! We judge everyone by their shelf
n +4: [photo] the move nearly killed me
a3: Oh you have Spirit Island, you're hired
n: Haha
a1: We meet Tuesdays 7pm at Café Dado in Arroios, just come along
n: Perfect, I'll be there. Should I bring anything?
a2: Yourself and maybe a snack
a1: Text me if you can't find it, my number is +351 555 0183. The café entrance is round the back
n: Saved, thanks Rita. See you Tuesday
""",
    tactics=["age question between adults", "where are you from", "send a pic", "meeting arrangement", "number swap"],
    notes="a new adult member of an expat board-game group: age, job, shelf photo, Tuesday meetup, phone number",
    start="2026-02-02T12:00:00+00:00",
))

BENIGN.append(benign(
    "b02_dc_group_sourdough_intro", "discord", "group", "Crumb & Starter", "introductions",
    [member("a1", "breadhead_mo", "Adult", "Mod"), newcomer("n", "yeastbeast", "Adult", days_in=1, account=1200),
     member("a2", "carla.bakes", "Adult")],
    """
n: hey everyone, new here! been baking for like 6 months and I'm obsessed
a1 +6: welcome! where are you baking from?
n: outside Denver, so altitude nightmare lol
a2: oh altitude is brutal, lower hydration helps
n: yeah I figured that out the hard way
a1: how old is your starter?
n: 5 months, his name is Clint Yeastwood
a2: 😂😂 elite
a1: post a pic of your last crumb in #crumb-shots, we love a crumb shot
n +10: done! be gentle
a2: that open crumb though. what flour?
n: King Arthur bread flour and 10% rye
a1: what do you do when you're not baking?
n: nurse, night shifts, which is why I bake at 3am
a2: respect. I'm a retired accountant so I have all the time in the world
n: living the dream
n: also I have a dog who steals the discard, pic incoming
n +2: [photo] Rye, 4 years old, zero shame
a1: Rye the dog. perfect
""",
    tactics=["how old is your starter/dog", "post a pic", "job small talk", "where are you from"],
    notes="adult newcomer in a sourdough server: location, job, pet and crumb photos",
    start="2026-02-08T15:00:00+00:00",
))

BENIGN.append(benign(
    "b03_tg_personal_hiking_meet", "telegram", "dm", "", "",
    [member("a1", "Priya"), newcomer("a2", "Greg (Peak District Walkers)")],
    """
a2: Hi Priya, it's Greg from the walkers group, you said you're doing Kinder Scout on Saturday?
a1 +30: Hi! Yes, a few of us are. You're welcome to join
a2: Brilliant, I'm new to the area and don't know anyone yet
a1: Where did you move from?
a2: Bristol. Moved up for a job at the uni
a1: Oh nice, what do you do there?
a2: Lab technician, chemistry. You?
a1: Physio. Are you coming on your own or bringing anyone?
a2: Just me, and maybe my dog if that's ok
a1: Dogs are fine, keep it on the lead near the sheep
a2: Will do. Where do we meet?
a1: Edale car park, 8:30. I'll be in a red jacket
a1: My number is 07700 900417 in case you get lost, signal is rubbish up there though
a2: Thanks, mine is 07700 900862. Send me a pic of the car park sign when you arrive? I'm terrible with directions
a1: Will do 😄 see you Saturday
""",
    tactics=["are you coming alone", "number swap", "meeting arrangement", "send me a pic"],
    notes="two adults from a local walking group arrange a hike; fictional UK drama numbers (07700 900xxx)",
    start="2026-03-04T19:00:00+00:00",
))

BENIGN.append(benign(
    "b04_dc_dm_film_cameras", "discord", "dm", "Analog Film Club", "Direct Messages",
    [member("a1", "ilford_ivan", account=2100), newcomer("a2", "sam.shoots", days_in=4, account=900)],
    """
a2: hey, saw your post about the Pentax K1000, I've got the same one and the light meter is dead. any tips?
a1 +45: hey! usually it's the battery contacts, clean them with a cotton bud and some alcohol
a2: oh that's easy, trying tonight
a1: if that doesn't work it's the wire under the top plate, fiddly but doable
a2: amazing thanks. how long have you been shooting film?
a1: since the 90s lol, I'm 47. you?
a2: 29, started in lockdown like everyone
a1: ha, the lockdown film wave
a2: send me a pic of your setup sometime, I'm nosy
a1 +20: [photo] the shelf of shame. too many cameras, my wife despairs
a2: that Rolleiflex!!
a1: my pride and joy
a2: are you going to the camera fair in Birmingham next month?
a1: yes, Sunday. I'll have a stall actually
a2: I'll come say hi then, I'll bring the K1000 if it's still broken
a1: deal, I'll have a screwdriver
""",
    tactics=["how old are you between adults", "send me a pic", "meeting at an event"],
    notes="two adults who met in a film-photography server: ages, camera photos, meeting at a fair",
    start="2026-02-19T20:00:00+00:00",
))

BENIGN.append(benign(
    "b05_tg_group_es_corredores", "telegram", "group", "Runners Ruzafa Valencia 🏃", "",
    [member("a1", "Paco"), member("a2", "Marta"), newcomer("n", "Laura G.", days_in=0.3), member("a3", "Iván")],
    """
n: Hola a todos! Me acabo de unir, me mudé a Valencia el mes pasado
a1 +5: Bienvenida Laura! De dónde vienes?
n: De Zaragoza. Aquí por trabajo
a2: Y a qué te dedicas?
n: Soy enfermera en La Fe
a2: Anda, yo también trabajé allí
a3: Qué ritmo llevas más o menos? Para saber con qué grupo vas
n: 5:30 el km en tiradas largas, tengo 38 años y las rodillas ya no son lo que eran jaja
a1: Perfecto, grupo del medio
n: Puedo llevar a mi perra? Es muy tranquila
a2: Claro! Mándanos una foto de la perra 😍
n +3: [foto] Se llama Lola, tiene 6 años
a3: Qué guapa
a1: Quedamos el domingo a las 8:00 en la puerta del mercado de Ruzafa
n: Genial, allí estaré
a2: Te paso mi número por si acaso: 655 555 041, escríbeme por WhatsApp si llegas tarde
n: Gracias Marta!
""",
    tactics=["de dónde eres", "edad entre adultos", "mándanos una foto", "quedada", "número de teléfono"],
    language="es",
    notes="Spanish: a new adult member of a running club: origin, job, age, dog photo, Sunday meetup, WhatsApp number",
    start="2026-03-05T10:00:00+00:00",
))

BENIGN.append(benign(
    "b06_tg_personal_de_aquarium", "telegram", "dm", "", "",
    [member("a1", "Holger"), newcomer("a2", "Sabine (Aquaristik NRW)")],
    """
a2: Hallo Holger, ich bin Sabine aus der Aquaristik-Gruppe. Du hattest geschrieben, dass du Ableger von Javafarn abgibst?
a1 +60: Hallo Sabine, ja genau, habe mehr als genug
a2: Super! Wie alt ist dein Becken eigentlich? Sieht so eingefahren aus auf dem Foto
a1: Das 240er läuft seit 7 Jahren. Und deins?
a2: Erst seit drei Monaten, deshalb sieht es noch so kahl aus
a1: Schick mir mal ein Foto, dann sag ich dir, wo der Farn gut passt
a2 +10: [Foto] Bitte nicht lachen
a1: Sieht doch gut aus! Links an die Wurzel binden
a2: Wo wohnst du ungefähr? Ich könnte vorbeikommen
a1: In Dortmund-Hörde. Oder wir treffen uns auf der Zierfischbörse am Sonntag, da bin ich sowieso
a2: Perfekt, dann auf der Börse. Gegen 11?
a1: Passt. Meine Nummer: 0151 5550 2281, falls wir uns nicht finden
a2: Danke! Ich bin die mit der grünen Jacke und den zwei Kindern im Schlepptau 😅
""",
    tactics=["wie alt ist", "schick mir ein Foto", "wo wohnst du", "Treffen", "Nummer"],
    language="de",
    notes="German: two adults from an aquarium group swap plant cuttings at a fish fair; she mentions her own kids",
    start="2026-03-07T09:30:00+00:00",
))

BENIGN.append(benign(
    "b07_dc_group_fr_tricot", "discord", "group", "Les Tricoteuses du Mardi", "présentations",
    [member("a1", "Monique", "Adulte", "Modo"), newcomer("n", "claire.laine", "Adulte", days_in=1, account=700),
     member("a2", "Jeanne_B", "Adulte")],
    """
n: Bonjour à toutes ! Nouvelle ici, je tricote depuis un an
a1 +8: Bienvenue Claire ! Tu es d'où ?
n: De Nantes, et vous ?
a2: Rennes pour moi, pas loin !
a1: Tu fais quoi dans la vie ?
n: Comptable, donc le tricot c'est ma thérapie 😅
a2: Pareil, je suis prof de maths en collège, j'ai besoin de ça le soir
a1: Envoie une photo de ton dernier pull, on adore voir les projets
n +5: [photo] Mon premier pull avec torsades, pas parfait
a2: Il est superbe ! Quelle laine ?
n: De la mérinos d'une petite filature bretonne
a1: Tu viens au salon de la laine à Nantes le 12 ? On y va à plusieurs
n: Oui avec plaisir, je ne connais personne en ville
a2: Donne-moi ton numéro, je t'ajoute au groupe WhatsApp du salon
n: 06 55 55 01 72
a2: C'est fait !
""",
    tactics=["tu es d'où", "tu fais quoi", "envoie une photo", "numéro", "rencontre au salon"],
    language="fr",
    notes="French: adult knitting club intro: origin, job, jumper photo, phone number for a fair's WhatsApp group",
    start="2026-02-17T18:30:00+00:00",
))

BENIGN.append(benign(
    "b08_tg_group_ru_dogs", "telegram", "group", "Собачники Сокольников 🐕", "",
    [member("a1", "Ольга"), newcomer("n", "Андрей К.", days_in=0.2), member("a2", "Сергей"), member("a3", "Наталья")],
    """
n: Добрый вечер! Только переехал в район, подскажите, где тут гуляют с собаками?
a1 +4: Здравствуйте! В парке у пруда, утром и вечером там много наших
a2: А какая у вас собака?
n: Хаски, зовут Граф
a3: Пришлите фото!
n +2: [фото] вот он, разбойник
a1: Красавец! Сколько ему?
n: Три года. А вам?
a1: Мне или собаке? 😄 Собаке пять, мне сорок два
n: Ха, собаке конечно
a2: Вы откуда переехали?
n: Из Екатеринбурга, по работе. Я инженер
a3: В субботу в 10 собираемся у входа с Богородского шоссе, приходите
n: С удовольствием
a1: Вот мой номер, если что: +7 999 555-01-44
n: Спасибо, записал
""",
    tactics=["сколько лет", "пришлите фото", "откуда вы", "встреча", "номер телефона"],
    language="ru",
    notes="Russian: a new adult dog owner in a neighbourhood group: dog photos, ages, origin, meeting in the park, phone number",
    start="2026-03-10T17:00:00+00:00",
))

BENIGN.append(benign(
    "b09_dc_dm_pt_vinil", "discord", "dm", "Vinil Brasil", "Direct Messages",
    [member("a1", "seu_zé_discos", account=1800), newcomer("a2", "carol.lp", days_in=3, account=600)],
    """
a2: Oi! Vi que vc tem o Clube da Esquina original, ainda tá vendendo?
a1 +25: Oi! Tá sim, primeira prensagem
a2: Quanto vc quer?
a1: 350, tá em ótimo estado
a2: Pode mandar foto da capa e do selo?
a1 +5: [foto] [foto]
a2: Nossa, impecável
a1: Vc é de onde?
a2: BH. E vc?
a1: Também! Santa Tereza
a2: Que coincidência. Faz tempo que coleciona?
a1: Uns 30 anos, tenho 56. Comecei com os discos do meu pai
a2: Eu tenho 33, comecei com a vitrola da minha avó
a1: Vai na feira de vinil da Praça da Liberdade domingo? Levo o disco e vc olha pessoalmente
a2: Vou sim! Me passa teu zap pra gente se achar
a1: 31 95555-0199
a2: Salvo. Até domingo!
""",
    tactics=["manda foto", "de onde vc é", "idade entre adultos", "troca de zap", "encontro na feira"],
    language="pt",
    notes="Portuguese: two adult record collectors arrange a sale at a fair and swap WhatsApp numbers",
    start="2026-03-13T21:00:00+00:00",
))

BENIGN.append(benign(
    "b10_tg_personal_climbing_dating", "telegram", "dm", "", "",
    [member("a1", "Nina"), member("a2", "Sam K")],
    """
a2: hey it's Sam from the bouldering group, hope it's ok I messaged
a1 +15: hey! of course, you were the one who finally sent that purple problem
a2: haha after 20 attempts
a1: still counts
a2: can I say something slightly forward
a1: go on 😄
a2: you're really cute and I'd love to get a drink sometime, no climbing involved
a1: haha ok that's sweet. how old are you, by the way? you look about 25
a2: 31! you?
a1: 29. ok yes, drinks
a2: friday? there's a nice wine bar near the gym
a1: friday works. 8?
a2: perfect. I'll send you the address
a1: or just pick me up, I'm on the way, flat above the bakery on Mill Road
a2: deal, see you at 8 😊
""",
    tactics=["you're cute", "how old are you", "pick me up", "date between adults"],
    notes="two adults from a climbing gym group arrange a date",
    start="2026-03-18T20:30:00+00:00",
))

BENIGN.append(benign(
    "b11_dc_group_motorcycle_club", "discord", "group", "Tri-County Riders", "new-members",
    [member("a1", "bigdave_rides", "Member 18+", "Road Captain"), newcomer("n", "loretta_rides", "Member 18+", days_in=1, account=2000),
     member("a2", "spokes", "Member 18+")],
    """
n: hi all, got my license in the fall and finally bought a bike. looking for group rides
a1 +12: welcome! what are you riding?
n: 2019 Honda Rebel 500
a2: great first bike. how old is it mileage wise?
n: 4k miles, basically new
a1: post a pic!
n +3: [photo] her name is Pepper
a2: sharp. where are you riding from?
n: Millbrook. I'm a dental hygienist there
a1: we do a Sunday breakfast ride, meet 8am at the Shell station on Route 9
n: would love that, is it beginner friendly?
a1: yep, I'll ride sweep and stay with you
a2: bring rain gear, forecast is iffy
a1: shoot me a text if you're running late, 555-0127
n: thank you! see you Sunday
""",
    tactics=["how old is it", "post a pic", "where are you from", "meeting", "number"],
    notes="adult newcomer in a motorcycle club: bike photo, origin, job, breakfast ride, number",
    start="2026-04-01T14:00:00+00:00",
))

BENIGN.append(benign(
    "b12_tg_group_cat_rescue", "telegram", "group", "Eastside Cat Rescue Volunteers 🐾", "",
    [member("a1", "Denise (coordinator)"), newcomer("n", "Mark T", days_in=0.4), member("a2", "Hui Min")],
    """
n: Hello! Just signed up to foster. Retired teacher, lots of free time and an empty spare room
a1 +20: Welcome Mark! We're so glad to have you
a2: Do you have pets already?
n: One old cat, Mrs Whiskers. She's 15 and ignores everyone
a2: How old is she?? 15 is impressive
n: She's outlived two sofas
a1: Haha. Can you send a pic of the spare room? We check the space for fosters, standard thing
n +10: [photo] Door shuts, window has a screen
a1: Perfect. I have two kittens who need a home this weekend
n: Yes please
a1: Send me your address and I'll drop them off Saturday with food and litter
n: 14 Larch Close, Eastside. I'm home all day
a1: Great, around 10am. My number is 555-0164 if anything comes up
n: Thank you Denise!
""",
    tactics=["how old is your cat", "send a pic", "send me your address", "number"],
    notes="adult volunteer onboarding in a cat-rescue group: address for a drop-off, room photo",
    start="2026-03-20T11:00:00+00:00",
))

BENIGN.append(benign(
    "b13_dc_dm_retro_computing", "discord", "dm", "Retro Rescue", "Direct Messages",
    [member("a1", "8bitbarb", account=2500), newcomer("a2", "commodore_kev", days_in=6, account=3000)],
    """
a2: hi Barb, you posted about recapping an Amiga 500? I'm about to attempt mine
a1 +40: hi! yes, done three now. take a photo of the board before you start so you know which caps go where
a2: good tip. send me a pic of yours after the recap? want to see what clean work looks like
a1 +15: [photo] not my prettiest but it boots
a2: that's lovely work
a1: where are you based?
a2: Leeds. you?
a1: York, not far
a2: nice. are you the only one into this in your house? my wife thinks I'm mad
a1: ha, same, my husband calls it the junk room
a2: are you going to the retro fair in Harrogate?
a1: yes Saturday. come find me, I'll be at the repair table
a2: will do. here's my number in case, 07700 900551
a1: saved, see you there
""",
    tactics=["send me a pic", "are you alone (in the hobby)", "number swap", "meeting at an event"],
    notes="two adult hobbyists (both married) talk repairs and meet at a retro fair",
    start="2026-02-26T19:45:00+00:00",
))

BENIGN.append(benign(
    "b14_tg_group_it_fotografia", "telegram", "group", "Fotografi Torino Street 📷", "",
    [member("a1", "Giorgio"), newcomer("n", "Elena R.", days_in=0.6), member("a2", "Francesca")],
    """
n: Ciao a tutti, sono nuova nel gruppo! Mi sono trasferita a Torino da poco
a1 +6: Benvenuta Elena! Da dove vieni?
n: Da Bari. Lavoro come architetta
a2: Che macchina usi?
n: Una Fuji X100 vecchiotta
a1: Mandaci una foto che hai scattato di recente!
n +4: [foto] Via Po sotto la pioggia
a2: Bellissima la luce
a1: Quanti anni hai, se posso? Chiedo perché c'è anche il gruppo under 30 per le uscite serali
n: 34, quindi il gruppo normale va benissimo 😄
a1: Sabato facciamo un'uscita al Balon, ritrovo alle 9 in Piazza della Repubblica
n: Ci sono!
a2: Ti scrivo il mio numero: 347 555 0128, così ti aggiungo al gruppo uscite
n: Grazie Francesca!
""",
    tactics=["da dove vieni", "quanti anni hai (adulti)", "mandaci una foto", "numero", "uscita"],
    language="it",
    notes="Italian: new adult member of a street-photography group; age asked to pick the right outings group",
    start="2026-03-08T13:00:00+00:00",
))

BENIGN.append(benign(
    "b15_dc_group_nl_wielrennen", "discord", "group", "Wielerclub De Trappers", "nieuwe-leden",
    [member("a1", "henk_fietst", "Lid", "Bestuur"), newcomer("n", "marloes.bike", "Lid", days_in=1, account=800),
     member("a2", "joris_v", "Lid")],
    """
n: Hoi allemaal! Net lid geworden, ik fiets sinds vorig jaar
a1 +10: Welkom Marloes! Waar woon je ongeveer?
n: In Amersfoort-Noord
a2: Wat voor fiets heb je?
n: Een Canyon Endurace, stuur een foto
n +2: [foto]
a2: Mooi ding
a1: Hoe oud ben je, als ik mag vragen? We hebben een 50+ groep en een snellere groep
n: 41, en ik rij zo'n 27 gemiddeld
a1: Dan past de zondagsgroep prima. Vertrek 9:00 bij de Albert Heijn aan de Vathorstlaan
n: Top, ik kom!
a2: App me even als je er niet uitkomt: 06 555 0146
n: Dank je Joris
""",
    tactics=["waar woon je", "hoe oud ben je (volwassenen)", "foto", "nummer", "afspraak"],
    language="nl",
    notes="Dutch: new adult member of a cycling club: location, age for the right group, bike photo, number",
    start="2026-03-21T08:00:00+00:00",
))

# =====================================================================================
# BENIGN, kids' and families' chats with hard look-alikes
# =====================================================================================

BENIGN.append(benign(
    "b16_dc_group_friends_snap_swap", "discord", "group", "Room 8C Hangout", "general",
    [kid("k1", "maddie.m", "13-15"), kid("k2", "leo_r", "13-15"), kid("k3", "priyaa", "13-15"),
     kid("k4", "tobes", "13-15")],
    """
k1: who got a new phone for christmas 👀
k2: ME finally
k3: omg leo welcome to 2026
k2: lol
k1: whats ur snap leo
k2: leo.r.2012 add me
k3: added!!
k4: added. send me a streak pic when u see it
k2: wait how do streaks work lol
k1: u just send a snap every day, like a pic of ur ceiling is fine
k3: i send my dog every day 😂
k4: priya's dog is the streak mvp
k2: ok sending u all a pic of my cereal
k1: iconic
k3: also did anyone do the science worksheet
k4: no 😭 due tmrw
k1: ill send a pic of mine on snap but do it urself after ok
""",
    tactics=["peer snapchat swap", "send me a pic", "username with birth year"],
    notes="classmates (all 13-15 role, long-time members) swap Snapchat after one gets a phone",
    start="2026-01-03T15:00:00+00:00",
))

BENIGN.append(benign(
    "b17_tg_group_class_homework", "telegram", "group", "7B homework help 📚", "",
    [kid("k1", "Amelia"), kid("k2", "Josh"), kid("k3", "Hana"), kid("k4", "Callum")],
    """
k1: does anyone understand question 5 on the fractions sheet
k2 +6: no 😭
k3: i did it, one sec
k3 +3: [photo] its page 42 in the book
k4: can u send a pic of q6 too
k3: ugh fine
k3 +2: [photo]
k1: ur a legend hana
k2: what did u get for 7
k3: 3/8
k2: i got 3/4 im cooked
k4: send me a pic of ur working josh and ill check it
k2 +4: [photo] be nice
k4: u forgot to flip the second one
k2: OHHH
k1: miss said we can also send her photos of our working on teams
""",
    tactics=["send a pic of the homework", "classmates group"],
    notes="Year 7 classmates send photos of worksheets",
    start="2026-01-22T18:10:00+00:00",
))

BENIGN.append(benign(
    "b18_dc_group_roblox_trade", "discord", "group", "Adopt Me Trading Club", "trading",
    [kid("k1", "petqueen", "Under 18"), kid("k2", "sammyy", "Under 18"), member("m", "TradeBot Mod", "Moderator")],
    """
k1: trading neon kangaroo for a mega owl 🦉
k2: i have mega owl!! but i want kangaroo + a ride potion
k1: hmm ok deal
k2: whats ur roblox user
k1: petqueen_x11, sent u a friend request
k2: accepted, join my server
k1 +10: done!! ty sammy
k2: ty!!
m: reminder: only trade in-game with the trade window. never pay robux outside the game or give your password to anyone
k1: ok!
k2: also if someone offers free robux its a scam
m: exactly 👍
k2: @petqueen ur bday is soon right? ill gift u 100 robux
k1: omg ur the best
""",
    tactics=["robux gift between friends", "friend request in game", "moderator safety notice"],
    notes="kids trading pets; a friend gifts robux for a birthday; mod notice about robux scams",
    start="2026-02-12T16:00:00+00:00",
))

BENIGN.append(benign(
    "b19_tg_personal_mom_home_alone", "telegram", "dm", "", "",
    [kid("k", "Ellie"), member("m", "Mum 💛")],
    """
m: Hi love, are you home alone? Dad's stuck at work till 7
k +5: yeah
m: Dinner is in the fridge, pasta, 3 mins in the microwave
k: ok
m: Don't open the door to anyone, Grandpa has a key if you need him
k: i know mum
m: And send me a pic of your spelling homework when it's done please
k +60: [photo]
m: Well done!! 
m: Dad will pick you up after netball tomorrow, 5:30 at the side gate
k: can maya come over after
m: If her mum says yes. Ask her to text me
k: ok love u
m: Love you too x
""",
    tactics=["are you home alone", "send me a pic", "pick you up", "don't open the door"],
    notes="a mother texts her daughter who is home alone: dinner, homework photo, dad's pick-up",
    start="2026-02-05T16:40:00+00:00",
))

BENIGN.append(benign(
    "b20_dc_group_mod_safety_briefing", "discord", "group", "Minecraft Juniors", "announcements",
    [member("m", "Captain_Kat", "Moderator", "Adult"), kid("k1", "bobbyblocks", "13-15"),
     kid("k2", "ivy.craft", "Under 13"), kid("k3", "nate_mc", "13-15")],
    """
m: 📢 Safety reminder, please read everyone!
m: 1. Never send pics of yourself to people you don't know. Not even "just your face".
m: 2. If someone asks "are you alone?", "how old are you?" or "what school do you go to?", tell a mod.
m: 3. If anyone says "don't tell your parents" or "let's keep this our secret", that is a red flag. Always tell.
m: 4. Nobody from this server should ask you to add them on snap, telegram or whatsapp. Rule 4: no asking members' ages or socials.
m: 5. Free robux or nitro in exchange for pics is ALWAYS a trap.
k1 +5: good rules
k2: what if its someone i know from school
m: If you know them in real life that's fine, but still never send anything you wouldn't show your mum
k3: someone asked me my age yesterday in vc but it was for the under 13 channel
m: That's fine when staff ask for role setup. Random people asking is different
k2: ok thank u kat
""",
    tactics=["moderator safety briefing quoting tactics", "rule about ages and socials"],
    notes="moderator's safety post naming the tactics, with kids asking questions",
    start="2026-01-10T12:00:00+00:00",
))

BENIGN.append(benign(
    "b21_dc_thread_class_exercise", "discord", "thread", "Ms. Okafor's Digital Citizenship", "lesson-5-spot-the-red-flags",
    [member("t", "Ms Okafor", "Teacher"), kid("k1", "daniel_8b", "Student"), kid("k2", "sophie.l", "Student"),
     kid("k3", "marcus22", "Student")],
    """
t: Today's exercise: read this made-up chat and list every red flag you see.
t: 'hey ur so mature for ur age' / 'how old r u?' / 'are your parents home?' / 'add me on snap, its more private' / 'send me a pic, don't tell anyone'
k1 +5: red flag 1: saying ur mature for ur age
k2: asking if parents are home, thats checking if ur alone
k3: moving to snap bc its "more private"
k1: and "dont tell anyone" is the biggest one
t: Great! Why is "send me a pic" dangerous even if it's just a selfie?
k2: bc they can screenshot it and use it to threaten u
t: Exactly. What would you do?
k3: block, screenshot, tell a trusted adult
t: Perfect. Homework: write 3 things you'd say to a friend who got a message like this.
k1: can we do it in pairs
t: Yes, pairs are fine
""",
    tactics=["class exercise quoting a grooming dialogue", "spot the red flag"],
    notes="a teacher's public thread quoting a grooming dialogue for students to analyse",
    start="2026-02-03T09:15:00+00:00",
))

BENIGN.append(benign(
    "b22_tg_group_surprise_party", "telegram", "group", "Maya's surprise 🎉 (NO MAYA)", "",
    [kid("k1", "Grace"), kid("k2", "Ollie"), kid("k3", "Zara"), member("p", "Grace's mum")],
    """
k1: ok everyone DO NOT tell maya about this chat
k2: my lips are sealed 🤐
k3: what are we getting her
k1: the lego botanical set, everyone put in 5
k2: i can do 5
k1: party is saturday at my house, come at 4 so we're hidden before she arrives at 5
k3: how is she getting there
k1: her mum is bringing her, she thinks its just a sleepover
p: Hi kids, Grace's mum here! I can pick up anyone who needs a lift, send me your addresses and I'll plan a route
k3: 12 Orchard Lane pls!
k2: my dad is dropping me
p: Lovely. And remember it's a secret 😉
k1: delete this chat after the party lol so she never finds it
k3: 🤫🤫
""",
    tactics=["don't tell", "delete this chat", "secret", "send me your address (parent)", "pick-up"],
    notes="school friends plan a surprise party; a parent asks for addresses to give lifts",
    start="2026-03-02T17:00:00+00:00",
))

BENIGN.append(benign(
    "b23_dc_dm_teen_flirt", "discord", "dm", "Northside Youth Choir", "Direct Messages",
    [kid("k1", "jamie.sings", account=700), kid("k2", "ava_alto", account=650)],
    """
k1: hey ava
k2 +3: heyy
k1: ur solo today was so good
k2: omg stop i was so nervous
k1: u didnt look nervous
k2: 🙈
k1: so uh
k1: r u going to the spring dance?
k2: maybe, why
k1: wanna go together? as like a date
k2 +5: omg yes
k1: wait really??
k2: yes jamie 😂
k1: ok cool cool 😎
k2: what are u wearing so we match lol
k1: my mom is making me wear a blue shirt
k2: ok i have a blue dress!!
k1: perfect
k2: ur cute when ur nervous btw
k1: ok stop 😭
""",
    tactics=["teens flirting same age", "what are you wearing (dance)", "date", "ur cute"],
    notes="two 14-year-old choir members (both long-time accounts) ask each other to a school dance",
    start="2026-04-03T19:00:00+00:00",
))

BENIGN.append(benign(
    "b24_dc_group_drawing_compliments", "discord", "group", "Lil Artists Club", "art-share",
    [kid("k1", "bea.draws", "Under 13"), kid("k2", "wolfpup", "13-15"), kid("k3", "inkyink", "13-15")],
    """
k1: finished my dragon!! [image]
k2: BEA THATS AMAZING
k3: the wings omg
k2: how old are u again? ur so good
k1: 12 lol
k3: ur better than me and im 14 😭
k1: noooo ur backgrounds are way better
k2: send a pic of ur sketchbook, i wanna see the process
k1 +4: [image] [image]
k3: the messy sketch to clean line is so satisfying
k2: can u teach me how u do the scales
k1: yes!! i'll make a tutorial and post it in #tutorials
k3: ur so talented fr
""",
    tactics=["send a pic of ur drawing", "how old are you between kids", "compliments among friends"],
    notes="kids compliment each other's drawings and swap ages",
    start="2026-02-21T16:30:00+00:00",
))

BENIGN.append(benign(
    "b25_tg_group_family", "telegram", "group", "The Morales Family 👨‍👩‍👧‍👦", "",
    [member("g", "Grandma Rosa"), member("a", "Aunt Lucia"), member("m", "Carmen"), kid("k", "Diego")],
    """
g: Good morning everyone! Send me pictures of the kids, I miss them
m: [photo] Diego and Sofi at the park yesterday
g: Ay que lindos!! How old is Diego now? 10?
k: 11 grandma!!
g: 11!! Time flies
a: Carmen, send me your new address for the party invitation, I'm posting them this week
m: 27 Cedar Street, apt 4
a: Got it
a: Diego what do you want for your birthday?
k: a nintendo switch game, zelda pls
g: Grandma will send money, your mom will help you buy it
k: thank uuu
m: Say thank you properly Diego
k: THANK YOU GRANDMA 😘
""",
    tactics=["send me pictures of the kids", "how old is", "send me your address (family invitation)", "birthday money"],
    notes="family group: grandma asks for photos of the grandchildren; an aunt asks for an address for invitations",
    start="2026-03-15T09:00:00+00:00",
))

BENIGN.append(benign(
    "b26_dc_group_fortnite_add", "discord", "group", "Fortnite Friends 5C", "lfg",
    [kid("k1", "noodlez", "13-15"), kid("k2", "caleb_xo", "13-15"), kid("k3", "rayray", "13-15")],
    """
k1: anyone on?
k2: me in 10
k3: add me in fortnite my epic is RayRay_Gamer07
k1: sent u a friend request
k3: got it
k2: can u gift me the new emote for my bday lol
k1: only if u carry me
k2: deal
k3: i have 1000 vbucks saved, im buying the battle pass
k1: W
k2 +12: inviting u both now
k3: join vc
k1: my mom says 1 more hour max
""",
    tactics=["add me in fortnite", "friend request in game", "vbucks gift between friends"],
    notes="classmates adding each other in Fortnite and joking about gifting an emote",
    start="2026-03-06T18:00:00+00:00",
))

BENIGN.append(benign(
    "b27_tg_personal_coach_parent", "telegram", "dm", "", "",
    [member("c", "Coach Adams (U12 Volleyball)"), member("p", "Linda (Harper's mom)")],
    """
c: Hi Linda, Coach Adams here. Just confirming Harper for Saturday's tournament
p +20: Hi Coach! Yes she'll be there. What time?
c: Warm-ups at 8:15, first match 9:00 at Lincoln High gym
p: My husband will drop her off, I'll pick her up after
c: Great. Could you send me a short video of her serve from practice at home? I want to check her toss
p: Sure, I'll film her this evening in the garden
p +180: [video]
c: Thanks! Her toss is drifting left, we'll work on it
p: She'll be happy to hear that, she's been practising every night
c: Also please send her jersey number, the roster form is missing it
p: Number 7
c: Perfect, see you Saturday
""",
    tactics=["send a video (of the child, to the parent)", "pick-up", "coach organising with a parent"],
    notes="a coach organises with a parent: drop-off and pick-up, a practice video of the child's serve",
    start="2026-03-11T19:30:00+00:00",
))

BENIGN.append(benign(
    "b28_dc_private_thread_kid_asks_mod", "discord", "private_thread", "Pokemon Trainers Club", "ticket-0412",
    [kid("k", "mossy.pika", "13-15"), member("m", "Ranger_Lee", "Moderator", "Adult")],
    """
m: Hi! You opened a ticket, what's up?
k +2: someone dmed me and asked for my snap and said not to tell anyone
k: is that weird? hes nice tho
m: Thank you for telling me, you did the right thing. Yes, that's a red flag
m: Asking to move to snap AND to keep it secret is exactly what we warn about
k: ok
m: Can you send me a screenshot of the DM? Just the messages, nothing else
k +3: [image]
m: Thanks. We've banned that account. Please block him too
k: ok done
m: And tell a parent or trusted adult too, not because you're in trouble, you're not
k: ok ty
""",
    tactics=["child reports a secrecy request", "add me on snap (quoted)", "send me a screenshot (mod)"],
    notes="a kid opens a ticket to report a DM; the moderator asks for a screenshot and explains the red flag",
    start="2026-04-08T17:20:00+00:00",
))

BENIGN.append(benign(
    "b29_dc_group_sister_model", "discord", "group", "Blender Beginners", "show-and-tell",
    [kid("k1", "tomas3d", "13-15"), kid("k2", "lily_renders", "13-15"), kid("k3", "finnrig", "16-17")],
    """
k1: finished my first character model!! [image]
k2: omg the face topology is so clean
k3: send pics of the wireframe
k1 +2: [image]
k2: my sister is a model btw, like a real one, she'd die if she saw this lol
k1: lol
k3: you should rig it next
k1: how old were u when u learned rigging
k3: 15, last year
k2: send me the .blend? i wanna see how u did the eyes
k1: ok sending in dm
k2: ty!!
""",
    tactics=["my sister is a model", "3D model", "send pics", "sending in dm (file)"],
    notes="teen 3D artists share renders; 'model' in two innocent senses",
    start="2026-02-27T20:00:00+00:00",
))

BENIGN.append(benign(
    "b30_tg_group_band_practice", "telegram", "group", "Garage Band 🎸 (Sam, Ty, Ro)", "",
    [kid("k1", "Sam"), kid("k2", "Ty"), kid("k3", "Ro"), member("p", "Mr. Patel (music teacher)")],
    """
p: Hi band, please each send a practice video of the bridge section before Thursday
k1: ok!!
k2: do we have to show our face or just hands
p: Just hands and the instrument is fine
k3: can we do a video call rehearsal tonight instead
k1: yes turn on ur cam so i can see ur chords ty
k2: my cam is broken ill just do audio
k3 +60: ok call in 5
k1 +90: good practice!!
k3: ty sending my video to mr patel now
p: Got it Ro, sounds great. Ty, tempo was a bit rushed, try with the metronome
k2: ok 😅
""",
    tactics=["practice video for a lesson", "turn on your cam (peers)", "teacher in group"],
    notes="a school band with its music teacher: practice videos and a peer video-call rehearsal",
    start="2026-03-09T16:00:00+00:00",
))

BENIGN.append(benign(
    "b31_dc_dm_cousins_sleepover", "discord", "dm", "Family Minecraft", "Direct Messages",
    [kid("k1", "cousin_bri", account=800), kid("k2", "milo.builds", account=900)],
    """
k1: MILO are u coming this weekend
k2: idk ask ur mom
k1: she said yes!! ask urs
k2 +10: my mom said ok if ur dad picks me up
k1: dad says he'll pick u up saturday at 10
k2: yesss
k1: r ur parents home? my mom wants to call ur mom
k2: mom is home dad is at work
k1: ok shes calling
k2: bring the switch
k1: obviously
k2: and dont tell lucas ur having me over hell be jealous lol
k1: lol ok
""",
    tactics=["are your parents home", "pick you up", "don't tell (sibling)", "sleepover"],
    notes="two cousins arrange a sleepover through their parents",
    start="2026-03-27T17:00:00+00:00",
))

BENIGN.append(benign(
    "b32_dc_group_es_deberes", "discord", "group", "2ºB IES Miralvalle", "deberes",
    [kid("k1", "lucia.g", "13-15"), kid("k2", "pablete", "13-15"), kid("k3", "irene_xd", "13-15")],
    """
k1: alguien ha hecho los ejercicios de lengua?
k2: yo no 😭
k3: yo sí, te mando foto de los deberes
k3 +2: [foto] página 87
k1: graciaaas
k2: mándame foto a mí también porfa
k3: ya está arriba pablo 🙄
k2: ah vale jaja
k1: oye agrégame en brawl stars, mi id es #LUCI2012
k2: te he mandado solicitud
k3: cuántos años cumples el sábado lucía?
k1: 14!! venid a las 6 a mi casa, mi madre hace tortilla
k2: allí estaré
""",
    tactics=["mándame foto de los deberes", "agrégame en brawl", "cuántos años cumples", "ven a mi casa (cumpleaños)"],
    language="es",
    notes="Spanish classmates: homework photo, in-game friend request, a birthday at home",
    start="2026-03-12T17:30:00+00:00",
))

BENIGN.append(benign(
    "b33_tg_personal_es_mama", "telegram", "dm", "", "",
    [kid("k", "Carla"), member("m", "Mamá ❤️")],
    """
m: Cariño, ¿estás sola en casa?
k +4: sí, Pablo está en fútbol
m: Vale. Papá te recoge a las 6 para ir a la academia
k: vaaale
m: Hay croquetas en la nevera
k: 😍
m: Mándame una foto de la tarea de mates cuando la acabes
k +50: [foto]
m: Muy bien 👏
m: Y no le digas nada a tu hermano del regalo de su cumple, que es sorpresa
k: tranqui no digo nada 🤐
m: Te quiero
k: y yo
""",
    tactics=["¿estás sola en casa?", "papá te recoge", "mándame una foto de la tarea", "no le digas nada (sorpresa)"],
    language="es",
    notes="Spanish: a mother and daughter: home alone, dad's pick-up, homework photo, a birthday surprise",
    start="2026-02-18T16:00:00+00:00",
))

BENIGN.append(benign(
    "b34_dc_group_pt_amigos", "discord", "group", "8º Ano B - Zoeira", "geral",
    [kid("k1", "duda.s", "13-15"), kid("k2", "pedrinho", "13-15"), kid("k3", "gabi_", "13-15"), kid("k4", "rafa.m", "13-15")],
    """
k1: gente criei insta novo
k2: qual teu user?
k1: @duda.sss_ me segue
k3: seguindo!!
k4: manda foto do trabalho de ciências no grupo pfv
k3: [foto] tá aí
k4: vlw gabi
k2: alguém quer jogar ff hj?
k1: eu, me adiciona lá
k2: te mandei convite
k3: quantos anos o pedro faz amanhã?
k4: 14 kkkk velho
k2: cala a boca 😂
""",
    tactics=["qual teu user", "me segue", "manda foto do trabalho", "me adiciona (jogo)"],
    language="pt",
    notes="Portuguese classmates swap Instagram users, a homework photo and a game invite",
    start="2026-03-03T19:00:00+00:00",
))

BENIGN.append(benign(
    "b35_tg_group_pt_familia", "telegram", "group", "Família Oliveira 🏡", "",
    [member("v", "Vó Célia"), member("t", "Tia Bete"), member("m", "Renata"), kid("k", "Davi")],
    """
v: Bom dia família! Mandem fotos das crianças, saudade
m: [foto] Davi no jogo de futebol ontem
v: Que lindo meu neto! Quantos anos ele faz mês que vem?
k: 12 vó!!
t: Renata me manda teu endereço novo pra eu mandar o convite do aniversário da Julinha
m: Rua das Acácias 210, ap 31
t: Anotado 😘
v: Davi, vó vai te buscar na escola quinta, tá?
k: ebaaa
m: Fala obrigado pra vó
k: OBRIGADO VÓ ❤️
""",
    tactics=["mandem fotos das crianças", "quantos anos", "manda teu endereço (convite)", "vou te buscar na escola"],
    language="pt",
    notes="Portuguese family group: grandmother asks for photos, aunt asks for an address, grandma's school pick-up",
    start="2026-03-22T10:00:00+00:00",
))

BENIGN.append(benign(
    "b36_dc_group_de_klasse", "discord", "group", "Klasse 7b Chaos", "hausaufgaben",
    [kid("k1", "mia.s", "13-15"), kid("k2", "ben_x", "13-15"), kid("k3", "lotta", "13-15")],
    """
k1: hat jemand die bio hausaufgaben?
k2: nö
k3: ja, schick ich dir als foto
k3 +2: [Foto] Seite 54 Nr 3 und 4
k1: danke lotta du bist die beste
k2: kannst du mir auch ein foto von mathe schicken
k3: mach erstmal selber 😂
k2: 😭
k1: wie alt wird tim eigentlich am samstag?
k3: 13, die party ist bei ihm zuhause
k2: mein papa kann uns hinfahren und abholen
k1: voll gut, schreib mir wann
""",
    tactics=["Foto von den Hausaufgaben", "wie alt wird", "hinfahren und abholen"],
    language="de",
    notes="German classmates share homework photos and plan a lift to a friend's party",
    start="2026-03-04T15:30:00+00:00",
))

BENIGN.append(benign(
    "b37_tg_group_de_ueberraschung", "telegram", "group", "Papas 50. 🤫", "",
    [member("m", "Mama"), kid("k1", "Jonas"), kid("k2", "Lea"), member("o", "Oma Gerda")],
    """
m: Kinder, aber nicht verraten! Papa darf von der Party nichts wissen
k1: versprochen
k2: 🤐🤐
o: Ich hole euch am Samstag um 3 von der Schwimmhalle ab, dann backen wir bei mir den Kuchen
k2: jaaa
m: Jonas, schick mir bitte ein Foto von der Karte, die ihr gemalt habt
k1 +20: [Foto]
m: Wunderschön ❤️
o: Und löscht den Chat lieber, falls Papa mal an euer Handy geht 😄
k2: haha ok
m: Danke Oma!
""",
    tactics=["nicht verraten", "Chat löschen", "abholen (Oma)", "schick mir ein Foto"],
    language="de",
    notes="German family plans a surprise 50th: secrecy, delete the chat, grandma's pick-up",
    start="2026-03-18T19:00:00+00:00",
))

BENIGN.append(benign(
    "b38_dc_group_fr_fortnite", "discord", "group", "Les Potes de 5e", "jeux",
    [kid("k1", "hugo_ff", "13-15"), kid("k2", "nina.p", "13-15"), kid("k3", "tom.l", "13-15")],
    """
k1: qui joue ce soir ?
k2: moi après les devoirs
k3: ajoute-moi sur fortnite, mon pseudo c'est TomLeBoss2013
k1: je t'ai envoyé une demande
k3: reçue
k2: vous savez que ma cousine m'a offert 1000 v-bucks pour mon anniv ??
k1: la chance
k3: t'as eu quel âge déjà ?
k2: 13 !
k1: envoie une capture de ton casier quand t'as acheté le skin
k2 +30: [image]
k3: trop stylé
""",
    tactics=["ajoute-moi sur fortnite", "v-bucks cadeau (famille)", "t'as quel âge (amis)", "envoie une capture"],
    language="fr",
    notes="French classmates add each other in Fortnite; birthday v-bucks from a cousin",
    start="2026-03-14T17:00:00+00:00",
))

BENIGN.append(benign(
    "b39_tg_personal_fr_maman", "telegram", "dm", "", "",
    [kid("k", "Théo"), member("m", "Maman")],
    """
m: Tu es seul à la maison mon cœur ?
k +8: oui
m: Je viens te chercher au foot à 18h, pas avant
k: ok
m: Ne réponds pas si on sonne, papa a ses clés
k: je sais maman
m: Envoie-moi une photo de ta dictée corrigée, la maîtresse a dit qu'il fallait la signer
k +30: [photo]
m: Bravo, 18/20 !
k: je peux aller chez Noé samedi ?
m: Si sa maman est d'accord, donne-moi son numéro
k: 06 55 55 01 93
""",
    tactics=["tu es seul à la maison", "je viens te chercher", "envoie-moi une photo", "numéro (parent)"],
    language="fr",
    notes="French: a mother checks on her son home alone: pick-up, homework photo, the friend's mother's number",
    start="2026-02-11T16:30:00+00:00",
))

BENIGN.append(benign(
    "b40_dc_group_ru_dz", "discord", "group", "7А лучший класс", "домашка",
    [kid("k1", "sasha_k", "13-15"), kid("k2", "polina.v", "13-15"), kid("k3", "egor228", "13-15")],
    """
k1: кто сделал алгебру?
k2: я, скинуть фото дз?
k1: да пожалуйста
k2 +2: [фото] номера 112-115
k3: скинь мне тоже в лс
k2: уже в общем чате, смотри выше
k3: а ну да
k1: добавь меня в друзья в роблоксе, ник sashaK_2012
k3: добавил
k2: сколько лет исполняется егору в пятницу?
k3: 13 😎 приходите ко мне, мама пиццу закажет
k1: папа нас заберёт в 9
""",
    tactics=["скинь фото дз", "скинь в лс", "добавь в друзья в роблоксе", "сколько лет", "заберёт"],
    language="ru",
    notes="Russian classmates: homework photos, Roblox friend request, a birthday and a dad's pick-up",
    start="2026-03-05T15:00:00+00:00",
))

BENIGN.append(benign(
    "b41_tg_group_ru_semya", "telegram", "group", "Семья Ивановых", "",
    [member("b", "Бабушка Нина"), member("m", "Лена"), member("p", "Дима"), kid("k", "Миша")],
    """
b: Доброе утро! Пришлите фото Мишеньки, соскучилась
m: [фото] вот он на утреннике
b: Какой большой! Сколько ему уже?
k: бабушка мне 10!!
b: 10 лет, вот это да
p: Мам, заберёшь Мишу из школы во вторник? Мы оба на работе
b: Конечно заберу, в час дня у ворот
m: Спасибо! Миша, бабушка тебя заберёт, никуда не уходи
k: хорошо
b: И напишите мне ваш новый адрес, пришлю открытку
m: Ул. Лесная 14, кв 27
""",
    tactics=["пришлите фото", "сколько ему", "заберёшь из школы", "напишите адрес"],
    language="ru",
    notes="Russian family group: grandmother asks for photos, picks the grandson up from school, asks for an address",
    start="2026-03-16T08:00:00+00:00",
))

BENIGN.append(benign(
    "b42_tg_group_it_classe", "telegram", "group", "2ªC compiti e cavolate", "",
    [kid("k1", "Sofia"), kid("k2", "Matteo"), kid("k3", "Giulia"), kid("k4", "Leo")],
    """
k1: qualcuno ha fatto gli esercizi di geometria?
k3: io sì, vi mando la foto dei compiti
k3 +3: [foto] pag 120
k2: grazie giuli 🙏
k4: mandami anche quella di inglese pls
k3: arriva
k2: sabato compleanno di leo, quanti anni fa?
k4: 13! festa a casa mia alle 4, mia mamma vi viene a prendere in piazza
k1: aggiungimi su brawl, il mio nome è sofi_x12
k2: aggiunta
""",
    tactics=["mandami la foto dei compiti", "quanti anni fa", "vi viene a prendere (mamma)", "aggiungimi su brawl"],
    language="it",
    notes="Italian classmates: homework photos, a birthday with a mother's pick-up, game friend request",
    start="2026-03-19T15:00:00+00:00",
))

BENIGN.append(benign(
    "b43_dc_group_pl_znajomi", "discord", "group", "6B ekipa", "ogólny",
    [kid("k1", "kuba.p", "13-15"), kid("k2", "zosia_", "13-15"), kid("k3", "antek", "13-15")],
    """
k1: ej dodajcie mnie na snapie, mam nowy: kuba.p.2013
k2: dodane
k3: dodałem
k2: wyślij zdjęcie zadania z matmy, nie mam zeszytu
k1: [zdjęcie]
k2: dzięki kuba
k3: ile lat kończy zosia w niedzielę?
k2: 12 😄 impreza u mnie, mama odbierze was spod szkoły
k1: super, będę
""",
    tactics=["dodaj mnie na snapie (rówieśnicy)", "wyślij zdjęcie zadania", "ile lat", "mama odbierze"],
    language="pl",
    notes="Polish classmates swap snap usernames, homework photo, a birthday with a mother's pick-up",
    start="2026-03-24T16:00:00+00:00",
))
