"""Blind batch 2: benign hard-negative conversations (same notation as the grooming scripts, no `!`).

Each chat carries words a keyword filter trips on (pic, snap, alone, secret, pick you up, how old,
address, robux, model...) in a context a human moderator would not act on.
"""

from __future__ import annotations

from collections.abc import Sequence

from eval.corpus_writer import Conversation, Person
from eval.grooming.script import kid, member, newcomer, parse

__all__ = ["BEN", "kid", "member", "newcomer"]

BEN: list[Conversation] = []


def benign(id: str, platform: str, chat: str, community: str, channel: str, people: Sequence[Person],
           script: str, *, tactics: Sequence[str], notes: str, language: str = "en",
           start: str = "2026-03-14T16:00:00+00:00") -> None:
    lines, critical = parse(script)
    if critical is not None:
        raise ValueError(f"{id}: a benign conversation has no critical line")
    placed = [Person(p.key, f"{id}/{p.id}", p.name, p.roles, p.joined_days_ago, p.username, p.is_bot,
                     p.account_days_old) for p in people]
    BEN.append(Conversation(id=id, platform=platform, chat=chat, community=community, channel=channel,
                            people=placed, lines=lines, kind="benign", tactics=list(tactics), notes=notes,
                            language=language, start=start))


# ------------------------------------------------------------------ English
benign("b2b01_dc_busy_group_snaps", "discord", "group", "Westbrook Middle 7B", "general",
       [kid("a", "jas", "13-15"), kid("b", "milo", "13-15"), kid("c", "tash", "13-15"), kid("d", "ravi", "13-15"),
        member("e", "noor", "13-15")],
       """
a: did anyone finish the volcano poster
b: lol no
c: mine is half glue
d: ravi here, new phone so i lost everyone's snap 😭
a: omg again?? its jas.w same as always
c: tash_sunflower
b: add me too, milo.kicks
d +2: added all of u
e: can u add me back ravi, its noor.b
d: done
a: btw mr grant said send a pic of the poster to the class email not to him directly
c: ok
b: is it due thursday or friday
a: friday
e +5: who's going to the skatepark after school
b: me if my mom lets me
c: i have piano
""",
       tactics=["peer snapchat swap", "photo of poster", "many speakers"],
       notes="classmates swapping snaps after a phone change", start="2026-03-16T15:30:00+00:00")

benign("b2b02_dc_thread_homework_pics", "discord", "thread", "Study Hall", "math-help",
       [kid("a", "ellaaa", "13-15"), kid("b", "finnegan", "13-15"), member("t", "Ms. Ortiz", "Teacher")],
       """
a: can someone send a pic of page 88? i left my book at school
b +4: one sec
b: [image] here, the blurry part is q12
a: thx!! can u take another of 89 too
b: ya
t +10: Reminder: you can post photos of the textbook pages, but please not of your completed answers :)
a: ok sorry ms ortiz
b: oops deleting mine
t: No worries! Questions are fine, answers are not.
""",
       tactics=["photo request homework", "delete message"], notes="classmates and a teacher in a homework thread",
       start="2026-02-10T19:00:00+00:00")

benign("b2b03_dc_group_game_friend_requests", "discord", "group", "Blocky Friends", "lfg",
       [kid("a", "potato_lord", "13-15"), kid("b", "emmzy", "13-15"), kid("c", "jj", "13-15")],
       """
a: who wants to play bedwars
b: meee
c: me in 10
a: sent u both a friend request on roblox
b: accepted!
c: wait whats ur user again
a: potatolord_2013 lol dont judge
c: LMAO ok sent
b: add me in fortnite too after, same name
a +30: gg that was insane
c: my mom says i have to get off at 8
""",
       tactics=["game friend request", "username swap", "birth year in name"],
       notes="friends adding each other in games", start="2026-04-11T17:00:00+00:00")

