# ruff: noqa: E501  (dialogue lines are data; wrapping them would change the messages)
"""Longer benign conversations (20-30 messages, some spread over days).

A conversation-level detector accumulates risk across categories, so the hardest negatives are
long chats in which several look-alike cues pile up (age talk, then "are you alone", then a
secret, then a snap swap) between people who plainly know each other. Short chats alone would not
show whether damping for peers, family and staff holds up over a whole evening.
"""

from __future__ import annotations

from eval.benign.spec import P, Spec

TEEN = ("13-15",)
ADULT = ("18+",)

CONVERSATIONS: list[Spec] = [
    Spec(
        "benign-long-001", "discord", "dm", "Direct Messages", "zoe.builds ↔ priya",
        [
            P("zoe", "zoe.builds", acct=650),
            P("priya", "priya", acct=700),
        ],
        """
        0 zoe: are you home? my mom is making me clean my room 😭
        1 priya: ya im home alone till 6, my parents are at my brothers game
        2 zoe: lucky
        3 priya: did u see what ms grant said about the trip
        4 zoe: the zoo one? we need the form by friday
        5 priya: ya my mom signed it already
        8 zoe: ok random but can i tell you something
        8.5 priya: always
        9 zoe: dont tell anyone but i got into the summer art camp!!!
        9.5 priya: ZOE omg
        10 zoe: i havent told anyone else, not even the group chat, i want to tell them at lunch
        10.5 priya: my lips are sealed 🤐
        11 priya: send me a pic of the acceptance letter
        12 zoe: [image]
        13 priya: so proud of u fr
        14 zoe: its in july, 2 weeks, my dad is driving me
        15 priya: we have to facetime every day then
        16 zoe: obviously. add me on snap again btw i lost my account when my phone broke
        16.5 zoe: new one is zoe.b.builds
        17 priya: added!! streak restarts today lol
        18 zoe: what are you wearing to the trip? its gonna be cold
        19 priya: my purple hoodie probably
        20 zoe: same lol we match
        25 priya: my parents are back, gotta go eat
        25.5 zoe: bye!! see u at the bus stop tmrw 7:50
        """,
        ["home alone", "dont tell anyone", "send me a pic", "peer snapchat swap", "what are you wearing", "same-age best friends"],
        "Two 14-year-old best friends (same class, both long-time members of the school server) talking after school; "
        "several cues accumulate but every one is peer talk.",
        start="2026-04-14T16:10:00+00:00",
    ),
    Spec(
        "benign-long-002", "discord", "group", "The Nguyen Family SMP", "survival",
        [
            P("minh", "Minh", ("Admin", "18+"), joined=900, acct=2600),
            P("linh", "linh", TEEN, joined=880, acct=800),
            P("an", "An", ("Admin", "Adult"), joined=900, acct=3500),
        ],
        """
        0 linh: minh come to my base i need help with the farm
        1 minh: omw, where is it again
        2 linh: past the big oak, coordinates in the signs
        4 minh: ok found it. why is everything made of dirt lol
        4.5 linh: its temporary!!
        5 minh: i'll give you my old netherite sword if you stop building with dirt
        5.5 linh: DEAL
        6 linh: dont tell mom im still on, she said 9pm
        7 minh: it's 9:05 already lil sis 😂
        7.5 an: I can see the server log, you two 😄 Ten more minutes, then bed, school tomorrow
        8 linh: ok mom
        9 minh: busted
        10 an: Minh, can you pick up Linh from school tomorrow? I have a late meeting
        11 minh: yep, 3:30 at the front gate
        12 linh: can we get bubble tea
        13 an: If homework is done 😊
        14 linh: it is!! mostly
        15 an: Goodnight both ❤️
        16 linh: gn
        """,
        ["come to my base", "item gift", "dont tell mom", "pick up from school", "family server", "age gap siblings"],
        "A family Minecraft server: adult brother, 13-year-old sister and their mother, who reads along.",
        start="2026-03-02T20:50:00+00:00",
    ),
    Spec(
        "benign-long-003", "telegram", "group", "Girl Scouts Troop 518 – Parents & Leaders", "troop",
        [
            P("lead", "Leader Monique", joined=600),
            P("p1", "Anna (Ruby's mom)", joined=500),
            P("p2", "Greg (Tess's dad)", joined=480),
            P("p3", "Yasmin (Noa's mom)", joined=470),
        ],
        """
        0 lead: Hi families! Cookie booth schedule for March is up, please sign up for at least one slot
        1 p1: Ruby and I can do Saturday 10-12 at the grocery store
        2 p2: Tess and I will take Sunday 1-3
        3 lead: Thank you! Reminder: girls never give out their full names, school or phone numbers at the booth
        4 lead: And they never go alone to a customer's car, an adult always goes with them
        5 p3: Do we need photos of the girls for the council newsletter?
        6 lead: Only with a signed photo consent. I'll bring forms to the meeting
        7 p3: Noa will be so excited, she loves the camera
        10 p1: Can someone pick up Ruby after the Tuesday meeting? I have a dentist appointment
        11 p2: I can, Tess is there too. 6:30?
        12 p1: Perfect thank you Greg
        13 lead: Also: the girls are planning a surprise thank-you card for Mrs Lee, please keep it secret 🤫
        14 p3: Noa already told me it's top secret 😂
        20 lead: Last thing: the troop camping trip, meet at the school parking lot Friday 5pm
        21 p2: What should they bring?
        22 lead: Sleeping bag, flashlight, warm clothes. No phones, we'll share photos with parents here
        23 p1: 👍
        24 p3: Thanks Monique!
        """,
        ["troop leader and parents", "pick up", "photo consent", "keep it secret", "meet at the parking lot", "safety advice"],
        "A scout leader and parents coordinating booths, lifts, a card for a volunteer and a camp.",
        start="2026-02-27T19:00:00+00:00",
    ),
    Spec(
        "benign-long-004", "telegram", "dm", "Direct", "Jonah ↔ Eli (3 days)",
        [
            P("jonah", "Jonah"),
            P("eli", "Eli"),
        ],
        """
        0 jonah: bro did u get the new update
        1 eli: ya its so good
        2 jonah: wanna play later
        3 eli: after dinner, like 8
        120 jonah: on?
        121 eli: 5 min
        240 eli: gg that last round was insane
        241 jonah: ur aim is getting scary
        1500 jonah: yo whats ur epic username again, i got a new account
        1501 eli: elitheking_09
        1502 jonah: sent u a request
        1503 eli: accepted. how old is ur new account lol its level 1
        1504 jonah: 1 day old 💀 my brother got my old one banned
        1505 eli: RIP
        1510 jonah: i'll give you my spare vbucks card if you carry me to level 20
        1511 eli: lmaooo deal
        2900 eli: my mom says u can come over saturday, my dad is doing bbq
        2901 jonah: yess ill ask my mom
        2930 jonah: she said yes, she'll drop me at 2
        2931 eli: bring ur headset we can show my cousin the game
        """,
        ["game currency gift", "how old is your account", "come over", "same-age friends", "multi-day chat"],
        "Two 13-year-old friends over three days: gaming, a new account, a visit arranged by parents.",
        start="2026-03-06T17:00:00+00:00",
    ),
]
