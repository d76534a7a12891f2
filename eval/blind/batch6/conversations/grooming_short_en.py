"""Batch 6c grooming: shorter English chats (fast openers, groups, roles, sextortion, scouts)."""

from __future__ import annotations

from common import G, kid, member, newcomer

CONVS = []

# ---------------------------------------------------------------- G11 fast asl
CONVS.append(G(
    "g6c11_dc_dm_fast_asl_pic", "discord", "dm", "Direct Messages", "jxke07",
    [newcomer("s", "jxke", account=1, username="jxke07"), kid("k", "bellsxo", account=300)],
    """
s: hey
s: asl?
k +3: 12 f uk. u?
s: 17 m
s !: pic?
k +2: no lol i dont know u
s: fair. add my sn4p then its jxke.o7, ill send mine first
k: how old r u actually
s: told u 17 lol
s: ur 12 but u sound older ngl
k: ok
s: so u adding? 👻
k +4: maybe later
""",
    tactics=["age_probe", "photo_request", "platform_move", "flattery"],
    notes="Fast opener from a day-old account: asl, pic? within five lines; snap handle with leetspeak.",
    start="2026-03-03T19:20:00+00:00",
))

# ---------------------------------------------------------------- G12 tg group zero-width snap
CONVS.append(G(
    "g6c12_tg_group_zw_snap_girls", "telegram", "group", "Roblox Trading 🇺🇸", "",
    [newcomer("s", "kai", days_in=0.02, account=3), kid("k", "lil_bee"), kid("a", "dragonz4life"),
     kid("b", "mxrcus"), kid("c", "Jaylen R")],
    """
a: anyone got a shadow dragon for trade
b: lol nobody has that
a: i got frost dragon + 2 ride potions
c: ill give u my parrot
a: parrot isnt even close bro
k +3: i have a neon unicorn if anyone wants
b: ooh
s +6: hey all
s: any girls here 11-14?
b: why
s: just bored lol looking for ppl to talk to
s !: add my [[zw:snapchat]] 👻 k.a.i.x.o
k +2: im 12 lol but i dont have snap
s: @lil_bee u can dm me here then, what state u in
k: texas
c: bro ur weird
s: im 14 relax
a: admin??
s: @lil_bee u got insta at least?
""",
    tactics=["age_probe", "platform_move", "personal_info"],
    notes="Newcomer (joined minutes ago) asks for girls 11-14 in a trading group and posts a snap "
          "handle with zero-width characters between the letters of the app name; then picks the "
          "12-year-old who answered.",
    start="2026-03-07T22:00:00+00:00",
))

# ---------------------------------------------------------------- G15 sextortion after a photo
CONVS.append(G(
    "g6c15_tg_personal_sextortion_after_pic", "telegram", "dm", "", "",
    [newcomer("s", "Ty", account=10), kid("k", "maddie")],
    """
s: u up?
k +3: ya
s: that pic yesterday 😍
k +2: can u please delete it
s: why would i do that lol
k: i feel weird about it. i shouldnt have sent it
s: you sent it to me tho
k: i know pls just delete it
s !: i think ur school would like to see it. i have the list of everyone u follow 🙂
k +1: WHAT no please
s: relax. nobody sees it if u do what i say
s: send 2 more tonight
k: i cant
s: then 50 in g1ft c@rds. steam or apple
k: i dont have any money i dont even have a job
s: not my problem. u have til 9
k: please im begging u
s: clock is ticking. and dont even think about telling ur mom, ill know
k +6: ...
s: 8:30 👀
k: ok ok stop
""",
    tactics=["sextortion", "photo_request", "secrecy", "gift_offer"],
    notes="Sextortion after the child already sent a photo: the threat to show her school is the first "
          "unambiguous move; demands more photos or gift cards (leet: g1ft c@rds). The child never states an age.",
    start="2026-02-27T23:40:00+00:00",
))

# ---------------------------------------------------------------- G16 robux giveaway for a selfie
CONVS.append(G(
    "g6c16_dc_group_robux_selfie_verify", "discord", "group", "Obby Kingdom Fan Club", "general",
    [newcomer("s", "RBXgifter", days_in=0.1, account=4, username="rbxgifter"),
     kid("k", "tiny_tay", "11-12", username="tiny_tay"), kid("a", "noodlesoup", "11-12"),
     kid("b", "Brayden", "13-15"), kid("c", "zuzu", "11-12"),
     member("m", "Pebble", "Moderator", "18+")],
    """
a: anyone wanna play tower of hell
b: me after dinner
c: i'm stuck on level 6 of the lava obby 😭
a: the jump with the spinning thing?
c: YES
s +5: 🎁 ROBUX GIVEAWAY 🎁 giving 800 robux to 3 ppl today, reply to enter
k: me!!!
a: meee
b: is this a scam lol
s: not a scam, i just have too much lol, my dad works at a game company
c: enter me pls
s +3: ok picking... @tiny_tay u won 🎉
k: OMG
s !: just need a s3lfie to verify ur a real person not a bot 📸 send it in my dms
k: a selfie?
s: ya face only, its how i verify, everyone does it
a: i never had to do that for a giveaway
s: @tiny_tay check dms 🎁
k: ok
b: tay dont
m +2: @RBXgifter giveaways by non-staff aren't allowed here and nobody needs a selfie to get robux. removing these
""",
    tactics=["gift_offer", "photo_request", "platform_move"],
    notes="Newcomer posts a robux giveaway to everyone, picks an 11-12 member and asks for a selfie "
          "(leet: s3lfie) 'to verify', in DMs; a moderator steps in.",
    start="2026-03-11T18:00:00+00:00",
))

