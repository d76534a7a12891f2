"""Blind batch 12c, part B: conversations (grooming and benign hard negatives).

Written blind: every line is invented for this batch. Scripts use the notation of
eval/grooming/script.py (``WHO [+delay] [^] [!]: text``); benign scripts use the same notation
without a ``!`` mark.
"""

from __future__ import annotations

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import convo, kid, member, newcomer, parse

ADULT_DC = ("18+",)


def benign(id: str, platform: str, chat: str, community: str, channel: str, people, script: str, *,
           tactics, notes: str, language: str = "en", start: str = "2026-04-02T17:00:00+00:00") -> Conversation:
    lines, critical = parse(script)
    if critical is not None:
        raise ValueError(f"{id}: benign script has a critical mark")
    placed = [
        Person(p.key, f"{id}/{p.id}", p.name, p.roles, p.joined_days_ago, p.username, p.is_bot,
               p.account_days_old)
        for p in people
    ]
    return Conversation(id=id, platform=platform, chat=chat, community=community, channel=channel,
                        people=placed, lines=lines, kind="benign", tactics=list(tactics), notes=notes,
                        language=language, start=start)


def tg(key: str, name: str, *, days_in: float | None = None, username: str | None = None) -> Person:
    """A Telegram participant (no roles on Telegram)."""
    return Person(key, key, name, (), days_in, username, False, None)


GROOMING: list[Conversation] = []
BENIGN: list[Conversation] = []


# =====================================================================================
# GROOMING — Discord, English
# =====================================================================================

GROOMING.append(convo(
    "g12c_dc01_smp_general_singled_out", "discord", "group", "Blockhaven SMP", "general",
    [kid("k", "pixelmaya", "13-15", "Member"), newcomer("s", "craftr_jay", days_in=1, account=4),
     member("a", "oakleaf", "13-15", "Member"), member("b", "tntdan", "Member"),
     member("c", "frostbyte", "16-17", "Member"), member("d", "buzz", "Member")],
    """
a: anyone on the smp rn
b: ya im at spawn, someone griefed the bakery again
c: server lagging so bad today
k +2: i finished the cherry blossom house!! pics in #builds
a: MAYA its so pretty omg
d: how many cherry logs did that take lmao
k: like 9 stacks 😭
b: ok whoever took my elytra give it back
s +3: yo that build is actually insane, u did the roof curve by hand??
k ^: yeah it took forever lol
c: brb dinner
s: ur honestly better than most ppl on here no offense to anyone
d: offense taken 😤
s: lol. maya how old r u if u dont mind me asking, u build like a pro
k: 13
a: jay who even r u lol, new?
s ^: ya joined yesterday, my cousin plays here
s +2 !: maya i got a shader pack thats not public, dm me and ill send it. dont post about it here tho the mods get weird about packs
k: oh ok sure
b: can i get it too
s ^: its only for builders srry
b: wow ok
k: sent u a friend req jay
s: accepted 👍 check ur dms
a: anyone wanna do the end raid at 7
d: me
""",
    tactics=["flattery", "age_probe", "platform_move", "secrecy"],
    notes="busy public channel; newcomer singles out one child, asks her age, then moves her to DMs with a 'don't tell the mods' hint",
    start="2026-04-11T17:20:00+00:00"))

GROOMING.append(convo(
    "g12c_dc02_dm_peer_fifteen_slips", "discord", "dm", "Direct Messages", "nate_15",
    [kid("k", "sophieee", account=700), newcomer("s", "nate_15", account=9)],
    """
s: heyy ur the one who drew the wolf oc in the art server right
k: omg yes lol
s: its so good fr. im nate btw
k: sophie 🙂
s: how old r u? im 15
k: 13
s: oh nice ur basically my age
k: lol kinda
s: what grade r u in
k: 8th
s: same school stuff lol. i hate math
k: SAME
s: do u draw every day
k: like most days after school
s +40: sry was eating
k: its ok
s: ur parents strict about screen time?
k: kinda my mom takes my phone at 10
s ^: that sucks
k: yeah
s +1d: morning sophie ☀️
k +180: hii sorry school
s: dw. i just got off work lol
k ^: u have a job??
s: i mean like i help at my uncles shop haha
k: ohh
s: back when i was in 8th grade we didnt even have phones like this lol
k: wait what
s ^: i mean my older brother said that lmao i got confused
k: ur weird 😂
s: haha ya. does anyone ever look through ur phone
k: no my mom just takes it at night
s: k good. ur the only person i actually like talking to tbh
k: aw
s: people at my school are so fake
k: mine too
s +1d: hey
k +30: hi
s: u home?
k: ya
s: alone?
k: my sister is in her room
s: cool. wish i could see what u look like, ur pfp is just the wolf
k: lol i dont really post pics of me
s +2 !: send me one pic? just ur face. i wont show anyone
k: idk
s: pls its only fair, ill send one of me after
k: maybe later
s: also we should switch to snap, discord keeps everything. whats ur @
k: i dont have snap
s: ok make one, its easy. and dont tell ur sister about me ok she'll tell ur mom and make it weird
k: why would it be weird
s: just trust me 🤐
k: ok
""",
    tactics=["age_probe", "flattery", "isolation", "photo_request", "platform_move", "secrecy"],
    notes="suspect claims 15, slips twice (job, 'back when i was in 8th grade'); slow over three days; critical is the selfie request",
    start="2026-04-12T19:05:00+00:00"))

GROOMING.append(convo(
    "g12c_dc03_private_thread_commission_nitro", "discord", "private_thread", "Sketch Club", "maya-commission",
    [kid("k", "inkymaya", "Under 18", "Artist"), newcomer("s", "Rowan Commissions", "Client", days_in=5, account=12,
                                                           username="rowancomms")],
    """
s: hey! made this private thread so we can sort the commission without clogging #commissions
k: hi! ok so it's $15 for a bust and $25 for full body
s: i'll do full body. i can pay in nitro or a steam card, which do u prefer
k: nitro is fine!! thank u
s: ur style is honestly so mature, i thought u were like 20 before i saw ur role lol
k: haha im 14
s: wow. ok so reference is my oc, red hair, hoodie, freckles
k: got it 👍 ill send a sketch tomorrow
s +1d: sketch looks perfect
k: yay ty
s +2 !: one thing. before i send the nitro can u send a pic of yourself holding the sketch? just so i know ur the real artist. and maybe one without the hoodie on, for my oc's pose
k: um why without the hoodie
s: the pose is tricky, seeing a real person helps. ill add an extra month of nitro for it 🎁
k: i can just use a reference off pinterest
s: its not the same. and dont mention this thread in #commissions ok, ppl get jealous about extras
k: i think ill ask the mod
s: no need for that lol, forget the extra
""",
    tactics=["gift_offer", "flattery", "photo_request", "secrecy"],
    notes="private thread; nitro commission turns into a selfie request with nitro in exchange and a 'don't mention it' demand",
    start="2026-04-14T15:40:00+00:00"))

GROOMING.append(convo(
    "g12c_dc04_two_kids_same_server", "discord", "group", "Robloxia Hangout", "general",
    [kid("k1", "bellaa", "13-15"), kid("k2", "zoe_xo", "Under 18"),
     member("s", "kingtrev", "Member", days_in=40, account=55),
     member("a", "Dominic", "13-15"), member("b", "leoNOOB", "13-15"), member("m", "ModPanda", "Moderator", "18+")],
    """
a: who wants to play bedwars
b: me after i finish hw
k1: zoe did u see the new adopt me update
k2: YES the new pets r so cute
s: bella ur avatar is the cutest on this server fr
k1: lol thx
s: zoe urs is close tho 😅
k2: haha
s: what grade are u two in
k1: 7th
k2: 8th
a: trev ur like always here lol
s ^: i live here 😂
s +3 !: bella i got extra robux, add me on s.n.a.p and ill send u 400. its trev.plays55
k1: wait fr??
s: yea just snap me a pic so i know its u and not ur brother lol
b: can i get robux 👀
s ^: nah only for the cute avatars
m: no robux deals in general please, take it to #trading
s: ok sry
s +20: zoe dm me, i got something for u too, dont tell bella tho
k2: ok lol
k1: zoe wanna play adopt me
k2: ya one sec
""",
    suspects=["s"], targets=["k1", "k2"],
    tactics=["flattery", "age_probe", "gift_offer", "platform_move", "photo_request", "secrecy"],
    notes="one long-time member works two girls in the same channel: robux for adding snap and a pic, then a secret DM invite to the second",
    start="2026-04-15T21:10:00+00:00"))

GROOMING.append(convo(
    "g12c_dc05_dm_skin_for_pic", "discord", "dm", "Direct Messages", "xDropzone",
    [kid("k", "Ellie", account=420, username="elliestorm"), newcomer("s", "xDropzone", account=3)],
    """
s: gg in that squad game, u carried
k: lol ty
s: u want the renegade raider back bling? i got a spare gift
k: omg really
s: how old r u tho, gifting rules
k: 12
s +1 !: ok kool. just send a selfie so i know ur a girl and not some dude lol then i gift it
k: why do u need a selfie
s: everyone lies on here. 1 pic and its urs 🎁↔️📸
k: can i just voice chat
s: nah pic. takes 2 sec
k: my mom checks my gallery
s: delete it after, easy
k: idk
s: ok forget it then, ur missing out
""",
    tactics=["gift_offer", "age_probe", "photo_request", "secrecy"],
    notes="fast gift-for-photo in a game DM, with emoji cue 🎁↔️📸",
    start="2026-04-16T18:30:00+00:00"))

GROOMING.append(convo(
    "g12c_dc06_group_casting_scout", "discord", "group", "Teen Cosplay Collective", "showcase",
    [kid("k", "Kiri", "13-15"), newcomer("s", "Aria Vale Casting", days_in=0.5, account=2, username="ariavale.casting"),
     member("a", "mothwing", "16-17"), member("b", "Jun", "13-15"), member("m", "Hollis", "Moderator", "Adult")],
    """
k: finally finished my nezuko cosplay!! (pic above)
a: the kimono pattern is so clean
b: wig styling 10/10
s +5: Hi Kiri! I'm a casting assistant at Vale Model Management. Your look is exactly what we're searching for
k: wait really?
s: We're casting faces 12-16 for a spring clothing campaign, paid. How old are you exactly?
k: 14
s ^: Perfect age bracket 😊
s +1 !: Send me 3 unedited photos, no makeup, in fitted clothes, front and side, to my WhatsApp +1 555 0143 and I'll pass them to the director
a: uhh is that legit?
s: Completely. Keep it between us until the contract, parents sometimes panic and you lose the slot
b: kiri dont
m: @Kiri please don't send anything. Aria, agencies contact parents, not kids in a cosplay server. Removing you.
s: I'm just doing my job
""",
    tactics=["modeling_lure", "flattery", "age_probe", "photo_request", "platform_move", "secrecy"],
    notes="fake casting agent in a public channel; phone number in 555 range; moderator intervenes",
    start="2026-04-17T16:00:00+00:00"))

GROOMING.append(convo(
    "g12c_dc07_dm_child_asks_back_offers_snap", "discord", "dm", "Direct Messages", "dxnte",
    [kid("k", "lily", account=650, username="lilyyy.b"), newcomer("s", "dxnte", account=25)],
    """
k: hiii u were in the vc earlier right? the one w the funny voice
s: lmao yea that was me
k: how old r u
s: 19 why
k: just asking lol im 13 is that weird
s: nah ur cool
k: add me on snap its lily.b55
s: lol ok
k: did u add
s +5: ya
k: what school do u go to or r u done
s: done lol i work
k: oh cool
s +30: u got school tmrw?
k: yea ugh
s +1 !: u in bed already? 😏
k: ya lol
s: what r u wearing
k: why lol
s: just curious. ur mature for 13 u know that
k: haha thx
""",
    tactics=["sexual_talk", "flattery"],
    notes="the child asks his age, says her own and offers her snap; the adult drives only the sexual steering ('in bed', 'wearing')",
    start="2026-04-18T20:15:00+00:00"))

