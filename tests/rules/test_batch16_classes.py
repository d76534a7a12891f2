"""Blind batch 16's classes of wording without the tactic's keyword: risky lines and look-alikes per rule.

The classes: a picture re-asked by reciprocity or as 'one from today'; the walk home alone; a gift
already bought that only needs the child's address; a pick-up at school or 'I'm in your area
Saturday'; chats whose messages vanish or a place 'too public'; threats with a deadline or an
audience but no word for the picture; who reads the child's chats; 'you'd look better without the
hoodie' and 'ever been someone's girlfriend'; a scout reached through a cousin or a photographer.
The packs keep a risky example or two per rule; the look-alikes live here rather than in the packs'
counterexamples, because every pack line is also an exemplar of the semantic layer and the benign
ones count towards its per-category thresholds (rules/semantic/index.py). Most look-alikes are the
same words in adults' or families' chat: a parent asking when you're home, an adult posting a gift
to an adult friend, a hobby group sending pictures from today's ride. All lines are our own.
"""

from __future__ import annotations

from tests.rules.rule_classes import class_tests

RISKY = [
    ('en.photo_request.one_from_today', "still havent sent me one of urself from tonight 🥺"),
    ('en.photo_request.one_from_today', "i already showed u mine, where's urs"),
    ('en.isolation.walk_home_alone', "do u always walk home on ur own after school?"),
    ('en.personal_info.gift_needs_address', "ordered u a tiny surprise, whats ur address? 😊"),
    ('en.meeting.near_you_or_school', "im gonna be around ur area sunday, could pick u up after school"),
    ('en.platform_move.vanishing_or_too_public', "this chat is kinda too public, lets talk somewhere else"),
    ('en.sextortion.deadline_or_audience', "u got 6 hours. then everything goes to ur school"),
    ('en.sexual_talk.better_without_or_someones_gf', "bet ud be cuter without the jacket"),
    ('en.modeling_lure.scout_through_someone', "my friend casts for a kids brand, she'd love ur look"),
    ('en.gift_offer.put_aside_for_you', "i kept some money aside for u, tell me what u want"),
    ('es.photo_request.una_de_hoy', "mandame una de esta noche porfa"),
    ('es.isolation.vuelves_sola', "¿regresas del colegio andando solita?"),
    ('es.isolation.alguien_lee_tus_chats', "¿alguien mira tus conversaciones?"),
    ('es.sextortion.plazo_o_publico', "si no me respondes, todo el colegio lo va a ver... o acaba en internet"),
    ('pt.photo_request.uma_de_hoje', "me manda uma de agr"),
    ('pt.isolation.alguem_le_tuas_conversas', "teu zap, teus pais olham?"),
    ('pt.age_probe.que_idade', "e que idade tens?"),
    ('de.photo_request.eins_von_heute', "schick mir mal eins von jetzt"),
    ('de.isolation.liest_jemand_mit', "liest jemand deine chats mit?"),
    ('de.sextortion.frist_oder_publikum', "zahl, sonst landet alles im klassenchat"),
    ('fr.isolation.rentres_seule', "tu rentres seule a la maison ?"),
    ('fr.sextortion.delai_ou_public', "sinon tout finit sur internet"),
    ('ru.photo_request.segodnyashnyuyu', "скинь свежую, пж"),
    ('ru.isolation.kto_chitaet_perepisku', "папа твою переписку смотрит?"),
    ('ru.gift_offer.zakinu_tebe', "скину тебе денег на баланс, не жалко"),
    ('it.isolation.qualcuno_legge_le_chat', "qualcuno controlla le tue chat?"),
    ('it.meeting.zona_o_uscita_di_scuola', "sabato passo dalle tue parti, ti porto a prendere un gelato"),
    ('nl.isolation.alleen_naar_huis', "fiets je meestal alleen naar school?"),
    ('nl.sextortion.termijn_of_publiek', "betaal, anders komt het in de klassenapp"),
    ('pl.isolation.ktos_czyta_wiadomosci', "czy ktoś przegląda twoje czaty?"),
    ('pl.gift_offer.moge_ci_kupic', "mogę ci kupić skina jak chcesz"),
]