benign("b2b04_tg_family_pickup", "telegram", "group", "Novak Family 🏡", "",
       [member("mom", "Mom"), member("dad", "Dad"), kid("k", "Tess"), kid("k2", "Ben")],
       """
mom: who is picking up tess after practice today
dad: i can, what time
mom: 6:15 at the side gate
k: dad pls don't honk this time 😭
dad: no promises
k2: can i come? i want mcdonalds
mom: ben you have homework
k2: ugh
dad +120: tess i'm here, by the blue van
k: coming!! are u alone or is ben with u
dad: alone, ben's at home with mom
mom: dinner at 7, don't stop for fries
""",
       tactics=["pick-up", "are you alone", "family context"],
       notes="parents arranging a pick-up in a family group", start="2026-03-18T16:00:00+00:00")

benign("b2b05_dc_mod_safety_briefing", "discord", "group", "Pixel Pals", "announcements",
       [member("mod", "Hex", "Moderator"), kid("a", "lunaa", "13-15"), kid("b", "tobz", "13-15"),
        kid("c", "sprout", "13-15")],
       """
mod: 📢 Safety reminder! Some accounts join, ask "asl?" or "u alone?" and then ask you to add them on snap or send a pic.
mod: If someone offers robux or nitro for a selfie, or says "don't tell your parents", that's a red flag. Report it with /report.
a: what if they say theyre 13 too
mod: Anyone can say that. If a stranger pushes for photos or a private chat, tell a mod or a parent.
b: can u get in trouble for reporting
mod: Never. You're not in trouble, even if you already sent something.
c: ok thx hex
""",
       tactics=["quoted grooming tactic", "safety advice", "moderator notice"],
       notes="moderator quotes tactics; kids ask questions", start="2026-04-01T12:00:00+00:00")

benign("b2b06_tg_class_exercise", "telegram", "group", "Mrs. Hale's Digital Citizenship", "",
       [member("t", "Mrs Hale"), kid("a", "Zara"), kid("b", "Leon"), kid("c", "Maya")],
       """
t: Today's exercise. Read this made-up chat and find the red flags:
t: "you're so mature for your age" / "are your parents home?" / "let's talk on another app" / "send me a pic, I'll give you a gift card" / "don't tell anyone, it's our secret"
a: the gift card one!!
b: the secret one is the worst
c: also asking if parents are home
t: Great. Which one would make you leave the chat?
a: honestly all of them
t: Correct answer 😊 Next: what would you do?
b: screenshot and tell an adult
t: Perfect. Homework: write 3 ways to say no.
""",
       tactics=["class exercise", "quoted grooming dialogue"], notes="teacher quotes a grooming dialogue",
       start="2026-02-25T09:00:00+00:00")

benign("b2b07_tg_dm_adults_coffee", "telegram", "dm", "", "",
       [member("a", "Helen"), member("b", "Marcus")],
       """
a: Hi Marcus, it's Helen from the book club. Still on for coffee Saturday?
b +40: Hi! Yes, 11am at the corner cafe?
a: Perfect. I'll be the one with the red scarf lol
b: Ha. Send me your number in case I'm late? Mine is 555-0142
a: 555-0187. Don't be late, I'm 52, I need my caffeine on time
b: Noted 😄 see you then
""",
       tactics=["adults meeting", "number swap", "age statement"], notes="two adults arrange coffee",
       start="2026-03-05T10:00:00+00:00")

benign("b2b08_dc_dm_adult_strangers", "discord", "dm", "", "dm",
       [member("a", "grumpy_otter"), member("b", "sunnyside")],
       """
a: hey, saw you in the 18+ gardening channel, your tomatoes look amazing
b: haha thanks! first year growing them
a: where are you based? i'm in cornwall
b: near leeds. how old are your plants?
a: 6 weeks. send a pic of your setup?
b: [image] it's just the balcony lol
a: and here's my dog supervising mine [image]
b: omg he's adorable, how old?
a: 4. if you ever want seeds, add me on whatsapp, its easier for photos
b: sure, i'm 31 btw so no worries about the 18+ channel lol
""",
       tactics=["where are you from", "pic request setup", "age question about pets", "app move adults"],
       notes="adult strangers small talk in an 18+ context", start="2026-05-03T20:00:00+00:00")

