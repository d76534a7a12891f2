"""Shorter grooming chats: fast openers, scouts, gifts, meetings, sextortion, evasion, other languages."""

from __future__ import annotations

from common import PREFIX, convo, kid, member, newcomer

P = PREFIX
ZW = "\u200b"


def zw(word: str, sep: str = ZW) -> str:
    return sep.join(word)


CONVS = []

# ------------------------------------------------------------------ g10 fast asl opener in a public channel
CONVS.append(convo(
    f"{P}-g10-dc-group-asl-dm-me", "discord", "group", "Obby Hub", "general",
    [kid("k", "mia", "13-15"), member("j", "jules", "13-15"), member("b", "ravenclaw_ben", "16-17"),
     newcomer("s", "xXkingXx", days_in=1, account=2), member("m", "Tess", "Moderator", "18+")],
    """
j: anyone doing the new obby event
b: ya its so hard the lava part
k: i got to stage 40 then fell 😭
j: rip
k: the spinning thing is impossible
b: u have to jump on the beat
s +4: hey mia asl?
k +2: lol what
s: age sex location
k: 13 f uk why
s: cool 16 m london
b: bro who asks asl in 2026 lmao
s: ignore him. ur cute from ur pfp
k: its a cat
s: lol ok well the cat is cute
s ! +1: dm me, i dont like talking here too many ppl
k: why
s: just wanna ask u something private
j: mia dont
s: got a pic of u? not the cat lol
k +3: no
m +2: @xXkingXx asking members for dms and pics is against rule 3. last warning
s: chill i was joking
""",
    suspects=["s"], targets=["k"],
    tactics=["age_probe", "flattery", "platform_move", "photo_request"],
    notes="Fast 'asl?' opener from a day-old account claiming 16 to a 13-15 member; critical: 'dm me'. "
          "Bystanders and a moderator react.",
    start="2026-03-11T16:30:00+00:00",
))

# ------------------------------------------------------------------ g11 modelling scout
CONVS.append(convo(
    f"{P}-g11-dc-group-scout-telegram", "discord", "group", "Sketchbook Club", "show-your-face-friday",
    [kid("k", "pixie", "13-15"), member("a", "oli", "13-15"), member("c", "hana.draws", "16-17"),
     newcomer("s", "Lena | Bloom Models", days_in=3, account=5, username="lena.bloom")],
    """
k: ok its friday so here is me holding my new sketchbook lol [image]
a: omg the cover!!
c: cute!! where'd u get it
k: muji :)
a: ur hair looks so good too
k: ty i cut it myself 😭
s +9: Hi pixie! Sorry to jump in, you have a really striking look, has anyone told you that?
k: lol no
s: I'm a scout for Bloom Models, we're casting for a teen clothing brand this spring. Paid shoots!
k: wait fr?? how old do u have to be
s: 12 to 16 is perfect. How old are you sweetie?
k: 14
s: Perfect age ✨
s ! +1: Send me 3-4 photos, face and full length, to my telegram @lena_bloom_casting and I'll pass them to the agency
c: uhh is this legit
k: do i need my mom for that
s: Not yet! Parents only come in once you're selected, we like it to be a surprise for them 😊
a: that sounds like a scam tbh
s: It's a real agency, you can google us. pixie, message me there when you're free
""",
    tactics=["flattery", "modeling_lure", "age_probe", "photo_request", "platform_move", "secrecy"],
    notes="Fake modelling scout (newcomer) in a kids' art server; critical: photos to her Telegram handle. "
          "Then keep parents out until 'selected'.",
    start="2026-02-27T17:00:00+00:00",
))