LOOKALIKES = [
    ('en.photo_request.one_from_today', "can someone send one from today's ride for the club page?"),
    ('en.photo_request.one_from_today', "you never sent the recipe from today, i sent mine"),
    ('en.photo_request.one_from_today', "here's my tomatoes, i sent u mine, ur turn to show the blight"),
    ('en.isolation.walk_home_alone', "are u walking home by yourself today? text me when ur in, love mum"),
    ('en.isolation.walk_home_alone', "my son walks home alone now, he's so proud"),
    ('en.personal_info.gift_needs_address', "got you a little something for the wedding, what's your address?"),
    ('en.personal_info.gift_needs_address', "I have some seeds put aside for you, where should I post them?"),
    ('en.meeting.near_you_or_school', "I'm in your area Saturday, could pick you up for the ride at 8"),
    ('en.meeting.near_you_or_school', "I can pick you up from school at 3, your mum asked me to"),
    ('en.platform_move.vanishing_or_too_public',
     "in class we read: line 3 they want to move to an app where messages disappear"),
    ('en.platform_move.vanishing_or_too_public',
     "this channel is too public for the committee minutes, let's move them to the private drive"),
    ('en.sextortion.deadline_or_audience', "you have 24h to vote, after that the poll closes for the school"),
    ('en.sextortion.deadline_or_audience', "order by friday or the club shirts go online for everyone else"),
    ('en.sexual_talk.better_without_or_someones_gf', "you'd look better without the beard tbh"),
    ('en.sexual_talk.better_without_or_someones_gf', "my sister has never been anyone's girlfriend lol"),
    ('en.modeling_lure.scout_through_someone', "my cousin scouts for a kids football academy, ask your coach"),
    ('en.gift_offer.put_aside_for_you', "i put some money aside for the rent this month"),
    ('en.gift_offer.get_it_for_you', "the battle pass is out, i can get it for my brother"),
    ('es.photo_request.una_de_hoy', "pasame una de hoy de la receta que hiciste"),
    ('es.isolation.vuelves_sola', "¿vuelves sola a casa hoy? avísame cuando llegues, mamá"),
    ('es.personal_info.regalo_y_direccion', "te compré algo para la boda, ¿cuál es tu dirección?"),
    ('es.meeting.cerca_o_salida_del_cole', "paso cerca de tu casa el sábado, te dejo los esquejes"),
    ('es.sextortion.plazo_o_publico', "tienes 24 horas para votar, después se publica la encuesta para todo el mundo"),
    ('es.isolation.alguien_lee_tus_chats', "mis padres leen mis chats y me da igual"),
    ('pt.photo_request.uma_de_hoje', "manda uma de hoje do bolo, ficou lindo"),
    ('pt.isolation.volta_sozinha', "vc volta sozinha pra casa hoje? me avisa quando chegar, mae"),
    ('pt.personal_info.presente_e_endereco', "comprei um presente pro casamento, qual o seu endereço?"),
    ('pt.age_probe.que_idade', "que idade tem o teu cachorro?"),
    ('de.photo_request.eins_von_heute', "schick mal eins von heute vom ausflug in die gruppe"),
    ('de.isolation.allein_heim', "gehst du heute allein nach hause? schreib mir wenn du da bist"),
    ('de.personal_info.geschenk_und_adresse', "ich hab dir was zur hochzeit besorgt, wohin soll ich es schicken?"),
    ('de.meeting.gegend_oder_schule', "bin samstag in deiner gegend, können wir uns zum kaffee treffen?"),
    ('de.sextortion.frist_oder_publikum', "du hast 2 stunden, dann ist die anmeldung für die schule zu"),
    ('fr.photo_request.une_d_aujourd_hui', "t'as rien envoye de toi depuis des semaines, ca va ?"),
    ('fr.isolation.rentres_seule', "tu rentres seule a la maison ce soir ? previens-moi, maman"),
    ('fr.personal_info.cadeau_et_adresse', "je t'ai acheté un cadeau pour le mariage, c'est quoi ton adresse ?"),
    ('fr.platform_move.ephemere_ou_trop_public', "ici c'est trop public pour les notifs, on continue sur le forum"),
    ('ru.photo_request.segodnyashnyuyu', "скинь сегодняшнюю домашку, пж"),
    ('ru.isolation.odna_domoi', "ты сегодня одна домой идешь? напиши когда придешь, мама"),
    ('ru.personal_info.podarok_i_adres', "я тебе подарок на свадьбу купил, куда отправить? через озон"),
    ('it.photo_request.una_di_adesso', "mandami una di adesso della ricetta, grazie"),
    ('it.isolation.torni_da_sola', "torni a casa da sola oggi? avvisami, mamma"),
    ('it.personal_info.regalo_e_indirizzo', "ti ho preso un regalo per il matrimonio, mi dai il tuo indirizzo?"),
    ('nl.photo_request.eentje_van_vandaag', "stuur eens eentje van vandaag van de fietstocht"),
    ('nl.isolation.alleen_naar_huis', "loop je vandaag alleen naar huis? app me even, mama"),
    ('nl.personal_info.cadeau_en_adres', "ik bestel die stekjes wel voor je via marktplaats, wat is je adres"),
    ('pl.photo_request.jedno_z_dzisiaj', "wyślij jakieś zadanie z dzisiaj"),
    ('pl.isolation.sama_do_domu', "wracasz dzisiaj sama do domu? napisz jak dojdziesz, mama"),
    ('pl.gift_offer.moge_ci_kupic', "mogę ci kupić skina, oddasz mi w piątek"),
]


test_the_rule_reads_its_class, test_the_rule_leaves_its_look_alike_alone, test_every_rule_named_here_is_loaded = (
    class_tests(RISKY, LOOKALIKES))