benign("b2b09_dc_dm_teen_flirt", "discord", "dm", "", "dm",
       [kid("a", "noah.p"), kid("b", "lily.m")],
       """
a: hey it's noah from science, got ur discord from sam
b: oh hii
a: how old r u again? i thought u were in 8th
b: yeah 14, u?
a: 14 too
b: cool lol
a: ur really funny in class btw
b: 😳 thanks
a: wanna go to the fall dance together? like with the group
b: ya that could be fun
a: what r u wearing so i dont clash lol
b: probably the green dress, dont wear green 😂
""",
       tactics=["same-age flirting", "age question", "what are you wearing"],
       notes="two declared 14-year-olds", start="2026-10-02T18:00:00+00:00")

benign("b2b10_tg_surprise_party", "telegram", "group", "Maya's Surprise 🎉 (NO MAYA)", "",
       [kid("a", "Ruby"), kid("b", "Jade"), kid("c", "Eli"), member("p", "Maya's Mom")],
       """
p: Hi kids! Party is Saturday at 3. Please keep it a secret from Maya!
a: we won't tell!! 🤫
b: should we delete this chat after so she doesn't see it on my phone
p: Good idea, Jade, haha
c: what do we get her
a: she wants robux and a sketchbook
p: I'll pick you all up from school Friday to buy decorations
b: my mom says yes
c: me too
p: Send me your addresses for the drop-off after, please
a: sent in dm
""",
       tactics=["surprise secret", "delete chat", "parent pick-up", "address request", "robux gift"],
       notes="parent plans a surprise party with kids", start="2026-06-09T17:00:00+00:00")

benign("b2b11_dc_group_skin_trades", "discord", "group", "Adopt Trade Hub", "trading",
       [kid("a", "mochi", "13-15"), kid("b", "kaylee", "13-15"), kid("c", "frog", "Under 18"),
        member("mod", "TradeBot Staff", "Staff")],
       """
a: trading neon unicorn for frost dragon
b: ill add a ride potion
a: deal?
c: i have 600 robux if anyone sells the galaxy skin
b: i'll sell it for 600
c: ok trading now
mod: Reminder: no trades for anything outside the game. No "robux for pics", no "add me on another app". Report it.
a: yes sir
""",
       tactics=["robux trade", "skin trade", "moderator quotes tactic"], notes="peer trades with a staff rule",
       start="2026-04-20T16:00:00+00:00")

benign("b2b12_dc_private_thread_child_asks_mod", "discord", "private_thread", "Pixel Pals", "ticket-0412",
       [kid("k", "sprout", "13-15"), member("mod", "Hex", "Moderator")],
       """
k: hi, is it weird if someone says "don't tell ur parents we talk"
mod: Thanks for asking. Yes, that's a warning sign. Is someone saying that to you?
k: not anymore, i blocked them last week. they also asked for a selfie
mod: You did exactly the right thing. Do you remember their name?
k: it was "drift" something
mod: We'll check. You're not in any trouble. Want me to tell your parent with you?
k: its ok i told my mom already
mod: 👍 proud of you
""",
       tactics=["quoted grooming tactic", "selfie", "secrecy quote"], notes="child asks a moderator, private ticket",
       start="2026-05-06T18:00:00+00:00")

benign("b2b13_tg_dm_art_friends", "telegram", "dm", "", "",
       [kid("a", "Aria"), kid("b", "Noemi")],
       """
a: noemi send me a pic of ur sketch, i wanna see the wings
b +4: [photo] its messy
a: SHUT UP its so pretty
b: ur drawings are prettier tho
a: no way. ur so talented
b: can u come over saturday and we draw together? my mom said ok
a: ill ask mine, can ur mom pick me up?
b: ya she said she can
""",
       tactics=["pic of drawing", "compliments", "come over", "pick-up"], notes="two 12-year-old friends",
       start="2026-03-28T16:00:00+00:00")

benign("b2b14_dc_thread_streamers_cam", "discord", "thread", "Streamer Collective", "collab-planning",
       [member("a", "NovaPlays", "Adult", "Streamer"), member("b", "captaincrumb", "Adult", "Streamer"),
        member("c", "Mia_Live", "Adult")],
       """
a: collab stream friday? 8pm cet
b: yes! turn on your cam this time lol chat kept asking
a: my webcam died, borrowing my brother's
c: i can join at 9, i'm in bed by 11 tho, work
b: boomer 😂
c: i'm 29!!
a: send me a pic of your overlay so we match colors
""",
       tactics=["turn on cam", "in bed", "send pic", "age statement"], notes="adult streamers",
       start="2026-04-07T19:00:00+00:00")

