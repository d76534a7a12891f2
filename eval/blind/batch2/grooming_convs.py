"""Blind batch 2: grooming conversations, written in the eval.grooming.script notation.

`!` marks the critical line: the suspect's first unambiguous risky move. Everything is invented
and non-explicit; threats mention "the pics" only.
"""

from __future__ import annotations

from eval.corpus_writer import Conversation
from eval.grooming.script import convo, kid, member, newcomer

ZW = "\u200b"
G: list[Conversation] = []

# 1. fast opener in a busy Discord channel, newcomer, no stated age
G.append(convo(
    "b2g01_dc_fast_asl_pic", "discord", "group", "Pixel Pals", "general",
    [kid("k", "lunaa", "13-15"), newcomer("s", "drift_king", days_in=0.2, account=3),
     member("m", "tobz", "13-15"), member("mod", "Hex", "Moderator")],
    """
m: anyone doing the event tonight
k: yesss i need the hat
m: same lol
s +3: heyy
s: a s l ?
k +2: uh 13 f why
s ^ !: nice 😊 u got a pic? wanna see who im talkin to
k +2: no lol
s: come on just one, i'll send mine
m +1: who is this guy
k: idk
""",
    tactics=["age_probe", "photo_request"], notes="fast asl then pic request in public channel",
    start="2026-05-02T18:10:00+00:00",
))

# 2. slow befriending over days in Discord DMs, ending in a move to the 'ghost app'
G.append(convo(
    "b2g02_dc_slow_dm_ghost_app", "discord", "dm", "", "dm",
    [kid("k", "maddie.draws"), newcomer("s", "Ren", account=12)],
    """
s: hey i saw ur art in #showcase, the fox one?? so good
k +20: omg thank u!! it took forever
s +2: u can tell, the shading is crazy. how long u been drawing
k +5: since like 4th grade
s: thats so cool. i draw too but im trash lol
k: noo im sure ur not
s +1d: morning artist 🦊
k +3h: hiii
s: did u finish the new one
k: almost, my little bro keeps bugging me
s: lol siblings. how old is he
k: 8
s: and ur like 15?
k +4: 13 actually
s ^: no way, u seem older. like way more chill than ppl my age
k: haha how old r u
s +2: 17, dont worry im not weird lol
k: lol ok
s +1d: how was school
k +6h: ugh math test
s: u passed for sure. ur smart
k: i hope
s: ur parents strict about grades?
k: my mom is
s: does she read ur messages and stuff
k +3: sometimes she checks my phone
s: thats kinda invasive tbh. u deserve some privacy
k: ya i guess
s +2d: been thinking about ur fox drawing all day lol
k +1h: lol why
s: idk u just make me smile
k: 😳
s: discord is so laggy for me rn
s !: lets talk on the yellow ghost app instead, its easier
k +5: i have it but my mom follows me there
s: make a 2nd acc, ill show u how. just dont mention it to her ok
k: hmm maybe
s: ur the only one i really talk to u know
k +10: ok wait
""",
    tactics=["flattery", "age_probe", "isolation", "platform_move", "secrecy"],
    notes="multi-day befriending, claimed 17, app described", start="2026-04-10T15:00:00+00:00",
))

# 3. gift for a photo in a Telegram group
G.append(convo(
    "b2g03_tg_group_robux_selfie", "telegram", "group", "Blox Traders EU", "",
    [kid("k", "Nate"), newcomer("s", "GiftGuy", days_in=1), member("m", "Ola"), member("m2", "Ferdi")],
    """
m: anyone got a spare headless
m2: lol in ur dreams
k: i only have 40 robux 😭
s +4: aw i can help with that
k +1: fr??
s: sure, ive got like 5k sitting there
m2: scam alert lol
s !: not a scam. ill send 800 if u send me a selfie first
k +2: why a selfie
s: just to check ur real, bots everywhere
k: hmm
s: dm me, its faster
""",
    tactics=["gift_offer", "photo_request", "platform_move"], notes="robux in exchange for a selfie, bystander warns",
    start="2026-05-09T12:00:00+00:00",
))