GROOMING.append(convo(
    "g12c_dc08_dm_long_adult_thirteen", "discord", "dm", "Direct Messages", "coastal_greg",
    [kid("k", "Tessa", account=380, username="tess.plays"), newcomer("s", "coastal_greg", account=20)],
    """
s: hey saw u in the stardew server, ur farm layout post was super clever
k: oh thanks!! took me forever
s: i'm greg. been playing since 2016 lol
k: im tessa
s: nice to meet u tessa. u in school still?
k: yeah 7th grade
s: ah so like 12?
k: 13
s: cool cool. i'm 31 so i'm the old guy haha
k: lol thats not old
s: tell that to my back 😂
k: 😂
s: what do u like besides stardew
k: drawing and volleyball
s: volleyball is awesome. what position
k: setter
s: smart kid position. u must be the brains of the team
k: haha kinda
s +2h: how was practice
k: tiring
s: u deserve a break kiddo
k: lol
s +1d: morning sunshine
k +300: hi
s: u always this quiet or just with me haha
k: just tired
s: rough day?
k: my mom yelled at me bc of my grades
s: ugh. parents forget what its like
k: yeah
s: u can always vent to me. i actually listen
k: thanks
s: does ur mom know u play with ppl online
k: she knows i play stardew
s ^: but not who with haha
k: not really
s: thats fine. some things are just ours
k: i guess
s +1d: hey sweetie
k: hey
s: sry is sweetie weird
k: its ok
s: how was the game
k: we lost 😭
s: bet u were the best one out there
k: no lol
s: u are to me
k: aw
s: do u have a bf at school
k: ew no
s ^: lol why ew
k: boys in my grade are so immature
s: ur way more mature than them, thats why
k: maybe
s +1 !: have u ever kissed anyone? just curious
k: no!!
s: nothing to be shy about. everyone has a first
k: can we talk about something else
s: sure sure. hypothetically if i was ur age would u go out w me
k: idk lol
s: i'll take that as a maybe 😊
s +3h: u awake
k: yea
s: in bed?
k: ya
s: we should talk on signal, its more private than discord. my number is 555 0178
k: whats signal
s: just an app. and dont mention me to ur mom ok, she wouldnt get that we're friends
k: ok
s +1d: so i'm gonna be in ur area next weekend for work
k: oh
s: we could grab ice cream, my treat. u could say ur at a friends
k: i dont think i can
s: think about it. i'd drive, no bus needed
k: ok
""",
    tactics=["age_probe", "flattery", "isolation", "secrecy", "sexual_talk", "platform_move", "meeting"],
    notes="long (70 lines, 4 days) adult(31)-to-13 chat in the style of logged decoy chats: pet names, 'hypothetically', kissing question is the critical line; Signal, secrecy and an ice-cream meeting follow",
    start="2026-04-19T18:00:00+00:00"))

GROOMING.append(convo(
    "g12c_dc09_dm_sextortion_after_snap", "discord", "dm", "Direct Messages", "ry4n",
    [kid("k", "Jayden", account=900, username="jayd3n"), newcomer("s", "ry4n", account=15)],
    """
s: why did u block me on snap
k: leave me alone
s: u think blocking fixes it lol
s +1 !: send 2 more pics by tonight or the one u already sent goes to ridgeview middle's insta and ur moms facebook
k: please dont
s: i have ur followers list. every single one
k: i'm 14 please just delete it
s: then do what i said. 🕐
k: i dont have money or anything
s: didnt ask for money. pics. and dont tell anyone or i post it instantly
k: ok wait
""",
    tactics=["sextortion", "photo_request", "secrecy", "personal_info"],
    notes="sextortion opening straight on the threat; refers to 'the pics' only",
    start="2026-04-20T22:40:00+00:00"))

GROOMING.append(convo(
    "g12c_dc10_thread_intro_asl_ghost", "discord", "thread", "Anime Lounge", "introduce-yourself",
    [kid("k", "kat", "Under 18"), newcomer("s", "s1lentfox", days_in=0.2, account=1),
     member("a", "hinata_fan", "13-15"), member("m", "Lounge Bot Team", "Moderator", "18+")],
    """
k: hi im kat, 12, i like haikyuu and spy x family 🥰
a: welcome kat!! haikyuu gang
k: ty!!
s +2: asl
k: i literally said it lol 12 f
s: where tho
k: ohio
s +1 !: cute. u got the yellow ghost app? 👻❓
a: bro read the room
m: please keep intros friendly and don't ask for other socials, rule 3
s: just being friendly lol
""",
    tactics=["age_probe", "personal_info", "platform_move"],
    notes="fast 'asl' opener in a public intro thread, app described not named, emoji cue",
    start="2026-04-21T14:00:00+00:00"))


# =====================================================================================
# GROOMING — Discord, other languages
# =====================================================================================

GROOMING.append(convo(
    "g12c_dc11_es_group_pavos_foto", "discord", "group", "Fortnite LATAM Squad", "general",
    [kid("k", "valeee", "13-15"), newcomer("s", "elTioRuso", days_in=1, account=7),
     member("a", "nachito", "13-15"), member("b", "Ximena", "16-17"), member("c", "pabloGG", "13-15")],
    """
a: alguien pa una partida de cero construcción
c: yo en 5
k: yo tmb pero tengo q terminar la tarea de mate 😩
b: vale siempre con la tarea jajaja
k: es q la profe es re estricta
s +4: vale jugaste re bien ayer, te vi en el stream de nacho
k: jaja gracias
s: cuántos años tenés?
k: 13
s: sos mejor que muchos grandes eh
k: jaja
s +2 !: te regalo 1000 pavos si me mandás una foto tuya por privado, pero no le digas a nadie
a: tio q onda con vos
s ^: nada, soy generoso jajaja
k: para q queres una foto
s: para saber q sos vos, escribime al priv y lo hablamos
b: vale no le mandes nada
c: bueno vamos o no
""",
    tactics=["flattery", "age_probe", "gift_offer", "photo_request", "platform_move", "secrecy"],
    notes="Rioplatense Spanish; V-bucks (pavos) for a photo in private, in a busy group channel",
    language="es", start="2026-04-11T22:00:00+00:00"))

GROOMING.append(convo(
    "g12c_dc12_de_group_schreib_privat", "discord", "group", "Minecraft DE Community", "allgemein",
    [kid("k", "Lenchen", "13-15"), newcomer("s", "Falke_92", days_in=2, account=10),
     member("a", "Timo", "13-15"), member("b", "Kaddi", "13-15"), member("c", "Redstone_Rudi", "16-17")],
    """
a: wer hat heute abend zeit für das dorf-projekt
c: ich, aber erst ab 19 uhr
k: ich muss noch bio lernen 🙄
b: lena wir lernen zusammen, ruf mich nachher an
k: ok!!
s +6: lena deine redstone-tür im screenshot ist echt krass, hast du das allein gebaut?
k: ja hab ein tutorial geguckt
s: respekt. wie alt bist du eigentlich
k: 13, wieso
s: weil du klüger baust als die meisten erwachsenen hier 😄
k: haha danke
s +2 !: schreib mir mal privat, hier lesen zu viele mit. ich zeig dir ein paar sachen, die nicht jeder sehen muss
k: äh ok
c: falke was für sachen 🤨
s: redstone-kram, chill
b: lena kommst du gleich
k: ja bin da
""",
    tactics=["flattery", "age_probe", "platform_move"],
    notes="German; newcomer praises a 13-year-old in a busy channel and moves her to private messages",
    language="de", start="2026-04-12T16:30:00+00:00"))

GROOMING.append(convo(
    "g12c_dc13_it_dm_finto_quindicenne", "discord", "dm", "Direct Messages", "marco.15",
    [kid("k", "Giulia", account=500, username="giuliaa_"), newcomer("s", "marco.15", account=8)],
    """
s: ciao! ti ho vista nel server di genshin, giochi da tanto?
k: ciao si da un anno
s: io sono marco, ho 15 anni, tu?
k: 13
s: dai quasi coetanei 😄 che classe fai
k: terza media
s: io primo superiore
k: ah bello
s +1d: ehi come è andata la verifica
k: male 😭
s: tranquilla. quando ho preso la patente anche io ero nel panico
k: la patente?? a 15?
s ^: no cioè il patentino del motorino ahah
k: ahh ok
s: i tuoi ti controllano il telefono?
k: no non tanto
s: meglio così. sei davvero carina dalla foto profilo
k: grazie
s +3 !: mandami una foto vera, non quella del profilo. solo per me
k: perché
s: perché mi fido di te e voglio vederti. poi cancelliamo la chat
k: non so
""",
    tactics=["age_probe", "isolation", "flattery", "photo_request", "secrecy"],
    notes="Italian; suspect claims 15, slips ('patente'), asks for a real photo and to delete the chat",
    language="it", start="2026-04-13T15:00:00+00:00"))

GROOMING.append(convo(
    "g12c_dc14_pl_thread_snap_leet", "discord", "thread", "Polskie Roblox Centrum", "szukam-ekipy",
    [kid("k", "Ola", "13-15"), newcomer("s", "Kuba_16", "16-17", days_in=3, account=14),
     member("a", "wiktor", "13-15"), member("b", "Zuzia", "13-15")],
    """
k: szukam kogoś do brookhaven rp, ktoś?
a: ja mogę po 18
b: ola ja też!!
s +3: ja też chętnie, mam 16 lat
k: ok to dodajcie mnie
s: ile masz lat ola?
k: 13
s: spoko, wyglądasz starzej na awatarze 😅
k: haha to tylko awatar
s +2 !: masz sn4pa? dodaj mnie, kuba.rbx555, tam pogadamy bez tych dzieciaków
b: ej my też tu jesteśmy 😒
s: no sorki, chodziło mi o spam
k: nie mam snapa
s: to załóż, podeślesz mi fotkę na start
a: ola wbijaj na serwer
""",
    tactics=["age_probe", "flattery", "platform_move", "photo_request"],
    notes="Polish; '16-17' role, leetspeak 'sn4pa', handle after app name, then a photo ask",
    language="pl", start="2026-04-14T17:10:00+00:00"))

GROOMING.append(convo(
    "g12c_dc15_ru_dm_v_krovati_telegram", "discord", "dm", "Direct Messages", "Dimon_M",
    [kid("k", "Alisa", account=610, username="alisochka"), newcomer("s", "Dimon_M", account=5)],
    """
s: привет, ты из сервера по майнкрафту?
k: привет да
s: ты классно строишь, я видел твой замок
k: спасибо))
s: сколько тебе лет?
k: 12 а тебе
s: 24, но я нормальный не переживай 😄
k: ахах ок
s +3h: ты ещё не спишь?
k: нет
s +1 !: уже в кровати? в чём ты сейчас?
k: зачем тебе
s: просто интересно. давай лучше в телегу, там удобнее, мой ник @dimon_555m
k: у меня нет телеги
s: скачай, и родителям не говори, они не поймут
""",
    tactics=["flattery", "age_probe", "sexual_talk", "platform_move", "secrecy"],
    notes="Russian; child asks the age back; early sexual steering ('в кровати? в чём ты'), then Telegram handle",
    language="ru", start="2026-04-15T18:20:00+00:00"))