benign("b2b15_tg_team_parents_carpool", "telegram", "group", "U12 Hornets Parents", "",
       [member("c", "Coach Dana"), member("p1", "Raj (Arjun's dad)"), member("p2", "Lisa (Mia's mom)"),
        member("p3", "Tom (Ollie's dad)")],
       """
c: Away game Sunday! Kickoff 10am. Who can drive?
p1: I can take 3 kids
p2: I'll take Mia and one more
p3: Ollie can go with Raj? I work sunday
p1: Sure. Send me your address and I'll pick him up at 8:30
p3: 14 Elm Rd, thanks Raj!
c: Please also send a photo of the signed permission forms
p2: done 📸
c: Thanks all, the boys are going to be so excited
""",
       tactics=["pick up", "address", "send photo"], notes="parents and coach arrange carpool",
       start="2026-05-12T19:00:00+00:00")

benign("b2b16_dc_group_cousins_home_alone", "discord", "group", "Fam Server", "gaming",
       [kid("a", "ollie", "13-15"), kid("b", "cuz_jake", "13-15"), member("au", "Aunt Kate", "Adult")],
       """
a: u alone? my parents went to the movies
b: ya mine are at grandmas
a: lets play till they get back
b: dont tell ur mom we played past 10 lol
au: I can see this channel, Ollie 😂
a: NOOO
au: 10pm means 10pm. Have fun till then
b: lmao busted
""",
       tactics=["are you alone", "don't tell your mom", "family context"], notes="cousins gaming, aunt watching",
       start="2026-07-05T20:00:00+00:00")

benign("b2b17_tg_group_adult_hiking", "telegram", "group", "Weekend Hikers Bristol", "",
       [member("a", "Sam"), member("b", "Priti"), newcomer("c", "Joe", days_in=1), member("d", "Mark")],
       """
c: hi all, new here! just moved, 45, love hills
a: welcome Joe!
b: Sunday we're doing the gorge, meet at the car park 9am
c: great, can someone pick me up? no car yet
d: I pass by clifton, what's your address roughly
c: near the suspension bridge, I'll dm you my postcode
d: 👍
a: bring snacks, and send pics after for the group album
""",
       tactics=["newcomer", "pick-up", "address", "send pics"], notes="adults arranging a hike",
       start="2026-04-24T18:00:00+00:00")

benign("b2b18_dc_dm_sisters_model", "discord", "dm", "", "dm",
       [kid("a", "rosa"), kid("b", "bff_kim")],
       """
a: guess what, my sister got a contract with a modeling agency
b: WHAT thats so cool
a: shes 20 so she can go to paris alone lol
b: does she need photos for that
a: ya she did a whole photoshoot, i'll send u a pic
b: omg she looks like a celebrity
a: and i'm doing the 3d model for our school project lol not the same
""",
       tactics=["modeling agency", "photoshoot", "send pic"], notes="friends talk about an adult sister modeling",
       start="2026-05-25T17:00:00+00:00")

benign("b2b19_tg_grandma_video_call", "telegram", "dm", "", "",
       [member("g", "Grandma Pat"), kid("k", "Lucas")],
       """
g: hi sweetie, can you turn on the camera on sunday? I want to see your new haircut
k: ok grandma
g: how old is your hamster now?
k: 2!! he's old for a hamster
g: send me a pic of him
k: [photo]
g: what do you want for your birthday? a gift card?
k: robux pls 🙏
g: I'll ask your mom what that is 😄
""",
       tactics=["video call", "photo request", "gift card", "robux"], notes="grandparent and grandchild",
       start="2026-02-14T14:00:00+00:00")

