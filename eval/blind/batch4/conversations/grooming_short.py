"""Batch 4: shorter English grooming conversations (fast openers, scouts, gifts, sextortion, evasion)."""

from common import convo, kid, member, newcomer

SHORT = []

# g09: fast opener in a teen server's general channel; busy bystanders.
SHORT.append(convo(
    "b4g09_dc_group_fast_asl_dm", "discord", "group", "Teen Hangout 🌈", "general",
    [newcomer("s", "xXnightwolfXx", days_in=0.1, account=1),
     kid("k", "ava_lol", "13-15", "Member"),
     member("b1", "peppermint", "16-17"), member("b2", "jonjon", "13-15")],
    """
    b1: who else has a math test tmrw 😭
    b2: me ugh
    s +3: hey guys
    b1: hi
    s: a s l ?
    b2 +1: bruh this isnt 2005
    k: lol 13 f uk
    s +1: nice 21 m. cute pfp ava
    k: ty
    s ! +1: dm me i got smth to show u
    b1 +1: ava dont lol
    k +1: ?? why
    s: ignore them. pic? 📸➡️📩
    b2 +2: @ava_lol report him to the mods fr
    """,
    tactics=["age_probe", "flattery", "platform_move", "photo_request"],
    notes="fast 'a s l' opener by a brand-new account declaring 21; critical move to DM; emoji photo cue",
    start="2026-02-09T21:00:00+00:00",
))

# g10: fake modelling scout in a public thread of an art/fashion server.
SHORT.append(convo(
    "b4g10_dc_thread_model_scout", "discord", "thread", "Style Sketchbook", "outfit-of-the-day",
    [newcomer("s", "Bella | Starlight Models", days_in=1, account=9),
     kid("k", "june.bug", "Under 18", days_in=200),
     member("b1", "tess_draws", "18+")],
    """
    k: my outfit for the school dance!! (attached)
    b1 +4: ok the jacket is SO good
    k: thankss
    s +20: hi june! im a scout for Starlight Models, u have a really fresh look
    k +3: omg really?
    s: yes we are casting teens for a spring campaign, paid 💸
    k +1: how much
    s: 300 for the first shoot. how old are u hun?
    k +2: 14
    s: perfect age for our junior line
    s ! +1: i just need 3 test photos, full body, in fitted clothes or a swimsuit. send them to my wh@ts4pp +1 555 0142 388
    b1 +5: june thats prob a scam ngl
    s: its a real agency babe, but dont post about it here, castings are confidential
    k +3: ok ill text u
    """,
    tactics=["modeling_lure", "age_probe", "photo_request", "platform_move", "secrecy"],
    notes="fake scout, 'junior line', photos + WhatsApp number with leetspeak in a public thread; bystander warns",
    start="2026-03-19T17:30:00+00:00",
))

# g11: one suspect working two children in a Telegram group with robux for selfies.
SHORT.append(convo(
    "b4g11_tg_group_two_kids_robux", "telegram", "group", "Roblox Trades & Giveaways", "",
    [newcomer("s", "RbxGiver", days_in=1),
     kid("k", "Chloe"), kid("k2", "Priya"), member("b1", "TradeBot Fan"), member("b2", "Owen")],
    """
    b1: anyone got a shadow dragon for trade
    b2 +2: nope
    s +5: GIVEAWAY 🎁 1000 robux to 2 lucky ppl
    k +1: meee
    k2: me pls!!!
    s: ok chloe and priya u both seem nice. how old r u both
    k +1: 12
    k2 +1: 13
    s ! : cool. to verify ur real i need a selfie
    s +1: send me a selfie in private 🎁↔️📸 and the robux is urs
    k +2: ok
    b2 +1: giveaways that ask for pics r scams lol
    s: nah its legit. priya u too, dm me
    k2 +3: how much for a selfie
    s: 800 each. and one more if u wear something cute 😉
    k2 +2: ok
    """,
    tactics=["gift_offer", "age_probe", "photo_request", "platform_move", "sexual_talk"],
    targets=("k", "k2"),
    notes="one suspect, two child targets (12 and 13), robux in exchange for private selfies; emoji exchange cue",
    start="2026-05-01T13:00:00+00:00",
))

# g12: suspect with a false 16-17 role in a private thread; photo request then sextortion.
SHORT.append(convo(
    "b4g12_dc_private_thread_fake_teen_sextortion", "discord", "private_thread", "Anime Lounge", "study-buddy-ren-kai",
    [newcomer("s", "kai", "16-17", days_in=3, account=5),
     kid("k", "ren_", "13-15", days_in=250)],
    """
    s: hi i guess the bot matched us as study buddies lol
    k +2: haha ya. what subject u need help w
    s: history ugh. u?
    k +1: math
    s: ur funny in general chat
    k +1: ty
    s: im 16 btw. u?
    k +1: 14
    s: cool close enough
    k +1: fav anime?
    s +1: jjk. u?
    k +1: frieren
    s: good taste
    s +1d: heyy
    k +2h: hi
    s: ur kinda cute from ur old pfp
    k +3: lol
    s ! +1: send a new pic? just me ofc
    k +6: ok
    k +1: (image)
    s +2: another one, more private this time 😏
    k +4: no
    s: u already sent one. send another or i post the pic in general and send it to ur school's insta
    k +2: pls dont
    s: then do it. u have 10 min. and dont tell the mods or ur parents
    """,
    tactics=["flattery", "photo_request", "sexual_talk", "sextortion", "secrecy"],
    notes="suspect wears a false 16-17 role and says 16; critical first private pic request; ends in a threat about 'the pic'",
    start="2026-04-20T20:00:00+00:00",
))

