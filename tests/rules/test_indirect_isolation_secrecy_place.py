"""Indirect isolation, secrecy and personal-info wording in all nine packs, and the family look-alikes.

The tactic is often asked without its keyword ("is it just you tonight", "save me as a girl's name",
"near the station or the other side of town"), and a parent asks the same in the same words, signed
or with a house chore. Each pair below checks both sides with the bundled packs and routing on.
(Whether a sign-off also covers a picture request is the family sign-off guards' business.)
"""

from __future__ import annotations

import pytest

from rules import load_default_engine

# The rules this file is about, by category.
NEW_RULES = {
    'isolation': {
        'en.isolation.who_is_home_indirect',
        'en.isolation.confidant_wedge',
        'es.isolation.quien_hay_en_casa',
        'pt.isolation.quem_ta_em_casa',
        'de.isolation.wer_ist_zuhause',
        'fr.isolation.qui_est_chez_toi',
        'ru.isolation.kto_doma',
        'it.isolation.chi_ce_a_casa',
        'nl.isolation.wie_is_er_thuis',
        'pl.isolation.kto_jest_w_domu',
    },
    'secrecy': {
        'en.secrecy.cover_identity',
        'es.secrecy.tapadera',
        'pt.secrecy.disfarce',
        'de.secrecy.tarnung',
        'fr.secrecy.couverture',
        'ru.secrecy.legenda_prikrytie',
        'it.secrecy.copertura_indiretta',
        'nl.secrecy.dekmantel',
        'pl.secrecy.przykrywka',
    },
    'personal_info': {
        'en.personal_info.narrowing_place',
        'es.personal_info.acotar_sitio',
        'pt.personal_info.cercar_lugar',
        'de.personal_info.ort_eingrenzen',
        'fr.personal_info.cerner_le_lieu',
        'ru.personal_info.suzit_mesto',
        'it.personal_info.restringere_il_posto',
        'nl.personal_info.plek_afbakenen',
        'pl.personal_info.zawezic_miejsce',
    },
}

RISKY = [
    ("en", "isolation", "so is it just you at home tonight?"),
    ("en", "isolation", "you can tell me the stuff you can't tell your mum"),
    ("en", "secrecy", "if anyone asks we met through your cousin's football team"),
    ("en", "secrecy", "save me in your phone as Jess from dance, so nobody asks"),
    ("en", "personal_info", "is that the school with the red gates in your pic?"),
    ("es", "isolation", "¿a qué hora vuelven tus padres hoy?"),
    ("es", "secrecy", "si tu madre ve los mensajes dile que soy una compañera"),
    ("es", "personal_info", "¿qué calle más o menos? solo para ubicarme"),
    ("pt", "isolation", "que horas teus pais chegam em casa?"),
    ("pt", "secrecy", "não precisa comentar em casa que tá falando comigo"),
    ("pt", "personal_info", "qual bairro mais ou menos? só quero saber se é perto"),
    ("de", "isolation", "wann kommen deine eltern eigentlich heim?"),
    ("de", "secrecy", "speicher mich als mia ein, vertrau mir"),
    ("de", "personal_info", "an welcher ecke wohnst du so?"),
    ("fr", "isolation", "y a qui chez toi ce soir ?"),
    ("fr", "secrecy", "enregistre-moi sous un prénom de fille, c'est plus simple"),
    ("fr", "personal_info", "dans quel club tu joues le mercredi ?"),
    ("ru", "isolation", "во сколько родители с работы приходят?"),
    ("ru", "secrecy", "не делай скринов нашего чата"),
    ("ru", "personal_info", "какая улица примерно? хотя бы район"),
    ("it", "isolation", "a che ora tornano i tuoi stasera?"),
    ("it", "secrecy", "archivia la nostra chat quando hai finito"),
    ("it", "personal_info", "che via più o meno? giusto per capire"),
    ("nl", "isolation", "slapen je ouders al?"),
    ("nl", "secrecy", "archiveer onze chat straks"),
    ("nl", "personal_info", "bij welke club speel je eigenlijk?"),
    ("pl", "isolation", "o której rodzice wracają z pracy?"),
    ("pl", "secrecy", "zarchiwizuj nasz czat, dobra?"),
    ("pl", "personal_info", "na którym osiedlu mieszkasz?"),
    ('en', 'isolation', 'got the house to yourself again?'),
    ('en', 'secrecy', 'no screenshots of this ok?'),
    ('es', 'secrecy', 'no hagas capturas de esto porfa'),
    ('es', 'isolation', '¿tienes la puerta cerrada con pestillo?'),
    ('pt', 'secrecy', 'não tira print disso tá'),
    ('pt', 'isolation', 'a porta tá trancada?'),
    ('de', 'secrecy', 'bitte keine screenshots ok'),
    ('de', 'isolation', 'ist die tür zu?'),
    ('fr', 'secrecy', 'fais pas de screens de ça'),
    ('fr', 'isolation', 'ta porte est fermée à clé ?'),
    ('ru', 'secrecy', 'не делай скринов этого'),
    ('ru', 'isolation', 'дверь у тебя закрыта?'),
    ('it', 'secrecy', 'niente screen eh'),
    ('it', 'isolation', 'hai la porta chiusa a chiave?'),
    ('nl', 'secrecy', 'geen screenshots he'),
    ('nl', 'isolation', 'zit je deur op slot?'),
    ('pl', 'secrecy', 'nie rób screenów tego'),
    ('pl', 'isolation', 'masz drzwi zamknięte na klucz?'),
    ('en', 'isolation', "who's at yours right now"),
    ('pl', 'isolation', 'kto ma dostęp do twojego telefonu?'),
    ('fr', 'secrecy', "dis que c'est un bot"),
    ('pl', 'isolation', 'twoje koleżanki nie rozumieją cię tak jak ja'),
]