GROOMING.append(convo(
    "g12c_dc16_nl_group_robux_foto", "discord", "group", "Roblox NL/BE", "algemeen",
    [kid("k", "Noor", "13-15"), newcomer("s", "DeRobuxMan", days_in=1, account=3),
     member("a", "Sem", "13-15"), member("b", "Fleur", "13-15"), member("c", "Daan", "16-17")],
    """
a: wie doet mee met murder mystery
b: ik! noor jij ook?
k: ja zo, eerst mijn hond uitlaten 🐶
c: noor je hond is zo schattig op je pfp
k: haha hij heet koekje
s +5: hoi noor, hoe oud ben je? ik geef soms robux weg aan leuke mensen
k: 12, echt?
s ^: ja echt 😊
s +1 !: 800 robux als je me een foto van jezelf stuurt via dm. niet hier, anders wil iedereen
a: dat klinkt sus
b: noor niet doen
s: niks sus, gewoon een cadeautje
k: ik vraag het eerst aan mijn moeder
s: hoeft niet, dat is tussen ons
""",
    tactics=["age_probe", "gift_offer", "photo_request", "platform_move", "secrecy"],
    notes="Dutch; robux for a photo sent by DM, then 'between us'",
    language="nl", start="2026-04-16T15:45:00+00:00"))


# =====================================================================================
# GROOMING — Telegram, English
# =====================================================================================

GROOMING.append(convo(
    "g12c_tg01_group_edits_to_pm", "telegram", "group", "Anime Edits 🌸 AMV crew", "",
    [tg("k", "Mina ✨", days_in=200), tg("s", "Theo V", days_in=1),
     tg("a", "sakura_edits", days_in=300), tg("b", "Reuben", days_in=150), tg("c", "kaito", days_in=90),
     tg("d", "Priya", days_in=400)],
    """
a: new edit dropped, jjk twixtor, rate it
b: 9/10 the transitions are crazy
c: what cc pack
a: mostly my own + some from yt
k: omg the flash at 0:14 😭😭
d: anyone got a good velocity preset for capcut
k +3: i do!! its kinda mid tho
s +2: @Mina ✨ your last edit was the best in this group honestly, how long have u been editing
k: like a year! since i turned 12
s: so ur 13? crazy talented for 13
k: haha thank u
b: theo u new? what do u edit
s ^: mostly valorant stuff
s +1 !: mina message me in private, I've got paid AE presets I can send u free, too much spam here. my \u200bt\u200be\u200bl\u200be is @theo_v_555 anyway
k: oh cool ok!
d: can u share them here
s ^: nah they're only for serious editors
c: lol ok
a: mina what song should i use next
k: something from the chainsaw man op
""",
    tactics=["flattery", "age_probe", "platform_move"],
    notes="busy Telegram group; newcomer singles out a 13-year-old and moves her to private chat; zero-width chars inside 'tele'",
    start="2026-04-17T18:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg02_personal_giftcard_video_call", "telegram", "dm", "", "",
    [tg("k", "Cody"), tg("s", "Big Mike")],
    """
s: yo cody its mike from the fortnite tournament group
k: oh hey
s: u did good in the bracket, u got potential
k: ty
s: u 14 right? saw it in ur bio
k: ya
s: nice. u got a headset at least
k: yea but its broken lol
s: i could send u a $25 amazon card for a new one
k: wait forreal?
s +2 !: ya just hop on a quick video call with me first, cam on, so i know ur legit
k: cant i just voice
s: cam. 5 min. then card is urs 🎁
k: my parents are home tho
s: do it in ur room with the door shut, they dont need to know
k: idk man
s: ur call. offer ends tonight
""",
    tactics=["age_probe", "gift_offer", "photo_request", "isolation", "secrecy"],
    notes="personal chat; gift card in exchange for a camera-on video call",
    start="2026-04-18T19:30:00+00:00"))

GROOMING.append(convo(
    "g12c_tg03_personal_mall_pickup", "telegram", "dm", "", "",
    [tg("k", "Harper"), tg("s", "Jordan")],
    """
s: heyy harper it's jordan from the kpop stan chat
k: hiii
s: ur bias is jimin right? same
k: YESSS
s: omg twins. i'm 22 btw, i know kinda old lol
k: no its fine, im 14
s: ur so easy to talk to, most 14 yr olds are annoying haha
k: lol thank u
s +1d: how was school
k: boring. i have no one to sit with at lunch
s: their loss honestly. u should hang with me instead
k: haha i wish
s: wait do u live near the riverside mall? u mentioned it
k: ya like 10 min away
s +1 !: i'm there saturday for the album drop. come meet me, i'll buy u the photocard set ✨
k: omg really??
s: ya. tell ur mom ur at a friends tho, parents get weird about online friends
k: she would freak out lol
s: exactly. i can get u an uber there and back, i'll pay
k: ok maybe
s: send me ur address for the uber 📍
""",
    tactics=["flattery", "isolation", "meeting", "gift_offer", "secrecy", "personal_info"],
    notes="adult (22) befriends a 14-year-old over K-pop, proposes meeting with a gift and paid ride; secrecy and address request follow",
    start="2026-04-19T16:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg04_personal_long_mark_emmy", "telegram", "dm", "", "",
    [tg("k", "Emmy"), tg("s", "Mark")],
    """
s: hi emmy! mark here, from the horse riding chat. hope it's ok i messaged
k: hi ya its ok
s: you posted that video of your pony jumping, was that you riding?
k: yes thats biscuit!
s: biscuit 😂 perfect name. how long have you been riding
k: since i was 8
s: and now you're what, 15?
k: no lol im 12
s: wow, you ride like a teenager. very confident
k: thanks
s: i'm 38, i used to ride a lot when i was younger
k: cool
s: do you do competitions
k: sometimes little ones
s: you'd win the big ones too i bet
k: haha no
s +4h: what are you up to
k: homework
s: what subject
k: science, its about cells
s: i can help if you want. i'm good at science
k: its ok i get it
s: smart girl
k: lol
s +1d: morning emmy 🌞
k +200: hi
s: school today?
k: yeah just got home
s: anybody home with you?
k: no my dad works late
s: so you're on your own a lot?
k: kinda
s: that must get lonely. i'm always here if you want to talk
k: ok
s: do you have a lot of friends at school
k: some
s: real friends or fake ones
k: idk some are mean
s: that's so unfair. you're sweet, they don't deserve you
k: aw
s: you can tell me anything you know
k: ok
s +1d: how's biscuit
k: good! i rode him today
s: wish i'd seen it
k: i can send the video
s: i'd love that
k: [video]
s: look at you! 😍 you look so confident on him
k: lol i almost fell off
s: you look like a real pro
k: haha
s: how tall are you now
k: idk like 155
s: perfect height for a rider
k: i guess
s: what do you do after riding
k: eat and watch tv in my pjs lol
s +1 !: are you in your pjs now? send me a picture so i can see 😊
k: why
s: i just like seeing what my friends are up to. it's normal
k: i dont really send pics
s: that's ok. one won't hurt. i won't show anyone
k: maybe
s: and it's better if we keep our chats just between us, ok? your dad might not understand
k: why wouldnt he
s: adults worry too much. you're mature enough to choose your own friends
k: i guess
s +2h: did you think about the picture
k: not yet
s: no pressure sweetheart
k: ok
s: can i ask you something personal
k: ok
s: has a boy ever kissed you
k: no ew
s: haha why ew, it's nice
k: i dont like anyone
s: you will one day. you'll be a really good girlfriend
k: lol
s: where's your stable? maybe i could come watch you ride sometime
k: its in ashford
s: oh that's not far from me at all
k: oh
s: i could come saturday. you wouldn't have to tell your dad, i'd just be watching from the fence
k: idk
s: think about it ❤️
k: ok
""",
    tactics=["flattery", "age_probe", "isolation", "photo_request", "secrecy", "sexual_talk", "personal_info", "meeting"],
    notes="long (about 95 lines, 3 days) adult(38)-to-12 chat in the style of logged decoy chats: compliments on clothes and height, 'alone?', pyjama photo request is critical; later kissing, girlfriend, secret meeting at the stable",
    start="2026-04-20T17:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg05_group_tutor_longtime_member", "telegram", "group", "Year 8 Study Buddies", "",
    [tg("k", "Amara", days_in=120), tg("s", "Mr Dale (tutor)", days_in=210),
     tg("a", "Josh", days_in=150), tg("b", "Freya", days_in=100), tg("c", "Elliot", days_in=130)],
    """
a: does anyone get q4 on the algebra sheet
b: no 😭
c: x = 7 i think
s: Happy to help! Show me your working Josh
a: i did 3x + 5 = 26 so 3x = 21
s: Perfect, then divide by 3. Well done
a: oh thats 7 ok
k +10: i still dont get simultaneous equations
s: Amara, you're one of the brightest in here, you'll get it. Which one?
k: q7 and q8
s: Let's do it properly one to one, you'll learn faster
k: ok
s +1 !: Message me privately, and don't mention it to your parents yet, they'll assume it costs money and stop you
b: my tutor charges like 40 pounds lol
s: Mine are free for the students I think have potential
c: can i get free lessons
s ^: I'll let you know Elliot
k: ok messaged u
""",
    tactics=["flattery", "platform_move", "secrecy", "isolation"],
    notes="long-time group member posing as a helpful tutor; move to private chat with a don't-tell-parents demand; no age question",
    start="2026-04-21T18:00:00+00:00"))


# =====================================================================================
# GROOMING — Telegram, other languages
# =====================================================================================

GROOMING.append(convo(
    "g12c_tg06_es_personal_quince_insta", "telegram", "dm", "", "",
    [tg("k", "Lucía"), tg("s", "Adrián")],
    """
s: holaa eres lucía la del grupo de dibujo no?
k: sii jaja
s: me encantó tu dibujo del gato con alas
k: graciaas
s: yo tengo 15, tú?
k: 13
s: casi igual jeje. en qué curso estás
k: segundo de la eso
s: yo en cuarto. uf qué pereza el insti
k: ya ves
s +1d: buenoos días
k +120: hola!! estaba en clase
s: normal jaja. yo salgo del curro a las 3
k: curro?? no tenías 15
s ^: ayudo a mi tío en el bar los findes jaja
k: aah vale
s: tus padres te miran el móvil?
k: a veces mi madre
s +2 !: pues mejor hablamos por whatsapp, apunta: seis nueve nueve, cinco cinco cinco, cero uno dos
k: vale luego te escribo
s: y borra este chat, que tu madre no lo lea
k: por qué?
s: porque es cosa nuestra 🤫
""",
    tactics=["flattery", "age_probe", "isolation", "platform_move", "secrecy"],
    notes="Spanish (Spain); suspect claims 15 and slips ('el curro'); phone number spelled out in words (fictional 555); delete-the-chat demand",
    language="es", start="2026-04-22T17:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg07_pt_group_two_girls_diamantes", "telegram", "group", "Galera do Free Fire 🔥", "",
    [tg("k1", "Bia", days_in=90), tg("k2", "Manu", days_in=60), tg("s", "Rafa Diamantes", days_in=1),
     tg("a", "Gui", days_in=200), tg("b", "Pedrinho", days_in=150), tg("c", "Lari", days_in=110)],
    """
a: bora x1 dos crias hoje?
b: bora, 20h
k1: eu vou!! manu vem tbm
k2: vou sim kkkk
c: bia ce ta treinando mt, ta jogando mt bem
k1: kkkk obg lari
s +3: bia vc é a melhor do grupo, sério. quantos anos vc tem?
k1: 13
s: e a manu?
k2: 12 kkk pq
s: curiosidade kkk vcs duas são mt fofas
s +2 !: bia, te passo 500 diamantes se vc me mandar uma foto sua no privado
k1: sério??
s: sério. só não conta pra ninguém do grupo
a: mano q isso
s ^: relaxa, só tô ajudando as meninas
s +15: manu me chama no pv, tenho diamante pra vc tbm, é só mandar uma selfie
k2: hmm
c: meninas nao manda nada nao
b: 20h hein
""",
    suspects=["s"], targets=["k1", "k2"],
    tactics=["flattery", "age_probe", "gift_offer", "photo_request", "platform_move", "secrecy"],
    notes="Brazilian Portuguese; one newcomer works two girls in the same group with Free Fire diamonds for selfies",
    language="pt", start="2026-04-23T22:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg08_pt_personal_sextorsao", "telegram", "dm", "", "",
    [tg("k", "Tiago"), tg("s", "Inês ❤")],
    """
s: oi tiago, saudades de falar contigo
k: já te disse que não quero mais falar
s +1 !: então vais mandar mais duas fotos até à noite ou envio a que já tenho para a tua mãe e para a turma toda
k: por favor não
s: sei a tua escola e sei quem são os teus amigos. tu decides
k: tenho 14 anos, para com isto
s: e não contes a ninguém, se contares publico logo
k: ok ok espera
""",
    tactics=["sextortion", "photo_request", "personal_info", "secrecy"],
    notes="European Portuguese; a fake girl profile blackmails a 14-year-old boy with 'the photo'",
    language="pt", start="2026-04-24T21:30:00+00:00"))

