# ruff: noqa: E501  (dialogue lines are data; wrapping them would change the messages)
"""Held-out benign hard negatives: scored, never tuned on.

These were written after the development set, deliberately with other communities, other
wording and other situations (scouts, carpools, secret santa, esports check-ins, proposals,
exes swapping belongings...), so that a detector which merely memorised the development phrasing
shows it here. Please do not read these while adjusting rules or thresholds.
"""

from __future__ import annotations

from eval.benign.spec import P, Spec

TEEN = ("13-15",)
OLDER_TEEN = ("16-17",)
ADULT = ("18+",)
MOD = ("Moderator", "18+")
STAFF = ("Staff", "Adult")

CONVERSATIONS: list[Spec] = [
    Spec(
        "holdout-benign-01", "discord", "group", "Scouts Troop 42", "troop-news",
        [
            P("lead", "Scoutmaster Dave", ("Leader", "Staff", "Adult"), joined=900, acct=3000),
            P("finn", "finn", TEEN, joined=500, acct=600),
            P("ruby", "ruby", TEEN, joined=480, acct=550),
        ],
        """
        0 lead: Camping weekend is confirmed! Meet at the church car park at 7am Saturday, parents drop off
        1 lead: Kit list: sleeping bag, torch, warm layers. No phones needed, we'll post photos for parents in #gallery
        2 finn: can we bring our own tent
        3 lead: Only if a parent signs the tent form. Otherwise you share the troop tents
        4 ruby: who's sharing with me?? @finn your sister is coming right
        5 finn: ya she's doing her first camp
        6 lead: Mrs Osei and I will be there the whole time, plus two parent helpers
        7 ruby: cant wait
        """,
        ["meet at the car park", "photos", "leader and scouts"],
        "A scout leader organising a supervised camp; parents drop off, photos go to a public gallery.",
        start="2026-05-20T18:00:00+00:00",
    ),
    Spec(
        "holdout-benign-02", "discord", "dm", "Direct Messages", "rowan ↔ ike",
        [
            P("rowan", "rowan", acct=900),
            P("ike", "ike", acct=880),
        ],
        """
        0 rowan: my mum says you can come over saturday to finish the level
        1 ike: nice, what time
        2 rowan: like 1? bring your controller, mine has stick drift
        3 ike: whats your address again, my dad wants to put it in the gps
        4 rowan: 14 birch lane, the blue door next to the chippy
        5 ike: oh right i remember now
        6 rowan: my mum is making tacos btw
        7 ike: W, see you sat
        """,
        ["address shared between friends", "come over", "parents involved"],
        "Two 15-year-old school friends arranging a visit; parents drive and host.",
        start="2026-03-19T19:00:00+00:00",
    ),
    Spec(
        "holdout-benign-03", "telegram", "group", "Dolphins Swim Squad – carpool", "parents",
        [
            P("kate", "Kate (Maisie's mum)", joined=300),
            P("raj", "Raj (Anika's dad)", joined=280),
            P("linda", "Linda (coach)", joined=500),
        ],
        """
        0 kate: Can anyone pick Maisie up after swimming on Wednesday? I'm on a late shift
        1 kate: She'd otherwise be waiting on her own at the leisure centre till 8
        2 raj: I'll take her, Anika finishes at the same time. I'll drop her home by 7:15
        3 kate: You're a star, thank you. I'll tell her to wait by reception
        4 linda: I'll stay with the kids in reception until every parent has arrived, as always
        5 raj: 👍 grey Skoda
        """,
        ["pick up a child", "waiting on her own", "parents carpool"],
        "Parents and a swim coach sharing lifts.",
        start="2026-02-23T12:00:00+00:00",
    ),
    Spec(
        "holdout-benign-04", "discord", "thread", "Hollybrook High", "talent-show-signups",
        [
            P("sc", "Amara (Student Council)", ("Student Council", "16-17"), joined=700, acct=1000),
            P("max", "max", TEEN, joined=400, acct=500),
            P("jo", "jo", TEEN, joined=420, acct=520),
            P("tchr", "Mr Bell", ("Staff", "Teacher", "Adult"), joined=800, acct=2000),
        ],
        """
        0 sc: Talent show sign-ups are open! Reply here with your name and your act
        1 max: me and jo are doing a magic trick
        2 jo: its a good one trust
        3 sc: amazing 😂 send a short video of your act to the student council email by Friday so we can plan the order
        4 max: does it have to show our faces
        5 tchr: No, hands-only or a rehearsal run is fine. Only Mr Bell and the council see the videos
        6 jo: ok we'll film in the music room at lunch
        """,
        ["send a video", "school event", "teacher supervising"],
        "School talent show sign-ups; videos go to the council email under a teacher's supervision.",
        start="2026-03-16T12:30:00+00:00",
    ),
    Spec(
        "holdout-benign-05", "telegram", "dm", "Direct", "Cousin Jamie ↔ Theo",
        [
            P("theo", "Theo"),
            P("jamie", "Jamie (cousin)"),
        ],
        """
        0 jamie: yo little man, happy early birthday!! 13 already, I feel ancient
        1 theo: thanks!! are you coming to the bbq
        2 jamie: wouldn't miss it. I was gonna get you 1000 vbucks, but I asked your mum first and she said yes so it's official
        3 theo: YESSS thank you
        4 jamie: the code will be in your card, don't open it before sunday 😂
        5 theo: i wont promise
        6 jamie: see you sunday, tell aunt Claire I'm bringing the burgers
        """,
        ["gift offer of game currency", "asks about age", "family"],
        "An adult cousin giving game currency with the parent's approval.",
        start="2026-06-10T18:00:00+00:00",
    ),
    Spec(
        "holdout-benign-06", "discord", "group", "Old Uni Friends 🍻", "secret-santa",
        [
            P("mo", "Mo", ADULT, joined=1200, acct=3200),
            P("kas", "Kasia", ADULT, joined=1200, acct=3000),
            P("tal", "Tal", ADULT, joined=1100, acct=2900),
        ],
        """
        0 mo: Secret Santa draw is done! check your DMs from me for your person
        1 kas: got mine 😈
        2 mo: remember, keep it secret who you got, no hints in here
        3 tal: budget still £20?
        4 mo: yep. if your person lives abroad, DM them for their address, or ask me
        5 kas: Tal I need your new address btw, for totally unrelated reasons
        6 tal: lol suspicious. DMing you
        """,
        ["keep it secret", "send your address", "gift", "adult friends"],
        "Adult friends organising a Secret Santa.",
        start="2026-12-01T20:00:00+00:00",
    ),
    Spec(
        "holdout-benign-07", "telegram", "group", "sleepover squad 💅", "friends",
        [
            P("ava", "Ava", joined=200),
            P("bella", "Bella", joined=200),
            P("cora", "Cora", joined=190),
            P("amum", "Ava's Mum (Helen)", joined=5),
        ],
        """
        0 ava: my mum says you can both sleep over friday!!!
        1 bella: AHHH yes
        2 cora: what time
        3 amum: Hi girls, it's Helen. Come at 6, I'll order pizza. Please ask your parents to text me so I have their numbers
        4 bella: my mum will text u tonight
        5 cora: what should we bring
        6 ava: pyjamas and the face masks, and your switch
        7 amum: And a toothbrush! 😄
        """,
        ["sleepover", "text me your number", "parent present"],
        "Three 12-year-old friends planning a sleepover with a parent in the chat.",
        start="2026-03-02T17:00:00+00:00",
    ),
    Spec(
        "holdout-benign-08", "discord", "group", "Photography GCSE – Ms Kaur", "assignments",
        [
            P("tchr", "Ms Kaur", ("Teacher", "Staff", "Adult"), joined=400, acct=1800),
            P("ollie", "ollie", OLDER_TEEN, joined=380, acct=900),
            P("hana", "hana", OLDER_TEEN, joined=370, acct=850),
        ],
        """
        0 tchr: This week's brief: a portrait of a family member using window light. Upload to the class drive, not here
        1 ollie: can it be my grandad? he has a great face for b&w
        2 tchr: Perfect subject
        3 hana: miss do we need a model release form
        4 tchr: For family, a verbal ok is enough. For anyone else, use the form on the drive
        5 hana: my sister models for a local shop so she knows how to pose lol
        6 tchr: Even better. Remember: natural light, no flash
        """,
        ["portrait photo", "model release", "my sister models", "teacher"],
        "A photography class brief with the teacher routing uploads to the class drive.",
        start="2026-01-20T09:00:00+00:00",
    ),
    Spec(
        "holdout-benign-09", "telegram", "group", "Aurora Fans Worldwide 🌌", "chat",
        [
            P("ben", "Ben", joined=700),
            P("gia", "Gia", joined=500),
            P("pete", "Pete", joined=200),
        ],
        """
        0 pete: new here 👋 where is everyone from?
        1 gia: Milan! you?
        2 pete: Leeds. how old is everyone here? I feel like the oldest at 41
        3 ben: 38, you're not alone 😂
        4 gia: 35. Are any of you going to the Berlin show in June?
        5 ben: yes! we should meet before the concert, there's a bar by the venue
        6 pete: count me in
        """,
        ["where are you from", "how old is everyone", "meet before the concert", "adults"],
        "Adult fans of a band chatting and planning to meet at a concert.",
        start="2026-02-25T20:00:00+00:00",
    ),
    Spec(
        "holdout-benign-10", "discord", "group", "Rift League Amateur Cup", "check-in",
        [
            P("admin", "TO | Priya", ("Tournament Staff", "Staff", "Adult"), joined=500, acct=2000),
            P("kev", "kev", OLDER_TEEN, joined=200, acct=900),
            P("lin", "lin", ADULT, joined=210, acct=1400),
        ],
        """
        0 admin: Check-in is open. Reminder: players must be 16 or older, it's in the rules we agreed with the venue
        1 admin: during matches keep your webcam on in the referee voice channel, that's our anti-cheat check
        2 kev: do you need my age proof
        3 admin: No ID please! Just confirm in the form. Never send ID photos to anyone on discord, staff included
        4 lin: checked in for team Nightjar
        5 kev: checked in too
        6 admin: 👍 brackets at 6pm
        """,
        ["age requirement", "keep your webcam on", "staff asks age", "tournament"],
        "Esports tournament staff stating rules; the staff member refuses ID photos.",
        start="2026-04-25T16:00:00+00:00",
    ),
    Spec(
        "holdout-benign-11", "telegram", "dm", "Direct", "Noor ↔ Ellis",
        [
            P("ellis", "Ellis"),
            P("noor", "Noor"),
        ],
        """
        0 ellis: ok I need to tell you something but keep it between us
        1 noor: ...go on
        2 ellis: I'm going to propose to Sam in Lisbon next month
        3 noor: ELLIS!!!! 😭😭
        4 ellis: help me pick a ring? I'll send pics of the three I'm deciding between
        5 noor: send them now
        6 ellis: [photo] [photo] [photo]
        7 noor: the second one, no question. my lips are sealed
        """,
        ["keep it between us", "send pics", "adult friends"],
        "Adult friends and a proposal secret.",
        start="2026-05-08T21:00:00+00:00",
    ),
    Spec(
        "holdout-benign-12", "discord", "group", "Stardew Expanded Mod", "bug-reports",
        [
            P("dev", "Modder Jun", ("Developer", "Staff", "Adult"), joined=800, acct=2500),
            P("sky", "skyler", TEEN, joined=200, acct=500),
            P("wes", "wes", ADULT, joined=300, acct=1800),
        ],
        """
        0 sky: game crashes when i enter the new cave
        1 dev: which version are you on? and can you send a screenshot of the error log
        2 sky: 1.4.2 [image]
        3 dev: thanks, that's a known conflict with another mod
        4 wes: same for me, how old is your pc lol mine is from 2016
        5 sky: its my brothers old laptop
        6 dev: fix is in 1.4.3, releasing tonight
        """,
        ["send a screenshot", "how old is your pc", "developer support"],
        "Mod support channel: screenshots and versions.",
        start="2026-03-21T13:00:00+00:00",
    ),
    Spec(
        "holdout-benign-13", "telegram", "group", "Teen Book Club – Central Library", "club",
        [
            P("lib", "Ms Patel (Librarian)", joined=600),
            P("zara", "Zara", joined=150),
            P("sol", "Sol", joined=140),
        ],
        """
        0 lib: Reminder: book club meets Thursday at 4pm in the library's teen room
        1 zara: i finished it last night!!!
        2 sol: NO SPOILERS i'm on chapter 12
        3 zara: my lips are sealed, keep it secret till thursday i know
        4 lib: Thank you Zara 😄 Snacks provided. Bring a question for the group
        5 sol: can i bring my friend from school
        6 lib: Of course, anyone 12-16 can join
        """,
        ["keep it secret", "meet at the library", "librarian"],
        "A librarian-run teen book club.",
        start="2026-02-03T17:00:00+00:00",
    ),
    Spec(
        "holdout-benign-14", "discord", "dm", "Direct Messages", "jade ↔ cal",
        [
            P("jade", "jade", acct=1000),
            P("cal", "cal", acct=950),
        ],
        """
        0 jade: stop messaging my friends about me
        1 cal: i didnt say anything bad
        2 jade: whatever. i want my hoodie back
        3 cal: fine, meet me at the bus stop after school tomorrow and ill give it back
        4 jade: and delete the pics of us from your story
        5 cal: already did
        6 jade: ok. tomorrow at 3:20
        7 cal: fine
        """,
        ["exes arguing", "meet me", "delete the pics", "peers 16"],
        "Two 16-year-olds who broke up arranging to swap belongings.",
        start="2026-03-17T20:00:00+00:00",
    ),
    # ---------------------------------------------------------------- other languages
    Spec(
        "holdout-benign-15", "discord", "group", "Coro Juvenil Santa Cecilia", "ensayos",
        [
            P("dir", "Directora Marta", ("Staff", "Adult"), joined=700, acct=2500),
            P("alba", "alba", TEEN, joined=400, acct=600),
            P("nico", "nico", TEEN, joined=390, acct=580),
        ],
        """
        0 dir: Para el concierto del viernes, mandadme un audio cantando vuestra parte, solo voz
        1 alba: ¿lo podemos grabar en el móvil?
        2 dir: Sí, con el móvil vale. Nos vemos el jueves en la parroquia a las 18h para el ensayo general
        3 nico: ¿tenemos que ir de negro?
        4 dir: Camisa blanca y pantalón negro, como siempre
        5 alba: nico tienes 14 no? entras ya en el grupo de mayores
        6 nico: sí, cumplí en enero
        """,
        ["mandadme un audio", "quedamos", "preguntar la edad entre compañeros", "choir director"],
        "Directora de un coro juvenil organizando un ensayo.",
        language="es", start="2026-05-12T17:00:00+00:00",
    ),
    Spec(
        "holdout-benign-16", "telegram", "dm", "Direct", "Carla ↔ Mateo",
        [
            P("mateo", "Mateo"),
            P("carla", "Carla (hermana)"),
        ],
        """
        0 carla: Mateo porfa no le digas a mamá que rompí el jarrón del salón
        1 mateo: jajaja cuánto me das
        2 carla: te doy 5 euros y te dejo mi cuenta del fortnite el finde
        3 mateo: trato hecho 🤝
        4 carla: se lo diré yo misma el domingo, solo necesito pegarlo antes
        5 mateo: borra estos mensajes por si coge tu móvil
        6 carla: jajaja vale
        """,
        ["no le digas a mamá", "te doy dinero", "borra los mensajes", "siblings"],
        "Hermanos y un jarrón roto.",
        language="es", start="2026-03-15T19:00:00+00:00",
    ),
    Spec(
        "holdout-benign-17", "discord", "group", "Olimpíada de Matemática – Treino", "bate-papo",
        [
            P("rafa", "rafa", TEEN, joined=200, acct=500),
            P("julia", "júlia", TEEN, joined=210, acct=520),
            P("prof", "Prof. Helena", ("Staff", "Professora", "Adult"), joined=500, acct=2000),
        ],
        """
        0 rafa: vc estuda em qual escola? nunca te vi nas provas
        1 julia: colégio estadual de campinas, e vc?
        2 rafa: escola municipal de sorocaba. quantos anos vc tem?
        3 julia: 14
        4 rafa: tenho 14 tb! vc vai pra fase 2?
        5 julia: vou sim, nervosa
        6 prof: Parabéns aos dois! Aula de revisão online sábado às 10h, link no canal de avisos
        """,
        ["qual escola", "quantos anos", "peers stating ages", "teacher"],
        "Dois alunos de 14 anos de escolas diferentes num servidor de olimpíada; professora anuncia aula.",
        language="pt", start="2026-08-05T18:00:00+00:00",
    ),
    Spec(
        "holdout-benign-18", "telegram", "group", "Vizinhos Rua das Flores", "vizinhança",
        [
            P("sandra", "Sandra", joined=500),
            P("joao", "João", joined=450),
            P("dona", "Dona Célia", joined=700),
        ],
        """
        0 sandra: Alguém pode buscar minha filha na escola amanhã? Ela vai ficar sozinha na porta até as 18h
        1 dona: Eu busco, fico com ela aqui em casa até você chegar
        2 sandra: Obrigada Dona Célia! Vou avisar a escola que é a senhora
        3 joao: Se precisar eu também posso, saio cedo amanhã
        4 sandra: Vocês são demais 🙏
        5 dona: Faço um bolo pra ela 😊
        """,
        ["buscar a filha", "sozinha", "vizinhos"],
        "Vizinhos ajudando uma mãe a buscar a filha na escola.",
        language="pt", start="2026-04-07T20:00:00+00:00",
    ),
    Spec(
        "holdout-benign-19", "discord", "group", "Jugendfeuerwehr Waldstadt", "infos",
        [
            P("wart", "Jugendwart Stefan", ("Betreuer", "Staff", "Adult"), joined=800, acct=2800),
            P("ben", "ben", TEEN, joined=400, acct=600),
            P("emma", "emma", TEEN, joined=350, acct=550),
        ],
        """
        0 wart: Zeltlager-Anmeldung: bitte bis Freitag die unterschriebenen Formulare eurer Eltern abgeben
        1 ben: reicht ein foto vom formular?
        2 wart: Eure Eltern schicken das Foto bitte an die Vereins-Mail, nicht hier in den Chat
        3 emma: treffpunkt wieder am gerätehaus?
        4 wart: Genau, Samstag 8 Uhr am Gerätehaus, die Eltern bringen euch
        5 ben: wie alt muss man für die nachtwanderung sein
        6 wart: Ab 12, also seid ihr alle dabei
        """,
        ["foto schicken", "treffpunkt", "alter", "youth leader"],
        "Jugendwart der Jugendfeuerwehr organisiert ein Zeltlager.",
        language="de", start="2026-06-01T17:00:00+00:00",
    ),
    Spec(
        "holdout-benign-20", "telegram", "group", "Klasse 3a Eltern – Geschenke", "eltern",
        [
            P("a", "Julia (Mama von Finn)", joined=300),
            P("b", "Markus (Papa von Ella)", joined=290),
            P("c", "Aylin (Mama von Mert)", joined=280),
        ],
        """
        0 a: Hallo zusammen, Finn wird nächste Woche 9. Einige haben nach einer Wunschliste gefragt
        1 a: Er wünscht sich Lego, Bücher oder einen kleinen Gutschein, bitte nichts Teures
        2 b: Ella möchte ihm ein Pokémon-Buch schenken, passt das?
        3 a: Super, das hat er noch nicht
        4 c: Wir machen einen Kino-Gutschein. Holen wir die Kinder um 17 Uhr ab?
        5 a: Ja, 17 Uhr bei uns. Danke euch!
        """,
        ["wunschliste", "gutschein", "abholen", "parents"],
        "Eltern stimmen Geburtstagsgeschenke ab.",
        language="de", start="2026-05-18T19:00:00+00:00",
    ),
    Spec(
        "holdout-benign-21", "telegram", "dm", "Direct", "Manon ↔ Chloé",
        [
            P("manon", "Manon"),
            P("chloe", "Chloé"),
        ],
        """
        0 manon: t'es seule ? je peux t'appeler 2 min
        1 chloe: oui vas-y
        2 manon: bon en fait j'ai eu deux places pour le concert d'Angèle, c'est pour l'anniv de Sarah
        3 chloe: NOOON trop bien
        4 manon: mais tu dis rien à personne, c'est une surprise
        5 chloe: motus et bouche cousue 🤐
        6 manon: ma mère nous emmène en voiture, on part à 18h
        """,
        ["t'es seule", "tu dis rien à personne", "surprise", "peers"],
        "Deux copines de 15 ans préparent une surprise d'anniversaire.",
        language="fr", start="2026-03-20T18:00:00+00:00",
    ),
    Spec(
        "holdout-benign-22", "discord", "group", "Atelier Illustration (adultes)", "setups",
        [
            P("hugo", "Hugo", ADULT, joined=600, acct=2500),
            P("sarah", "Sarah", ADULT, joined=550, acct=2200),
            P("mehdi", "Mehdi", ADULT, joined=300, acct=1600),
        ],
        """
        0 hugo: j'ai enfin une tablette avec écran !
        1 sarah: envoie-moi une photo de ton setup, je cherche des idées pour mon bureau
        2 hugo: [photo] pardon pour le bazar
        3 mehdi: propre ! tu vas à la Japan Expo cette année ?
        4 hugo: oui, le samedi
        5 sarah: on se voit là-bas ? on pourrait se retrouver au stand des artistes vers 14h
        6 mehdi: je viens aussi, ajoutez-moi sur insta pour se capter sur place
        """,
        ["envoie-moi une photo", "on se voit", "ajoutez-moi sur insta", "adults"],
        "Illustrateurs adultes partagent leur bureau et se donnent rendez-vous à un salon.",
        language="fr", start="2026-06-15T19:00:00+00:00",
    ),
    Spec(
        "holdout-benign-23", "discord", "thread", "Майнкрафт Сервер «Уют» (13-17)", "вопрос-модераторам",
        [
            P("kid", "тимоша", TEEN, joined=200, acct=400),
            P("mod", "Ольга (модератор)", MOD, joined=900, acct=2600),
        ],
        """
        0 kid: мне один человек в личке написал, чтобы я никому не рассказывал про наш разговор. это нормально?
        1 mod: Хорошо, что ты спросил. Нет, просьба держать всё в секрете от родителей — тревожный знак
        2 kid: он ещё спрашивал, в какой я школе
        3 mod: Не отвечай ему и не отправляй фото. Ты ни в чём не виноват. Можно его заблокировать
        4 kid: а маме сказать?
        5 mod: Да, обязательно. И пришли мне его ник, мы проверим, нет ли его на нашем сервере
        6 kid: ок, спасибо
        """,
        ["child asks about secrecy", "moderator answer", "quoted grooming tactic"],
        "Ребёнок спрашивает совета у модератора; опасные фразы только пересказаны.",
        language="ru", start="2026-02-12T16:00:00+00:00",
    ),
    Spec(
        "holdout-benign-24", "telegram", "group", "Секция дзюдо «Самбист» — родители", "родители",
        [
            P("coach", "Тренер Андрей Петрович", joined=700),
            P("m1", "Наталья (мама Егора)", joined=400),
            P("p1", "Сергей (папа Ани)", joined=380),
        ],
        """
        0 coach: Уважаемые родители! В субботу тренировка на улице, встречаемся в парке Горького у фонтана в 10:00
        1 coach: Для заявки на соревнования пришлите, пожалуйста, фото свидетельства о рождении ребёнка мне в личку
        2 m1: Егору уже 11, он в старшей группе?
        3 coach: Да, с этого года в старшей
        4 p1: Могу забрать Егора после тренировки, нам по пути
        5 m1: Спасибо, Сергей! Буду очень благодарна
        """,
        ["встречаемся в парке", "пришлите фото", "в личку", "coach and parents"],
        "Тренер и родители организуют тренировку и заявку на соревнования.",
        language="ru", start="2026-04-22T18:00:00+00:00",
    ),
    Spec(
        "holdout-benign-25", "discord", "group", "Maplewood Middle – Grade 7", "chat",
        [
            P("dev", "dev", TEEN, joined=420, acct=800),
            P("ruth", "ruthie", TEEN, joined=415, acct=760),
            P("sam", "sam_p", TEEN, joined=410, acct=700),
            P("mod", "Ms Ortega (mod)", ("Moderator", "Teacher", "Adult"), joined=500, acct=1900),
        ],
        """
        0 dev: who else got detention for the fire drill thing lol
        1 ruth: not me i was actually outside
        2 sam: me 💀
        3 dev: my mom doesnt know yet, dont tell her if u see her at pickup
        4 sam: ur mom is scary ngl
        6 ruth: ok more important: lockers. whos sharing with who next term
        7 sam: me and dev obviously
        8 ruth: can i swap into 14 with you guys, my locker partner moved to another school
        9 dev: ya we'll ask ms ortega
        11 mod: I'm right here 😄 Locker swaps go through the office form, I'll put the link in #announcements
        12 dev: ty miss
        14 sam: btw its my birthday saturday, im turning 13 finally
        15 ruth: u were the last one of us to be 12 lol
        16 dev: what do u want, v-bucks or that lego thing
        17 sam: vbucks card pls, the lego is for babies
        18 ruth: ok we'll chip in. my dad can drive us to the trampoline park for your party
        19 sam: my mom booked 3pm, meet at the entrance
        20 dev: i'll bring my camera, let's do silly group photos
        21 mod: Happy early birthday Sam! Please keep party planning details like addresses out of the public channels
        22 sam: ok sorry miss, will use the group chat
        """,
        ["dont tell her", "which school (moved)", "vbucks gift", "meet at the entrance", "group photos", "ages among classmates", "teacher moderator"],
        "Grade 7 classmates over one evening; a teacher-moderator reminds them about public channels.",
        start="2026-04-23T18:00:00+00:00",
    ),
    Spec(
        "holdout-benign-26", "telegram", "group", "Running Club Over-40s 🏃", "club",
        [
            P("dee", "Dee", joined=700),
            P("art", "Arturo", joined=650),
            P("kim", "Kim", joined=20),
            P("bo", "Bo", joined=500),
        ],
        """
        0 kim: Hi all, new here. 44, slow but keen 😅 where do you usually meet?
        1 dee: Welcome Kim! Tuesdays 6:30pm at the park gates by the café
        2 art: All paces welcome, nobody gets left alone at the back
        3 kim: Great. Do I need to sign anything?
        4 bo: Just the club form, Dee can send it to you privately
        5 dee: Sending now. It asks for an emergency contact number and your address for insurance
        6 kim: No problem
        8 art: Also we're doing a secret collection for Bo's 50th, don't mention it in this chat 🤫
        9 bo: I can read this, Arturo
        10 art: ...I meant a different Bo
        11 dee: 😂😂
        12 kim: Happy early birthday Bo!
        14 bo: Thanks! Cake after the Tuesday run then
        15 dee: Bring a photo of your first race for the slideshow, everyone
        """,
        ["meet at the park", "send privately", "address for insurance", "secret collection", "stated adult age"],
        "Adults in a running club: a newcomer joins and a (failed) birthday secret.",
        start="2026-03-03T12:00:00+00:00",
    ),
]