# 4. fake modeling scout in a Discord public thread
G.append(convo(
    "b2g04_dc_thread_scout", "discord", "thread", "Glow Up Club", "outfit-of-the-day",
    [kid("k", "ziggy", "Under 18"), newcomer("s", "Casting | Aurelia", days_in=1, account=4),
     member("m", "bea", "Under 18")],
    """
k: my ootd!! thrifted jacket 🧥
m: obsessed
s +9: hi! this look is so editorial 😍 i scout for a youth fashion agency
k +3: wait really?
s: yes, we're casting new faces for a summer catalogue, paid
s: how old are you? we take 12-17
k: 14
s ^ !: perfect age. send me 3 pics: face, profile and full length, natural light
k: like now?
s: dm is better, its confidential until the brand announces
m: be careful lol
""",
    tactics=["modeling_lure", "flattery", "age_probe", "photo_request", "secrecy"],
    notes="modeling scout asks for three pics", start="2026-06-01T17:30:00+00:00",
))

# 5. Telegram personal chat: peer pose, photo, then sextortion
G.append(convo(
    "b2g05_tg_dm_sextortion", "telegram", "dm", "", "",
    [kid("k", "Jonah"), newcomer("s", "Kayla")],
    """
s: hey u were in the minecraft group right
k +3: yeah
s: im kayla, 15. ur cute in ur pfp lol
k +5: lol thx
s: how old r u
k: 14
s: perfect 😊
s +30: wyd
k +2: nothing, bored
s !: send a pic of u rn, ill send one back
k +4: ok
k +1: [photo]
s +2: now do a video call
k: nah im good
s +1: then pay. 50 in gift cards or the pic goes to ur school group chat
k: wtf
s: u have 1 hour. i found ur moms account too
""",
    tactics=["flattery", "age_probe", "photo_request", "sextortion"],
    notes="peer-posing account, photo then money sextortion", start="2026-03-21T21:00:00+00:00",
))

# 6. meeting proposal before any app move, private thread
G.append(convo(
    "b2g06_dc_private_thread_meetup", "discord", "private_thread", "Skate & Chill", "spot-talk",
    [kid("k", "owenn", "13-15"), newcomer("s", "Ty", days_in=6, account=30)],
    """
s: yo u said u skate at the river park right
k +12: ye every saturday
s: sick, im there sometimes too. which part
k: the bowl near the bridge
s: nice. how old r u btw
k: 13
s: cool cool. i could give u my old deck, its barely used
k: fr?? 
s !: yeah come by my car saturday after, ill be parked at the back lot
k: ok maybe
s: come alone tho, i dont have enough for ur whole crew lol
""",
    tactics=["personal_info", "age_probe", "gift_offer", "meeting", "isolation"],
    notes="meeting with gift bait, come alone", start="2026-05-14T19:00:00+00:00",
))

# 7. sexual steering early
G.append(convo(
    "b2g07_dc_dm_in_bed", "discord", "dm", "", "dm",
    [kid("k", "amelia"), newcomer("s", "Marcus", account=9)],
    """
s: hiii from the roblox server
k +3: hey
s: what r u up to
k: watching youtube
s !: in bed already? 😏
k +2: yeah its late
s: what do u wear to sleep lol
k: why
s: just curious haha
""",
    tactics=["sexual_talk"], notes="sexual steering almost at once", start="2026-06-03T22:15:00+00:00",
))

# 8. child also shows cues; adult drives it
G.append(convo(
    "b2g08_tg_dm_child_asks_back", "telegram", "dm", "", "",
    [kid("k", "Ellie"), newcomer("s", "Dan")],
    """
s: hey ellie, saw u in the fan chat, u like the same band as me
k +2: omg yes!! how old r u
s: 22 haha, u?
k: 12 almost 13
s: ur really smart for 12 honestly
k: lol thanks. add me on snap its ellie_b555
s +3: sure. ur parents ok with u having snap?
k: they dont know lol
s !: haha our secret then. send me a pic there so i know its u
k: ok
s: and delete this chat after
""",
    tactics=["age_probe", "flattery", "secrecy", "photo_request", "platform_move"],
    notes="child asks age back and offers snap; adult (22) is the suspect", start="2026-04-28T16:40:00+00:00",
))