GROOMING.append(convo(
    "g12c_tg09_fr_personal_agence_mannequin", "telegram", "dm", "", "",
    [tg("k", "Chloé"), tg("s", "Studio Lumière Casting")],
    """
s: Bonjour Chloé ! Je suis recruteur pour Studio Lumière, une agence de mannequins jeunesse à Lyon
k: euh bonjour
s: J'ai vu tes photos de danse sur le groupe, tu as un visage très photogénique
k: ah merci
s: Tu as quel âge ?
k: 13 ans
s: Parfait, on cherche justement des 12-15 ans pour une campagne de vêtements, rémunérée 400 €
k: wow c'est vrai ?
s +2 !: Envoie-moi 4 photos sans maquillage, en tenue près du corps, de face et de profil, pour ton book
k: je dois demander à ma mère ?
s: Pas encore, on préfère parler aux parents une fois le contrat prêt. Ça reste entre nous pour l'instant
k: d'accord
s: Et ton adresse pour envoyer le contrat 📍
""",
    tactics=["modeling_lure", "flattery", "age_probe", "photo_request", "secrecy", "personal_info"],
    notes="French; fake youth modelling agency asks a 13-year-old for photos in fitted clothes, secrecy, address",
    language="fr", start="2026-04-25T14:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg10_fr_group_viens_en_prive", "telegram", "group", "Roblox FR 🇫🇷 entraide", "",
    [tg("k", "Léo", days_in=100), tg("s", "Vince", days_in=3), tg("a", "Inès", days_in=200),
     tg("b", "Mathis", days_in=150), tg("c", "Yanis", days_in=80)],
    """
a: quelqu'un a le code de la nouvelle map ?
b: non mais je cherche aussi
c: moi j'ai trouvé un glitch pour passer le mur
k: montre !!
c: je fais une vidéo ce soir
s +5: léo t'as quel âge ? tu joues trop bien pour un petit
k: 11 et demi
s: t'es plus malin que les grands ici franchement
k: mdr merci
s: t'habites où ? moi c'est vers Nantes
k: à côté de Rennes
s +2 !: viens en privé, j'ai des robux à te donner mais faut pas que les autres voient, sinon tout le monde va en demander
k: ok
a: vince pourquoi tu demandes ça aux petits
s ^: je suis sympa c'est tout
b: léo fais gaffe
""",
    tactics=["age_probe", "flattery", "personal_info", "platform_move", "gift_offer", "secrecy"],
    notes="French; 11-year-old boy asked age and town, then pulled into private chat with robux and secrecy",
    language="fr", start="2026-04-26T15:30:00+00:00"))

GROOMING.append(convo(
    "g12c_tg11_ru_personal_chetyrnadtsat_slips", "telegram", "dm", "", "",
    [tg("k", "Даша"), tg("s", "Кирилл")],
    """
s: привет! ты Даша из чата по k-pop?
k: привет да
s: я Кирилл, мне 14. можно пообщаться?
k: давай
s: тебе сколько?
k: 13
s: супер почти ровесники
k: ага
s: в каком ты классе
k: в 7
s: а я в 8. скукота
k: аха
s +1d: привет, как день
k +60: норм, только с тренировки
s: а я с работы приехал уставший
k: с работы? тебе же 14
s ^: ой, с подработки у отца в гараже)
k: ааа
s: а ты дома одна?
k: да мама поздно приходит
s +2 !: скинь фотку, хочу увидеть какая ты. только себе оставлю
k: зачем
s: мы же друзья. и удали потом переписку, ладно? мама не поймёт
""",
    tactics=["age_probe", "isolation", "photo_request", "secrecy"],
    notes="Russian; suspect claims 14, slips ('с работы'), asks if alone, then photo and delete-the-chat",
    language="ru", start="2026-04-27T16:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg12_ru_group_robuksy_za_foto", "telegram", "group", "Roblox RU чат", "",
    [tg("k", "Ксюша", days_in=80), tg("s", "Artem_gift", days_in=1), tg("a", "Миша", days_in=200),
     tg("b", "Полина", days_in=120), tg("c", "Егор", days_in=90), tg("d", "Варя", days_in=60)],
    """
a: кто в адопт ми
b: я! ксюш ты тоже?
k: да щас
c: у меня лагает жесть
d: перезайди
k: ой у меня питомец вырос 🥳
s +5: ксюша у тебя самый красивый ник тут)
k: спасибо)
s: тебе лет сколько?
k: 12
s +1 !: дам 500 робуксов за фото, напиши мне в л.с. только никому не говори
b: ксюш не пиши ему
a: это развод
s: какой развод, я просто щедрый
k: я спрошу у мамы
s: не надо маму, это наш секрет
""",
    tactics=["flattery", "age_probe", "gift_offer", "photo_request", "platform_move", "secrecy"],
    notes="Russian; busy group; robux for a photo in private messages",
    language="ru", start="2026-04-28T15:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg13_de_personal_kamera_an", "telegram", "dm", "", "",
    [tg("k", "Mia"), tg("s", "Sven")],
    """
s: hey mia, sven aus der gruppe für pferdefans 🙂
k: hi
s: dein pferdevideo war echt süß. reitest du schon lange?
k: seit 3 jahren
s: wie alt bist du denn?
k: 13
s: du wirkst viel reifer, echt
k: danke
s +1d: na, wie war schule
k: langweilig
s: sind deine eltern abends oft weg?
k: manchmal, mittwochs arbeiten beide lange
s: dann langweilst du dich bestimmt 😔
k: bisschen
s: ich bin immer für dich da. mit mir kannst du über alles reden
k: ok
s +2d: heute ist mittwoch, bist du allein?
k: ja
s +1 !: mach doch mal kurz die kamera an, ich will dich sehen
k: ich weiß nicht
s: nur ganz kurz. und erzähl niemandem davon, okay?
""",
    tactics=["flattery", "age_probe", "isolation", "photo_request", "secrecy"],
    notes="German; slow isolation probe (parents away on Wednesdays), then a webcam request",
    language="de", start="2026-04-29T17:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg14_it_group_ricarica_foto", "telegram", "group", "Brawl Stars Italia 🇮🇹", "",
    [tg("k", "Sofi", days_in=70), tg("s", "Luca Regali", days_in=2), tg("a", "Matte", days_in=200),
     tg("b", "Giorgia", days_in=150), tg("c", "Ale", days_in=90)],
    """
a: chi fa la lega stasera
c: io dopo cena
b: sofi vieni?
k: si ma prima finisco i compiti di inglese
a: secchiona 😂
k: zitto 😂
s +8: sofi giochi benissimo con colt, quanti anni hai?
k: 12
s: brava, meglio di tanti adulti
s +2 !: ti faccio una ricarica da 20€ per le gemme se mi mandi una tua foto in privato
b: ma chi è questo
s: uno che vuole aiutare 😇 e non ditelo agli admin
k: no grazie
s: pensaci, scrivimi tu
""",
    tactics=["flattery", "age_probe", "gift_offer", "photo_request", "platform_move", "secrecy"],
    notes="Italian; top-up card for a photo sent in private; 'don't tell the admins'",
    language="it", start="2026-04-30T16:40:00+00:00"))

GROOMING.append(convo(
    "g12c_tg15_nl_personal_ophalen_station", "telegram", "dm", "", "",
    [tg("k", "Jesse"), tg("s", "Ruben")],
    """
s: hoi jesse, ruben hier van de fortnite groep
k: yo
s: je was echt goed gister in die duo's
k: thx
s: hoe oud ben je eigenlijk
k: 13, jij
s: 20. maar ik game nog elke dag haha
k: nice
s +1d: ik heb trouwens een ps5 over, wil je die?
k: serieus??
s +1 !: ja, ik kom hem zaterdag brengen, ik haal je op bij het station en dan gaan we even wat eten
k: moet ik het mijn vader vragen
s: nee joh, zeg maar dat je bij een vriend bent. anders gaat hij moeilijk doen
k: oke
s: stuur me je adres dan, dan weet ik welk station het dichtstbij is
""",
    tactics=["age_probe", "gift_offer", "meeting", "secrecy", "personal_info"],
    notes="Dutch; a free console leads to a station pick-up and a lie to the father",
    language="nl", start="2026-05-01T18:00:00+00:00"))

GROOMING.append(convo(
    "g12c_tg16_pl_personal_calowalas_sie", "telegram", "dm", "", "",
    [tg("k", "Maja"), tg("s", "Tomek")],
    """
s: cześć maja, tomek z grupy o harrym potterze
k: hejka
s: jesteś z gryffindoru tak? 😄
k: tak!!
s: wiedziałem. ile masz lat?
k: 12 a ty
s: 27, ale duchem młody haha
k: xd
s: jesteś bardzo dojrzała jak na swój wiek
k: dzięki
s +3h: co robisz
k: leżę w łóżku i czytam
s +1 !: masz chłopaka? całowałaś się już z kimś?
k: nie xd
s: to nic, kiedyś będziesz świetną dziewczyną. może nawet moją 😉
k: ???
s: żartuję. nie mów nikomu że piszemy, dobra?
""",
    tactics=["age_probe", "flattery", "sexual_talk", "secrecy"],
    notes="Polish; adult (27) to 12-year-old; kissing question is critical, then 'my girlfriend' and secrecy",
    language="pl", start="2026-05-02T20:00:00+00:00"))


# =====================================================================================
# BENIGN — English
# =====================================================================================