# ------------------------------------------------------------------ g12 one suspect, two children
CONVS.append(convo(
    f"{P}-g12-tg-group-robux-two-kids", "telegram", "group", "Blox Fruits Trading 🍉", "",
    [kid("k1", "dani"), kid("k2", "Kai"), member("m", "trade_bot_fan"), member("e", "Ellie"),
     newcomer("s", "Robux Rich 💸", days_in=2)],
    """
k1: anyone got a leopard fruit? trading buddha + 2 magma
m: nah leopard is too rare rn
k2: i have dough but not trading it
k1: pls kai 🥺
k2: no lol
e: dani ur offer is bad tbh
k1: ok what if i add a flame
s +6: hey dani how old r u
k1: 12 why
s: i got robux i give away to younger players
k1: wait rlly
s ! +1: 800 robux for a selfie, just proof ur real and not a bot. send in private
k1: a selfie of my face?
s: ya just normal
m: bro that's weird
s +2: kai same deal for u, pic = 800 robux
k2: how old are u
s: 17 lol. u?
k2: 13
s: perfect. dm me kai
e: do NOT send him pics, my brother got scammed like that
s: im not scamming lol. dani check ur dms
k1 +3: i didnt send anything yet
""",
    suspects=["s"], targets=["k1", "k2"],
    tactics=["age_probe", "gift_offer", "photo_request", "platform_move"],
    notes="One suspect works two children in the same group with a robux-for-selfie offer; critical is "
          "the first offer to dani. Both children are targets.",
    start="2026-01-31T14:15:00+00:00",
))

# ------------------------------------------------------------------ g13 robux in a trading thread, evasion
CONVS.append(convo(
    f"{P}-g13-dc-thread-r0bux-camera", "discord", "thread", "Pet Sim Hangout", "trade-offers",
    [kid("k", "leo", "Under 18"), member("t", "frosty", "Under 18"), newcomer("s", "tradeking", days_in=1, account=3)],
    """
k: LF huge hell rock, have 3 titanic balloons
t: lol nobody will take that
k: ok 4 then
t: still no
s +5: leo u want r0bux instead? i got 2k
k: whats the catch
s ! +1: no catch, just 1k r0bux 4 a 📸 of u 😇
k: of me?? why
s: 2 see who im tradin with lol. u look young, how old
k: 12
s: even better. send in dms 🤫 dont post it here
t: leo thats a creep move dont
k: ya im good
s: 1.5k then. last offer
""",
    tactics=["gift_offer", "photo_request", "age_probe", "secrecy", "platform_move"],
    notes="Gift-for-photo with evasion: 'r0bux 4 a 📸', '🤫', in a public trading thread.",
    start="2026-03-03T15:45:00+00:00",
))

# ------------------------------------------------------------------ g14 long-time member, private thread
CONVS.append(convo(
    f"{P}-g14-dc-private-thread-helper", "discord", "private_thread", "Homework Help HQ", "zoe-algebra",
    [kid("k", "Zoe"), member("s", "Mr_Helper", "Helper", days_in=380, account=900)],
    """
k: hi thanks for making the thread, im stuck on q4
s: no problem Zoe. paste it here
k: 3x + 7 = 2x - 5
s: ok so move the 2x to the left side first. what do you get
k: x + 7 = -5?
s: yes! now the 7
k: x = -12
s: perfect 👏 you're quicker than most of my students
k: lol thx. are u a teacher
s: tutor. 8 years
k: cool
k +3: q5 is worse
s: take your time
k +10: i got x=4 is that right
s: yes. you're really clever you know
k: lol not really my mom says im bad at math
s: your mom doesn't see what I see. you can always come to me
k: ok :)
s ! +2: just don't tell the mods about this thread ok, they get funny about helpers doing 1 on 1
k +2: oh ok
s: and whats your snap? easier to send you worksheets there
k: idk if im allowed snap
s: it's fine, lots of my students use it
""",
    tactics=["flattery", "isolation", "secrecy", "platform_move"],
    notes="Long-time member with a Helper role; private thread with a pupil who states no age and has no age role. Critical: don't tell "
          "the mods about this thread. Then asks for her Snapchat.",
    start="2026-02-11T19:00:00+00:00",
))