# 9. one suspect working two children in the same channel
G.append(convo(
    "b2g09_dc_group_two_kids", "discord", "group", "Anime Corner", "chat",
    [kid("k", "yumi", "13-15"), kid("k2", "pipp", "13-15"), newcomer("s", "senpai_x", days_in=3, account=5),
     member("m", "rk", "16-17")],
    """
k: ep 12 destroyed me
k2: SAME
s +2: u two have the best taste here
s: how old r yall? ur vibes r so mature
k: 13
k2: 14
m: this server is 13+ anyway
s +1 !: lol ok. yumi u wanna dm? i have the art book scans
k +3: sure
s: pipp u too, ill send u both. what are u wearing to the con btw? cosplay?
k2: idk yet
s +10: pipp u there? check dms
""",
    suspects=["s"], targets=["k", "k2"],
    tactics=["flattery", "age_probe", "platform_move", "sexual_talk"], notes="one suspect approaching two children",
    start="2026-05-20T14:00:00+00:00",
))

# 10. long Telegram chat, adult with a 13-year-old, slow, evasive app names
_long = """
s: hi, is this the homework help group person? u posted about algebra
k +4: yes lol i hate algebra
s: i can help, i tutor my cousins
k: omg pls
s: what grade r u in
k: 7th
s: ok so like 12 or 13?
k: 13
s: cool im 19, college first year
k: nice
s: send me the question
k +2: x+5 = 2x-3
s: move the x to one side. what do u get
k +3: x = 8?
s: 🔥 see ur smart
k: lol only bc u helped
s +1d: hey how did the test go
k +5h: i got a B!!
s: told u. proud of u
k: thank u so much
s: u deserve a reward lol
k: haha like what
s: idk what do u like
k: drawing and my cat
s: whats ur cats name
k: Biscuit
s: best name. pic of biscuit?
k +2: [photo]
s: sooo cute
s +1d: good morning
k +8h: hiii sorry was at school
s: how was it
k: boring, girls in my class are mean
s: they r jealous. u r way more mature than them
k: i dont think so
s: trust me. i talk to a lot of ppl and u r different
k: aw
s: do u have friends to talk to
k: not really, just my cousin
s: well u have me now
k: 🙂
s: does ur mom know u talk to me
k: no, she doesnt really check this app
s: better that way, she wouldnt get it. she'd think im weird bc im older
k: ya maybe
s !: lets keep it just us ok? dont tell ur cousin either
k: ok
s +2h: u home?
k +20: yeah
s: alone?
k: mom works till 7
s: cool. whats ur number, tg is glitchy. mine is five five five, two 0 eight 1
k: i dont have credit
s: i can send u money for credit
k: really?
s: ya. send me a selfie so i have ur pic in my contacts 😊
k +5: ok one sec
k: [photo]
s: wow ur pretty. u have a bf?
k: no lol
s: good 😏
s: we should hang out sometime. i can get the bus to ur town
k: idk my mom wouldnt let me
s: she doesnt have to know. what part of town do u live
k +6: near the library
s: which school is next to it
k: Maple Middle
s: ok. saturday? ill buy u bubble tea
k +10: maybe
s: dont overthink it, we're friends 💕
"""
G.append(convo(
    "b2g10_tg_dm_long_tutor", "telegram", "dm", "", "",
    [kid("k", "Paige"), newcomer("s", "Leo_tutor")],
    _long,
    tactics=["age_probe", "flattery", "isolation", "secrecy", "platform_move", "gift_offer", "photo_request",
             "sexual_talk", "meeting", "personal_info"],
    notes="long, slow: homework help, adult 19 and a 13-year-old, secrecy is the first critical move",
    start="2026-02-02T17:00:00+00:00",
))