BENIGN.append(benign(
    "b12c_dc01_smp_busy_general", "discord", "group", "Cobblestone Crew SMP", "general",
    [kid("a", "wren", "13-15"), kid("b", "Milo", "13-15"), kid("c", "tatertot", "13-15"), kid("d", "Ines", "16-17"),
     kid("e", "Bram", "13-15"), member("m", "Kestrel", "Moderator", "Adult")],
    """
a: good morning crew ☀️
b: its 4pm wren
a: its morning somewhere
c: who stole the carrots from the community farm
e: not me 👀
d: bram has orange hands
e: LIES
b: wren send a pic of the castle gate, i wanna copy the arch
a +2: posted in #builds
b: ty ty
c: anyone wanna do the warden fight saturday
d: i'm in if my mom lets me stay up
a: how old is this server anyway
m ^: turns 3 in june! cake event planned 🎂
c: ooh
e: milo add me on snap so i can send u the seed, its bram.blocks
b ^: added
a: u guys are on snap?? add me too its wrenn.builds
e: ok
d: my snap is private sorry guys lol, i'll dm the seed on here
m: reminder: keep personal stuff like phone numbers off #general, snap swaps between friends are your call
c: got it
b: brb my dog is eating my sock
a: pic or it didnt happen
b +3: [image] caught him
d: HES SO CUTE
""",
    tactics=["peer snapchat swap", "send a pic", "how old", "busy group"],
    notes="busy kids' group channel: friends swap snap handles, 'send a pic' of a build and a dog, server's age",
    start="2026-04-04T16:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc02_mod_safety_briefing", "discord", "group", "Pixel Pals Kids Club", "announcements-chat",
    [member("m", "Auntie Rae", "Moderator", "Adult"), kid("a", "Finn", "13-15"), kid("b", "Poppy", "Under 13"),
     kid("c", "Oskar", "13-15"), kid("d", "jas", "13-15")],
    """
m: Quick safety chat everyone, this is our monthly reminder 💛
m: If someone you don't know offers robux or nitro "if you send a pic", that's a trick. Screenshot and ping a mod.
m: Red flags: "how old are you", "are you home alone", "don't tell your parents", "add me on snap", "delete our chats". Any one of those from a stranger = tell us.
a: what if its a friend from school asking for my snap
m ^: friends you know in real life are fine! it's strangers we mean
b: someone asked me asl once what does that mean
m: age/sex/location. Never answer that one, just report it 🙂
c: what about someone saying they're a model scout
m: Real agencies talk to parents. Anyone saying "keep it secret until the contract" is lying.
d: this is kinda scary
m: It's rare here and we ban fast. You did nothing wrong if it happens to you, ok?
d: ok ty rae
b: can we do the drawing contest now
m: YES. theme this month: sea creatures 🐙
""",
    tactics=["quoted grooming tactic", "moderator safety briefing", "asl", "robux for a pic"],
    notes="moderator's safety briefing that quotes several tactics word for word; kids ask questions",
    start="2026-04-05T17:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg03_hiking_group_adults", "telegram", "group", "Peak District Weekend Walkers", "",
    [tg("a", "Gareth"), tg("b", "Sunita"), tg("c", "Dave H"), tg("n", "Lorna", days_in=1), tg("e", "Kat")],
    """
n: Hi all, just joined! Moved to Sheffield last month and looking for people to walk with
a: Welcome Lorna! Where are you from originally?
n: Glasgow. 41, bit rusty on the hills though 😅
b: You'll fit right in, most of us are 35-60 and slow on the climbs
c: speak for yourself sunita 😂
b: Dave you were last up Mam Tor
c: knee injury!!
e: Lorna do you have a dog? lots of us bring ours
n: yes! a spaniel called Moss. I'll send a pic
n +1: [photo]
e: oh he's gorgeous
a: Saturday we're doing Kinder Scout, meet at Edale car park 9am
n: great, can I get someone's number in case I get lost?
a ^: mine's 07700 900412, just text when you're parked
n: thanks Gareth, saved
b: bring a waterproof, forecast is grim
n: will do. see you all saturday
""",
    tactics=["adult strangers small talk", "where are you from", "how old", "send a pic", "swapping numbers", "meeting"],
    notes="adult strangers in a walking group: age, hometown, dog photo, phone number (Ofcom drama range), meeting point",
    start="2026-04-06T19:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg04_language_exchange_adults", "telegram", "dm", "", "",
    [tg("a", "Hannah"), tg("b", "Kenji")],
    """
a: Hi Kenji! Hannah from the Tandem app, thought telegram is easier
b: Hi Hannah! Yes, much easier. Nice to meet you
a: So you want to practise English and I'm learning Japanese 😅
b: Perfect match. How long have you studied?
a: About a year, mostly apps. I'm 29, started when I booked a trip to Osaka
b: I am 33, I work in Manchester for a car company
a: oh you're in the UK! where are you from in Japan?
b: Sendai. Do you have any pets? My cat is my best teacher 😂
a: haha no, send a picture of him!
b: [photo] his name is Mochi
a: he looks so grumpy, i love him
b: Are you free for a video call on Sunday? 30 min English, 30 min Japanese
a: sunday 11am works
b: Great. Or coffee in town one day if you prefer
a: maybe after a few calls 🙂
""",
    tactics=["adult strangers small talk", "how old", "where are you from", "pet picture", "video call", "meeting"],
    notes="two adults from a language exchange: ages, origins, cat photo, video call, possible coffee",
    start="2026-04-07T20:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc05_adult_gamers_dm", "discord", "dm", "Direct Messages", "grimwald",
    [member("a", "grimwald", account=2000), member("b", "Sable", account=1500)],
    """
a: gg that raid was rough
b: lol the healer rage quit twice
a: where u from btw, ur ping was wild
b: perth, australia. you?
a: ohio. explains it
b: how old are you if u dont mind, you sound my age
a: 34, you?
b: 36. nice to not be the only old one
a: haha right. the kids in that pug were savage
b: add me on steam, same name. we can duo the dungeon tomorrow
a ^: sent
b: you alone tonight or got family stuff
a: wife's at work so i can play late
b: sweet, 8pm my time = 8am yours rip
a: i'll manage lol
""",
    tactics=["adult strangers small talk", "how old", "where are you from", "add me", "you alone"],
    notes="two adults met in a game: age, country, Steam add, 'you alone tonight' about the evening",
    start="2026-04-08T11:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg06_mom_home_alone_cake_secret", "telegram", "dm", "", "",
    [tg("m", "Mum"), tg("k", "Rosie")],
    """
m: home yet love?
k: yes just got in
m: are you home alone? dad's stuck at work till 7
k: yeah its fine
m: dinner's in the fridge, 3 mins in the microwave
k: ok
m: and don't tell grandma about the cake on saturday, it's a surprise 🎂
k: i wont!! is it chocolate
m: it's a secret from you too 😂
k: mummm
m: dad will pick you up after netball tomorrow, 5:30 at the side gate
k: ok love you
m: love you x lock the door
""",
    tactics=["are you home alone", "don't tell", "surprise secret", "pick-up"],
    notes="parent and child: home alone, surprise secret for grandma, dad's pick-up",
    start="2026-04-09T15:45:00+00:00"))

BENIGN.append(benign(
    "b12c_tg07_family_group_baby_pics", "telegram", "group", "The Okafor Family 🏡", "",
    [tg("g", "Grandma Ngozi"), tg("a", "Auntie Chioma"), tg("u", "Uncle Emeka"), tg("k", "Tobi"), tg("d", "Dad")],
    """
g: Good morning my children. Please send pictures of the baby, I have not seen him this week
a: Coming mama! [photo]
g: Ah! He has grown so much. How old is he now?
a: 5 months on Friday
u: He looks exactly like Emeka as a baby 😂
a: God forbid 😂
k: he's so tiny omg
d: Tobi you were tinier
k: dad no
g: Tobi how old are you now, 14?
k: 13 grandma, 14 in august
g: Chioma, send me your new address, I want to post the birthday invitation
a: 14 Marlowe Road, I'll text the postcode
u: Who is picking grandma from the station on Sunday?
d: I will, 2pm
g: God bless you all
""",
    tactics=["send pictures", "how old", "send me your address", "pick-up"],
    notes="family group: relatives ask for baby pics, ages, an address for an invitation, station pick-up of grandma",
    start="2026-04-10T08:30:00+00:00"))

BENIGN.append(benign(
    "b12c_dc08_teens_flirting_same_age", "discord", "dm", "Direct Messages", "ava.m",
    [kid("a", "ava.m", account=800), kid("b", "Ethan", account=900, username="ethanpl")],
    """
b: hey ava
a: hiii
b: u looked really nice at the spring dance btw
a: omg stop 😳 thank u
b: lol im serious
a: ur suit was cute too
b: my mom picked it haha
a: LOL
b: r u going to the movies w everyone on saturday
a: yeah my mom said i can if im back by 9
b: cool. can i sit next to u
a: 😭 maybe
b: ill take maybe
a: whats ur snap, i only have ur discord
b: ethan.pl14 
a: added u 🙂
b: we're both 14 and acting like were 40 lol
a: hahaha
""",
    tactics=["teen flirting same age", "compliment looks", "snapchat swap", "meeting"],
    notes="two 14-year-old classmates flirting non-explicitly, planning a group cinema trip, swapping snap",
    start="2026-04-11T19:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc09_homework_photos_group", "discord", "group", "Class 8B study", "homework-help",
    [kid("a", "Nadia", "13-15"), kid("b", "Oli", "13-15"), kid("c", "Sam R", "13-15"), kid("d", "Yusuf", "13-15"),
     member("t", "Ms Pearce", "Teacher", "Adult")],
    """
b: can someone send a pic of the geography homework sheet i left mine in my locker
a: one sec
a +1: [image]
b: legend
c: nadia ur handwriting is so neat its unfair
a: lol ty
d: send me a pic of q3 too pls the photo cut it off
a ^: [image]
d: ty!!
c: does anyone have the graph from science
b: i do, snapping it now
t: Reminder: you can share the sheets, but write your own answers 🙂 due Thursday
c: yes miss
d: miss can we send a video of the experiment instead of writing it up
t ^: Yes, a short video is fine, upload it to the class drive
b: yessss
""",
    tactics=["send a pic", "homework photo", "send a video", "teacher"],
    notes="classmates swapping photos of homework sheets; teacher allows a practice video",
    start="2026-04-12T18:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc10_friends_pets_handles_dm", "discord", "dm", "Direct Messages", "kiwi",
    [kid("a", "kiwi", account=500), kid("b", "Marcus", account=600, username="marc.o")],
    """
a: marcus my cat had kittens!!!
b: NO WAY send pics
a: [image] [image]
b: the grey one 😭😭
a: mom says we can keep one
b: how old are they
a: 3 days
b: tiny
a: whats ur insta again, i'll tag u in the post
b: marc.o.draws
a: followed
b: can u send a vid when they start walking
a: ofc
b: also did u do the english essay
a: no 💀 call later?
b: ok after dinner
""",
    tactics=["send pics", "how old", "handle swap", "send a video"],
    notes="two 12-year-old friends: kitten photos, 'how old are they', insta handle swap",
    start="2026-04-13T16:20:00+00:00"))

BENIGN.append(benign(
    "b12c_dc11_class_red_flag_exercise", "discord", "thread", "Greenfield School Online", "pshe-lesson-spot-the-red-flag",
    [member("t", "Mr Adeyemi", "Teacher", "Adult"), kid("a", "Lola", "13-15"), kid("b", "Kai", "13-15"),
     kid("c", "Maddie", "13-15"), kid("d", "Arjun", "13-15")],
    """
t: Today's exercise. Read this made-up chat and spot the red flags:
t: "Stranger: you're so mature for 12. Stranger: are your parents home? Stranger: let's talk on another app. Stranger: send me a pic, it's our secret"
a: mature for 12 is flattery
b: asking if parents are home is checking if ur alone
c: another app = moving you somewhere mods cant see
d: and "our secret" is the biggest one
t: Excellent. What would you do?
a: screenshot, block, tell an adult
t: Also report it on the platform. Would it be different if your friend from class asked for your snap?
b: no thats normal, we know each other
t: Right, context matters. Homework: write one safe reply to the stranger.
c: can it be "no thanks, bye" lol
t: That's a perfectly good reply 😄
""",
    tactics=["class exercise", "quoted grooming dialogue", "red flags", "teacher"],
    notes="class exercise in a public thread quoting a whole grooming dialogue",
    start="2026-04-14T10:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg12_boardgame_meetup_adults", "telegram", "group", "Leeds Thursday Board Games", "",
    [tg("o", "Priyanka (organiser)"), tg("n", "Callum", days_in=0.5), tg("a", "Ben"), tg("b", "Aoife"), tg("c", "Stu")],
    """
n: Hey! Saw the poster in Travelling Man. Is this open to anyone?
o: Hi Callum, yep! Adults only, we're mostly 25-50. Thursdays 7pm at The Hop
n: Great, I'm 27, just moved here for work
a: Where from?
n: Belfast
b: Another Irish one, excellent 🇮🇪
c: What games do you like?
n: Wingspan, Cascadia, anything with animals basically
a: Aoife will adopt you immediately
b: true
o: Come this Thursday, I'll save you a seat. My number's 0113 496 0558 if you can't find us
n: cheers, see you there
c: bring snacks, it's the rule 😂
""",
    tactics=["adult strangers small talk", "how old", "where are you from", "swapping numbers", "meeting"],
    notes="new adult member of a board-game meetup: age, origin, organiser's number (Ofcom drama range), meet at a pub",
    start="2026-04-15T12:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc13_robux_skin_trade_friends", "discord", "group", "Year 7 Gamers", "trading",
    [kid("a", "Theo", "Under 13"), kid("b", "Zain", "Under 13"), kid("c", "Grace", "13-15"), kid("d", "Lenny", "Under 13")],
    """
a: zain ill give u 200 robux for the headless trade ticket
b: lol headless isnt a ticket
a: u know what i mean the limited
b: 400 and its yours
c: theo ur getting scammed
a: grace ur not even my mum
c: 😂 i'm just saying
d: anyone want my gingerbread skin for the scarf one in fortnite
c: add me in fortnite lenny, same name
d: sent u a friend request
b: theo fine 300
a: deal, send it on roblox
b ^: sent the trade
a: accepted 🎉
c: don't tell my brother i gave away the scarf lol he gifted it
d: lips sealed 🤐
""",
    tactics=["robux trade", "friend request in game", "don't tell", "skin trade"],
    notes="friends trading robux and skins; in-game friend request; sibling secret",
    start="2026-04-16T17:30:00+00:00"))