# ------------------------------------------------------------------ g15 sextortion
CONVS.append(convo(
    f"{P}-g15-tg-dm-sextortion-school", "telegram", "dm", "", "",
    [newcomer("s", "Jake 🏀"), kid("k", "bella")],
    """
s: heyy u go to westfield right
k +5: ya who is this
s: jake, im in 9th. i saw u at the basketball game
k: oh
s: u were with the girl with red hair
k: thats my friend amy
s: cool. how old r u
k: 13
s: im 15. ur rlly pretty
k: lol thx
s +10: wyd
k: nothing
s ! +1: send me a pic of u rn
k +4: like a selfie?
s: ya
k: [photo]
s: cute 😍 send another but without the hoodie
k: no
s: come on
k: no thats weird
s: ok then
s +3: u know i still have the pic right
k: so
s: if u dont send another one ill send the pic to ur school group chat and ur mom
k: what?? u wouldnt
s: try me. u have 10 min
k: please dont
s: then do what i say
k +8: im blocking u
""",
    tactics=["age_probe", "flattery", "photo_request", "sexual_talk", "sextortion"],
    notes="Peer-posing suspect (claims 15); critical: the first photo request. Then threat to send 'the pic' "
          "to the school group chat and mom.",
    start="2026-03-16T21:05:00+00:00",
))

# ------------------------------------------------------------------ g16 yellow ghost app, zero-width
CONVS.append(convo(
    f"{P}-g16-dc-dm-yellow-ghost-zw", "discord", "dm", "", "",
    [newcomer("s", "shadow", account=2, username="shad0w_x"), kid("k", "finn", account=700, username="finnthehuman12")],
    f"""
s: yo finn ur in the roblox doors server right
k +8: ya
s: u beat the hotel update?
k: yes first try jk 10 tries
s: lol seek chase is brutal
k: ikr
s: how old r u
k: 12
s: nice im 15
k: cool
s: discord is so laggy for me
s ! +1: add me on the yellow ghost app 👻 its {zw("shadow.x99")}
k: snap? i dont have it
s: get it lol everyone has it. or the purple camera one
k: insta? my dad checks my insta
s: then make a 2nd one he doesnt know about
k: idk
s: 👻❓ or 📸 whatever u want. just not here
""",
    tactics=["age_probe", "platform_move", "secrecy"],
    notes="Evasion: app described ('yellow ghost app', 'purple camera one'), handle with zero-width chars "
          "between letters, emoji 👻❓ 📸. Critical: the yellow-ghost-app move.",
    start="2026-01-22T18:00:00+00:00",
))

# ------------------------------------------------------------------ g17 skatepark pick-up
CONVS.append(convo(
    f"{P}-g17-tg-group-skate-pickup", "telegram", "group", "Riverside Skate Crew 🛹", "",
    [kid("k", "jonah"), member("a", "Deshawn"), member("b", "lil_tony"), newcomer("s", "Mike (skate lessons)", days_in=4)],
    """
a: park is wet today dont bother
b: ugh
k: anyone going sat
b: prob
s +3: hey guys new here, been skating 15 yrs, happy to give free tips to the younger ones
a: cool
k: can u kickflip
s: lol yeah. i'm 27 so i better be able to
k: i cant land them
s: how old are u jonah
k: 13
s: it's all about the back foot. keep it over the bolts
k: ok cool
s ! +2: i can pick you up from your place sat morning, save your mum the drive
k: oh idk
s: no need to tell her, just meet me at the corner of your street, we'll be back by lunch
b: bro just ride ur bike lol
k: ya i have my bike
s: my car's faster. pm me your street
""",
    tactics=["age_probe", "meeting", "secrecy", "personal_info"],
    notes="Adult newcomer (says 27) in a local skate group; critical: offer to pick the 13-year-old up, then "
          "'no need to tell her'.",
    start="2026-03-12T10:20:00+00:00",
))