# 11. long-time member moves a child to a private thread and asks to hide it from mods
G.append(convo(
    "b2g11_dc_member_hide_from_mods", "discord", "private_thread", "Minecraft Builders", "build-help",
    [kid("k", "cobble_kid", "13-15"), member("s", "OldOak", "Builder", days_in=700, account=1500)],
    """
k: made a thread so u can help me w my castle without the noise
s +3: good idea, show me the screenshots
s: u did great on the tower. how old r u again, 12?
k: 13
s: nice. ur better than the adults here tbh
k: lol
s !: btw dont tell the mods about this thread, they get weird about 1 on 1 help
k +2: oh ok
s: u on voice later? turn ur cam on so i can see ur screen setup
k: my cam is broken
""",
    tactics=["age_probe", "flattery", "secrecy", "photo_request"], notes="trusted long-time member, not a newcomer",
    start="2026-03-08T15:00:00+00:00",
))

# 12. evasion-heavy fast chat in a Telegram group
G.append(convo(
    "b2g12_tg_group_evasion", "telegram", "group", "Gacha Club Fans", "",
    [kid("k", "Rosie"), newcomer("s", "xx_nova_xx", days_in=0.5), member("m", "Ivy")],
    f"""
k: who else pulled the new banner
m: me!! 3 tries
s +5: cute edits rosie 💖 wru from
k +2: uk, u?
s: near u probs 😉 u alone rn?
k: ya why
s !: 👻❓ s{ZW}n{ZW}a{ZW}p me, user is nova dot five five five
k +3: i dont have it
s: then wh@ts4pp, five five five o one two three
""",
    tactics=["flattery", "personal_info", "isolation", "platform_move"],
    notes="evasion: emoji ghost, zero-width in snap, numbers in words", start="2026-05-30T20:00:00+00:00",
))

# --- Spanish
G.append(convo(
    "b2g13_es_dc_dm_foto_regalo", "discord", "dm", "", "dm",
    [kid("k", "valen"), newcomer("s", "Nico", account=7)],
    """
s: holaa te vi en el server de fortnite
k +2: hola
s: juegas muy bien, cuántos años tienes?
k: 12
s: pareces más grande jaja
k: jaja no
s !: oye te regalo el pase de batalla si me mandas una foto tuya
k +4: para qué
s: para conocerte, no le digas a nadie eh
s: o mejor hablamos por tele$gram, ahí es más privado
""",
    tactics=["flattery", "age_probe", "gift_offer", "photo_request", "secrecy"], language="es",
    notes="battle pass for photo", start="2026-04-02T18:00:00+00:00",
))
G.append(convo(
    "b2g14_es_tg_group_cita", "telegram", "group", "Kpop Latinas", "",
    [kid("k", "Dani"), newcomer("s", "Alex_23", days_in=2), member("m", "Caro")],
    """
k: alguien va al concierto virtual?
m: yoo
s +3: dani de qué ciudad eres?
k: Valencia
s: yo también!! en qué cole vas?
k: en el San Jorge
s !: qué casualidad, paso por ahí. te invito a un helado el viernes a la salida
k +5: jaja no sé
s: vente sola, así hablamos tranquilas
m: quién eres tú?
""",
    tactics=["personal_info", "meeting", "isolation"], language="es", notes="meeting after school, come alone",
    start="2026-05-11T17:00:00+00:00",
))