BENIGN.append(benign(
    "b12c_tg14_adults_dating_dinner", "telegram", "dm", "", "",
    [tg("a", "Nina"), tg("b", "Olly")],
    """
b: still on for friday? 😊
a: definitely. where are we going
b: that new thai place on Bold Street
a: ooh fancy. what are you wearing, do i need to dress up
b: shirt, no tie, so smart-ish
a: ok i'll do the green dress then
b: perfect. send me your address and i'll pick you up at 7
a: flat 3, 22 Hope Street. buzz twice
b: got it. cant wait x
a: me neither x
""",
    tactics=["adult dating", "what are you wearing", "send me your address", "pick you up"],
    notes="two adults (second date) planning dinner: clothes, address, pick-up",
    start="2026-04-17T18:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc15_esports_club_coach", "discord", "group", "Westbrook High Esports", "team-chat",
    [member("t", "Coach Reyes", "Teacher", "Staff", "Adult"), kid("a", "Dev", "13-15"), kid("b", "Hana", "13-15"),
     kid("c", "Isaac", "16-17"), kid("d", "Lucy", "13-15"), kid("e", "Mateo", "13-15"), kid("f", "Ro", "16-17")],
    """
t: Tournament bus leaves 8am Saturday from the school car park
a: do we need the permission slip
t: Yes! parents sign it by Friday. No slip, no bus
b: my mom signed it already
c: can my dad drive me instead, we're coming from my grandmas
t ^: Sure, just have him email me
d: coach what time do we get back
t: Around 6. Parents pick up from the car park
e: hana bring the good snacks
b: the good snacks are MINE
f: can we get a team photo for the yearbook
t: Yes, the yearbook team will take one at the venue
a: dev out, gotta do homework 🫡
d: isaac what's ur discord tag for the scrim lobby
c: isaac.wb, add me
d: sent
e: letsgoooo
""",
    tactics=["pick-up", "parents", "team photo", "add me", "busy group"],
    notes="school esports club with coach: bus, parent pick-up, team photo, tag swap between teammates",
    start="2026-04-18T15:30:00+00:00"))

BENIGN.append(benign(
    "b12c_tg16_expats_lisbon_adults", "telegram", "group", "English speakers in Lisbon 🇵🇹", "",
    [tg("n", "Rachel", days_in=2), tg("a", "Tomasz"), tg("b", "Deepa"), tg("c", "Jack M"), tg("d", "Fern")],
    """
n: Hi everyone, new here! 38, moved from Toronto with my husband and our son
a: Welcome! Which area?
n: Campo de Ourique
b: lovely area. How old is your son? there's a parents' meetup on saturdays
n: he's 9
b: perfect, lots of kids that age. I'll send you the details privately
c: Where are you working Rachel?
n: remote for a Canadian company, so weird hours
d: Any questions about NIF or bank stuff, ask away, we've all suffered 😅
n: oh I will! Can someone recommend a dentist?
a: Clínica Sorriso, ask for Dr Marta
n: thanks! My WhatsApp is +1 555 0199 if anyone wants to grab coffee
c: saved, coffee thursday?
n: yes!
""",
    tactics=["adult strangers small talk", "how old is your son", "where are you from", "swapping numbers", "send privately"],
    notes="adult expats: ages, where from, child's age for a parents' meetup, WhatsApp number, coffee",
    start="2026-04-19T09:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc17_photography_adults_dm", "discord", "dm", "Direct Messages", "lenslad",
    [member("a", "lenslad", account=1800), member("b", "Corinne", account=1200, username="corinne.shoots")],
    """
a: hey, loved your street photos in #critique
b: thank you! yours of the harbour were lovely
a: what camera are you on
b: fuji x-t4, you?
a: old sony a7ii. send me a pic of your setup, I'm thinking of switching
b: [image] desk is a mess sorry
a: nah that's a proper workspace
b: my sister's a model actually, I shoot her portfolio sometimes
a: nice, that's good practice. I mostly do 3D models for product renders at work
b: ha two kinds of model
a: where are you based?
b: Bristol. You?
a: Cardiff! there's a photowalk in Bristol next month, fancy it
b: sure, I'll bring my partner, he shoots too
""",
    tactics=["adult strangers small talk", "send me a pic", "model", "where are you based", "meeting"],
    notes="two adult photographers: setup photo, 'my sister is a model', 3D models, photowalk",
    start="2026-04-20T20:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc18_cosplay_shoot_with_parents", "discord", "group", "Teen Cosplay Collective", "meetups",
    [kid("a", "Juno", "13-15"), kid("b", "Ric", "13-15"), kid("c", "Sasha", "16-17"), kid("d", "Pip", "13-15"),
     member("m", "Hollis", "Moderator", "Adult")],
    """
a: ok photoshoot at the con on saturday, who's in
b: me! my mum's driving me and staying the whole day
c: my sister's a model so she's bringing her ring light lol
d: can i come, i'll be in my frieren cos
a: yesss
m: Reminder for con meetups: under 16s come with a parent or guardian, meet in the main hall, not anywhere private
b: yep mum knows
c: send me pics of ur cosplays so i can plan the poses
d: [image]
a: [image] wig still drying
c: omg pip the staff prop
d: took 2 weeks 😭
b: what time
a: 11am by the big dragon statue
m: 👍 have fun and stick together
""",
    tactics=["photoshoot", "my sister is a model", "send me pics", "meeting", "busy group"],
    notes="teens plan a con photoshoot with parents present; moderator's rule; 'send me pics of ur cosplays'",
    start="2026-04-21T16:00:00+00:00"))


# =====================================================================================
# BENIGN — other languages
# =====================================================================================

BENIGN.append(benign(
    "b12c_tg19_es_senderismo_adultos", "telegram", "group", "Senderismo Madrid Sierra ⛰️", "",
    [tg("n", "Marisa", days_in=1), tg("a", "Jorge"), tg("b", "Pilar"), tg("c", "Iñaki"), tg("d", "Rocío")],
    """
n: ¡Hola a todos! Me acabo de unir, vi el grupo en Meetup
a: ¡Bienvenida Marisa! ¿De dónde eres?
n: De Valencia, pero llevo dos años en Madrid. Tengo 44 y hace mucho que no subo montaña 😅
b: Aquí la media es de 50 para arriba, tranquila jaja
c: Habla por ti Pilar
b: 😂
d: ¿Tienes perro? Muchos vamos con los nuestros
n: Sí, una galga, Luna. Os paso foto
n +1: [foto]
d: ¡Qué preciosidad!
a: El domingo vamos a La Pedriza, quedamos a las 8:30 en la gasolinera de Manzanares
n: ¿Me pasáis un número por si me pierdo?
a ^: El mío, 600 555 112, escríbeme por WhatsApp cuando llegues
n: Apuntado, ¡gracias Jorge!
""",
    tactics=["adult strangers small talk", "de dónde eres", "edad", "foto del perro", "número de teléfono", "quedar"],
    notes="Spanish; adult strangers in a hiking group: age, origin, dog photo, WhatsApp number, meeting point",
    language="es", start="2026-04-22T19:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc20_es_amigos_insta_tarea", "discord", "group", "2ºB los mejores", "general",
    [kid("a", "Carla", "13-15"), kid("b", "Hugo", "13-15"), kid("c", "Martina", "13-15"), kid("d", "Álex", "13-15"),
     kid("e", "Noa", "13-15")],
    """
b: alguien me pasa foto de los deberes de lengua
a: ahora te la mando
a +1: [imagen]
b: graciaaas te debo una
c: carla pásame tu insta nuevo q el otro lo borraste
a: carlaa.gm
c: seguida 😘
d: el finde quién viene al cumple de noa
e: sois todos bienvenidos!! mi madre dice que a las 5 en mi casa
d: pásame la ubicación q no sé dónde vives
e ^: te la paso por priv, mi madre no quiere la dirección en el grupo
d: vale
c: no le digáis a hugo lo del regalo 🤫
b: estoy aquí eh
c: HUGO NO LEAS
b: 😂
""",
    tactics=["foto de los deberes", "intercambio de insta", "dirección para cumpleaños", "secreto regalo", "por privado"],
    notes="Spanish classmates: homework photo, insta handle swap, birthday address by private message, gift secret",
    language="es", start="2026-04-23T18:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg21_es_madre_recogida", "telegram", "dm", "", "",
    [tg("m", "Mamá"), tg("k", "Pablo")],
    """
m: ¿ya has salido de clase?
k: sii
m: hoy te recoge el tío Javi, a las 2 en la puerta del cole
k: vale
m: ¿estás solo en casa esta tarde o va Lucas?
k: viene lucas a jugar
m: vale. no le digas nada a la abuela de la fiesta, ¿eh? que es sorpresa
k: que nooo
m: y mándame una foto de la nota del examen cuando te la den 😊
k: un 8!!
m: ¡¡ese es mi niño!!
""",
    tactics=["recogida", "estás solo en casa", "no le digas", "mándame una foto"],
    notes="Spanish; mother: uncle's pick-up, home alone, surprise secret, photo of the exam grade",
    language="es", start="2026-04-24T12:30:00+00:00"))