# ------------------------------------------------------------------ g18 fast sexual steering
CONVS.append(convo(
    f"{P}-g18-dc-dm-what-wearing-fast", "discord", "dm", "", "",
    [newcomer("s", "Tom", account=1, username="tom_anon2"), kid("k", "ruby", account=320, username="rubyyy.x")],
    """
s: hi cutie
k +5: hi?
s: how old r u
k: 13
s ! +1: nice. what r u wearing rn
k: why
s: just curious lol. r u in bed?
k: ya
s: u have a nice body in ur pfp
k: im telling my mom
s: chill its a compliment
""",
    tactics=["age_probe", "sexual_talk"],
    notes="Fast early sexual steering: 'what r u wearing' right after the age; no adult age stated.",
    start="2026-02-02T22:30:00+00:00",
))

# ------------------------------------------------------------------ g19 split request with dotted letters and spelled number
CONVS.append(convo(
    f"{P}-g19-tg-dm-split-dotted", "telegram", "dm", "", "",
    [newcomer("s", "Alex"), kid("k", "noah")],
    """
s: u play arsenal right? saw u in the roblox fps group
k +3: ya
s: ur pretty good for ur age
k: how do u know my age
s: lol u said 12 in the group
k: oh ya
s: wanna duo later
k: sure
s ! +2: wanna talk somewhere else tho, this app eats my battery
s: add me on
s: s.n.a.p
s: a.l.e.x dot r.b.l.x
s: or text me five five five, zero one nine two, seven seven
k: i dont have a phone number only ipad
s: then s.n.a.p on the ipad works
s: just dont tell ur parents u added me, they always overreact
""",
    tactics=["flattery", "platform_move", "secrecy"],
    notes="Request split across lines; dotted letters ('s.n.a.p'); phone number spelled out. Critical: "
          "'wanna talk somewhere else'.",
    start="2026-01-25T17:40:00+00:00",
))

# ------------------------------------------------------------------ g20 es fast opener
CONVS.append(convo(
    f"{P}-g20-dc-group-es-insta-foto", "discord", "group", "Minecraft Latino", "general",
    [kid("k", "vale", "13-15"), member("a", "nacho_mc", "13-15"), member("b", "lucii", "13-15"),
     newcomer("s", "elpana_22", days_in=1, account=3)],
    """
a: alguien se une al survival esta noche
b: yo si
k: yo tmb pero a las 9 q tengo tarea
a: q tarea
k: de mate 😭 fracciones
b: ahh q asco
s +5: hola vale, edad?
k: 13 y tu
s: 17 jaja. eres muy linda
k: no me has visto
s: tu foto de perfil si jaja
s ! +1: pasame tu insta y hablamos mejor por ahi
s: y manda una foto tuya q no sea de perfil
a: wtf bro
k: no gracias
s: q aburrida jaja solo una foto
b: vale ignoralo
""",
    language="es",
    tactics=["age_probe", "flattery", "platform_move", "photo_request"],
    notes="Fast Spanish opener from a day-old account claiming 17; critical: 'pasame tu insta'.",
    start="2026-02-06T23:10:00+00:00",
))

# ------------------------------------------------------------------ g21 es slow secrecy + meeting
CONVS.append(convo(
    f"{P}-g21-tg-dm-es-secreto-helado", "telegram", "dm", "", "",
    [newcomer("s", "Andrés"), kid("k", "sofi")],
    """
s: hola sofi, vi tu video en el grupo de patinaje, te sale muy bien el giro
k +30: jaja gracias
s: cuanto llevas patinando?
k: 3 años
s: se nota. yo patinaba de chico
k: y ya no?
s: ya no, trabajo mucho. tengo 26
k: ah ok. yo tengo 13
s: pareces mayor, en serio. eres muy madura para tu edad
k: jaja todos dicen eso
s +1d: como te fue hoy en el cole
k +2h: mal, me peleé con mi mamá
s: por que?
k: no me deja ir a una fiesta
s: que injusta. yo te entiendo mejor que ella
k: ya
s: tus papás revisan tu celular?
k: a veces mi mamá
s ! +1: entonces no le digas que hablamos, no lo entenderían
k: bueno
s: y si nos vemos el sábado en el centro comercial? te invito un helado
k: no sé
s: dile que vas con una amiga jaja
k: tal vez
""",
    language="es",
    tactics=["flattery", "isolation", "secrecy", "meeting", "gift_offer"],
    notes="Spanish, over two days; adult says 26; critical: 'no le digas que hablamos'; then mall meeting.",
    start="2026-03-05T19:00:00-03:00",
))