# --- Portuguese
G.append(convo(
    "b2g15_pt_tg_dm_zap", "telegram", "dm", "", "",
    [kid("k", "Bia"), newcomer("s", "Rafa")],
    """
s: oi bia, vi teu tiktok de dança, mto bom
k +3: obgg
s: quantos anos vc tem?
k: 13
s: nossa, parece ter 16. tá sozinha em casa?
k: to, minha mãe tá no trabalho
s !: me chama no zap, é cinco cinco cinco nove dois um zero
k: pq
s: aqui é chato. e liga a câmera lá
""",
    tactics=["flattery", "age_probe", "isolation", "platform_move", "photo_request"], language="pt",
    notes="number in words", start="2026-04-18T15:00:00+00:00",
))
G.append(convo(
    "b2g16_pt_dc_group_beijo", "discord", "group", "Servidor dos Gamers BR", "geral",
    [kid("k", "luizinha", "13-15"), newcomer("s", "Thiago", days_in=1, account=3), member("m", "pedrão", "13-15")],
    """
m: alguém joga valorant hj
k: eu mais tarde
s +2: luizinha vc é a mais legal daqui
k: kkk valeu
s !: já beijou alguém?
k +2: que pergunta 😳
s: só curiosidade kk. tem namorado?
m: mano q isso
""",
    tactics=["flattery", "sexual_talk"], language="pt", notes="kissing question in public",
    start="2026-06-06T19:00:00+00:00",
))

# --- German
G.append(convo(
    "b2g17_de_dc_dm_foto_geheim", "discord", "dm", "", "dm",
    [kid("k", "lenny"), newcomer("s", "Jonas", account=5)],
    """
s: hey du bist doch aus dem brawl stars server
k +3: ja
s: wie alt bist du
k: 12
s: cool, ich bin 15. du bist voll lustig
k: danke lol
s !: schick mal n bild von dir, ich schick dann auch eins
k +2: hm
s: aber sag deinen eltern nix, die verstehn das nicht
s +1: oder adde mich auf $n@pch4t, jonas.fuenf.fuenf.fuenf
""",
    tactics=["age_probe", "flattery", "photo_request", "secrecy"], language="de",
    notes="claimed teen asks photo", start="2026-03-30T16:00:00+00:00",
))
G.append(convo(
    "b2g18_de_tg_group_modell", "telegram", "group", "Reitstall Freunde", "",
    [kid("k", "Mila"), newcomer("s", "Fotostudio Klein", days_in=3), member("m", "Hanna")],
    """
k: mein pferd hat heute so toll gesprungen!!
m: 😍
s +6: wunderschönes foto mila! du hättest das zeug zum model
k +3: echt??
s !: ich mache shootings für junge talente. schick mir ein paar ganzkörperfotos privat
k: ich frag mal meine mama
s: das machen wir erstmal ohne eltern, ist ja nur ein test
""",
    tactics=["flattery", "modeling_lure", "photo_request", "secrecy"], language="de",
    notes="photographer lure", start="2026-05-24T11:00:00+00:00",
))

# --- French
G.append(convo(
    "b2g19_fr_dc_thread_cam", "discord", "thread", "Mangas & Co", "dessins",
    [kid("k", "inès", "13-15"), newcomer("s", "theo_art", days_in=2, account=6), member("m", "sam", "13-15")],
    """
k: mon dernier dessin, soyez gentils
m: trop stylé
s +4: t'as un talent de ouf, t'as quel âge ?
k: 13
s: franchement t'es plus mature que les gens de mon âge
s !: on passe en appel vidéo ? je te montre ma technique, allume ta caméra
k +3: euh peut-être
s: en mp, c'est mieux
""",
    tactics=["flattery", "age_probe", "photo_request", "platform_move"], language="fr",
    notes="video call under art pretext", start="2026-04-22T17:00:00+00:00",
))
G.append(convo(
    "b2g20_fr_tg_dm_menace", "telegram", "dm", "", "",
    [kid("k", "Léa"), newcomer("s", "Max")],
    """
s: salut léa c max du groupe fortnite
k +2: slt
s: t'as quel âge ?
k: 14
s !: t'es déjà au lit ? 😏
k: non
s: envoie une photo de toi
k +5: non
s +1: j'ai déjà tes photos de profil et je sais où est ton collège. envoie ou je les partage
""",
    tactics=["age_probe", "sexual_talk", "photo_request", "sextortion"], language="fr",
    notes="in-bed then threat", start="2026-06-10T21:30:00+00:00",
))

