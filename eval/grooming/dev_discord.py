"""Development grooming conversations on Discord (the detector MAY be tuned on these).

Invented people and communities throughout. Tactics only: a photo or camera request is as far
as any line goes. Keys: ``k``/``k2`` children, ``s`` the suspect, other keys are bystanders.
"""

from __future__ import annotations

from eval.corpus_writer import Conversation
from eval.grooming.script import convo, kid, member, newcomer

D = "discord"

CONVERSATIONS: list[Conversation] = [
    convo(
        "dc01_slow_dm_minecraft", D, "dm", "Direct Messages", "skylerbuilds",
        [kid("k", "Mia"), newcomer("s", "skylerbuilds", account=9)],
        """
        s: hey! saw ur castle build on the blocky realms server its sick
        k +12: omg thank u
        k: took me like 3 weeks lol
        s +3: 3 weeks?? ur so patient, most ppl on there just grief stuff
        k +5: ya its annoying
        s +1d: morning :) did u finish the tower
        k +40: almost
        k: my mom made me do homework first
        s +2: haha what grade r u in
        k +6: 7th
        s +1: nice, ur honestly way more mature than the ppl my age
        k +4: lol thanks
        s +1d: u around tonight?
        k +2h: ya
        s +1: r ur parents home or do u have the house to urself
        k +3: they work late on thursdays
        s +2: cool cool
        s !: btw dont tell anyone we talk ok, ppl get weird about online friends
        k +5: ok i guess
        s +2: add me on snap its easier, skyler.bldz
        k +6: idk if im allowed snap
        s +1: just dont tell ur mom, its our thing
        s +1: send me a selfie when u add me so i know its u
        """,
        tactics=["befriending", "flattery", "age_probe", "isolation", "secrecy", "platform_move",
                 "photo_request"],
        notes="Slow DM over three days; critical is the demand to keep the friendship secret (then Snapchat).",
    ),
    convo(
        "dc02_fast_group_snap_robux", D, "group", "Roblox Hangout", "general",
        [kid("k", "lily_r", "13-15"), member("b", "Tobi", "13-15"), newcomer("s", "xXjayXx", days_in=0.05,
                                                                            account=1)],
        """
        b: anyone doing the new obby event
        k +1: yes its so hard
        s +2: @lily_r how old r u
        k +1 ^: 13 why
        s +1 !: add me on snap i got spare robux for u
        k +2: wait fr?
        s +1: ya just send me a pic first lol
        b +1: @lily_r dont thats a scam
        """,
        tactics=["age_probe", "platform_move", "gift_offer", "photo_request"],
        notes="Fast: a one-hour-old account asks a 13-15 member's age and moves her to Snapchat.",
    ),
    convo(
        "dc03_thread_modelling_scout", D, "thread", "Sketch & Paint Club", "portrait feedback",
        [kid("k", "Ava", "Age: 13-14"), member("m", "brushwork", "Artist"),
         newcomer("s", "Nadia | Bright Faces Agency", days_in=1, account=20)],
        """
        k: can someone check my self portrait, the eyes look off
        m +4: the left eye is a bit higher, otherwise really good
        k +2: ohh ty
        s +9: hi Ava! I scout for Bright Faces, a kids and teens modelling agency
        s: you have a really photogenic look, have you ever thought about modelling?
        k +3: um no lol
        s +2: we're casting for a clothing catalogue, paid work
        s +1 !: I'd need 3-4 natural selfies for your portfolio, you can send them to me privately
        k +5: do i need my parents
        s +1: not at this stage, lets keep it between us until you're signed, it's a nice surprise
        """,
        tactics=["modeling_lure", "flattery", "photo_request", "secrecy"],
        notes="Fake scout in a public thread; critical is the selfie request.",
    ),
    convo(
        "dc04_private_thread_fake_teen", D, "private_thread", "Valorant Youth League", "duo-queue",
        [kid("k", "kai", "Under 18"), newcomer("s", "riley", "Under 18", days_in=3, account=4)],
        """
        s: hey made this thread so we can talk without the spam in general
        k +2: ok
        s: ur aim is crazy btw
        k +3: thx lol
        s +1: how old r u
        k +2: 13
        s +1: no way im 15 too we r basically the same age
        k +4: cool
        s +30: u seem really chill not like the other kids here
        s +1 !: dont tell the mods about this thread, they delete everything
        k +3: why would they
        s +1: send a pic so i know ur real and not a catfish
        k +5: idk
        s +1: ill send one too promise
        """,
        tactics=["befriending", "flattery", "age_probe", "peer_posing", "secrecy", "photo_request"],
        notes="False 'Under 18' role, claims to be 15. Critical: hiding the private thread from moderators.",
    ),
    convo(
        "dc05_nitro_leet_selfie", D, "group", "Anime Corner", "off-topic",
        [kid("k", "yuna", "13-15"), member("b", "ren", "16-17"), newcomer("s", "giftguy", days_in=0.5,
                                                                          account=2)],
        """
        k: who else is watching the new season
        b +2: me its so good
        s +5: @yuna u want free nitro?
        k +1 ^: lol who doesnt
        s +1 !: ill gift u 1 yr nitro, just s3nd a p1c of urself in my dms
        k +3: why do u need a pic
        s +1: to verify ur a real person, takes 2 sec
        """,
        tactics=["gift_offer", "photo_request", "evasion_leet"],
        notes="Nitro for a selfie, leetspeak on the key words.",
    ),
    convo(
        "dc06_dm_sextortion_threat", D, "dm", "Direct Messages", "max.k",
        [kid("k", "Sam"), newcomer("s", "max.k", account=15)],
        """
        s: hey sam we still friends right
        k +3: ya
        s +1d: miss talking to u
        s +1: r u alone rn
        k +20: ya my brother is out
        s +1 !: turn on ur cam for a sec i wanna see u
        k +4: i dont really want to
        s +3h: remember the picture u sent me last week
        s +1: if u dont send me 100 dollars in gift cards ill send it to everyone on ur friends list
        k +2: please dont
        s +1: u have until tonight. dont tell ur parents or its over
        """,
        tactics=["isolation", "photo_request", "sextortion", "secrecy"],
        notes="Ends in a money threat over an earlier photo (never described). Critical: cam request.",
    ),
    convo(
        "dc07_spaced_snap_emoji", D, "group", "Fortnite Squad Finder", "lfg",
        [kid("k", "zoe", "Age: 13-14"), member("b", "dino", "Age: 13-14"), newcomer("s", "coach_d", days_in=1,
                                                                                 account=5)],
        """
        k: need 1 more for squads
        b +1: im in
        s +3: @zoe i can carry u, how old r u btw
        k +1 ^: 13
        s +1: nice im 16 lol
        s +2 !: add me on s n a p 👻 coach.dd
        k +3: i only have insta
        s +1: 👻 is better it deletes, u can send 📸 there
        """,
        tactics=["age_probe", "peer_posing", "platform_move", "photo_request", "evasion_spacing", "evasion_emoji"],
        notes="Spaced letters and ghost emoji for Snapchat, camera emoji for photos.",
    ),
    convo(
        "dc08_dm_homoglyph_snap", D, "dm", "Direct Messages", "lenny",
        [kid("k", "Noah"), newcomer("s", "lenny", account=3)],
        """
        s: yo u were in the bedwars lobby right
        k +5: ye
        s +1: ur good, how old
        k +2: 12
        s +1: cool
        s +1 !: аdd mе оn snаpchаt, my usеr is lеnny.bw
        k +4: why
        s +1: i gоt а frее аccount with skins for u thеrе
        """,
        tactics=["age_probe", "platform_move", "gift_offer", "evasion_homoglyph"],
        notes="Cyrillic а/е/о inside the Latin words of the platform move and gift offer.",
    ),
    convo(
        "dc09_zero_width_whatsapp", D, "dm", "Direct Messages", "aaron_music",
        [kid("k", "Ella"), newcomer("s", "aaron_music", account=30)],
        """
        s: hi ella i loved ur cover in the music server
        k +10: thank u!!
        s +2: ur voice is amazing for ur age, how old r u
        k +3: 14
        s +1: seriously talented. i produce tracks
        s +1d: i want to help u record a proper song
        k +1h: rly??
        s +1 !: what\u200bsapp me so we can talk proper, +44 7700 900 418
        k +5: i dont have whatsapp
        s +1: sn\u200bap then. and dont tell ur parents yet, they wont understand the industry
        """,
        tactics=["flattery", "age_probe", "platform_move", "secrecy", "evasion_zero_width"],
        notes="Zero-width characters inside 'whatsapp' and 'snap'; fictional number.",
    ),
    convo(
        "dc10_misspelled_platforms", D, "group", "Pokemon Trade Hub", "trading",
        [kid("k", "benji", "Minor"), member("b", "Jess", "Minor"), newcomer("s", "tradeking", days_in=2,
                                                                            account=8)],
        """
        k: anyone got a shiny eevee
        s +2: i do @benji
        k +1 ^: omg what do u want for it
        s +1: nothing its free, how old r u
        k +2: 11
        s +1 !: ok add me on snapchap or watsapp its easier to trade there
        b +2: trades are supposed to be in here
        s +1: @benji or telgram whatever u got, just dont tell ur parents its free stuff
        """,
        tactics=["gift_offer", "age_probe", "platform_move", "secrecy", "evasion_misspelling"],
        notes="Misspelled platforms: snapchap, watsapp, telgram.",
    ),
    convo(
        "dc11_slow_dm_meeting", D, "dm", "Direct Messages", "chris",
        [kid("k", "Jade"), newcomer("s", "chris", account=40)],
        """
        s: gg in the lobby earlier
        k +20: gg
        s +1d: hey jade how was school
        k +3h: boring
        s +1: lol same at work. what school do u go to
        k +30: hillcrest middle
        s +1: no way im near there
        s +2d: i feel like u can tell me anything
        k +1h: ya ur nice
        s +2: ur parents sound super strict, i'd never treat u like that
        s +1d: im in town saturday
        s +1 !: we could meet at the mall food court, just us
        k +20: idk if my mom would let me
        s +1: dont tell her then, our little secret ok
        """,
        tactics=["befriending", "personal_info", "isolation", "meeting", "secrecy"],
        notes="Slow over five days; critical is the meeting proposal.",
    ),
    convo(
        "dc12_vbucks_for_cam", D, "group", "Battle Royale Kids", "voice-text",
        [kid("k", "leo", "13-15"), member("b", "mattie", "13-15"), newcomer("s", "vbucksdealer", days_in=0.3,
                                                                             account=1)],
        """
        b: who's on tonight
        k +1: me after dinner
        s +4: @leo want 1000 vbucks free
        k +1 ^: fr??
        s +1 !: yeah just hop in a call and turn on ur cam for me, then i gift it
        k +2: why cam
        s +1: proof ur not a bot lol, ill send the code after
        """,
        tactics=["gift_offer", "photo_request"],
        notes="V-bucks in exchange for a webcam call.",
    ),
    convo(
        "dc13_adult_declares_24", D, "dm", "Direct Messages", "dan",
        [kid("k", "Harper"), newcomer("s", "dan", account=200)],
        """
        s: hey u posted in the horse girls server right
        k +10: yes!!
        s +1: i love horses too. im 24 btw hope thats not weird
        k +5: oh im 12
        s +1 !: age is just a number, ur really mature
        k +3: lol thx
        s +1d: u home alone after school?
        k +2h: sometimes
        s +1: lets keep our chats between us, delete them after ok? people wouldnt get it
        k +10: why would they not get it
        s +1: just trust me. add my insta too dan.rides
        """,
        tactics=["befriending", "flattery", "sexual_talk", "isolation", "secrecy", "platform_move"],
        notes="Declared adult (24) with a declared 12-year-old; critical is 'age is just a number', dating talk "
              "towards a child (sexual steering, issue 10; it was the delete-our-chats demand before).",
    ),
    convo(
        "dc14_group_fanout_two_kids", D, "group", "Study Buddies Grade 7", "homework-help",
        [kid("k", "Maya", "Age: 12-13"), kid("k2", "Ivy", "Age: 12-13"), member("m", "Mr. Patel (mod)", "Moderator"),
         newcomer("s", "tutor_jon", days_in=1, account=12)],
        """
        k: can someone help with fractions
        s +3: @Maya sure! how old are you and what grade
        k +1 ^: 12 7th grade
        s +1: smart girl. i tutor kids your age
        k2 +5: can u help me too with science
        s +1: @Ivy of course, how old are you
        k2 +1: 13
        s +2 !: both of you dm me, we can do private lessons on facetime
        m +6: please keep help in the channel everyone
        s +1: @Maya @Ivy dont mind him, dm me and dont tell the mods
        """,
        targets=("k", "k2"),
        tactics=["age_probe", "flattery", "platform_move", "photo_request", "secrecy", "fan_out"],
        notes="One suspect working two children at once; critical is the move to DMs/FaceTime.",
    ),
    convo(
        "dc15_es_dm_whatsapp_foto", D, "dm", "Direct Messages", "andres",
        [kid("k", "Lucía"), newcomer("s", "andres", account=10)],
        """
        s: hola lucía, te vi en el server de minecraft
        k +6: holaa
        s +1: juegas muy bien, cuántos años tienes?
        k +2: 13
        s +1: yo tengo 15 jaja
        s +1d: estás sola en casa?
        k +1h: si mis papas trabajan
        s +1 !: agrégame a whatsapp mejor, 612 000 417
        k +4: no se
        s +1: no le digas a nadie, es nuestro secreto. mándame una foto tuya para saber que eres tú
        """,
        language="es",
        tactics=["age_probe", "peer_posing", "isolation", "platform_move", "secrecy", "photo_request"],
        notes="Spanish DM; fictional number.",
    ),
    convo(
        "dc16_pt_group_zap_foto", D, "group", "Free Fire BR", "geral",
        [kid("k", "Bia", "13-15"), member("b", "Gui", "13-15"), newcomer("s", "rafa_ff", days_in=1, account=3)],
        """
        b: alguém pra rank?
        k +1: eu vou
        s +3: @Bia quantos anos vc tem?
        k +1 ^: 13 pq
        s +1: vc é muito madura pra sua idade
        s +1 !: me chama no zap, te dou diamantes de graça
        k +2: sério?
        s +1: sim, só manda uma foto sua primeiro. e não conta pra ninguém
        """,
        language="pt",
        tactics=["age_probe", "flattery", "platform_move", "gift_offer", "photo_request", "secrecy"],
        notes="Portuguese; free diamonds for a photo after moving to WhatsApp ('zap').",
    ),
    convo(
        "dc17_de_private_thread", D, "private_thread", "Gaming Treff DE", "privat",
        [kid("k", "Lena", "13-15"), newcomer("s", "Marco", days_in=4, account=7)],
        """
        s: hey lena hab den thread gemacht damit wir in ruhe reden können
        k +5: ok
        s +1: wie alt bist du eigentlich?
        k +2: 13
        s +1: cool, du bist echt reif für dein alter
        k +4: danke
        s +1: bist du gerade allein zuhause?
        k +3: ja
        s +1 !: schreib mir auf snapchat, marco.g07
        s +1: und schick mal ein bild von dir. aber sag deinen eltern nichts
        """,
        language="de",
        tactics=["age_probe", "flattery", "isolation", "platform_move", "photo_request", "secrecy"],
        notes="German private thread.",
    ),
    convo(
        "dc18_fr_dm_snap_photo", D, "dm", "Direct Messages", "theo",
        [kid("k", "Chloé"), newcomer("s", "theo", account=6)],
        """
        s: salut chloé t'es sur le serveur fortnite non?
        k +8: ouais
        s +1: t'as quel âge?
        k +2: 12 ans
        s +1: moi j'ai 14 ans mdr
        s +1: t'es trop mignonne sur ta pp
        k +5: merci
        s +1 !: ajoute moi sur snap, c'est mieux
        s +1: et envoie une photo de toi, je te donne des v-bucks. dis rien à tes parents
        """,
        language="fr",
        tactics=["age_probe", "peer_posing", "flattery", "platform_move", "photo_request", "gift_offer",
                 "secrecy"],
        notes="French DM.",
    ),
    convo(
        "dc19_ru_group_telega_foto", D, "group", "Майнкрафт Тусовка", "общий",
        [kid("k", "Даша", "13-15"), member("b", "Егор", "13-15"), newcomer("s", "Влад", days_in=1, account=4)],
        """
        b: кто на сервер вечером
        k +2: я
        s +3: @Даша сколько тебе лет?
        k +1 ^: 13
        s +1: ты очень взрослая для своего возраста
        s +1 !: пиши мне в телегу, скинь фото
        k +3: зачем
        s +1: просто. только родителям не говори
        """,
        language="ru",
        tactics=["age_probe", "flattery", "platform_move", "photo_request", "secrecy"],
        notes="Russian group channel.",
    ),
    convo(
        "dc20_slow_group_to_dm_gift", D, "group", "Cozy Farm Sim", "chat",
        [kid("k", "Rosie", "Minor", "she/her"), member("b", "pip", "Minor"), member("a", "Moss (admin)", "Admin"),
         newcomer("s", "farmer_ken", days_in=5, account=14)],
        """
        k: my pumpkins finally grew
        b +2: yay!!
        s +10: congrats rosie, that takes forever
        k +3: ikr
        s +1d: @Rosie what season are u on
        k +1h ^: summer 2
        s +1: ur way ahead of me lol
        a +30: reminder: event starts friday
        s +1d: @Rosie ur always so sweet in here, how old are u if u dont mind me asking
        k +2h: 11
        s +1: i'll buy u the season pass so u can get the cow
        k +5: omg rly
        s +1 !: sure, message me privately and send a selfie so i know where to send it
        """,
        tactics=["befriending", "flattery", "age_probe", "gift_offer", "platform_move", "photo_request"],
        notes="Slow in a public channel over three days; gift turns into a private chat plus selfie.",
    ),
    convo(
        "dc21_dm_cam_is_anyone_home", D, "dm", "Direct Messages", "jordan_v",
        [kid("k", "Eli"), newcomer("s", "jordan_v", account=11)],
        """
        s: wanna play later
        k +5: sure
        s +2h: is anyone home with u rn
        k +3: no
        s +1 !: cool get on vc and turn your webcam on
        k +2: why
        s +1: so we can see each other while we play, its more fun
        """,
        tactics=["isolation", "photo_request"],
        notes="Short DM: alone check then webcam request.",
    ),
    convo(
        "dc22_week_long_group_helper", D, "group", "Pixel Art Academy", "help-desk",
        [kid("k", "Finn", "13-15", "Student"), member("b", "Orla", "13-15", "Student"),
         member("m", "Hal (mod)", "Moderator", "18+"), newcomer("s", "Greg", "18+", days_in=9, account=25)],
        """
        k: how do u do shading on 16x16 sprites
        b +4: dithering maybe?
        s +10: @Finn try picking 3 tones and only use those, keeps it clean
        k +2 ^: oh that worked ty
        s +1: np, post it when ur done
        k +1d: done!! first sprite
        s +20: thats genuinely great for a beginner
        m +30: nice work Finn
        s +1d: @Finn u should enter the monthly contest
        k +3h: idk im only 12 everyone is way better
        s +1: age doesnt matter, ur better than half the adults here
        k +5: lol no
        b +1h: u should enter tho
        s +2d: hows the contest piece going
        k +4h: slow, my dad keeps making me get off the pc
        s +1: parents never get how important this stuff is
        k +10: ya
        s +1d: i could mentor u properly if u want, 1 on 1
        k +2h: how
        s +1 !: add me on discord dms and we'll do screen share, keep it between us so the others dont get jealous
        m +40: @Finn reminder that mentoring happens in the help channels here
        s +1: ignore the mods lol, just dm me
        """,
        tactics=["befriending", "flattery", "age_probe", "isolation", "platform_move", "secrecy"],
        notes="Week-long helpful-adult approach in a public channel; declared-adult role (18+), child says 12.",
    ),
    convo(
        "dc23_dm_adult_19_gift_card", D, "dm", "Direct Messages", "marcus",
        [kid("k", "Tilly"), newcomer("s", "marcus", account=45)],
        """
        s: hey tilly, u were in the sims server right
        k +30: yeah
        s +1: im 19 lol, i mod a few servers
        s +1: how old r u
        k +5: 13
        s +1: ur really easy to talk to
        s +1d: i got an extra 50 dollar gift card, want it?
        k +2h: for what
        s +1 !: just send me a few pics of u, nothing weird, and keep it between us
        k +10: why pics
        s +1: i like knowing who im talking to. deal?
        """,
        tactics=["age_probe", "flattery", "gift_offer", "photo_request", "secrecy"],
        notes="Declared adult (19); gift card in exchange for pictures.",
    ),
    convo(
        "dc24_es_group_robux_fast", D, "group", "Roblox España", "general",
        [kid("k", "Pablo", "13-15"), member("b", "Nerea", "13-15"), newcomer("s", "regalos_rbx", days_in=0.1,
                                                                             account=1)],
        """
        b: alguien juega brookhaven
        k +1: yo
        s +2: @Pablo quieres robux gratis?
        k +1 ^: siii
        s +1 !: pues mándame una foto tuya por privado y te los paso
        s +1: y no le digas nada a tus padres
        """,
        language="es",
        tactics=["gift_offer", "photo_request", "platform_move", "secrecy"],
        notes="Spanish; robux in exchange for a photo in private.",
    ),
    # ---- issue 10: sexual steering, and a child's own cues answered (direction) ----
    convo(
        "dc25_dm_what_wearing", D, "dm", "Direct Messages", "quill_and_ink",
        [kid("k", "Ruby"), newcomer("s", "quill_and_ink", account=11)],
        """
        s: hey ruby, saw ur fanart in the art server, its really good
        k +8: omg thank u
        s +1: how old r u if u dont mind me asking
        k +3: 13
        s +1: ur so talented for 13
        k +4: thx lol
        s +1h: what u up to
        k +10: in bed watching youtube
        s +1 !: what are you wearing rn
        k +5: ??? pajamas why
        s +1: just curious. u have snap?
        """,
        tactics=["befriending", "flattery", "age_probe", "sexual_talk", "platform_move"],
        notes="Sexual steering in a DM: the clothes question comes right after the child says she is in bed.",
    ),
    convo(
        "dc26_es_group_cama", D, "group", "Comunidad Minecraft ES", "general",
        [kid("k", "sofi", "13-15"), member("b", "nacho", "13-15"), newcomer("s", "elpana_mc", days_in=1, account=5)],
        """
        k: alguien juega esta noche?
        b +1: yo no puedo, examen mañana
        s +3: @sofi yo sí, cuántos años tienes?
        k +1 ^: 13 y tú
        s +1: 17, eres muy madura para 13
        k +3: jaja gracias
        s +40 !: @sofi ya estás en la cama? 😏
        k +6: no todavía
        s +1: pásame tu whatsapp y hablamos mejor
        """,
        language="es",
        tactics=["age_probe", "flattery", "sexual_talk", "platform_move"],
        notes="Spanish group; the child asks the age back; the 'are you in bed' question is the critical line.",
    ),
]