# ------------------------------------------------------------------ g22 pt robux for photo
CONVS.append(convo(
    f"{P}-g22-dc-dm-pt-robux-foto", "discord", "dm", "", "",
    [newcomer("s", "Gui", account=5, username="gui.rbx"), kid("k", "bia", account=450, username="biazinha_")],
    """
s: oi bia, vc é do servidor de brookhaven né
k +6: sou
s: quantos anos vc tem
k: 12 e vc
s: 16. vc joga todo dia?
k: quase
s: eu tenho muito r0bux sobrando kkk
k: sério? eu nunca tenho
s ! +1: te dou 1000 r0bux se vc mandar uma 📸 sua
k: foto minha? pra que
s: só pra eu saber q vc é real kkk
s: e não conta pra ninguém senão todo mundo vai querer
k: hmm
k: vou pensar
""",
    language="pt",
    tactics=["age_probe", "gift_offer", "photo_request", "secrecy"],
    notes="Portuguese gift-for-photo with 'r0bux' and 📸; critical: the offer.",
    start="2026-02-18T20:30:00-03:00",
))

# ------------------------------------------------------------------ g23 pt modelling agency
CONVS.append(convo(
    f"{P}-g23-tg-group-pt-agencia", "telegram", "group", "Meninas do K-pop BR 💜", "",
    [kid("k", "Júlia"), member("a", "Lari"), member("b", "Duda"), newcomer("s", "Carla | Agência Star Kids", days_in=2)],
    """
a: alguém viu o comeback do stray kids
b: SIM to chorando
k: gente olha minha foto nova com a camiseta do show [foto]
a: linda!!
b: amei a franja
s +7: Oi Júlia! Você tem rosto de modelo, sabia?
k: kkk obrigada
s: Sou da Agência Star Kids, estamos selecionando meninas de 12 a 15 para um ensaio pago. Quantos anos você tem?
k: 13
s ! +1: Perfeito! Me manda fotos de corpo inteiro no meu whats (55) 555-0198 ✨
b: isso é golpe gente
s: Não é golpe, temos CNPJ. E não precisa falar com seus pais ainda, só se for aprovada
k: ah ok vou ver
""",
    language="pt",
    tactics=["flattery", "modeling_lure", "age_probe", "photo_request", "platform_move", "secrecy"],
    notes="Portuguese fake agency in a girls' K-pop group; critical: full-length photos to her WhatsApp.",
    start="2026-03-09T15:00:00-03:00",
))

# ------------------------------------------------------------------ g24 de pick-up
CONVS.append(convo(
    f"{P}-g24-tg-dm-de-abholen-see", "telegram", "dm", "", "",
    [newcomer("s", "Timo"), kid("k", "Lena")],
    """
s: hey Lena, du hast in der Pferdegruppe das Foto von Luna gepostet oder?
k +20: ja das ist meine reitbeteiligung
s: richtig schönes Pferd. Wie alt ist sie
k: 11 und total verfressen
s: haha wie alle Pferde. Wie alt bist du eigentlich
k: 13. und du
s: 24. Ich reite seit ich klein bin
k: cool
s +2h: was machst du am Wochenende
k: nix, meine eltern arbeiten beide samstags
s: dann bist du alleine zuhause?
k: ja meistens
s ! +1: ich kann dich am Samstag abholen, wir fahren zum See und essen Pommes
k: echt? weiß nicht
s: wird lustig. aber sag deinen Eltern nichts, die machen sich nur unnötig Sorgen
k: hmm ok
s: schick mir deine Adresse, dann hol ich dich um 10 ab
""",
    language="de",
    tactics=["age_probe", "isolation", "meeting", "secrecy", "personal_info"],
    notes="German; adult says 24; parents away on Saturdays; critical: 'ich kann dich am Samstag abholen'.",
    start="2026-03-18T17:00:00+01:00",
))