BENIGN.append(benign(
    "b12c_tg22_pt_corrida_adultos", "telegram", "group", "Corrida no Parque Ibirapuera 🏃", "",
    [tg("n", "Fernanda", days_in=1), tg("a", "Marcelo"), tg("b", "Cris"), tg("c", "Paulo Henrique"), tg("d", "Dani")],
    """
n: Oi gente! Cheguei agora, uma amiga me indicou o grupo
a: Seja bem-vinda Fernanda! De onde você é?
n: De Curitiba, mudei pra SP em janeiro. Tenho 36, tô voltando a correr depois de uma lesão
b: Aqui tem de tudo, de 25 a 65 anos 😂
c: Eu sou o de 65 kkk
d: Fernanda, você corre com cachorro? A gente faz um treino com pets no domingo
n: Tenho um vira-lata, o Feijão! Vou mandar foto
n +1: [foto]
d: que fofooo
a: Treino de sábado: 7h no portão 3. Me chama no zap se não achar a gente, 11 95555-0134
n: Anotado, valeu Marcelo!
b: Traz água, o sol tá brabo
""",
    tactics=["adult strangers small talk", "de onde você é", "idade", "foto do cachorro", "me chama no zap", "encontro"],
    notes="Brazilian Portuguese; adult strangers in a running group: age, origin, dog photo, WhatsApp number, meeting",
    language="pt", start="2026-04-25T10:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc23_pt_thread_aviso_moderador", "discord", "thread", "Comunidade Minecraft PT", "avisos-seguranca",
    [member("m", "Joana (mod)", "Moderador", "Adulto"), kid("a", "Rodrigo", "13-15"), kid("b", "Beatriz", "13-15"),
     kid("c", "Duarte", "Menor de 13"), kid("d", "Carol", "13-15")],
    """
m: Pessoal, lembrete de segurança 🛡️ Se alguém que vocês não conhecem disser "quantos anos tens?", "estás sozinho em casa?" ou "manda uma foto", avisem um moderador
m: Também: "não contes aos teus pais", "passa para o whatsapp", "dou-te robux se mandares uma selfie". Tudo isso é motivo para reportar.
a: e se for um amigo da escola a pedir o insta?
m ^: Amigos que conhecem na vida real, tudo bem! É com desconhecidos que é preciso cuidado
b: uma vez um tipo disse que era de uma agência de modelos
m: Agências verdadeiras falam com os pais. Quem pede segredo está a mentir.
c: o que faço se já mandei alguma coisa?
m: Fala com um adulto de confiança ou connosco. Não tens culpa, e ninguém te vai castigar.
d: obrigada joana ❤️
""",
    tactics=["aviso do moderador", "táticas citadas", "manda uma foto", "robux por selfie"],
    notes="European Portuguese; moderator's safety thread quoting tactics; children ask questions",
    language="pt", start="2026-04-26T17:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg24_pt_adolescentes_paquera", "telegram", "dm", "", "",
    [tg("a", "Júlia"), tg("b", "Enzo")],
    """
b: oi ju
a: oiii enzo
b: vc tava mt bonita na festa junina ontem
a: para kkkk obg
b: sério
a: vc dançou quadrilha mt mal kkkk
b: nem me lembra 😭
a: kkkkk
b: bora no shopping sábado c a galera?
a: bora! minha mãe me leva e busca
b: vc tem 15 né? eu faço 15 semana que vem
a: tenho sim kkk pq
b: pra vc ir na minha festa ué
a: vou sim 😊
""",
    tactics=["paquera entre adolescentes", "elogio", "quantos anos", "encontro com amigos"],
    notes="Brazilian Portuguese; two 15-year-olds flirting, group mall trip, birthday invitation",
    language="pt", start="2026-04-27T21:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg25_de_kletterhalle_erwachsene", "telegram", "group", "Boulder-Treff Köln 🧗", "",
    [tg("n", "Jonas", days_in=1), tg("a", "Steffi"), tg("b", "Murat"), tg("c", "Anke"), tg("d", "Lukas B")],
    """
n: Hallo zusammen! Bin neu in Köln und suche Leute zum Bouldern
a: Willkommen Jonas! Woher kommst du?
n: Aus Leipzig, bin 31 und seit drei Jahren am Klettern
b: Wir sind so zwischen 25 und 45, alles entspannt
c: Murat ist 45 und klettert wie 20 😄
b: Danke Anke
d: Dienstags 19 Uhr in der Halle am Rhein, komm einfach vorbei
n: Super! Gibt's eine Nummer, falls ich euch nicht finde?
a ^: Meine: 0151 5550 1732, schreib einfach
n: Danke Steffi! Hab übrigens einen Hund, darf der mit ins Café danach?
n +1: [Foto]
c: So ein süßer Kerl! Klar
""",
    tactics=["adult strangers small talk", "woher kommst du", "Alter", "Nummer tauschen", "Treffen", "Hundefoto"],
    notes="German; adult strangers in a bouldering group: age, origin, number, meeting, dog photo",
    language="de", start="2026-04-28T18:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc26_de_hausaufgaben_haustiere", "discord", "group", "Klasse 7c", "hausaufgaben",
    [kid("a", "Emma", "13-15"), kid("b", "Paul", "13-15"), kid("c", "Selin", "13-15"), kid("d", "Ben", "13-15"),
     kid("e", "Marie", "13-15")],
    """
b: kann jemand ein foto von den mathe-aufgaben schicken? hab das blatt vergessen
a: moment
a +1: [bild]
b: danke emma du bist die beste
c: schickt mal fotos von euren haustieren, wir brauchen die für das bio-plakat
d: [bild] das ist mein hamster krümel
e: wie alt ist der?
d: 1 jahr
c: perfekt
e: [bild] meine katze, 12 jahre alt 😂
a: oma-katze
b: selin wie ist dein insta, dann schick ich dir das foto in besserer qualität
c: selin.zeichnet
b: ok
""",
    tactics=["Foto der Hausaufgaben", "Haustierfotos", "wie alt", "Insta tauschen"],
    notes="German classmates: homework photo, pet photos for a poster, 'how old is it', insta handle",
    language="de", start="2026-04-29T16:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg27_de_familie_oma_geburtstag", "telegram", "group", "Familie Wagner 🏠", "",
    [tg("o", "Oma Gisela"), tg("m", "Mama"), tg("p", "Papa"), tg("k", "Leonie"), tg("t", "Tante Birgit")],
    """
t: Schickt mir bitte eure Adresse, ich verschicke die Einladungen für Omas 80. 🎉
m: Ahornweg 7, 50667 Köln
t: Danke! Und nicht Oma verraten, es ist eine Überraschung
o: Was soll ich nicht wissen?? 😄
t: Mama du solltest gar nicht in dieser Gruppe sein 🙈
p: Wer holt Oma am Samstag vom Bahnhof ab?
m: Ich, um 14 Uhr
k: Darf ich mit?
m ^: Klar, Schatz
o: Leonie, wie alt bist du jetzt schon? 13?
k: 14 seit März Oma!
o: Meine Güte. Schick mir ein Foto von dir im neuen Kleid
k: [Foto]
o: Wunderschön ❤️
""",
    tactics=["Adresse schicken", "nicht verraten", "abholen", "wie alt bist du", "schick mir ein Foto"],
    notes="German family group: address for invitations, surprise, station pick-up, grandmother asks age and a photo in the new dress",
    language="de", start="2026-04-30T19:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg28_fr_covoiturage_adultes", "telegram", "group", "Club de lecture Bordeaux 📚", "",
    [tg("n", "Sandrine", days_in=2), tg("a", "Hervé"), tg("b", "Amina"), tg("c", "Julien"), tg("d", "Claire")],
    """
n: Bonjour à tous, je viens d'arriver dans le groupe !
a: Bienvenue Sandrine ! Tu es d'où ?
n: De Nantes à la base, je suis à Bordeaux depuis l'automne. 52 ans, prof de SVT à la retraite bientôt 😊
b: On a un peu tous les âges, de 30 à 70 ans
c: Prochaine séance jeudi 18h à la médiathèque, on parle du dernier Carrère
n: Super. Quelqu'un fait du covoiturage depuis Pessac ?
d: Moi ! Je peux te prendre à 17h30 devant la mairie
n: Génial, merci Claire. Tu me donnes ton numéro ?
d ^: 06 55 55 01 21, envoie-moi un texto
n: Noté !
a: Et apporte des gâteaux, c'est la tradition 😄
""",
    tactics=["adult strangers small talk", "tu es d'où", "âge", "numéro", "je peux te prendre", "rendez-vous"],
    notes="French; adult strangers in a book club: age, origin, car-pool pick-up, phone number",
    language="fr", start="2026-05-01T10:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc29_fr_fil_prive_fete_surprise", "discord", "private_thread", "4e B du collège Jean Moulin", "surprise-pour-lea",
    [kid("a", "Zoé", "13-15"), kid("b", "Nathan", "13-15"), kid("c", "Anaïs", "13-15"), kid("d", "Hugo", "13-15")],
    """
a: ok fil privé pour la fête surprise de Léa, personne le dit hein 🤫
b: motus
c: sa mère est d'accord, c'est samedi 15h chez elle
d: faut qu'on garde le secret jusqu'à samedi, elle lit tout le serveur
a: on lui dit qu'on va au ciné
b: j'apporte l'enceinte
c: envoyez-moi vos idées de cadeau en privé
d: une photo de nous tous imprimée dans un cadre ?
a: trop mignon
b: qui a des photos de la sortie au zoo
c: moi, je vous les envoie ce soir
a: supprimez pas le fil avant samedi mdrr
""",
    tactics=["fil privé", "garder le secret", "envoyez en privé", "photos", "fête surprise"],
    notes="French; classmates in a private thread planning a surprise party with her mother's agreement",
    language="fr", start="2026-05-02T17:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg30_fr_papa_recupere", "telegram", "dm", "", "",
    [tg("p", "Papa"), tg("k", "Inès")],
    """
p: Tu sors à quelle heure du judo ?
k: 18h15
p: Je viens te chercher, attends-moi devant le gymnase, pas dans la rue
k: ok
p: Tu es seule à la maison demain après-midi, maman rentre à 17h, ça va ?
k: oui c'est bon
p: Et ne dis rien à ton frère pour la console, c'est pour son anniversaire 🎁
k: promis
p: Envoie-moi une photo de ta ceinture quand le prof te la donne !
k: [photo] CEINTURE ORANGE
p: Bravo ma grande !! 🥋
""",
    tactics=["je viens te chercher", "seule à la maison", "ne dis rien", "envoie-moi une photo"],
    notes="French; father: judo pick-up, home alone, gift secret, photo of the new belt",
    language="fr", start="2026-05-03T16:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg31_ru_sobachniki_vzroslye", "telegram", "group", "Собачники Екатеринбурга 🐕", "",
    [tg("n", "Ольга", days_in=1), tg("a", "Сергей"), tg("b", "Наташа"), tg("c", "Игорь"), tg("d", "Людмила Петровна")],
    """
n: Здравствуйте! Я новенькая, переехала недавно
a: Добро пожаловать! Откуда вы?
n: Из Перми. Мне 39, у меня корги Бублик
b: Скиньте фото Бублика!
n +1: [фото]
b: какой толстячок 😍
c: Сколько ему лет?
n: Три года
d: Мы по субботам гуляем в Харитоновском парке в 10 утра, приходите
n: С удовольствием! Можно чей-нибудь номер, вдруг не найду вас?
a ^: Пишите мне: +7 900 555-01-44
n: Спасибо, Сергей!
c: Возьмите пакетики, там строго
""",
    tactics=["adult strangers small talk", "откуда вы", "возраст", "скиньте фото", "номер", "встреча"],
    notes="Russian; adult dog owners: age, origin, dog photo, phone number, meeting in a park",
    language="ru", start="2026-05-04T09:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc32_ru_geimery_druzya", "discord", "group", "7Б геймеры", "общий",
    [kid("a", "Тёма", "13-15"), kid("b", "Лёша", "13-15"), kid("c", "Соня", "13-15"), kid("d", "Ваня", "13-15"),
     kid("e", "Катя", "13-15")],
    """
a: кто в бравл после уроков
b: я
c: я тоже, кинь заявку в друзья, мой тег #VQ2L8
a: кинул
d: лёш скинь фотку домашки по алгебре плиз
b: [фото]
d: спасибо бро
e: соня дай свой тг, я тебе видео с концерта скину
c: @sonya_draws
e: добавила
a: ваня не говори маме что мы вчера до 11 играли 😂
d: я что дурак
c: а сколько лет твоему коту, катя? он на видео огромный
e: 2 года, просто толстый 😂
""",
    tactics=["заявка в друзья", "скинь фотку домашки", "обмен ником в тг", "не говори маме", "сколько лет коту"],
    notes="Russian classmates: in-game friend request, homework photo, Telegram handle swap, 'don't tell mom' about gaming late",
    language="ru", start="2026-05-05T14:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg33_ru_mama_doma_odna", "telegram", "dm", "", "",
    [tg("m", "Мама"), tg("k", "Вика")],
    """
m: Викуля, ты уже дома?
k: да
m: Ты дома одна? Папа задерживается
k: одна, всё норм
m: Суп в холодильнике, погрей
k: ок
m: И бабушке ни слова про торт в субботу, это сюрприз 🤫
k: знаю))
m: Завтра тебя заберёт тётя Лена после музыкалки в 17:00
k: хорошо
m: Скинь фото дневника, что там по русскому
k: [фото] пятёрка!
m: Умница моя ❤️
""",
    tactics=["ты дома одна", "ни слова", "заберёт", "скинь фото"],
    notes="Russian; mother: home alone, surprise secret, aunt's pick-up, photo of the school diary",
    language="ru", start="2026-05-06T15:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg34_it_corso_cucina_adulti", "telegram", "group", "Corso di cucina - Bologna 🍝", "",
    [tg("n", "Federica", days_in=1), tg("a", "Gianni"), tg("b", "Elena"), tg("c", "Roberto"), tg("d", "Simona")],
    """
n: Ciao a tutti! Mi sono appena iscritta al corso di martedì
a: Benvenuta Federica! Di dove sei?
n: Di Bari, a Bologna per lavoro. Ho 33 anni e cucino malissimo 😂
b: Siamo qui per questo! Età media 40, tranquilla
c: Io ne ho 61 e sono ancora il peggiore
d: Roberto non è vero, i tuoi tortellini erano ottimi
c: grazie Simona ❤️
n: Qualcuno viene da San Lazzaro? Potremmo andare insieme
b: Io! Ti passo a prendere alle 18:40, mi dai il numero?
n ^: 333 555 0187, grazie mille Elena
b: salvato
a: mandate le foto dei piatti dopo, così facciamo l'album
""",
    tactics=["adult strangers small talk", "di dove sei", "età", "ti passo a prendere", "numero", "mandate le foto"],
    notes="Italian; adult strangers in a cooking class: age, origin, car-share pick-up, number, photos of dishes",
    language="it", start="2026-05-07T12:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc35_it_lezione_sicurezza", "discord", "group", "Scuola Media Dante - 2A", "educazione-civica",
    [member("t", "Prof.ssa Rinaldi", "Docente", "Adulto"), kid("a", "Tommaso", "13-15"), kid("b", "Chiara", "13-15"),
     kid("c", "Davide", "13-15"), kid("d", "Aurora", "13-15")],
    """
t: Esercizio di oggi: leggete questo dialogo inventato e trovate i segnali d'allarme
t: "Sconosciuto: quanti anni hai? sei molto matura. Sconosciuto: i tuoi sono a casa? Sconosciuto: mandami una foto, ma non dirlo a nessuno"
a: quanti anni hai da uno sconosciuto è già strano
b: sei molto matura è adulazione
c: i tuoi sono a casa vuol dire che vuole sapere se sei sola
d: e non dirlo a nessuno è il segnale più grave
t: Bravissimi. E cosa fate?
b: screenshot, blocco e lo dico ai miei
t: Perfetto. Per domani: scrivete una risposta sicura
a: prof posso mandarle una foto del compito invece di scriverlo qui?
t ^: Certo Tommaso, caricala sul registro
""",
    tactics=["esercizio in classe", "dialogo citato", "segnali d'allarme", "mandami una foto"],
    notes="Italian; teacher's class exercise quoting a grooming dialogue; a pupil asks to send a photo of homework",
    language="it", start="2026-05-08T09:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc36_it_amiche_foto_animali", "discord", "dm", "Direct Messages", "bea",
    [kid("a", "bea", account=700), kid("b", "Nico", account=750, username="nicoletta_")],
    """
a: nicoo il mio coniglio ha fatto una cosa stupidissima
b: mandami la foto subito
a: [immagine]
b: ahahah è dentro la scatola delle scarpe
a: non vuole più uscire 😭
b: quanti anni ha ormai?
a: 4
b: vecchietto
a: mi dai il tuo nuovo tiktok? ti mando il video
b: nico.disegna
a: seguita!
b: hai fatto gli esercizi di inglese?
a: no domani mattina li copio da te 😇
b: ahah no
""",
    tactics=["mandami la foto", "quanti anni ha", "scambio di tiktok", "video"],
    notes="Italian; two 12-year-old friends: rabbit photo, 'how old is it', TikTok handle swap",
    language="it", start="2026-05-09T17:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg37_nl_fietsclub_volwassenen", "telegram", "group", "Fietsclub De Trappers Utrecht 🚴", "",
    [tg("n", "Marloes", days_in=1), tg("a", "Joost"), tg("b", "Anouk"), tg("c", "Henk"), tg("d", "Sanne")],
    """
n: Hoi allemaal! Nieuw in de groep, net verhuisd naar Utrecht
a: Welkom Marloes! Waar kom je vandaan?
n: Uit Groningen. Ik ben 46 en fiets vooral in het weekend
b: Past perfect, de meesten zijn tussen de 35 en 65
c: Ik ben 67, ik tel niet mee 😄
d: Heb je een racefiets of een gravelbike?
n: Gravel! Ik stuur even een foto
n +1: [foto]
d: Mooi ding
a: Zondag rijden we naar Amerongen, verzamelen 9 uur bij de Dom
n: Leuk! Mag ik iemands nummer voor als ik te laat ben?
a ^: 06 5555 0193, appen mag altijd
n: Dank je Joost!
""",
    tactics=["adult strangers small talk", "waar kom je vandaan", "leeftijd", "foto", "nummer", "afspreken"],
    notes="Dutch; adult strangers in a cycling club: age, origin, bike photo, number, meeting point",
    language="nl", start="2026-05-10T08:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc38_nl_minecraft_druk", "discord", "group", "Kubus Kameraden NL", "algemeen",
    [kid("a", "Lotte", "13-15"), kid("b", "Finn", "13-15"), kid("c", "Mehmet", "13-15"), kid("d", "Julia", "13-15"),
     kid("e", "Thijs", "13-15"), member("m", "Bas", "Moderator", "Volwassene")],
    """
a: wie heeft mijn diamanten gepakt 😡
b: ik niet
c: ik ook niet
e: ...
a: THIJS
e: het was voor een goed doel
d: stuur even een foto van je huis lotte, ik wil het dak nadoen
a +1: [afbeelding]
d: zo mooi
c: finn voeg me toe op snap, dan stuur ik je die seed: mehmet.mc
b: toegevoegd
m: Tip: deel geen adres of telefoonnummer in #algemeen, snaps tussen vrienden mag
c: ja bas
e: hoe oud is deze server eigenlijk
m ^: 2 jaar volgende week!
d: feestje!!
""",
    tactics=["stuur een foto", "snap toevoegen tussen vrienden", "hoe oud", "druk groepsgesprek"],
    notes="Dutch; busy kids' Minecraft channel: build photo, snap handle between friends, server's age, moderator tip",
    language="nl", start="2026-05-11T15:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg39_nl_oma_ophalen", "telegram", "dm", "", "",
    [tg("o", "Oma Truus"), tg("k", "Sem")],
    """
o: Hoi lieverd, ik haal je vrijdag op van school, half 3 bij het hek
k: yes oma!
o: Gaan we pannenkoeken eten. Zeg nog niks tegen je zusje over het cadeau voor mama
k: ik zeg niks
o: Stuur je me een foto van je zwemdiploma? Opa wil hem zien
k: [foto]
o: Wat knap! Hoe oud ben je nu ook alweer, 11?
k: 12 oma 😂
o: Oei, ik word oud
""",
    tactics=["ophalen", "zeg niks", "stuur een foto", "hoe oud ben je"],
    notes="Dutch; grandmother: school pick-up, gift secret, photo of a swimming diploma, asks his age",
    language="nl", start="2026-05-12T13:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg40_pl_wedkarze_dorosli", "telegram", "group", "Wędkarze znad Warty 🎣", "",
    [tg("n", "Krzysztof", days_in=1), tg("a", "Marek"), tg("b", "Grażyna"), tg("c", "Paweł"), tg("d", "Zbyszek")],
    """
n: Dzień dobry wszystkim, jestem nowy w grupie
a: Witamy! Skąd jesteś?
n: Z Łodzi, od roku w Poznaniu. Mam 52 lata, łowię od dziecka
b: U nas średnia to koło 50, pasujesz idealnie 😄
c: Wrzuć fotkę największej ryby!
n +2: [zdjęcie] sandacz 78 cm
d: No no, szacun
a: W sobotę łowimy pod mostem w Rogalinku, zbiórka 5:30
n: Będę. Da ktoś numer, jakbym nie trafił?
a ^: 600 555 014, dzwoń śmiało
n: Dzięki Marek!
""",
    tactics=["adult strangers small talk", "skąd jesteś", "wiek", "wrzuć fotkę", "numer", "spotkanie"],
    notes="Polish; adult strangers in an anglers' group: age, origin, fish photo, number, meeting",
    language="pl", start="2026-05-13T06:00:00+00:00"))

