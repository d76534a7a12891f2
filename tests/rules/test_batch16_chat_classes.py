"""Classes of wording from blind batch 16's conversations: what each changed rule must read, and the
look-alikes it must leave alone.

A trusted member who moves a child to a private thread says "don't post about it here" or "don't tell
the others": the secrecy that makes a move alarming from someone of unknown age (signals.critical).
The look-alikes came from adults' groups and friends' chats: a photographer describing his camera
strap so a new member can find him, "what are you wearing, is it fancy?" before a dinner, "what are
u wearing to the disco", a father asking to bring his daughter to a car meet. The lines are our own,
written for this test; the look-alikes live here rather than in the packs, because every pack
counterexample is also a benign exemplar of the semantic layer (test_batch11_classes.py says why).
"""

from __future__ import annotations

from tests.rules.rule_classes import class_tests

RISKY = [
    ("en.secrecy.keep_it_off_the_room", "dm me later and dont post about it here ok"),
    ("en.secrecy.keep_it_off_the_room", "i'll open a private thread, don't tell the other kids"),
    ("en.secrecy.keep_it_off_the_room", "keep it out of the group chat, its just for us"),
    ("es.secrecy.fuera_del_grupo", "no le cuentes nada a los otros, hablamos por privado"),
    ("pt.secrecy.fora_do_grupo", "não fala nada no grupo, depois te chamo no pv"),
    ("de.secrecy.nicht_in_der_gruppe", "erzähl den anderen nichts, ich schreib dir privat"),
    ("fr.secrecy.pas_devant_le_groupe", "ne dis rien aux autres, je t'écris en privé"),
    ("it.secrecy.fuori_dal_gruppo", "non dire niente agli altri, ti scrivo in privato"),
    ("nl.secrecy.niet_in_de_groep", "vertel het niet tegen de anderen, ik app je wel"),
    ("pl.secrecy.nie_przy_grupie", "nie mów reszcie, napiszę do ciebie na priv"),
    ("ru.secrecy.ne_v_gruppe", "не говори остальным, я тебе в личку напишу"),
    ("en.meeting.meet_up", "meet me there on saturday, I'll have the cards"),
    ("es.meeting.salida_o_vuelta_en_coche", "te espero a la salida del insti y damos una vuelta en mi coche"),
    ("pt.meeting.pessoalmente", "posso te levar pra casa depois do treino"),
    ("en.sexual_talk.clothes", "what are u wearing right now"),
    ("en.platform_move.app_by_look_or_handle", "we can talk on the one with the white phone icon"),
]

LOOKALIKES = [
    ("en.secrecy.keep_it_off_the_room", "don't tell the others, the cake is a surprise for Leah"),
    ("en.secrecy.keep_it_off_the_room", "pls don't post that here, wrong channel, use #memes"),
    ("en.secrecy.keep_it_off_the_room", "don't post your address in here, anyone can read it"),
    ("es.secrecy.fuera_del_grupo", "no lo pongas en el grupo, que es una sorpresa para la profe"),
    ("de.secrecy.nicht_in_der_gruppe", "schreib das nicht in die gruppe, ist eine überraschung für oma"),
    ("fr.secrecy.pas_devant_le_groupe", "ne poste pas ton numéro dans le salon, c'est la règle"),
    ("ru.secrecy.ne_v_gruppe", "не пиши в чате спойлеры к новой серии"),
    ("en.meeting.meet_up", "meet me there in game, I'm by the portal"),
    ("es.meeting.salida_o_vuelta_en_coche", "mamá dice que te espera a la salida del cole"),
    ("pt.meeting.pessoalmente", "vou sim, posso levar a minha filha? ela adora carros"),
    ("pt.meeting.pessoalmente", "vou pegar o carro e levar o bolo"),
    ("en.sexual_talk.clothes", "what are you wearing to the disco on friday?"),
    ("en.sexual_talk.sleep_bed_clothes", "what are you wearing, is it fancy? don't want to show up in trainers"),
    ("en.platform_move.app_by_look_or_handle", "i'll be the one with the red camera bag by the gate"),
    ("en.platform_move.app_by_look_or_handle", "look for the one with the blue bird sticker on the bike"),
]


test_the_rule_reads_its_class, test_the_rule_leaves_its_look_alike_alone, test_every_rule_named_here_is_loaded = (
    class_tests(RISKY, LOOKALIKES))