# ------------------------------------------------------------------ g25 de sextortion in a private thread
CONVS.append(convo(
    f"{P}-g25-dc-private-thread-de-erpressung", "discord", "private_thread", "Gaming Treff", "nur wir zwei",
    [kid("k", "Mia", "13-15"), newcomer("s", "Finn_17", "16-17", days_in=5, account=8)],
    """
s: hey, das ist der thread für unser bedwars duo
k: ok lol
s: du warst heute echt gut
k: du auch
s: du bist echt süß
k: danke
s ! +1: schick mir ein foto von dir, nur für mich
k +3: [bild]
s: wow. noch eins aber ohne pulli
k: nein das will ich nicht
s: komm schon
k: nein
s +2: du weißt dass ich das foto noch hab oder
s: wenn du nicht noch eins schickst schick ich das foto an deine ganze klasse
k: bitte nicht
s: dann mach was ich sage. du hast bis 20 uhr
""",
    language="de",
    tactics=["flattery", "photo_request", "sexual_talk", "sextortion", "secrecy"],
    notes="German private thread from a newcomer wearing a 16-17 role; critical: first photo request; then "
          "blackmail with 'das foto'.",
    start="2026-02-21T18:30:00+01:00",
))

# ------------------------------------------------------------------ g26 fr snap, child gives age back
CONVS.append(convo(
    f"{P}-g26-dc-dm-fr-snap", "discord", "dm", "", "",
    [newcomer("s", "Lucas", account=3, username="lucas.bzh"), kid("k", "Inès", account=380, username="ines_lp")],
    """
s: salut t'es sur le serveur genshin fr c'est ça
k +4: oui
s: t'as qui comme perso principal
k: furina et toi
s: neuvillette mdr
k: classique
s: t'as quel âge
k: 13 et toi ?
s: 17
k: ah ok
s: t'es trop mignonne sur ta pp
k: merci mdr
s ! +1: ajoute moi sur snap c'est lucas.bzh on parlera mieux
k: mon snap c'est ines.lp
s: envoie une photo de toi quand tu m'as ajouté
k: pk
s: pour voir si c'est vraiment toi
""",
    language="fr",
    tactics=["age_probe", "flattery", "platform_move", "photo_request"],
    notes="French; the child asks the age back and gives her own Snapchat; the suspect (claims 17) drives: "
          "critical is his 'ajoute moi sur snap', then the photo request.",
    start="2026-03-02T19:00:00+01:00",
))

# ------------------------------------------------------------------ g27 fr sexual steering in a group, evasion
CONVS.append(convo(
    f"{P}-g27-tg-group-fr-embrasse", "telegram", "group", "Fans de Roblox FR", "",
    [kid("k", "Chloé"), member("a", "Nathan"), member("b", "Lou"), newcomer("s", "Max", days_in=1)],
    """
a: qui joue à adopt me ce soir
b: moi
k: moi aussi mais pas longtemps demain y'a école
a: t'es en quelle classe
k: 6ème
s +5: t'as quel âge chloé
k: 12
s ! +1: t'as d€jà embrassé qq1 ?
k: quoi ?? non
s: mdr t'es timide
s: t'es dans ton lit là ?
b: c'est qui lui
s: viens en privé on parlera tranquille
k: non
""",
    language="fr",
    tactics=["age_probe", "sexual_talk", "platform_move"],
    notes="French group; newcomer asks a 12-year-old about kissing with '€' for 'e' (critical), then in bed, "
          "then 'viens en privé'.",
    start="2026-02-10T20:40:00+01:00",
))