benign("b2b20_dc_group_long_besties", "discord", "group", "the squad 💅", "main",
       [kid("a", "harper", "13-15"), kid("b", "zoe", "13-15"), kid("c", "ivy", "13-15"),
        kid("d", "leo", "13-15")],
       """
a: who's home alone today
b: me!! mom is working late
c: me too, my dad's at the gym
d: lol im never alone, 3 siblings
a: facetime later?
b: ya turn ur cam on this time harper
a: my hair is a disaster lol
c: send a pic of ur hair rn 😂
a: absolutely not
d +15: did u guys see the new episode
b: NO SPOILERS
c: dont tell her anything!!
d +30: ok who wants to come over sat, my mom's making cupcakes
a: me
b: me, can ur mom pick me up?
d: ya she said she'll get everyone at 2
c: i'll bring the speaker
a +1d: omg i left my hoodie at leos
d: ill bring it monday
b: btw whats everyone's address for the bday invites, my mom's mailing them
c: ill text her mine
a: same
d +60: gn guys i'm in bed, 6am practice 😩
b: gn!!
c: sleep well
""",
       tactics=["home alone", "turn cam on", "send a pic", "secret", "come over", "pick up", "address",
                "in bed"],
       notes="long chat between best friends; many cues pile up", start="2026-03-20T16:00:00+00:00")

# ------------------------------------------------------------------ Spanish
benign("b2b21_es_tg_familia_recoger", "telegram", "group", "Familia Romero", "",
       [member("m", "Mamá"), member("p", "Papá"), kid("k", "Lucía")],
       """
m: Lucía, hoy te recoge papá a la salida del entrenamiento
k: vale, a qué hora
p: a las 7 en la puerta del polideportivo
k: estás solo o viene el abuelo?
p: solo, el abuelo está en casa
m: no le digáis nada a la abuela de la tarta, es sorpresa
k: 🤫
""",
       tactics=["recogida", "secreto sorpresa"], notes="family pick-up", language="es",
       start="2026-03-10T17:00:00+00:00")
benign("b2b22_es_dc_deberes_foto", "discord", "group", "2ºB ESO", "deberes",
       [kid("a", "pablo", "13-15"), kid("b", "irene", "13-15"), kid("c", "hugo", "13-15")],
       """
a: alguien me manda foto del ejercicio 4 de mates?
b: toma [imagen]
a: graciass
c: cuántos años tiene tu hermano irene? quiere venir al equipo
b: 11
c: vale, que venga el martes
a: pásame tu snap nuevo irene, que me cambié de móvil
b: irene.gm
""",
       tactics=["foto deberes", "edad hermano", "snap entre compañeros"], notes="classmates", language="es",
       start="2026-02-17T18:00:00+00:00")
benign("b2b23_es_tg_adultos_cita", "telegram", "dm", "", "",
       [member("a", "Marta"), member("b", "Javier")],
       """
a: hola javier, qué tal la semana
b: bien! oye, cenamos el viernes?
a: vale. tengo 38, no me hagas trasnochar jaja
b: jaja hecho. te paso a buscar a las 9?
a: perfecto, te mando la dirección
b: y mándame foto del perro que me dijiste, quiero verlo
a: [foto] se llama Tofu
""",
       tactics=["cita adultos", "recoger", "dirección", "foto"], notes="adults dating", language="es",
       start="2026-05-13T20:00:00+00:00")

# ------------------------------------------------------------------ Portuguese
benign("b2b24_pt_dc_troca_robux", "discord", "group", "Adopt Me BR", "trocas",
       [kid("a", "juju", "13-15"), kid("b", "caio", "13-15"), member("mod", "Mod_Ana", "Moderador")],
       """
a: troco meu unicórnio por 300 robux
b: fechado
a: me add no roblox, juju_star
b: mandei pedido
mod: lembrete: ninguém pede foto ou zap em troca de robux aqui. se pedirem, denunciem
a: blz
""",
       tactics=["troca robux", "pedido de amizade", "regra citada"], notes="peer trade", language="pt",
       start="2026-04-19T16:00:00+00:00")