# --- Russian
G.append(convo(
    "b2g21_ru_tg_group_robux", "telegram", "group", "Роблокс чат", "",
    [kid("k", "Маша"), newcomer("s", "Денис", days_in=1), member("m", "Кирилл")],
    """
k: кто-нибудь может дать робуксы 😭
m: ага мечтай
s +3: я могу
k: правда??
s !: дам 1000 за твою фотку, скинь в лс
k: зачем фотка
s: просто так. и никому не говори, а то все попросят
""",
    tactics=["gift_offer", "photo_request", "platform_move", "secrecy"], language="ru",
    notes="robux for photo", start="2026-05-05T13:00:00+00:00",
))
G.append(convo(
    "b2g22_ru_dc_dm_vstrecha", "discord", "dm", "", "dm",
    [kid("k", "sonya"), newcomer("s", "Artyom", account=4)],
    """
s: привет, ты из сервера по майнкрафту?
k +4: да
s: сколько тебе лет?
k: 13
s: ты очень взрослая для своих лет
k: спасибо
s: родители дома?
k: нет
s !: давай встретимся после школы, я заберу тебя на машине
k: не знаю
s: только никому не говори
s: пиши мне в т.е.л.е.г.у, там удобнее
""",
    tactics=["age_probe", "flattery", "isolation", "meeting", "secrecy"], language="ru",
    notes="pick-up by car", start="2026-04-14T15:00:00+00:00",
))

# --- Italian
G.append(convo(
    "b2g23_it_tg_dm_foto", "telegram", "dm", "", "",
    [kid("k", "Giulia"), newcomer("s", "Marco_99")],
    """
s: ciao giulia, sei nel gruppo di among us vero
k +3: sì
s: quanti anni hai?
k: 12
s: sembri più grande, sei bellissima nella foto profilo
k: grazie
s !: mandami una foto tua adesso, ti regalo una gift card
k: non so
s: è un segreto tra noi
""",
    tactics=["age_probe", "flattery", "photo_request", "gift_offer", "secrecy"], language="it",
    notes="gift card for photo", start="2026-05-16T18:00:00+00:00",
))

# --- Polish
G.append(convo(
    "b2g24_pl_dc_group_snap", "discord", "group", "Polski Roblox", "ogólny",
    [kid("k", "zuza", "13-15"), newcomer("s", "kuba_22", days_in=1, account=2), member("m", "olek", "13-15")],
    """
k: ktoś gra dziś w adopt me
m: ja
s +2: zuza ile masz lat?
k: 13
s: jesteś bardzo dojrzała jak na swój wiek
s !: dodaj mnie na snapie, kuba.555
k +3: po co
s: tam pogadamy, tu za dużo ludzi
""",
    tactics=["age_probe", "flattery", "platform_move"], language="pl",
    notes="handle with app name", start="2026-06-12T17:00:00+00:00",
))

# 25. Telegram public thread: claimed 14-year-old, request split over several lines
G.append(convo(
    "b2g25_tg_thread_split_request", "telegram", "thread", "Study Buddies 8th Grade", "",
    [kid("k", "Sophie"), newcomer("s", "jayy", days_in=1), member("m", "Priya"), member("m2", "Omar")],
    """
m: does anyone have the history timeline
m2: i'll post it later
k: pls i need it too
s +3: i have it, sophie i can send it
k +1: thank uuu
s: np. ur in 8th? im 14 too
k: ya 13 tho, my bday is in june
s: same vibes. u seem chill
k: lol thx
s +5: hey can u
s: like
s !: send one pic of u, so i know who im sending stuff to
k +2: why lol
s: just fair trade for the timeline 😅 and keep it off the group pls
m +4: sophie i posted it, u dont need his
""",
    tactics=["age_probe", "flattery", "photo_request", "gift_offer", "secrecy"],
    notes="request split over three lines, peer pose (claims 14)", start="2026-04-06T19:00:00+00:00",
))

