# ruff: noqa: E501  (dialogue lines are data; wrapping them would change the messages)
"""Benign conversations in Spanish, Portuguese, German, French and Russian.

The rule packs exist per language, so each language needs its own look-alikes: the same
snap swaps, family "are you home alone" messages, safety posts and game trades, written the way
native speakers of that age would write them rather than translated word for word.
"""

from __future__ import annotations

from eval.benign.spec import P, Spec

TEEN = ("13-15",)
ADULT = ("18+",)
MOD = ("Moderator", "18+")

CONVERSATIONS: list[Spec] = [
    # ---------------------------------------------------------------- Spanish
    Spec(
        "benign-es-001", "discord", "group", "IES Miguel Hernández 2ºESO", "general",
        [
            P("lucia", "lucía", TEEN, joined=420, acct=800),
            P("pablo", "pablo_rm", TEEN, joined=415, acct=700),
            P("irene", "irene", TEEN, joined=400, acct=650),
        ],
        """
        0 lucia: mañana hay examen de mates o era el jueves??
        1 pablo: el jueves tranqui
        2 irene: menos mal jajaja
        3 lucia: oye pablo pásame tu snap que el grupo de clase está muerto
        4 pablo: pablo.rm09, agrégame
        5 irene: y el mío es irenee_22 por si acaso
        6 lucia: hecho, os creo un grupo para el trabajo de sociales
        7 pablo: vale, nos vemos en el recreo
        """,
        ["peer snapchat swap", "classmates"],
        "Compañeros de 2º de ESO, miembros desde hace más de un año, pasándose el snap para un trabajo.",
        language="es", start="2026-03-03T19:00:00+00:00",
    ),
    Spec(
        "benign-es-002", "telegram", "group", "Familia García 🏡", "family",
        [
            P("mama", "Mamá", joined=800),
            P("papa", "Papá", joined=800),
            P("dani", "Dani", joined=500),
        ],
        """
        0 mama: Dani, ¿estás solo en casa? Yo salgo tarde del hospital
        2 dani: sí, acabo de llegar del insti
        2.5 mama: La cena está en la nevera, caliéntala 2 minutos. No abras la puerta a nadie
        3 papa: Llego a las 8. ¿Has hecho los deberes?
        4 dani: casi, me falta inglés
        5 papa: Pues primero inglés y luego la play 😉
        6 dani: vaaale
        7 mama: Te quiero ❤️
        """,
        ["estás solo en casa", "parent to child", "family group"],
        "Padres que comprueban que su hijo ha llegado a casa.",
        language="es", start="2026-03-05T16:00:00+00:00",
    ),
    Spec(
        "benign-es-003", "telegram", "group", "Alevín B – CD Parque Norte", "padres",
        [
            P("entr", "Entrenador Raúl", joined=500),
            P("madre", "Carmen (mamá de Hugo)", joined=450),
            P("padre", "Jorge (papá de Leo)", joined=440),
        ],
        """
        0 entr: Buenas! El sábado entrenamiento extra, quedamos en el parque del Retiro a las 10, junto a la fuente
        1 madre: ¿Pueden venir los hermanos a mirar?
        2 entr: Claro, familias bienvenidas
        3 padre: Yo puedo recoger a Hugo si os viene bien, paso por vuestra calle
        4 madre: ¡Genial Jorge, gracias! A las 9:30 en el portal
        5 entr: Traed agua y espinilleras. Después haremos la foto del equipo para la revista del club
        6 padre: 👍
        """,
        ["quedamos en el parque", "recoger a un niño", "foto del equipo", "coach and parents"],
        "Entrenador y padres de un equipo infantil organizando un entrenamiento.",
        language="es", start="2026-04-09T18:00:00+00:00",
    ),
    # ---------------------------------------------------------------- Portuguese
    Spec(
        "benign-pt-001", "discord", "group", "Brookhaven BR Trocas", "trocas",
        [
            P("gabi", "gabi", TEEN, joined=300, acct=600),
            P("enzo", "enzo_gamer", TEEN, joined=280, acct=550),
        ],
        """
        0 enzo: alguem tem a skin do dragão de gelo?
        1 gabi: eu tenho, quanto vc paga
        2 enzo: te dou 500 robux por essa skin
        3 gabi: 600 e é sua
        4 enzo: 550 e eu te dou o pet de brinde
        5 gabi: fechado, mas pelo bot de troca do servidor
        6 enzo: claro, manda o pedido no jogo, meu nick é enzo_gamer13
        7 gabi: mandei
        8 enzo: aceito! vlw
        """,
        ["game currency trade", "robux offer", "in-game username shared"],
        "Dois jogadores da mesma idade negociando uma skin no canal de trocas.",
        language="pt", start="2026-02-28T15:00:00+00:00",
    ),
    Spec(
        "benign-pt-002", "telegram", "private_thread", "Festa surpresa da mãe 🎂", "família",
        [
            P("pai", "Pai", joined=10),
            P("bia", "Bia", joined=10),
            P("caio", "Caio", joined=10),
        ],
        """
        0 pai: Pessoal, não conta pra mãe da festa surpresa!
        0.5 bia: kkkk claro que não
        1 caio: quando vai ser?
        1.5 pai: Domingo na casa da vó. Eu levo ela dizendo que é só um almoço
        2 bia: vou fazer um vídeo com fotos antigas, me manda fotos da mãe quando era jovem
        3 pai: Mando hoje à noite
        4 caio: segredo absoluto 🤐
        5 bia: apaga esse grupo depois pra ela não ver kkk
        """,
        ["surprise-party secret", "não conta", "apaga esse grupo", "me manda fotos"],
        "Família planejando uma festa surpresa.",
        language="pt", start="2026-05-01T21:00:00+00:00",
    ),
    Spec(
        "benign-pt-003", "telegram", "group", "Galera Gamer Teen 🎮 (13-17)", "avisos",
        [
            P("mod", "Moderação (Rafa)", joined=900),
            P("lu", "Lu", joined=100),
            P("theo", "Théo", joined=300),
        ],
        """
        0 mod: 📌 Lembrete de segurança pra todo mundo:
        0.5 mod: nunca compartilhe seu endereço, escola ou telefone aqui ou no privado
        1 mod: não mande fotos pra desconhecidos, mesmo que ofereçam robux ou gift card
        1.5 mod: se alguém pedir pra você guardar segredo ou ir pro whatsapp, fala com a moderação
        2 mod: pode me chamar no privado se alguém te incomodar, você nunca vai estar encrencado
        4 lu: e se for alguém que eu conheço da escola?
        5 mod: se você conhece pessoalmente tudo bem. na dúvida, pergunta pra gente ou pra um adulto
        6 theo: valeu rafa
        """,
        ["moderator safety advice", "me chama no privado", "quotes of risky phrases"],
        "Aviso de segurança do moderador num grupo de adolescentes.",
        language="pt", start="2026-01-10T12:00:00+00:00",
    ),
    # ---------------------------------------------------------------- German
    Spec(
        "benign-de-001", "discord", "group", "Klasse 8b Gymnasium Nord", "hausaufgaben",
        [
            P("jonas", "jonas", TEEN, joined=390, acct=700),
            P("lea", "lea.m", TEEN, joined=385, acct=650),
            P("tim", "timo", TEEN, joined=380, acct=600),
        ],
        """
        0 jonas: hat jemand die mathe hausaufgaben? aufgabe 3 versteh ich nicht
        1 lea: schick mal ein foto von dem arbeitsblatt, ich hab ein anderes
        2 jonas: [bild]
        3 lea: ah das ist das von frau becker, das hatten wir letzte woche
        4 tim: du musst erst die klammer auflösen
        5 jonas: ahhh danke
        6 lea: treffen wir uns morgen vor der ersten stunde in der bib?
        7 tim: jo 7:40
        """,
        ["schick mal ein foto", "treffen", "classmates"],
        "Klassenkameraden helfen sich bei den Hausaufgaben.",
        language="de", start="2026-03-10T17:30:00+00:00",
    ),
    Spec(
        "benign-de-002", "telegram", "group", "Brettspiel-Stammtisch Köln (Ü30)", "treffen",
        [
            P("uwe", "Uwe", joined=600),
            P("anja", "Anja", joined=500),
            P("mehmet", "Mehmet", joined=300),
        ],
        """
        0 uwe: Wer kommt zur Spielemesse nach Essen? Lasst uns auf der Messe treffen!
        1 anja: Bin Samstag da. Halle 3 am Eingang um 11?
        2 mehmet: Passt. Adde mich auf WhatsApp, dann finden wir uns leichter: 0151 2345 6789
        3 uwe: Hab dich hinzugefügt
        4 anja: Was zieht ihr an, damit wir uns erkennen? 😄
        5 uwe: Ich trage das grüne Carcassonne-Shirt, wie jedes Jahr
        6 mehmet: Ich bring Kekse mit
        """,
        ["lass uns treffen", "adde mich auf whatsapp", "was ziehst du an", "adults"],
        "Erwachsene Brettspieler verabreden sich auf einer Messe.",
        language="de", start="2026-10-01T19:00:00+00:00",
    ),
    Spec(
        "benign-de-003", "telegram", "group", "Hundefreunde Freiburg 🐕", "gassi",
        [
            P("kerstin", "Kerstin", joined=400),
            P("paul", "Paul", joined=350),
            P("mila", "Mila", joined=200),
        ],
        """
        0 mila: Wir haben seit gestern einen Welpen!
        1 paul: Wie schön! Schick mal ein Bild von deinem Hund
        2 mila: [Foto] Das ist Bruno, 10 Wochen
        3 kerstin: Zuckersüß 😍 Kommt doch Sonntag zum Welpentreffen an den Dreisamwiesen
        4 mila: Gern, um wie viel Uhr?
        5 kerstin: 10 Uhr am Spielplatz, bring Leckerlis mit
        6 paul: Wir sind auch da
        """,
        ["schick ein bild", "pet photo request", "meeting at the park", "adults"],
        "Hundebesitzer verabreden ein Welpentreffen.",
        language="de", start="2026-04-05T09:00:00+00:00",
    ),
    # ---------------------------------------------------------------- French
    Spec(
        "benign-fr-001", "discord", "group", "4ème B – Collège Jean Moulin", "discussion",
        [
            P("ines", "inès", TEEN, joined=380, acct=700),
            P("lola", "lola", TEEN, joined=370, acct=650),
            P("noah", "noah", TEEN, joined=360, acct=500),
        ],
        """
        0 ines: vous mettez quoi pour la boum vendredi ??
        1 lola: ma robe bleue je crois, ou le jean noir
        2 noah: moi le même sweat que d'hab mdr
        3 ines: envoie une photo des deux tenues lola jte dis
        4 lola: [photo] [photo]
        5 ines: la robe bleue 100%
        6 noah: on se retrouve devant le collège à 19h ? ma mère peut ramener 3 personnes après
        7 lola: trop bien, je demande à mes parents
        """,
        ["tu portes quoi", "envoie une photo", "meeting among classmates"],
        "Camarades de classe qui préparent la boum du collège.",
        language="fr", start="2026-04-01T18:30:00+00:00",
    ),
    Spec(
        "benign-fr-002", "telegram", "group", "Famille Martin", "famille",
        [
            P("maman", "Maman", joined=900),
            P("papa", "Papa", joined=900),
            P("lucas", "Lucas", joined=600),
        ],
        """
        0 maman: Lucas tu es seul à la maison ? Je finis tard ce soir
        2 lucas: oui je viens de rentrer
        2.5 maman: Le dîner est au frigo, 3 minutes au micro-ondes. Ferme bien la porte
        3 papa: Je rentre vers 19h30. Devoirs d'abord 😉
        4 lucas: ok. je peux aller chez Hugo demain après les cours ?
        5 maman: Si sa maman est d'accord, oui. Je l'appelle ce soir
        6 lucas: merci ❤️
        """,
        ["tu es seul à la maison", "parent to child", "family group"],
        "Parents qui vérifient que leur fils est rentré.",
        language="fr", start="2026-03-05T16:30:00+00:00",
    ),
    Spec(
        "benign-fr-003", "discord", "group", "Les Petits Gamers (13-17)", "annonces",
        [
            P("mod", "Camille (modo)", MOD, joined=800, acct=2300),
            P("enzo", "enzo", TEEN, joined=150, acct=400),
            P("jade", "jade", ("16-17",), joined=300, acct=700),
        ],
        """
        0 mod: 📌 Petit rappel de sécurité pour tout le monde :
        0.5 mod: ne partagez jamais votre adresse, votre école ou votre numéro, ni ici ni en MP
        1 mod: n'envoyez pas de photos à des inconnus, même contre des robux ou du nitro gratuit
        1.5 mod: si quelqu'un vous demande de garder un secret ou d'aller sur snap, c'est un signal d'alerte
        2 mod: écrivez-moi en MP si quelqu'un vous embête, vous n'aurez jamais de problème
        4 enzo: même si c'est quelqu'un du serveur ?
        5 mod>4: oui, même du serveur. on préfère vérifier 10 fois pour rien
        6 jade: merci camille 👍
        """,
        ["moderator safety advice", "écris-moi en MP", "quotes of risky phrases"],
        "Message de sécurité d'une modératrice dans un serveur d'ados.",
        language="fr", start="2026-01-12T17:00:00+00:00",
    ),
    # ---------------------------------------------------------------- Russian
    Spec(
        "benign-ru-001", "telegram", "group", "7 «А» класс 📚", "класс",
        [
            P("masha", "Маша", joined=400),
            P("dima", "Дима", joined=400),
            P("katya", "Катя", joined=390),
        ],
        """
        0 dima: кто сделал алгебру? скиньте фото домашки, я номер 245 не понимаю
        1 masha: [фото] только не списывай всё, перепиши своими словами
        2 katya: там надо скобки раскрыть сначала
        3 dima: а, понял, спасибо
        4 masha: завтра встречаемся у школы в 8:20? надо плакат доделать
        5 katya: давай, я принесу маркеры
        6 dima: я тоже приду
        """,
        ["скинь фото", "встречаемся у школы", "classmates"],
        "Одноклассники помогают друг другу с домашкой.",
        language="ru", start="2026-03-11T15:30:00+00:00",
    ),
    Spec(
        "benign-ru-002", "telegram", "group", "Семья Ивановых", "семья",
        [
            P("mama", "Мама", joined=800),
            P("papa", "Папа", joined=800),
            P("sasha", "Саша", joined=600),
        ],
        """
        0 mama: Саша, ты дома один? Я задерживаюсь на работе
        2 sasha: да, только пришёл
        2.5 mama: Ужин в холодильнике, разогрей. Дверь никому не открывай
        3 papa: Буду в 8. Уроки сделал?
        4 sasha: почти
        5 papa: Сначала уроки, потом приставка
        6 sasha: ладно 🙄
        7 mama: Только бабушке не говори, что мы ей готовим сюрприз на юбилей, она может позвонить
        8 sasha: не скажу
        """,
        ["ты дома один", "не говори бабушке", "parent to child", "surprise secret"],
        "Родители проверяют, что сын дома, и просят сохранить сюрприз для бабушки.",
        language="ru", start="2026-03-06T15:00:00+00:00",
    ),
    Spec(
        "benign-ru-003", "discord", "group", "Roblox Трейды RU", "трейды",
        [
            P("vanya", "ваня", TEEN, joined=300, acct=600),
            P("lesha", "лёха", TEEN, joined=290, acct=650),
        ],
        """
        0 vanya: кто продаёт скин неонового дракона?
        1 lesha: у меня есть, чё дашь
        2 vanya: дам 500 робуксов за этот скин
        3 lesha: 600 и он твой
        4 vanya: 550 + питомец в подарок
        5 lesha: го, но через бота-гаранта сервера
        6 vanya: конечно, кинул трейд в игре, ник vanya_pro2012
        7 lesha: принял, спасибо
        """,
        ["game currency trade", "robux offer", "in-game username shared"],
        "Два ровесника торгуются за скин в канале трейдов.",
        language="ru", start="2026-02-20T14:00:00+00:00",
    ),
]