benign("b2b25_pt_tg_familia_busca", "telegram", "group", "Família Souza", "",
       [member("m", "Mãe"), kid("k", "Davi"), member("t", "Tia Cris")],
       """
m: Davi, a tia Cris vai te buscar na escola hoje
t: chego às 17h no portão da frente
k: ok tia
m: tá sozinho em casa amanhã de manhã, tem comida na geladeira
k: blz mãe
t: manda foto do boletim quando sair!! quero ver as notas
k: kkk ok
""",
       tactics=["buscar na escola", "sozinho em casa", "manda foto"], notes="family", language="pt",
       start="2026-03-03T12:00:00+00:00")
benign("b2b26_pt_dc_aula_seguranca", "discord", "thread", "Escola Digital", "aula-seguranca",
       [member("t", "Prof. Helena", "Professor"), kid("a", "gabi", "13-15"), kid("b", "enzo", "13-15")],
       """
t: Exemplo de conversa perigosa: "quantos anos vc tem?" "tá sozinha?" "me chama no zap" "não conta pra ninguém"
a: o "não conta pra ninguém" é o pior
b: e pedir zap
t: Isso! O que fazer?
a: bloquear e contar pra um adulto
t: Excelente
""",
       tactics=["exercício de aula", "citação de aliciamento"], notes="class quotes grooming", language="pt",
       start="2026-02-24T10:00:00+00:00")

# ------------------------------------------------------------------ German
benign("b2b27_de_tg_eltern_abholen", "telegram", "group", "Familie Becker", "",
       [member("m", "Mama"), member("p", "Papa"), kid("k", "Jonas")],
       """
m: Jonas, Papa holt dich heute nach dem Fußball ab
p: 18 Uhr am Parkplatz
k: ok. bist du allein oder kommt Oma mit?
p: allein
m: Sagt Oma nichts vom Geschenk, ist eine Überraschung!
k: 🤐
""",
       tactics=["abholen", "allein", "Geheimnis Überraschung"], notes="family pick-up", language="de",
       start="2026-04-08T15:00:00+00:00")
benign("b2b28_de_dc_hausaufgaben", "discord", "group", "Klasse 7c", "hausaufgaben",
       [kid("a", "mats", "13-15"), kid("b", "paula", "13-15"), kid("c", "emre", "13-15")],
       """
a: kann jemand ein foto vom arbeitsblatt schicken
b: [bild]
a: danke!!
c: paula wie ist dein snap nochmal, der gruppenchat fürs referat
b: paula.k07
c: hab dich geaddet
a: wie alt ist euer hund jetzt eigentlich
b: 9, der opa von uns allen lol
""",
       tactics=["foto arbeitsblatt", "snap unter mitschülern", "alter hund"], notes="classmates", language="de",
       start="2026-02-12T16:00:00+00:00")
benign("b2b29_de_tg_erwachsene_treffen", "telegram", "dm", "", "",
       [member("a", "Sabine"), member("b", "Thomas")],
       """
a: Hallo Thomas, hier Sabine vom Chor. Treffen wir uns Samstag zum Kaffee?
b: Gern! Ich hol dich ab, wo wohnst du?
a: Lindenstraße 12. Bin 47, also bitte pünktlich 😄
b: Haha. Meine Nummer: 0555 123456
a: Gespeichert. Schick mir ein Foto vom Café, ich kenne es nicht
""",
       tactics=["Treffen Erwachsene", "abholen", "Adresse", "Nummer"], notes="adults", language="de",
       start="2026-05-02T09:00:00+00:00")

# ------------------------------------------------------------------ French
benign("b2b30_fr_tg_famille", "telegram", "group", "Famille Martin", "",
       [member("m", "Maman"), kid("k", "Chloé"), member("t", "Tonton Paul")],
       """
m: Chloé, tonton Paul vient te chercher au collège à 16h30
t: je serai devant le portail avec la voiture grise
k: ok tonton
m: et ne dis rien à mamie pour la fête, c'est une surprise
k: promis 🤫
t: envoie-moi une photo de ton dessin pour le concours, je veux voir
""",
       tactics=["chercher au collège", "secret surprise", "photo du dessin"], notes="family", language="fr",
       start="2026-03-25T12:00:00+00:00")
