"""Blind batch 11's classes of indirect wording: lines each new rule must read, and look-alikes it must leave alone.

The rules (a push from text to a voice call, 'what we have is special, others needn't know', 'would be
a shame if this ended up in your class group', who else is home, show how you look today, don't tell
your parents about me) keep most of their risky examples in the packs. Their look-alikes, and the risky
lines that sit next to ordinary chat in meaning ('i just wanna hear ur voice'), live here rather than
in the packs: every pack example and counterexample is also an exemplar of the semantic layer. Each
benign one counts towards the share of benign exemplars a threshold may flag, and a risky one near
ordinary chat raises its category's threshold (rules/semantic/index.py, choose_thresholds). The lines
are our own, written for this test, in the nine pack languages.
"""

from __future__ import annotations

from tests.rules.rule_classes import class_tests

RISKY = [
    ('de.platform_move.stimme_hoeren', 'ich will einfach mal deine stimme hören'),
    ('en.platform_move.hear_your_voice', 'i just wanna hear ur voice for a sec'),
    ('en.platform_move.hear_your_voice', 'lemme hear your laugh 🥺'),
    ('en.platform_move.hear_your_voice', 'wanna hear my voice? ill call when ur free'),
    ('en.sextortion.shame_if_it_got_out', "ur dad's on insta right? shame if he saw what u sent"),
    ('es.platform_move.oir_tu_voz', 'quiero oír tu voz aunque sea un ratito'),
    ('fr.platform_move.entendre_ta_voix', "j'ai trop envie d'entendre ta voix"),
    ('it.platform_move.sentire_la_voce', 'voglio sentire la tua voce stasera'),
    ('nl.platform_move.je_stem_horen', 'ik wil gewoon je stem horen'),
    ('pl.platform_move.uslyszec_glos', 'chcę usłyszeć twój głos chociaż chwilę'),
    ('pl.secrecy.wyjatkowe_inni_nie_musza', 'to co mamy jest wyjątkowe, ludzie by nie zrozumieli'),
    ('pl.isolation.kto_teraz_w_domu', 'kto jeszcze jest w domu u ciebie'),
    ('pt.platform_move.ouvir_sua_voz', 'queria tanto ouvir sua voz'),
    ('ru.platform_move.uslyshat_golos', 'так хочу услышать твой голос'),
    ('en.isolation.who_else_home', 'who else is home at yours right now'),
    ('pl.isolation.kto_teraz_w_domu', 'kto tam jeszcze jest u ciebie w domu teraz'),
    ('nl.isolation.wie_nu_thuis', 'wie is er op dit moment nog thuis bij je'),
]