# ---------------------------------------------------------------- G20 one suspect, two children
CONVS.append(G(
    "g6c20_tg_group_two_girls_selfies", "telegram", "group", "teen art club ✏️", "",
    [newcomer("s", "sam 🎨", days_in=3, account=12), kid("r", "Ruby"), kid("z", "Zoe"),
     kid("o", "Ollie")],
    """
r: working on my oc today
z: show!!
r +5: [photo] shes a moth witch
z: AHHH i love her
o: the wings 😭
s +2: omg ruby thats so good
r: ty!!
z: i did a frog one yesterday [photo]
s: zoe this is adorable
s: how old r u both, ur both so talented
z: 13
r: 12 lol
s: no way. im 15 and cant draw like that
s !: i wanna draw u both as my ocs, send me ur selfies so i get ur faces right 😊
z: lol ok?
r: wait why selfies
s: for reference! artists do it all the time
s: or add me on the purple camera app, its sam.draws.15, easier to send there
o: thats kinda sus sam
s: its for art lmao
z +4: i sent u a follow
s: ty zoe 💕 ruby u too?
r: maybe later
s: @Ruby dont tell ur mom, its just art she wont get it
""",
    suspects=["s"], targets=["r", "z"],
    tactics=["flattery", "age_probe", "photo_request", "platform_move", "secrecy"],
    notes="One newcomer who says 15 works two girls (12, 13) at once: selfies 'for reference', then the "
          "app described instead of named ('purple camera app') and secrecy.",
    start="2026-03-08T16:30:00+00:00",
))

# ---------------------------------------------------------------- G22 child offers snap herself
CONVS.append(G(
    "g6c22_tg_personal_child_offers_snap", "telegram", "dm", "", "",
    [newcomer("s", "chris", account=40), kid("k", "Lily K")],
    """
s: hey! u left a comment on my guitar cover
k +30: oh ya lol it was good
s: thanks! do u play?
k: a little, i got one for christmas
s: thats awesome. how old r u
k +2: 13. how old r u?
s: 26 haha, old man
k: lol not that old
s: what songs r u learning
k: wonderwall lol
s: classic, everyone starts there
k: my teacher hates it
s: haha smart teacher
k: add me on snap its lily.k0, i post my covers there
s +1 !: adding u rn, send me a selfie when u accept so i know its really u 😊
k +5: lol ok
k: sent
s: ur so cute
s: do ur parents check ur snap?
k: no
s: good lol. keep our chats on there then, they'd think its weird
k: why would they
s: parents just dont get it
""",
    tactics=["age_probe", "photo_request", "flattery", "isolation", "secrecy", "platform_move"],
    notes="The child asks the age back and proposes Snapchat herself; the adult (26) then asks for a "
          "selfie: the child's cues must not make her the suspect.",
    start="2026-01-30T20:00:00+00:00",
))

# ---------------------------------------------------------------- G23 false teen role
CONVS.append(G(
    "g6c23_dc_group_false_teen_facetime", "discord", "group", "Squad Up! (13-17)", "looking-for-group",
    [newcomer("s", "dylan.x", "13-15", days_in=4, account=5, username="dylanx14"),
     kid("k", "maddie", "13-15", username="maddie.m"), kid("a", "bananaboi", "13-15"),
     kid("b", "Kev", "16-17")],
    """
a: anyone on for fortnite zero build
b: me in 10
s: im down, whats ur ign
a: bananaboi44
s: added. mines dylan_xx14
k +2: can i join too
s: ofc more the merrier
a: maddie carried last time lol
k: lol shut up
b +15: gg that last circle was insane
s: maddie ur actually cracked
k: lol thanks
s: how old r u? ur voice sounds young lol
k: 13
s: same-ish im 14
k: cool
s: u from the us?
k: ya michigan
s: no way me too. what city
k: near grand rapids
s: 👀 im near lansing
s !: wanna facetime just us tonight? turn ur c a m on tho i wanna see who im talking to
k +3: uhh maybe
b: dylan we're all in vc anyway lol
s: ya but vc is laggy
s: maddie dont tell ur mom abt me btw, moms get weird when u talk to ppl online
k: ok lol
""",
    tactics=["flattery", "age_probe", "personal_info", "photo_request", "platform_move", "secrecy"],
    notes="Newcomer wearing a 13-15 role says 14; plays with the group, then singles out maddie "
          "(city probe, then a one-to-one FaceTime with the camera on, spaced 'c a m', secrecy).",
    start="2026-03-12T21:00:00+00:00",
))