benign("b2b31_fr_dc_jeu_amis", "discord", "group", "Les Potes de 5eB", "jeux",
       [kid("a", "nathan", "13-15"), kid("b", "lina", "13-15"), kid("c", "yanis", "13-15")],
       """
a: je t'ai envoyé une demande d'ami sur fortnite lina
b: acceptée
c: t'as quel âge ton frère ? il peut jouer avec nous
b: 12
c: ok ajoute-le
a: t'es seul chez toi ce soir yanis ? on fait une partie
c: oui mes parents sont au ciné, jusqu'à 22h
""",
       tactics=["demande d'ami jeu", "âge du frère", "seul chez toi"], notes="friends gaming", language="fr",
       start="2026-04-15T18:00:00+00:00")
benign("b2b32_fr_tg_prevention", "telegram", "thread", "Collège Victor Hugo — Parents", "",
       [member("d", "CPE Mme Roche"), member("p1", "Parent Karim"), member("p2", "Parent Sophie")],
       """
d: Rappel prévention : certains inconnus écrivent « t'as quel âge ? », « envoie une photo », « on passe sur snap ».
p1: Merci. Mon fils a reçu « je te donne des v-bucks contre une photo » la semaine dernière
d: Bien d'avoir signalé. Conservez les captures et prévenez la plateforme.
p2: Il y a une réunion à ce sujet ?
d: Jeudi 18h, salle polyvalente.
""",
       tactics=["prévention citée", "parents"], notes="school staff warns parents", language="fr",
       start="2026-01-20T18:00:00+00:00")

# ------------------------------------------------------------------ Russian
benign("b2b33_ru_tg_semya", "telegram", "group", "Семья Ивановых", "",
       [member("m", "Мама"), member("p", "Папа"), kid("k", "Аня")],
       """
m: Аня, папа заберёт тебя после танцев в 7
p: буду у входа
k: ок. ты один или с Мишей?
p: один, Миша дома
m: и никому не говори бабушке про подарок, это сюрприз
k: 🤐
""",
       tactics=["забрать после занятий", "секрет сюрприз"], notes="family pick-up", language="ru",
       start="2026-03-12T15:00:00+00:00")
benign("b2b34_ru_dc_domashka", "discord", "group", "7А класс", "домашка",
       [kid("a", "dima", "13-15"), kid("b", "katya", "13-15"), kid("c", "lev", "13-15")],
       """
a: скиньте фото домашки по алгебре
b: [фото]
a: спасибо!!
c: катя, какой у тебя ник в роблоксе? кинул запрос в друзья
b: katya_cat, принимаю
c: сколько лет твоей кошке?
b: 5
""",
       tactics=["фото домашки", "запрос в друзья", "возраст кошки"], notes="classmates", language="ru",
       start="2026-02-19T17:00:00+00:00")
benign("b2b35_ru_tg_vzroslye", "telegram", "dm", "", "",
       [member("a", "Ольга"), member("b", "Сергей")],
       """
a: Сергей, добрый вечер, это Ольга с курсов английского
b: Добрый! Встретимся в субботу в кафе?
a: Давайте. Мне 44, я рано встаю, так что в 10 утра
b: Отлично. Заберу вас у метро?
a: Да, спасибо. Мой номер 555-0193
b: Записал
""",
       tactics=["встреча взрослых", "номер телефона", "забрать"], notes="adults", language="ru",
       start="2026-04-03T19:00:00+00:00")

# ------------------------------------------------------------------ Italian, Dutch, Polish
benign("b2b36_it_tg_famiglia", "telegram", "group", "Famiglia Rossi", "",
       [member("m", "Mamma"), kid("k", "Sofia"), member("n", "Nonno")],
       """
m: Sofia, il nonno ti viene a prendere a scuola oggi
n: alle 13 davanti al cancello
k: ok nonno!
m: non dire niente a papà della torta, è una sorpresa
n: mandami una foto del compito di disegno, voglio vederlo
k: [foto]
""",
       tactics=["prendere a scuola", "segreto sorpresa", "foto"], notes="family", language="it",
       start="2026-03-19T11:00:00+00:00")