BENIGN.append(benign(
    "b12c_dc41_pl_moderator_bezpieczenstwo", "discord", "group", "Polski Serwer Fortnite Junior", "ogloszenia-czat",
    [member("m", "Ania (moderatorka)", "Moderator", "Dorosły"), kid("a", "Kacper", "13-15"), kid("b", "Lena", "13-15"),
     kid("c", "Oskar", "Poniżej 13"), kid("d", "Hania", "13-15")],
    """
m: Przypomnienie o bezpieczeństwie 🛡️ Jeśli ktoś obcy pisze "ile masz lat?", "jesteś sama w domu?", "wyślij zdjęcie" albo "nie mów rodzicom" – zgłoście to modom
m: To samo z "dam ci v-dolce za selfie" i "przejdźmy na snapa". Nie odpowiadajcie, róbcie screena
a: a jak kolega z klasy prosi o snapa?
m ^: Kolega, którego znasz w realu, to co innego 🙂 chodzi o obcych
b: raz ktoś pisał, że jest z agencji modelek
m: Prawdziwe agencje rozmawiają z rodzicami, nigdy nie każą trzymać tego w tajemnicy
c: a jak już coś wysłałem?
m: Napisz do nas albo powiedz dorosłemu, któremu ufasz. To nie twoja wina.
d: dzięki ania 💙
""",
    tactics=["ogłoszenie moderatora", "cytowane taktyki", "wyślij zdjęcie", "v-dolce za selfie"],
    notes="Polish; moderator's safety reminder quoting tactics; children ask questions",
    language="pl", start="2026-05-14T17:00:00+00:00"))

BENIGN.append(benign(
    "b12c_tg42_pl_nastolatki_flirt", "telegram", "dm", "", "",
    [tg("a", "Zosia"), tg("b", "Kuba")],
    """
b: hej zosia
a: heej
b: ładnie wyglądałaś na apelu dzisiaj
a: oj przestań 🙈 dzięki
b: serio
a: ty też nieźle w tej koszuli xd
b: mama kazała xd
a: hahaha
b: idziesz w sobotę z ekipą na łyżwy?
a: tak, tata mnie zawiezie
b: to może usiądziemy razem w autobusie w poniedziałek na wycieczce
a: może 😊
b: mamy po 14 lat a gadamy jak dziadki xd
a: xddd
""",
    tactics=["flirt rówieśników", "komplement", "wyjście z ekipą"],
    notes="Polish; two 14-year-olds flirting non-explicitly, group skating trip with a parent driving",
    language="pl", start="2026-05-15T20:00:00+00:00"))