FAMILY = [
    ("en", "are you home alone? lock the door, i'll be home by 6 — mum"),
    ("es", "¿estás solo en casa? no abras a nadie, llego a las 7 — papá"),
    ("pt", "tá sozinho em casa? tranca a porta, chego às 8 — mãe"),
    ("de", "bist du allein zuhause? mach keinem auf, bin um 7 da – papa"),
    ("fr", "t'es seul ? n'ouvre à personne, je rentre vers 19h — maman"),
    ("ru", "ты один дома? никому не открывай, буду в 7 — мама"),
    ("it", "sei solo a casa? non aprire a nessuno, torno alle 7 — papà"),
    ("nl", "ben je alleen thuis? doe de deur op slot, ben om 7 thuis — mama"),
    ("pl", "jesteś sam w domu? nie otwieraj nikomu, będę o 7 — tata"),
]

# The same words in an ordinary context. Kept here rather than as rule counterexamples: as semantic
# exemplars these near twins of the risky lines raised the layer's thresholds (rules/semantic/README.md).
ORDINARY = [
    ('en', 'isolation', 'is it just you coming tonight or is sam joining too? booking the table'),
    ('en', 'isolation', "who's at yours tonight for the watch party? how many of you"),
    ('en', 'isolation', 'can your mum hear us on vc? sorry for shouting'),
    ('en', 'isolation', 'what time does everyone get back? my mum wants to drop the cake round'),
    ('en', 'isolation', 'got the house to yourself? mine is always full lol'),
    ('en', 'isolation', "you can tell me anything, even things you can't tell your dad. love you, mum"),
    ('en', 'isolation', 'my parents never appreciate me either lol'),
    ('en', 'isolation', "i won't go running to the teacher about the copied homework, chill"),
    ('en', 'secrecy', 'if anyone asks, the event starts at 5'),
    ('en', 'secrecy', 'save my number as coach dan, the new one'),
    ('en', 'secrecy', "don't mention the surprise party at home, mum will guess"),
    ('en', 'secrecy', 'no screenshots of the test answers pls'),
    ('en', 'secrecy', 'lock your banking app with a password'),
    ('en', 'secrecy', 'if anyone asks we met at the climbing gym, not on tinder lol'),
    ('en', 'personal_info', 'are you near the station or the other side of town? for the sofa pick up'),
    ('en', 'personal_info', 'which park do you guys play at? asking for the team sheet'),
    ('en', 'personal_info', "which school does your son go to? we're moving"),
    ('en', 'personal_info', 'which side of town are you on in the game map'),
    ('es', 'isolation', '¿quién está en tu casa para la cena? así calculo la comida'),
    ('es', 'isolation', 'mis padres tampoco me entienden jaja'),
    ('es', 'isolation', '¿a qué hora vuelven tus padres? para la reserva del restaurante'),
    ('es', 'secrecy', 'no hagas capturas del examen que nos pillan'),
    ('es', 'secrecy', 'si alguien pregunta, la fiesta sorpresa es a las 8'),
    ('es', 'secrecy', 'guárdame como Laura la de inglés, cambié de número'),
    ('es', 'personal_info', '¿en qué colegio está tu hija? nos mudamos'),
    ('es', 'personal_info', '¿qué calle más o menos? para el reparto del sofá'),
    ('es', 'personal_info', '¿a qué parque vas en el mapa del juego?'),
    ('pt', 'isolation', 'quem tá na tua casa pro jantar? pra eu calcular a comida'),
    ('pt', 'isolation', 'meus pais também não me entendem kkk'),
    ('pt', 'isolation', 'que horas seus pais chegam? é pra reserva do jantar'),
    ('pt', 'secrecy', 'não tira print da prova senão a gente se ferra'),
    ('pt', 'secrecy', 'se alguém perguntar, a festa surpresa é às 8'),
    ('pt', 'secrecy', 'salva meu número novo como Ju da natação, troquei de chip'),
    ('pt', 'personal_info', 'em que escola seu filho estuda? vamos mudar'),
    ('pt', 'personal_info', 'qual rua mais ou menos? é pra entrega do sofá'),
    ('de', 'isolation', 'wer ist heute bei dir zum abendessen? dann kauf ich genug ein'),
    ('de', 'isolation', 'meine eltern sind auch nie da lol'),
    ('de', 'isolation', 'wann kommen deine eltern? wegen der reservierung'),
    ('de', 'secrecy', 'keine screenshots vom test bitte'),
    ('de', 'secrecy', 'wenn jemand fragt, die überraschungsparty ist um 8'),
    ('de', 'secrecy', 'speicher mich als jonas ein, neue nummer'),
    ('de', 'personal_info', 'welche straße ungefähr? wegen der lieferung vom sofa'),
    ('de', 'personal_info', 'auf welche schule geht dein sohn? wir ziehen um'),
    ('fr', 'isolation', 'qui est chez toi pour le dîner ? je prévois à manger'),
    ('fr', 'isolation', 'mes parents non plus me comprennent pas mdr'),
    ('fr', 'isolation', 'tes parents rentrent à quelle heure ? viens manger chez nous'),
    ('fr', 'secrecy', 'fais pas de screens du contrôle stp'),
    ('fr', 'secrecy', "si quelqu'un demande, la fête surprise c'est à 20h"),
    ('fr', 'secrecy', "enregistre mon numéro sous Léa, j'ai changé de puce"),
    ('fr', 'personal_info', "quelle rue à peu près ? c'est pour la livraison du canapé"),
    ('fr', 'personal_info', 'dans quel collège va votre fille ? on déménage'),
    ('ru', 'isolation', 'кто у тебя дома на ужин? чтобы я купила торт'),
    ('ru', 'isolation', 'мои родители тоже поздно приходят'),
    ('ru', 'isolation', 'во сколько родители вернутся? пиццу заказать на всех'),
    ('ru', 'secrecy', 'не делай скринов контрольной, спалимся'),
    ('ru', 'secrecy', 'если кто-то спросит, сюрприз в 8'),
    ('ru', 'secrecy', 'запиши мой номер как Саша, у меня новая симка'),
    ('ru', 'personal_info', 'какая улица примерно? для доставки дивана'),
    ('ru', 'personal_info', 'в какой школе учится ваша дочь? мы переезжаем'),
    ('it', 'isolation', "chi c'è a casa tua per cena? così compro da mangiare"),
    ('it', 'isolation', 'i miei sono fuori anche stasera lol'),
    ('it', 'secrecy', 'niente screen della verifica mi raccomando'),
    ('it', 'secrecy', 'se qualcuno chiede, la festa a sorpresa è alle 8'),
    ('it', 'personal_info', 'che via più o meno? per la consegna del divano'),
    ('it', 'personal_info', 'in che palestra va tuo figlio? cerchiamo un corso'),
    ('nl', 'isolation', 'slapen je ouders al? mijn ouders slapen ook, dus zacht praten in de game'),
    ('nl', 'isolation', 'hoe laat komen je ouders? voor het avondeten'),
    ('nl', 'secrecy', 'geen screenshots van de toets posten'),
    ('nl', 'secrecy', 'als iemand vraagt, het verrassingsfeest is om 8 uur'),
    ('nl', 'personal_info', 'welke straat ongeveer? voor de bezorging van de bank'),
    ('nl', 'personal_info', 'op welke school zit je dochter? we verhuizen'),
    ('pl', 'isolation', 'kto jest u ciebie na kolację? kupię tort'),
    ('pl', 'isolation', 'moi rodzice też wracają późno'),
    ('pl', 'secrecy', 'nie rób screenów sprawdzianu'),
    ('pl', 'secrecy', 'jak ktoś zapyta, impreza niespodzianka jest o 8'),
    ('pl', 'personal_info', 'jaka ulica mniej więcej? do dostawy kanapy'),
    ('pl', 'personal_info', 'do której szkoły chodzi pani córka? przeprowadzamy się'),
]


@pytest.mark.parametrize(("lang", "category", "text"), ORDINARY)
def test_the_same_words_in_an_ordinary_context_do_not_wake_the_new_rules(  # type: ignore[no-untyped-def]
        engine, lang: str, category: str, text: str) -> None:
    det = engine.analyze(text)
    woke = NEW_RULES[category] & set(det.rules + [h.rule_id for h in det.suppressed])
    assert not woke, (lang, text, woke)


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    return load_default_engine()


@pytest.mark.parametrize(("lang", "category", "text"), RISKY)
def test_indirect_wording_is_read_as_its_tactic(engine, lang: str, category: str, text: str) -> None:  # type: ignore[no-untyped-def]
    det = engine.analyze(text)
    assert category in det.categories, (lang, text, det.rules)


@pytest.mark.parametrize(("lang", "text"), FAMILY)
def test_a_parents_own_note_in_the_same_words_is_not_flagged(engine, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    det = engine.analyze(text)
    assert not {"isolation", "personal_info"} & set(det.categories), (lang, text, det.rules)
