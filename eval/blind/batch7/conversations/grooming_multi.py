"""Blind batch 7c, grooming conversations in Spanish, Portuguese, German, French, Russian and Italian.

Invented people, handles and numbers only. ``!`` marks the suspect's first unambiguous risky move.
"""

from __future__ import annotations

from eval.grooming.script import convo, kid, member, newcomer

CONVS = []


def add(c):
    CONVS.append(c)
    return c


# ---------------------------------------------------------------------------------------------
# g7c16 (it): Telegram personal chat; a 26-year-old and a 13-year-old from a Fortnite group;
# v-bucks for a photo "only for me", keep it from her parents.
add(convo(
    "g7c16_it_tg_dm_vbucks_foto", "telegram", "dm", "", "",
    [newcomer("s", "Luca"), kid("k", "Giuli ✨")],
    """
s: ciao! sei quella che ha fatto la vittoria reale ieri nel gruppo squad? 
k +20: si ahah ero io
s: brava!! giochi da tanto?
k: da un anno circa
s: si vede. io gioco da quando è uscito lol
k: wow
s: quanti anni hai se posso?
k: 13, tu?
s: 26, lo so sono vecchio ahah
k: ahaha no dai
s: fai la terza media?
k: sì, quest'anno ho l'esame 😩
s: tranquilla andrà benissimo, sei sveglia si capisce
k: grazie 😊
s +1d: buongiorno giuli! hai visto la nuova skin?
k +2h: siii ma costa 1500 v-bucks 😭
s: se vuoi te li regalo io i v-bucks
k: davvero??
s !: certo, ti regalo 1000 v-bucks se mi mandi una foto tua, solo per me 📸
k: tipo un selfie?
s: sì un selfie carino, magari senza la felpa
k: ok dopo
s: però non dirlo ai tuoi, sai come sono i genitori, pensano subito male
k: ok
s: sei sola in camera adesso?
k: sì
s: allora mandala ora dai 😘
""",
    tactics=["age_probe", "flattery", "gift_offer", "photo_request", "sexual_talk", "secrecy", "isolation"],
    notes="Italian; adult states 26; v-bucks offered, then tied to a photo 'solo per me' (critical)",
    language="it",
    start="2026-04-18T15:00:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c17 (es): long Discord DM, Mexican register; a 29-year-old and a 13-year-old girl who plays
# Free Fire; diamonds for a photo with no filter, secrecy, deleting the chat.
add(convo(
    "g7c17_es_dc_dm_freefire_diamantes", "discord", "dm", "", "dm",
    [newcomer("s", "nacho_ff", account=15), kid("k", "vale.r", account=520)],
    """
s: que onda, tu eres la del clan LunaRoja verdad?
k +30: sii jaja por?
s: te vi en la partida de anoche, que buena con la m1887 🔥
k: jajaja gracias, fue suerte
s: nada de suerte, jugaste mejor que todos los hombres de la sala
k: jajaja
s: desde cuando juegas
k: desde los 10 mas o menos
s: ah entonces llevas rato. cuantos años tienes ahorita?
k: 13
s: neta? juegas como de 20 jaja
k: jajaja no exageres
s: yo tengo 29, juego desde el trabajo en los descansos
k: en que trabajas
s: en una bodega, soy encargado. aburrido jaja
k: suena aburrido si jaja
s +3h: ya saliste de la escuela?
k: si ya estoy en mi casa
s: que tal te fue
k: mal, reprobé el examen de mate
s: no manches. tus papás se enojaron?
k: mi mamá todavía no sabe. mi papá ni vive con nosotras
s: uy lo siento. y te regañan mucho?
k: mi mamá si, siempre está de malas por el trabajo
s: se nota que nadie te apapacha en esa casa jaja
k: jaja algo así
s: pues aquí tienes un amigo, cuando quieras platicar
k: gracias nacho
s +1d: buenos días vale 😊
k +5h: holaa
s: oye tu mamá revisa tu cel?
k: a veces, pero casi nunca
s: ok nomas preguntaba
k: por?
s: por nada, hay mamás bien chismosas jaja
k: jajaja la mía no tanto
s: cuantos diamantes tienes
k: como 80 😭 quiero el pase élite
s: el pase cuesta como 500 no?
k: sii
s: yo tengo de sobra en mi cuenta
k: que suertee
s !: te paso 500 diamantes si me mandas una foto tuya ahorita, sin filtro 📸
k: una foto mía? para qué
s: pa ver con quién hablo pues, no seas payasa jaja
k: ok pero nomás una
k +4: ya
s: wow eres más bonita de lo que pensé 😍
s: ahí van los diamantes, revisa
k: ya me llegaron!! gracias
s: de nada mi reina. nomás no le digas a tu mamá ni a las del clan, se ponen celosas
k: ok
s: y borra este chat al rato, por si tu mamá revisa
k: va
s: estás sola ahorita?
k: sí, mi mamá llega a las 9
s: mándame otra pero sin la sudadera 😏
""",
    tactics=["flattery", "age_probe", "isolation", "gift_offer", "photo_request", "secrecy", "sexual_talk"],
    notes="Spanish (Mexico), long DM over two days; adult states 29, child 13; critical = diamonds for a "
          "photo 'sin filtro'",
    language="es",
    start="2026-02-25T22:00:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c18 (es): Spain; manga meetup group on Telegram; a newcomer offers to pick a 14-year-old up at
# school and go to the manga fair, without telling her parents. Her friend also shares cues.
add(convo(
    "g7c18_es_tg_group_recoger_insti", "telegram", "group", "Quedadas Manga Madrid", "",
    [newcomer("s", "Dani", days_in=4),
     kid("k", "Irene 🌸"), kid("f", "Marta"), member("m", "Javi (admin)")],
    """
m: recordad que el salón del manga es el fin de semana del 14, las entradas ya están a la venta
f: irene vamos juntas??
k: siii si me deja mi madre jaja
f: díselo hoy!!
k: ok, le digo que vamos con tu hermano
s +10: yo también voy! primera vez en el grupo, hola a todos 👋
m: bienvenido Dani
s: irene de qué vas a ir cosplay?
k: de nezuko creo
s: te va a quedar genial, seguro que eres de las más guapas del salón
k: jajaja gracias
f: y yo qué 😂
s: tú también marta jaja. en qué curso estáis?
k: en 3º de la ESO
f: y yo igual, somos de la misma clase
s: ah qué monas. irene, a qué insti vas?
k: al de mi barrio, en carabanchel
s !: si quieres el viernes te recojo a la salida del insti y vamos juntos al salón, te invito a la entrada. no hace falta que se lo digas a tus padres
f: ??? 
k: eh no gracias, voy con marta
s: vale vale, era por ayudar. pásame tu insta por si acaso
m: Dani aquí no se piden datos a menores, aviso
""",
    tactics=["flattery", "age_probe", "personal_info", "meeting", "gift_offer", "secrecy", "platform_move"],
    notes="Spanish (Spain); meeting proposal (pick-up at school) with secrecy from parents is the critical "
          "move; friend and child talk about going with her brother (benign cue)",
    language="es",
    start="2026-03-04T17:30:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c19 (pt): fake kids' modelling agency on Telegram; a 12-year-old; three photos, don't tell
# mum yet, video call alone in her room.
add(convo(
    "g7c19_pt_tg_dm_agencia_modelo", "telegram", "dm", "", "",
    [newcomer("s", "Renata • Agência Brilho Kids"), kid("k", "Bia")],
    """
s: Oi Bia, tudo bem? Sou a Renata da Agência Brilho Kids 💫 vi suas fotos no grupo de ginástica e você tem um rosto perfeito pra campanha que estamos fechando
k +40: oiii sério??
s: Sério! Você tem quantos aninhos e mora em qual cidade?
k: 12, moro em campinas
s: Ótimo, a marca quer meninas de 11 a 13. O cachê é de R$ 800 por dia de foto
k: nossa 😱
s: Você tem muito potencial, de verdade. Poucas meninas têm esse olhar
k: obrigadaaa
s !: Pra eu montar seu book preciso de 3 fotos hoje: rosto sem maquiagem, corpo inteiro em pé na parede, e uma de perfil com roupa de ginástica
k: pode ser amanhã?
s: Tem que ser hoje, a seleção fecha à noite 😬
k: ok
s: E por enquanto não conta pra sua mãe, tá? Quando você for aprovada a gente conta junto, é surpresa. Muitas mães ficam com medo e a menina perde a vaga
k: tá bom
s: Depois faço uma chamada de vídeo rapidinha pra ver sua postura. Você fica sozinha no quarto à noite?
k: fico, minha irmã dorme na sala
s: Perfeito. Às 21h então, com a câmera ligada 📹
""",
    tactics=["modeling_lure", "age_probe", "personal_info", "flattery", "photo_request", "secrecy", "isolation"],
    notes="Portuguese (Brazil); fake modelling agency, fee offered; critical = three book photos; then "
          "secrecy from the mother and a camera call alone",
    language="pt",
    start="2026-05-12T19:00:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c20 (pt): Free Fire clan server, general channel; a 25-year-old newcomer says it outright,
# moves a 13-year-old to private chat and gives a WhatsApp number written partly in words.
add(convo(
    "g7c20_pt_dc_group_zap_pv", "discord", "group", "Clã Fênix FF 🔥", "geral",
    [newcomer("s", "Rafa_25", days_in=2, account=12),
     kid("k", "Lari", "13-15", days_in=240), kid("f", "Duda", "13-15", days_in=300),
     member("b", "Gui", "16-17", days_in=500)],
    """
f: alguém cola no x1 dos crias?
b: bora, 5 min
k: eu vou também, só terminar a tarefa
f: lari tarefa de q
k: de ciências, aquela do sistema solar 😩
s +6: salve rapaziada, entrei ontem. quem tá on?
b: eu
s: quantos anos vcs tem? pra eu saber se tô no lugar certo kkk
f: 13
k: 13 tbm
b: 16
s: tenho 25 mas sou de boa kkkk
s: lari tu joga muito, vi tua partida ontem
k: kkkk valeu
s: tu tem diamante?
k: quase nada kkk
s: eu te passo uns diamantes
f: e eu? 😂
s: depois vc duda kkk
s !: lari me chama no pv que eu te passo lá, aqui no grupo fica chato
k: pv do discord?
s: melhor no zap. 11 9 cinco cinco cinco cinco - zero um dois três
b: mano que isso
s: relaxa é só pra passar os diamantes kkk
s: e não precisa falar pros teus pais, eles não entendem de jogo
f: lari cuidado
""",
    tactics=["age_probe", "flattery", "gift_offer", "platform_move", "secrecy"],
    notes="Portuguese (Brazil); adult states 25 in a kids' clan channel; critical = 'me chama no pv'; "
          "number partly spelled ('cinco cinco...')",
    language="pt",
    start="2026-03-15T20:00:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c21 (de): a long-time "Helfer" handles a 13-year-old's scam report in a private thread, asks
# whether she is home alone, then a photo "only for me" and silence towards the other mods.
add(convo(
    "g7c21_de_dc_private_thread_helfer_foto", "discord", "private_thread", "Pixel Pals DE", "support-lena",
    [member("s", "Sturmwind", "Helfer", "Erwachsen", days_in=650, account=1800),
     kid("k", "Lena", "13-15", days_in=180, account=300)],
    """
k: hallo, jemand hat mir geschrieben dass ich gratis skins bekomme wenn ich mein passwort schicke
s +5: Hi Lena! Gut dass du dich meldest. Hast du das Passwort geschickt?
k: nein zum glück nicht
s: Sehr gut, das war ein Betrüger. Ich hab ihn gesperrt 👍
k: danke!!
s: Gerne. Wie alt bist du eigentlich? Du schreibst echt vernünftig
k: 13
s: Du wirkst viel reifer als 13, ehrlich
k: haha danke
s: Bist du oft allein zuhause nachmittags?
k: ja meine eltern arbeiten beide bis 6
s: Verstehe. Dann langweilst du dich bestimmt manchmal
k: ein bisschen
s: Du kannst mir jederzeit schreiben, ich bin eh fast immer online
k: ok cool
s !: Schick mir mal ein Foto von dir, nur für mich, damit ich weiß mit wem ich rede 😊
k: warum?
s: Einfach so. Ich kenn ja nur deinen Avatar
k: hmm ok
s: Und erzähl den anderen Mods nichts davon, die verstehen sowas falsch. Bleibt unter uns
k: ok
""",
    tactics=["age_probe", "flattery", "isolation", "photo_request", "secrecy"],
    notes="German; server Helper of almost two years in a private support thread; critical = photo 'nur "
          "für mich'",
    language="de",
    start="2026-01-12T15:30:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c22 (de): sextortion in a Telegram personal chat; a claimed 16-year-old girl and a 14-year-old.
add(convo(
    "g7c22_de_tg_dm_erpressung", "telegram", "dm", "", "",
    [newcomer("s", "Mia K."), kid("k", "Finn")],
    """
s: hey du bist doch im brawl stars clan von leon oder?
k +15: ja wieso
s: hab dein profil gesehen, bist süß 🙈
k: haha danke. wer bist du
s: mia, 16, aus köln. und du?
k: 14, aus bochum
s: cool nicht so weit weg
k: ja stimmt
s: was spielst du noch so außer brawl?
k: fifa und manchmal fortnite
s: fifa ist so langweilig 😂
s !: schick mal ein bild von dir, ich schick dir dann auch eins 😘
k: echt?
s: klar ist nur fair
k +5: ok hab geschickt
s +3: so pass auf. ich hab das bild und die liste von deinen freunden
s: du schickst mir 50€ paysafe in der nächsten stunde oder ich schick das bild an deine klasse und deine eltern
k: was?? bitte nicht
s: sag niemandem was, sonst geht es sofort raus
""",
    tactics=["flattery", "age_probe", "photo_request", "sextortion", "secrecy"],
    notes="German; fast sextortion by a claimed 16-year-old girl; critical = photo exchange request",
    language="de",
    start="2026-02-01T21:15:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c23 (fr): Discord DM; 'Théo' says 16, admits 19; the 13-year-old asks the age back; moves to
# Snapchat with a leet handle, asks for a photo there and silence towards her mother.
add(convo(
    "g7c23_fr_dc_dm_snap_age_back", "discord", "dm", "", "dm",
    [newcomer("s", "theo.lbl", account=8), kid("k", "ines_mlp", account=600)],
    """
s: salut ! t'es dans le serveur des fans de genshin toi non ?
k +9: oui pk
s: j'ai vu ton fan art de furina il est trop beau
k: ah merci 😊
s: tu dessines depuis longtemps ?
k: depuis la 6e
s: t'es en quelle classe maintenant
k: en 4e. et toi t'as quel âge ?
s: 16 
k: ok
s: et toi 13 ?
k: oui
s: t'es grave mature pour 13 ans franchement
k: mdr merci
s +20: bon j'avoue j'ai 19 en vrai, mais c'est pas grave hein
k: ah. bon ok
s !: ajoute moi sur sn@p c'est mieux ici ça bug : theo.lbl09
k: ok
s: envoie moi une photo de toi quand tu m'as ajouté, que je sache que c'est toi
k: d'accord
s: et dis rien à ta mère, elle comprendrait pas qu'on parle
""",
    tactics=["age_probe", "flattery", "platform_move", "photo_request", "secrecy"],
    notes="French; suspect claims 16 then admits 19; child asks the age back; 'sn@p' leet",
    language="fr",
    start="2026-04-05T18:40:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c24 (fr): Minecraft 12-16 group on Telegram; a newcomer claiming 15 asks a 12-year-old to turn
# her camera on in a video call; her friend pushes back.
add(convo(
    "g7c24_fr_tg_group_camera", "telegram", "group", "Minecraft FR 12-16 ans 🇫🇷", "",
    [newcomer("s", "Kev", days_in=1),
     kid("k", "Chloé"), kid("f", "Sarah"), kid("b", "Noah")],
    """
b: qqn pour un bedwars ?
f: moi ! chloé tu viens ?
k: oui attendez je mange
s +5: slt tout le monde, je suis nouveau
b: slt
s: vous avez quel âge ?
f: 13
k: 12 et toi ?
s: 15. chloé t'es une fille ?
k: bah oui mdr
s: cool y'a pas beaucoup de filles ici
f: si y'a moi aussi 🙄
s: on fait un appel ce soir ?
b: on fait toujours les parties en vocal sur discord
s !: chloé viens en appel vidéo avec moi, allume ta caméra stp je veux voir si t'es vraiment une fille
f: non mais t'es chelou
k: non merci
s: allez juste 2 minutes, je t'envoie des minecoins
b: je signale à l'admin
""",
    tactics=["age_probe", "photo_request", "gift_offer"],
    notes="French; claimed 15; critical = camera request in a video call; gift added when refused",
    language="fr",
    start="2026-03-11T18:10:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c25 (ru): Telegram personal chat; a 27-year-old and a 13-year-old who likes K-pop and dance.
add(convo(
    "g7c25_ru_tg_dm_foto_vstrecha", "telegram", "dm", "", "",
    [newcomer("s", "Артём"), kid("k", "Настя")],
    """
s: привет) ты из чата фанатов стрэй кидс?
k +20: привет да
s: кто твой биас?
k: хенджин конечно 😍
s: понятно) а ты танцуешь? видел видео в чате
k: да хожу на кавер денс
s: круто получается, правда
k: спасибо)
s: сколько тебе лет?
k: 13. а тебе?
s: мне 27, не пугайся)) просто люблю музыку
k: ааа ок
s: в каком ты классе?
k: в 7
s: ты очень взрослая для своих лет, с тобой интересно
k: хаха спасибо
s +1d: как дела в школе?
k +3h: норм, по алгебре тройку получила
s: ну это не страшно) родители ругали?
k: мама да. папа на вахте
s: понятно. ты сейчас одна дома?
k: да мама до 8 на работе
s: а она проверяет твой телефон?
k: неа
s !: скинь фотку, хочу увидеть тебя нормально, а не только аватарку 😊
k: ну ладно
k +3: вот
s: красивая 😍 
s: только переписку потом удали, ладно? мама не поймёт
k: ок
s: давай в субботу встретимся у тц, куплю тебе альбом стрэй кидс
k: правда??
s: да) только никому не говори
""",
    tactics=["age_probe", "flattery", "isolation", "photo_request", "secrecy", "meeting", "gift_offer"],
    notes="Russian; adult states 27, child 13; critical = 'скинь фотку'; then deleting the chat and a "
          "meeting with a gift",
    language="ru",
    start="2026-03-23T14:00:00+00:00",
))


# ---------------------------------------------------------------------------------------------
# g7c26 (ru): Standoff 2 server; a newcomer with no stated age offers skins and moves a boy to
# Telegram with a spaced app name and a handle, then asks for a video of himself.
add(convo(
    "g7c26_ru_dc_group_telega_skiny", "discord", "group", "Standoff 2 RU", "общий",
    [newcomer("s", "Vlad_Trade", days_in=1, account=5),
     kid("k", "Миша", "13-15", days_in=200), kid("f", "Дэн", "13-15", days_in=320),
     member("m", "Санёк", "18+", days_in=700)],
    """
f: кто на ммку?
k: я, через 10 мин
m: я тоже
s +4: всем ку. кто хочет скины бесплатно? у меня лишние
f: ага конечно 😂
s: серьёзно. миша, ты сколько лет играешь?
k: 2 года
s: а тебе самому сколько?
k: 12
s: норм. у тебя есть нож?
k: нет(
s !: пиши мне в т е л е г у, там скину нож: @vlad_skins555
k: реально?
s: да, только там надо будет по видео показать что ты не бот
f: миша это развод
s: не развод. и маме не говори, а то отберёт телефон
m: тебе сколько лет вообще, мужик?
""",
    tactics=["gift_offer", "age_probe", "platform_move", "photo_request", "secrecy"],
    notes="Russian; no stated age; critical = move to Telegram ('т е л е г у' spaced) with a handle for a "
          "gift; video 'proof'",
    language="ru",
    start="2026-04-22T16:30:00+00:00",
))