# 26. Discord group, suspect wears a false teen role; long and slow, many bystanders
G.append(convo(
    "b2g26_dc_group_false_role_long", "discord", "group", "Cozy Gamers Hangout", "lounge",
    [kid("k", "bunnybee", "13-15"), newcomer("s", "kai", "13-15", days_in=9, account=14),
     member("m", "frostbyte", "13-15"), member("m2", "lemonz", "16-17"), member("mod", "Warden", "Moderator")],
    """
m: who's up for stardew later
k: meee
m2: i have homework ugh
s: i'll join if thats ok, im new
m: sure the more the merrier
k: welcome kai!!
s: thx bunny 😊
mod: reminder: keep it sfw, the 13-15 and 16-17 channels are separate for a reason
m2: yes boss
s +30: bunny ur farm name is so cute
k: its bun bun acres lol
s: lmaooo i love it
m: kai what do u play usually
s: valorant mostly, stardew w friends
m2: ew valorant
s: haha fair
k +2h: im back, had dinner
s: what did u have
k: tacos
s: jealous. ur lucky ur mom cooks
k: my dad does lol
s: ur dad cool?
k: ya but strict
s: same. parents suck sometimes
m +10: anyone wanna do the community center bundles
k: yes
s: yes
m2: im out gn
s +1d: morning bunny ☀️
k +3h: morning!!
s: how old r u btw, u seem older than the others here
k: 13
s: oh nice, im 15
m: kai ur 15?? thought u were 13
s: ya i got the wrong role lol
k: lol
s: bunny where r u from
k: ohio
s: no way me too. what city
k: dayton area
s: crazy. small world lol
k: haha ya
s +2h: u home rn?
k +20: ya
s: parents?
k: at work
s !: sick, i can bike over. whats ur street?
k +4: idk if i should say
s: its fine we're friends. just dont tell ur dad, hed freak
m +5: bunny u joining stardew?
k: coming
""",
    tactics=["flattery", "isolation", "age_probe", "personal_info", "meeting", "secrecy"],
    notes="slow over two days in a busy channel; suspect holds a teen role; critical is a visit offer",
    start="2026-03-02T18:00:00+00:00",
))

# 27. Telegram private group: a 'sponsor' trades gift cards for a video, then threatens
G.append(convo(
    "b2g27_tg_private_group_sponsor", "telegram", "private_thread", "Dance Crew Minis", "",
    [kid("k", "Ava"), newcomer("s", "Sponsor_Mike", days_in=2), member("m", "Chloe")],
    """
k: new routine is up on the drive!!
m: ava u killed it
s +6: amazing moves ava, i sponsor young dancers
k +3: whats that mean
s: i pay for classes and costumes for talented kids
k: wow
s !: send me a private video of just u dancing and i'll send a 100 gift card tonight
k +10: ok i sent it
s +1d: need another one, different outfit
k +2h: i dont want to anymore
s: then i'll share the first one with ur dance school. ur choice
""",
    tactics=["flattery", "gift_offer", "photo_request", "sextortion"],
    notes="gift card for a video, then threat to share", start="2026-05-18T16:00:00+00:00",
))

# 28. Dutch personal chat
G.append(convo(
    "b2g28_nl_tg_dm_afspreken", "telegram", "dm", "", "",
    [kid("k", "Fenna"), newcomer("s", "Bram")],
    """
s: hoi fenna, ik zag je in de fortnite groep
k +3: hoi
s: hoe oud ben je?
k: 12
s: je lijkt ouder hoor. zijn je ouders thuis?
k: nee
s !: zullen we afspreken bij de bieb? ik trakteer op ijs, niks tegen je moeder zeggen
k: weet niet
""",
    tactics=["age_probe", "flattery", "isolation", "meeting", "secrecy"], language="nl",
    notes="meeting with treat and secrecy", start="2026-06-02T15:00:00+00:00",
))