# g13: Telegram DM, evasion-heavy platform move with zero-width chars and app described.
SHORT.append(convo(
    "b4g13_tg_dm_evasion_ghost_app", "telegram", "dm", "", "",
    [newcomer("s", "T."), kid("k", "Benji")],
    """
    s: hey benji, u were in the fortnite clips chat?
    k +5: ya
    s: ur clutch vs the 3 squad was crazy
    k +1: thx lol
    s: how old r u, u play like a pro
    k +2: lol why
    s: just wondering. ur parents let u have tg?
    k +1: my brother set it up
    s: nice. they check ur phone?
    k +2: no
    s ! +1: cool. this app is laggy, add me on the yellow ghost app: t‍o‍m‍m‍y‍_‍x‍x‍9
    k +3: snap?
    s: ya s.n.a.p lol. or sn4pch@t if u search
    k +2: ok added
    s: 👻✅ u can send me stuff there, it deletes itself 🤫
    """,
    tactics=["flattery", "age_probe", "isolation", "platform_move", "secrecy"],
    notes="child states no age (brother set up his account); evasion: handle with zero-width joiners, 'yellow ghost app', dotted and leet app name, emoji cues",
    start="2026-02-14T22:15:00+00:00",
))

# g14: long-time member (no age) offers a pick-up in a town server; critical meeting offer.
SHORT.append(convo(
    "b4g14_dc_group_longtime_pickup", "discord", "group", "Brookfield Youth Skate", "park-talk",
    [member("s", "DerekRides", "Regular", days_in=600, account=2000),
     kid("k", "skater_tyler", "Age: 13-14", days_in=150),
     member("b1", "lena_k", "Age: 15-17")],
    """
    k: anyone at the park today?
    b1 +3: raining lol
    s +5: tyler u still need a ride to the indoor park sat?
    k +2: maybe my mom cant drive me
    s ! +1: ya ill pick u up after school fri, we can hang at my place before. just dont tell ur mom its me, she doesnt know me
    k +4: ok cool
    b1 +2: derek ur like 30 lol
    s: im just helping out a skater
    """,
    tactics=["meeting", "secrecy"],
    notes="long-time member, no age declared, pick-up offer + his place + secrecy from mother; child has Age: 13-14 role",
    start="2026-03-12T16:00:00+00:00",
))

# g15: Telegram DM, suspect says he is 15; v-bucks for video call.
SHORT.append(convo(
    "b4g15_tg_dm_fake15_vbucks_call", "telegram", "dm", "", "",
    [newcomer("s", "Luke"), kid("k", "Ethan 🎮")],
    """
    s: yo ethan its luke from the squad chat
    k +2: oh hey
    s: im 15 how old r u again
    k +1: 13
    s: cool. u still need vbucks for the new skin?
    k +1: YES
    s: i got like 5000 lol my dad gives me his card
    k +1: lucky
    s ! +1: ill send u 1000 vbucks if u video call me rn, cam on
    k +2: why cam
    s: just to see ur real not a bot lol. make sure ur alone
    k +3: ok
    """,
    tactics=["age_probe", "gift_offer", "photo_request", "isolation"],
    notes="suspect claims to be 15; v-bucks in exchange for a camera-on video call; 'make sure ur alone'",
    start="2026-05-22T18:40:00+00:00",
))

# g16: Discord DM. Child initiates for game help, offers her snap; suspect (no age) asks alone, then 'delete our chats'.
SHORT.append(convo(
    "b4g16_dc_dm_child_initiates_delete", "discord", "dm", "", "",
    [newcomer("s", "helper_sam", account=15), kid("k", "rosie.m", account=500)],
    """
    k: hi r u the one who helps with terraria bosses
    s +10: hey yes lol what boss
    k +1: eye of cthulhu i keep dying
    s: build an arena first. want me to join ur world
    k +1: yes pls!! im 12 btw is that ok
    s +3: lol sure. ill join
    s +90: gg!! we beat it
    k +1: THANK U
    k: u can add my snap if u want its rosie.m.2014
    s +3: maybe. do ur parents know u talk to ppl online?
    k +2: no they dont really check
    s: are u alone now?
    k +1: ya my dad is at work
    s: we should keep playing tmrw
    k +1: ok!!
    s ! +1: but delete our chats after ok, ppl get weird about adults helping kids
    k +4: oh ok
    s: our secret 🤫 u can be my little gamer buddy
    """,
    tactics=["isolation", "secrecy"],
    notes="child initiates, gives age 12, offers own snap; suspect asks about parents and alone; critical grooming-only secrecy 'delete our chats'",
    start="2026-01-25T17:00:00+00:00",
))