LOOKALIKES = [
    ('de.platform_move.stimme_hoeren', 'mach dein mikro an, man hört deine stimme nicht'),
    ('de.platform_move.stimme_hoeren', 'tippen ist langsam auf dem handy lol'),
    ('de.secrecy.besonders_andere_verstehens_nicht',
     'die überraschung ist was besonderes, die anderen dürfen es noch nicht wissen'),
    ('de.sextortion.waere_schade_wenn', 'wäre schade wenn es am wandertag regnet'),
    ('de.sextortion.waere_schade_wenn', 'wär schade wenn du das konzert verpasst'),
    ('de.photo_request.zeig_wie_du_aussiehst', 'ich zeig dir später, wie du den level schaffst'),
    ('de.secrecy.eltern_nix_von_mir', 'erzähl deiner mama nix von der überraschung'),
    ('en.platform_move.hear_your_voice', 'bro unmute ur mic, we cant hear u'),
    ('en.platform_move.hear_your_voice', 'can i hear you now? the mic was muted'),
    ('en.platform_move.hear_your_voice', 'your pronunciation is great, can i hear you read it again'),
    ('en.secrecy.special_others_dont_get',
     'the special edition is different, people wouldnt know unless they read the box'),
    ('en.secrecy.special_others_dont_get', 'the surprise is special, the others dont need to know yet'),
    ('en.sextortion.shame_if_it_got_out', 'shame if the match ended early lol'),
    ('en.sextortion.shame_if_it_got_out', 'what a shame the school trip got cancelled'),
    ('en.sextortion.shame_if_it_got_out', 'shame if it rains on the class picnic'),
    ('en.isolation.who_else_home', "who's home at urs? can i come over after school, mum says yes"),
    ('en.isolation.who_else_home', 'who else is in the squad tonight'),
    ('es.platform_move.oir_tu_voz', 'activa el micrófono que no se oye tu voz'),
    ('es.platform_move.oir_tu_voz', 'me encanta oír la voz de la cantante'),
    ('es.secrecy.especial_no_entenderian', 'la sorpresa es especial, los demás no tienen que saberlo todavía'),
    ('es.sextortion.seria_una_pena', 'sería una pena que lloviera en la excursión de la clase'),
    ('es.sextortion.seria_una_pena', 'qué pena que se acabara la fiesta tan pronto'),
    ('fr.platform_move.entendre_ta_voix', 'active ton micro, on entend pas ta voix'),
    ('fr.platform_move.entendre_ta_voix', "écrire c'est long, je finis ma dissert demain"),
    ('fr.secrecy.special_les_autres', 'la surprise est spéciale, les autres doivent pas savoir avant samedi'),
    ('fr.sextortion.ce_serait_dommage', "ce serait dommage qu'il pleuve pour la sortie de classe"),
    ('fr.sextortion.ce_serait_dommage', 'ce serait bête que tu rates le bus du collège'),
    ('fr.secrecy.parle_pas_de_moi', 'parle pas de la surprise à ta mère'),
    ('it.platform_move.sentire_la_voce', 'accendi il microfono, non si sente la tua voce'),
    ('it.platform_move.sentire_la_voce', 'adoro ascoltare la voce di quella cantante'),
    ('it.secrecy.speciale_gli_altri', 'la sorpresa è speciale, gli altri non devono saperlo prima di sabato'),
    ('it.sextortion.sarebbe_un_peccato', 'sarebbe un peccato se piovesse alla gita di classe'),
    ('it.sextortion.sarebbe_un_peccato', 'che peccato se finisse il campionato senza la tua squadra'),
    ('nl.platform_move.je_stem_horen', 'zet je microfoon aan, ik kan je stem niet horen'),
    ('nl.platform_move.je_stem_horen', 'typen duurt lang op deze telefoon'),
    ('nl.secrecy.speciaal_anderen', 'de verrassing is speciaal, anderen hoeven het nog niet te weten'),
    ('nl.sextortion.zou_zonde_zijn', 'zou zonde zijn als het regent op het klassenuitje'),
    ('nl.sextortion.zou_zonde_zijn', 'jammer als je de schoolmusical mist'),
    ('nl.isolation.wie_nu_thuis', 'wie is er thuis bij jou? mag ik komen na school, mijn mama zegt ja'),
    ('nl.isolation.wie_nu_thuis', 'is er iemand thuis voor het pakketje?'),
    ('nl.photo_request.laat_zien_hoe_je_eruitziet', 'laat eens zien hoe je die puzzel hebt opgelost'),
    ('nl.secrecy.ouders_niks_over_mij', 'vertel je moeder niks over de verrassing voor haar verjaardag'),
    ('pl.platform_move.uslyszec_glos', 'włącz mikrofon, nie słychać twój głos'),
    ('pl.platform_move.uslyszec_glos', 'pisanie wypracowania trwa wieki'),
    ('pl.secrecy.wyjatkowe_inni_nie_musza', 'niespodzianka jest wyjątkowa, inni nie muszą jeszcze wiedzieć'),
    ('pl.sextortion.szkoda_by_bylo', 'szkoda by było, gdyby padało na wycieczce klasowej'),
    ('pl.sextortion.szkoda_by_bylo', 'szkoda gdybyś przegapiła szkolny koncert'),
    ('pl.isolation.kto_teraz_w_domu', 'kto jest w domu? moge przyjsc po szkole, moja mama mowi ze ok'),
    ('pl.isolation.kto_teraz_w_domu', 'czy ktoś jest w domu, kurier dzwoni'),
    ('pl.photo_request.pokaz_jak_wygladasz', 'pokaż jak rozwiązałeś to zadanie'),
    ('pt.platform_move.ouvir_sua_voz', 'liga o microfone que não dá pra ouvir sua voz'),
    ('pt.platform_move.ouvir_sua_voz', 'adoro ouvir a voz dessa cantora'),
    ('pt.secrecy.especial_nao_iam_entender', 'a surpresa é especial, os outros não precisam saber ainda'),
    ('pt.sextortion.seria_uma_pena', 'seria uma pena se chovesse no passeio da turma'),
    ('pt.sextortion.seria_uma_pena', 'que pena que a festa acabou cedo'),
    ('ru.platform_move.uslyshat_golos', 'включи микрофон, не слышно твой голос'),
    ('ru.platform_move.uslyshat_golos', 'люблю слушать голос этой певицы'),
    ('ru.secrecy.osobennoe_drugim_ne_nado', 'сюрприз особенный, остальным пока знать не надо'),
    ('ru.sextortion.budet_zhal_esli', 'жаль, если будет дождь на экскурсии класса'),
    ('ru.sextortion.budet_zhal_esli', 'обидно, если пропустишь школьный концерт'),
]


test_the_rule_reads_its_class, test_the_rule_leaves_its_look_alike_alone, test_every_rule_named_here_is_loaded = (
    class_tests(RISKY, LOOKALIKES))