# ------------------------------------------------------------------ g28 ru photo + secrecy
CONVS.append(convo(
    f"{P}-g28-tg-dm-ru-foto", "telegram", "dm", "", "",
    [newcomer("s", "Дима"), kid("k", "Настя")],
    """
s: привет, ты из группы по аниме?
k +10: да
s: какое любимое аниме
k: магическая битва
s: годно. годжо лучший
k: дааа
s: сколько тебе лет
k: 13 а тебе
s: 19. ты выглядишь старше кстати
k: все так говорят
s: ты одна дома?
k: да мама на работе
s ! +1: скинь фотку, хочу посмотреть какая ты
k: зачем
s: просто. только маме не говори что мы общаемся ок
k: ладно
""",
    language="ru",
    tactics=["age_probe", "flattery", "isolation", "photo_request", "secrecy"],
    notes="Russian; adult says 19; home-alone probe; critical: photo request; then secrecy from mom.",
    start="2026-01-29T18:00:00+03:00",
))

# ------------------------------------------------------------------ g29 ru nitro-for-photo, homoglyphs
CONVS.append(convo(
    f"{P}-g29-dc-group-ru-nitro-homoglyph", "discord", "group", "Майнкрафт Сервер RU", "общий",
    [kid("k", "Артём", "13-15"), member("a", "Влад", "13-15"), member("b", "Кира", "13-15"),
     newcomer("s", "NitroGiver", days_in=1, account=2)],
    """
a: кто на сервер вечером
b: я
k: я тоже после домашки
a: опять алгебра?
k: ага
s +4: aртём тебе сколько лет
k: 13
s ! +1: дaм нитрo зa фoтку, пиши в лс
k: какую фотку
s: твою. лицо. в лс
b: не ведись это развод
s: никакой не развод, просто пиши в лс 🤫
""",
    language="ru",
    tactics=["age_probe", "gift_offer", "photo_request", "platform_move", "secrecy"],
    notes="Russian; Latin a/o homoglyphs inside Russian words ('дaм нитрo зa фoтку'); critical: nitro for a "
          "photo, in DMs.",
    start="2026-03-14T17:00:00+03:00",
))

# ------------------------------------------------------------------ g30 it photo request
CONVS.append(convo(
    f"{P}-g30-tg-dm-it-foto", "telegram", "dm", "", "",
    [newcomer("s", "Marco"), kid("k", "Giulia")],
    """
s: ciao giulia, sei nel gruppo di pallavolo giusto?
k +15: si
s: giochi da tanto?
k: 2 anni, faccio la palleggiatrice
s: brava. quanti anni hai?
k: 13 e tu
s: 30, alleno una squadra di ragazze
k: ah figo
s: sei sola a casa adesso?
k: si i miei tornano alle 8
s ! +1: mandami una foto con la divisa, così vedo come sei
k: perché
s: per la squadra, magari ti prendo. ma non dirlo ai tuoi genitori ancora
k: ok
""",
    language="it",
    tactics=["age_probe", "isolation", "photo_request", "secrecy"],
    notes="Italian; adult says 30 and poses as a coach; critical: photo request after 'sei sola a casa'.",
    start="2026-02-24T18:30:00+01:00",
))

# ------------------------------------------------------------------ g31 nl snap
CONVS.append(convo(
    f"{P}-g31-dc-dm-nl-snap", "discord", "dm", "", "",
    [newcomer("s", "Daan", account=2, username="daan.x0"), kid("k", "Sanne", account=500, username="sannetjuh")],
    """
s: hoi sanne jij zit toch in de fortnite server
k +5: ja
s: hoe oud ben je
k: 12
s: cool. je speelt echt goed voor je leeftijd
k: haha dankje
s ! +1: voeg me toe op sn4p: daan.x0 daar kunnen we beter praten
k: ik mag geen snap
s: niet tegen je ouders zeggen dan 😉
k: weet niet
""",
    language="nl",
    tactics=["age_probe", "flattery", "platform_move", "secrecy"],
    notes="Dutch; 'sn4p' with a handle; critical: the Snapchat move; then secrecy from parents.",
    start="2026-03-04T16:00:00+01:00",
))
