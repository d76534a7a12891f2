# ruff: noqa: E501  (dialogue lines are data; wrapping them would change the messages)
"""Benign conversations for the conversation-layer context of issue 10.

Each carries a move that a rule flags on its own and that the conversation explains: two declared
14-year-olds flirting (tips for each of them are expected, an alert is not), a photo of the
homework, a practice video for a lesson, a friend request after a game, a parent arranging a
pick-up, notes for a classmate in German. Written for the development set (the detector may be
tuned on them); the held-out set has none of these on purpose, so it still measures unseen chats.
"""

from __future__ import annotations

from eval.benign.spec import P, Spec

CONVERSATIONS: list[Spec] = [
    Spec(
        "benign-ctx-001", "discord", "dm", "Direct Messages", "noor",
        [
            P("noor", "noor", acct=640),
            P("theo", "theo_plays", acct=590),
        ],
        """
        0 theo: hey its theo from the art club server, ur comic was so funny
        1 noor: omg thanks!! wait how old r u
        1.5 theo: 14 u?
        2 noor: 14 too lol
        3 theo: do you have a boyfriend
        4 noor: no 😳 why
        4.5 theo: just asking haha
        5 noor: have u ever kissed anyone
        6 theo: no lol
        7 noor: ok this is getting weird, wanna draw something together on the server tmrw
        8 theo: yes!!
        """,
        ["peer flirting", "do you have a boyfriend", "have you ever kissed", "how old are you", "declared 14-year-olds"],
        "Two declared 14-year-olds flirting awkwardly in DMs. Sexual talk between peers: tips for each, never an alert.",
        start="2026-03-21T17:00:00+00:00",
    ),
    Spec(
        "benign-ctx-002", "telegram", "group", "7B homework help", "chat",
        [
            P("ivy", "Ivy", joined=150),
            P("sam", "Sam", joined=150),
            P("kofi", "Kofi", joined=140),
        ],
        """
        0 ivy: did anyone do the history worksheet?? i left mine at school
        1 kofi: i did q1 to q4
        1.5 ivy: can u send me a pic pls
        2 kofi: [photo] [photo]
        2.5 ivy: ur a legend
        3 sam: mr ortiz said page 2 is optional right
        4 kofi: ya only page 1
        5 sam: send me a photo of ur notes from friday too, i was off sick
        6 kofi: [photo]
        """,
        ["send me a pic", "send me a photo", "classmates", "homework"],
        "Classmates sharing photos of a worksheet and notes; no ages stated, as on most Telegram groups.",
        start="2026-03-18T18:00:00+00:00",
    ),
    Spec(
        "benign-ctx-003", "discord", "dm", "Direct Messages", "blockbuilder",
        [
            P("jude", "jude", acct=720),
            P("kai", "blockbuilder", acct=810),
        ],
        """
        0 jude: hey its jude from the bedwars lobby, gg that was close
        1 kai: ggs lol ur bridging is crazy
        2 jude: wats ur user in game
        2.5 kai: blockbuilder_k
        3 jude: ok sent you a friend request
        4 kai: accepted, party up after dinner?
        5 jude: ya
        """,
        ["sent you a friend request", "friend request inside a game", "what's your username"],
        "Two players who met in a game lobby send a friend request in the game. The class of the tip a classmate got on main.",
        start="2026-03-15T16:30:00+00:00",
    ),
    Spec(
        "benign-ctx-004", "telegram", "dm", "Direct chat", "",
        [
            P("rachel", "Rachel Okafor", joined=None),
            P("ada", "Ada", joined=None),
        ],
        """
        0 rachel: Hi love, it's mum. I'll pick you up at 4:30 by the sports hall
        1 ada: ok
        1.5 ada: can amara come too?
        2 rachel: Yes, I'll drop her home after. Don't forget your PE bag
        3 ada: ok thanks mum
        4 rachel: And text me when you're out of maths club x
        """,
        ["pick you up", "parent pick-up", "family"],
        "A mother arranging the pick-up; she says who she is before the child answers 'thanks mum'.",
        start="2026-03-17T12:10:00+00:00",
    ),
    Spec(
        "benign-ctx-005", "discord", "dm", "Direct Messages", "ms_ines_piano",
        [
            P("tutor", "ms_ines_piano", acct=2400),
            P("leo", "leo.w", acct=500),
        ],
        """
        0 tutor: Hi Leo, for Friday's lesson please send me a video of you playing the first page of the minuet
        1 leo: ok! is it ok if its a bit slow
        2 tutor: Slow is perfect, we'll work on the tempo together
        30 leo: [video]
        31 tutor: Lovely. Watch bar 12, the left hand comes in early. See you Friday
        32 leo: ok thank you!!
        """,
        ["send me a video of you", "practice video for a lesson", "adult and child"],
        "A piano teacher asking a pupil for a practice video for the next lesson.",
        start="2026-03-11T17:00:00+00:00",
    ),
    Spec(
        "benign-ctx-006", "telegram", "group", "Klasse 8a", "chat",
        [
            P("mia", "Mia", joined=200),
            P("jonas", "Jonas", joined=200),
            P("lena", "Lena", joined=190),
        ],
        """
        0 jonas: hat jemand bio mitgeschrieben? ich war krank
        1 mia: ja, ich hab die notizen
        1.5 jonas: schick mir mal ein foto pls
        2 mia: [photo] [photo]
        3 lena: danke mia, ich brauch die auch
        4 jonas: du bist die beste
        """,
        ["schick mir ein foto", "classmates", "notes"],
        "German classmates sharing a photo of biology notes.",
        language="de",
        start="2026-03-19T15:00:00+00:00",
    ),
]
