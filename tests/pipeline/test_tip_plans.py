"""Tips wait for more when a move is how people make plans, not how children are groomed.

Benign chats got tips nobody needed in two classes (nudging.plans_not_grooming): a line said into a
busy group that names nobody, and, in private between people of unknown age, one everyday move (a
pick-up, a secret, "are you alone", a number) before any sign of grooming. Each test pins the class
and the counterparts that must still get their tip: a known child, a marked writer, a named
addressee, an age question first, a move for the person, a threat, a first contact Lookout saw.
"""

from __future__ import annotations

from datetime import timedelta

from bot.events import ChannelKind
from bot.pipeline import Pipeline
from bot.pipeline.model import Decision
from tests.pipeline.conftest import Chat, person
from tests.pipeline.test_pipeline import kinds, run


def tips(ds: list[Decision]) -> list[str | None]:
    return [d.nudge_category for d in kinds(ds, "nudge")]


def busy_group(community: str) -> tuple[Chat, list]:  # type: ignore[type-arg]
    c = Chat(community=community)
    opening = [c.say(person("noor"), "who finished the map quiz"), c.say(person("ivo"), "me, it was easy"),
               c.say(person("tam"), "no way i got 6/20")]
    return c, opening


def test_a_line_into_a_busy_group_that_names_nobody_gets_no_tip(pipeline: Pipeline) -> None:
    c, opening = busy_group("g1")
    ds = run(pipeline, [*opening, c.say(person("rae"), "add me on snap, im never on here")])
    assert kinds(ds, "log"), "the move still counts as risk"
    assert not tips(ds) and not kinds(ds, "alert")


def test_the_same_line_as_a_reply_or_from_a_newcomer_still_gets_its_tip(pipeline: Pipeline) -> None:
    c, opening = busy_group("g1")
    ds = run(pipeline, [*opening, c.say(person("rae"), "add me on snap, im never on here",
                                        reply_to="m3", reply_author="tam")])
    assert tips(ds) == ["platform_move"], "a reply names whom it is for"
    c2, opening2 = busy_group("g2")
    newcomer = person("vex", account_days=2, joined_days=1)
    assert tips(run(pipeline, [*opening2, c2.say(newcomer, "add me on snap, im never on here")])) == ["platform_move"]


def test_friends_plans_in_private_get_no_tip_one_move_at_a_time(pipeline: Pipeline) -> None:
    a, b = person("mila"), person("jo")
    c = Chat(ChannelKind.DIRECT, ("mila", "jo"))
    ds = run(pipeline, [c.say(a, "r u alone? i have to tell u about the trip"), c.say(b, "ya go"),
                        c.say(a, "ok but don't tell anyone yet", after=timedelta(minutes=3))])
    assert kinds(ds, "log") and not tips(ds)


def test_adults_arranging_a_pick_up_and_numbers_get_no_tip(pipeline: Pipeline) -> None:
    a, b = person("hal"), person("wen")
    c = Chat(ChannelKind.DIRECT, ("hal", "wen"))
    ds = run(pipeline, [c.say(b, "are we still on for the market on sunday?"),
                        c.say(a, "yes, i can pick u up at 9, the car has room"),
                        c.say(b, "great"),
                        c.say(a, "my number is 0555 271 904 in case you're late")])
    assert kinds(ds, "log") and not tips(ds) and not kinds(ds, "alert")


def test_a_child_being_worked_on_still_gets_the_tip_at_the_first_plan_after_an_age_question(
        pipeline: Pipeline) -> None:
    a, b = person("stray"), person("lin")
    c = Chat(ChannelKind.DIRECT, ("stray", "lin"))
    ds = run(pipeline, [c.say(a, "how old r u"), c.say(b, "13"), c.say(a, "r u alone? i have to tell u smth")])
    assert tips(ds) == ["isolation"], "an age question first makes the plan a grooming move"


def test_the_same_plan_to_a_known_child_or_with_a_second_move_still_gets_a_tip(pipeline: Pipeline) -> None:
    a, kid = person("stray"), person("lin", "13-15")
    c = Chat(ChannelKind.DIRECT, ("stray", "lin"))
    assert tips(run(pipeline, [c.say(kid, "hey"), c.say(a, "r u alone?")])) == ["isolation"]
    c2 = Chat(ChannelKind.DIRECT, ("stray", "jo"), community="g2")
    ds = run(pipeline, [c2.say(person("jo"), "hey"), c2.say(a, "r u alone? don't tell anyone i asked")])
    assert tips(ds), "'are you alone' with a secret in one line is the lure, not a plan"


def test_a_move_for_the_person_or_a_threat_opens_with_a_tip(pipeline: Pipeline) -> None:
    for n, (text, cat) in enumerate((("send me a pic of u rn", "photo_request"),
                                     ("what are you wearing", "sexual_talk"),
                                     ("pay me or i post the screenshot", "sextortion"))):
        c = Chat(ChannelKind.DIRECT, ("stray", "jo"), community=f"g{n}")
        assert tips(run(pipeline, [c.say(person("jo"), "hey"), c.say(person("stray"), text)])) == [cat], text


def test_a_plan_at_a_first_contact_lookout_saw_still_gets_a_tip(pipeline: Pipeline) -> None:
    lobby = Chat(community="g1", channel="lobby")
    c = Chat(ChannelKind.DIRECT, ("stray", "jo"), channel="dm")
    c.t = lobby.t + timedelta(days=2)  # watched for two days: these two have never talked
    ds = run(pipeline, [lobby.say(person("jo"), "hi all"), c.say(person("stray"), "can i pick u up after school")])
    assert tips(ds) == ["meeting"]


def test_a_photo_of_a_school_poster_or_exercise_book_is_set_aside_but_a_photo_of_the_person_is_not() -> None:
    from bot.pipeline.everyday import set_aside

    def aside(text: str, recent: list[str]) -> bool:
        return bool(set_aside({"photo_request"}, text, recent, marked=False, earlier_moves=False, family=False))

    assert aside("schick mal ein foto von deinem plakat, wie gross ist das", [])
    assert aside("kannst du ein foto schicken", ["hast du die englischaufgaben schon"])
    assert aside("envoie une photo de ton affiche pour voir la taille", [])
    assert aside("manda uma foto da cartolina", [])
    assert aside("скинь фото своего доклада", [])
    assert not aside("schick mal ein bild von dir", ["hast du die englischaufgaben schon"])
    assert not aside("envoie une photo de toi", ["t'as fini ton affiche ?"])
    assert not aside("send a pic or i'll expose you", [])