# 29. gaming 'coach': a rank boost in exchange for a cam call, critical late and subtle before it
G.append(convo(
    "b2g29_dc_dm_rank_boost_cam", "discord", "dm", "", "dm",
    [kid("k", "tiny_tank"), newcomer("s", "CoachVex", account=20)],
    """
s: gg in the 1v1 lobby, ur aim is nuts for a new player
k +6: thx lol im hardstuck gold
s: i coach ppl, i can carry u to plat this week
k: for real? how much
s: free for u, i like helping young talent. how young r we talking lol
k: 12
s: damn, 12 and that aim. ur gonna be pro
k: 🥹
s +1d: ready for the grind?
k +2h: yes!!
s: first rule, listen to ur coach. parents let u play late?
k: till 9 on weekdays
s: we'll do sessions after 9 then, quieter lobbies. just put ur headset on low
k: hmm ok
s +2d: we hit plat 1 🎉
k: OMG thank uuu
s !: told u. my turn for a favour, hop on a cam call so i can see my star player
k +5: my cam is kinda bad
s: doesnt matter. and its between us, dont need ur friends asking for free boosts
""",
    tactics=["flattery", "age_probe", "gift_offer", "isolation", "photo_request", "secrecy"],
    notes="free rank boost, late-night sessions hinted, then a cam call as repayment; late critical", start="2026-03-12T19:00:00+00:00",
))

# 30. Spanish long chat in Telegram: slow, adult (20) with a 13-year-old, pseudo-romantic
G.append(convo(
    "b2g30_es_tg_dm_largo", "telegram", "dm", "", "",
    [kid("k", "Abril"), newcomer("s", "Santi")],
    """
s: holaa, eres la del grupo de fans de la serie?
k +10: sii jaja
s: qué personaje te gusta más
k: la protagonista obvio
s: igual yo! tienes buen gusto
k: jaja gracias
s: de dónde eres?
k: de Sevilla
s: qué bonito. yo de Málaga
k: ah qué guay
s: cuántos años tienes?
k: 13
s: ah vale, yo 20. pero se nota que eres madura
k: jaja eso dicen
s +1d: buenos días 🌞
k +6h: holaa, estaba en clase
s: qué tal el día
k: regular, me peleé con mi mejor amiga
s: vaya. ella se lo pierde, de verdad
k: ya...
s: yo siempre voy a estar aquí para ti
k: gracias 🥺
s: tus padres te dejan usar el móvil por la noche?
k: hasta las 11
s: perfecto, hablamos luego entonces
s +8h !: ya estás en la cama? 😊
k +5: sí jaja
s: qué llevas puesto?
k: el pijama de gatos lol
s: jajaja qué mona
s: oye no le cuentes a nadie que hablamos, la gente no entiende estas amistades
k: vale
s +1d: te echaba de menos
k +2h: jaja yo también
s: te puedo mandar algo por tu cumple? dime tu dirección
k: no sé si mis padres...
s: no hace falta que se enteren
k: bueno
s: y mándame una foto tuya para ponerte de fondo de pantalla
k +30: me da vergüenza
s: no seas tonta, eres preciosa
""",
    tactics=["age_probe", "flattery", "isolation", "sexual_talk", "secrecy", "personal_info", "photo_request"],
    language="es", notes="long and slow; first critical is the are-you-in-bed question at night",
    start="2026-02-20T18:00:00+00:00",
))

# 31. Portuguese: the child offers Instagram; the adult escalates
G.append(convo(
    "b2g31_pt_dc_dm_crianca_oferece", "discord", "dm", "", "dm",
    [kid("k", "manu_s"), newcomer("s", "Gui_RJ", account=8)],
    """
k: oi vc é do server de minecraft né
s +3: sou sim kk
k: quantos anos vc tem?
s: 18, e vc?
k: 12. me segue no insta, manu.s555
s +2: sigo. teus pais deixam vc ter insta?
k: eles nem sabem kkk
s !: então é nosso segredo. me manda uma foto lá no direct
k: de quê
s: tua, ué. só pra mim
""",
    tactics=["age_probe", "secrecy", "photo_request", "platform_move"], language="pt",
    notes="child asks age back and offers instagram; adult asks a photo and secrecy", start="2026-05-27T16:00:00+00:00",
))