benign("b2b37_nl_dc_klas", "discord", "group", "Klas 1B", "huiswerk",
       [kid("a", "sem", "13-15"), kid("b", "lotte", "13-15"), kid("c", "daan", "13-15")],
       """
a: kan iemand een foto van het huiswerk sturen
b: [foto]
a: top
c: lotte wat is je snap weer, voor de groepsapp van het project
b: lotte.vd
c: toegevoegd
""",
       tactics=["foto huiswerk", "snap klasgenoten"], notes="classmates", language="nl",
       start="2026-02-09T16:00:00+00:00")
benign("b2b38_pl_tg_rodzina", "telegram", "group", "Rodzina Nowaków", "",
       [member("m", "Mama"), kid("k", "Kuba"), member("t", "Tata")],
       """
m: Kuba, tata odbierze cię po treningu
t: o 18 przy bramie
k: ok. jesteś sam czy z Olą?
t: sam
m: nie mów babci o prezencie, to niespodzianka
k: 🤫
""",
       tactics=["odbiór po treningu", "sekret niespodzianka"], notes="family", language="pl",
       start="2026-04-22T15:00:00+00:00")

# ------------------------------------------------------------------ extra hard negatives
benign("b2b39_dc_dm_older_sibling", "discord", "dm", "", "dm",
       [member("a", "big_sis_19"), kid("b", "lil_mo")],
       """
a: mo are u home alone? mom asked me to check
b: ya she left at 5
a: ok im picking u up at 7 for the cinema, dont tell mom im late again lol
b: LOL ok
a: send me a pic of what she left for dinner, if its lasagna im eating first
b: [photo] lasagna 😋
a: YES. lock the door till i get there
b: k
""",
       tactics=["home alone", "pick up", "don't tell mom", "send a pic"], notes="19-year-old sister and brother",
       start="2026-03-27T16:30:00+00:00")
benign("b2b40_tg_group_con_photographers", "telegram", "group", "NorthCon Cosplay Photo Meetup (18+)", "",
       [member("a", "Lens_Lara"), member("b", "Vik Photo"), newcomer("c", "ArmorSmith", days_in=3),
        member("d", "Jess")],
       """
a: looking for models for the saturday shoot at the con, 18+ only, TFP
c: hi! new here, 26, I'll be in my armor build
a: perfect. send me a pic of the costume so I can plan the lighting
c: [photo]
b: gorgeous work. meet at the east entrance at 11?
d: I can bring the reflector. add me on whatsapp for the day, 555-0166
a: adding everyone to a whatsapp group now
""",
       tactics=["models wanted", "send pic", "meet", "whatsapp number"], notes="adult cosplay photographers",
       start="2026-08-01T12:00:00+00:00")
benign("b2b41_es_dc_dm_flirteo_misma_edad", "discord", "dm", "", "dm",
       [kid("a", "marcos"), kid("b", "alba")],
       """
a: oye alba, soy marcos de 2ºB
b: hola jaja ya sé
a: cuántos años tienes? yo cumplí 14 ayer
b: felicidades! yo también tengo 14
a: quieres ir al cine el sábado? con el grupo
b: vale, mi madre nos lleva
a: genial 😊
b: no le digas nada a Leo que se burla jaja
""",
       tactics=["coqueteo misma edad", "edad", "no le digas"], notes="two declared 14-year-olds", language="es",
       start="2026-10-05T18:00:00+00:00")
benign("b2b42_dc_group_staff_nitro_giveaway", "discord", "group", "Cozy Gamers Hangout", "giveaways",
       [member("mod", "Warden", "Moderator"), kid("a", "bunnybee", "13-15"), kid("b", "frostbyte", "13-15"),
        member("c", "lemonz", "16-17")],
       """
mod: 🎉 Nitro giveaway! React to enter. Winner picked Friday. Staff will never DM you for a photo or your address to "claim" it.
a: entered!!
b: same
c: if someone dms u saying u won, its fake btw
mod: Exactly. The winner is announced here only.
mod +3d: Winner: @frostbyte 🎉 check your DMs from the Warden account only
b: OMG thank u
""",
       tactics=["nitro giveaway", "staff quotes tactic", "check your DMs"], notes="staff giveaway",
       start="2026-03-06T17:00:00+00:00")