# ---------------------------------------------------------------- G24 clan captain
CONVS.append(G(
    "g6c24_tg_group_clan_captain_roster_pic", "telegram", "group", "Iron Wolves Clan [CODM]", "",
    [member("s", "WolfCaptain_Rick", days_in=700, account=1800), kid("k", "Owen", days_in=5),
     kid("a", "tyler.fps"), kid("b", "Mateo")],
    """
s: weekly reminder: clan wars saturday 7pm, be in vc 10 min early
a: ya ya
b: captain can i be in squad A
s: if u show up on time for once lol
k +40: hi im new, how do i get into clan wars
s: welcome owen 🐺 u need level 30 and a tryout with me
k: im level 34
s: nice. how old are u? we have a lot of younger players, just so i know who to pair u with
k +3: 12
s: cool u'll fit in. tryout tomorrow after school?
k: ok!
s +1d: owen tryout time?
k +2h: yes!!
s: 1v1 on shipment, go
k +20: gg u destroyed me
s: lol ur not bad for 12. better aim than half the squad
a: facts rick is cracked
s: owen ur in 🐺
k: LETS GOOO
s !: one thing, every new member needs a face pic for the roster card. just send it to me privately, not in here
b: i never sent a face pic?
s: new rule, for the new guys
k: ok what kind of pic
s: just u, no hat. pm me
k: k
a: weird rule but ok
""",
    tactics=["age_probe", "flattery", "photo_request", "platform_move"],
    notes="Long-time clan captain (the group's organiser) recruits a new 12-year-old boy, then asks "
          "him privately for a face picture 'for the roster'.",
    start="2026-02-24T19:00:00+00:00",
))

# ---------------------------------------------------------------- G25 fake mod verification
CONVS.append(G(
    "g6c25_dc_private_thread_mod_selfie_verify", "discord", "private_thread", "Cozy Critters (ACNH)",
    "verify-hollyhock",
    [member("s", "Juno", "Moderator", "18+", days_in=450, account=1300, username="juno.moss"),
     kid("k", "hollyhock", "Unverified", "13-15", days_in=0.1, account=200)],
    """
s: hi hollyhock! welcome 🌸 I'm Juno from the mod team, this is your verification thread
k +2: hii ok
s: we just need to confirm you're not a bot or a raid account. how old are you?
k: 13
s: perfect, 13-15 role then 🙂 last step
s !: send a selfie holding a paper with your username and today's date. only i can see this thread
k +3: oh um the rules said verification is just answering questions
s: we updated it this week, too many raids
s: it gets deleted after
k: can it be just half my face
s: whole face please, otherwise i can't verify
s: and please don't mention this in general, we don't want raiders to know the process
k: ok
s: i'll wait 🙂
k +8: [image]
s: cute! verified ✅ you can dm me anytime you need anything
""",
    tactics=["age_probe", "photo_request", "secrecy", "flattery"],
    notes="A moderator (long-time member with the role) abuses the verification thread to ask a new "
          "13-year-old for a face selfie and to keep it from the other staff; the child complies.",
    start="2026-03-09T17:45:00+00:00",
))

# ---------------------------------------------------------------- G26 modelling scout
CONVS.append(G(
    "g6c26_tg_personal_model_scout_whatsapp", "telegram", "dm", "", "",
    [newcomer("s", "Vanessa | Starlight Talent", account=8), kid("k", "Kayla")],
    """
s: Hi Kayla! 💫 I'm Vanessa, a scout for Starlight Talent & Models. We came across your dance videos and love your look!
k +40: omg really??
s: Yes! We're casting new faces for a teen clothing campaign. How old are you sweetie?
k: 14
s: Perfect age range! Any modelling experience?
k: no just dance
s: That's totally fine, many of our top girls started with zero experience
s: The campaign is paid, $400 for a half-day shoot
k: WAIT fr
s: To put you forward we need a quick digital set
s !: Please send 3 photos: face with no makeup, full body, and one in your favourite outfit, to our casting wh@ts4pp +1 555 0142
k +5: do i need my mom to say ok
s: Not at this stage! We only involve parents once you're shortlisted, it keeps things simple
s: Also please keep this confidential for now, the brand hasn't announced the campaign
k: ok! ill send them tonight
s: Lovely 💕 make sure the full body one is in something fitted so the client sees your shape
k: ok
""",
    tactics=["modeling_lure", "age_probe", "flattery", "photo_request", "platform_move", "secrecy",
             "sexual_talk"],
    notes="Fake scout with a paid teen campaign: three photos to a WhatsApp number (wh@ts4pp), "
          "parents kept out, a body remark at the end.",
    start="2026-03-02T18:20:00+00:00",
))
