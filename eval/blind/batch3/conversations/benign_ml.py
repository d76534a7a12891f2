"""Batch 3 part B: benign hard negatives in es, pt, de, fr, ru, it, nl, pl."""
from common import adult, benign, kid, member

B = []

# ---------------------------------------------------------------- Spanish

B.append(benign(
    "b3b19_tg_dm_es_adultos_cafe", "telegram", "dm", "dm", "dm",
    [adult("a", "Carmen"), adult("b", "Javi")],
    """
a: hola! eres el del intercambio de idiomas del jueves?
b: sí! javi, el del inglés horrible jaja
a: jajaja no era tan horrible
b: de dónde eres al final? no me quedó claro
a: de valencia pero vivo aquí desde hace 3 años
b: yo soy de aquí de toda la vida
a: tienes mascotas? vi un pelo de perro en tu chaqueta jaja
b: jaja sí, una perra que se llama luna. te mando foto
b: [foto] luna
a: qué bonitaaa cuántos años tiene
b: 5. y yo 32, por si te lo preguntabas jaja
a: jaja yo 29
b: quedamos para un café el sábado y seguimos practicando?
a: vale! te paso mi número, 655 555 014
b: guardado, te escribo por whatsapp
""",
    tactics=["adultos", "de dónde eres", "foto de mascota", "edad tardía", "número de teléfono", "quedar"],
    notes="Spanish: two adults from a language exchange; pet photo, ages declared late (32, 29), coffee, number.",
    language="es",
    start="2026-04-16T20:00:00+00:00",
))

B.append(benign(
    "b3b20_dc_group_es_insta_clase", "discord", "group", "2ºB ESO", "general",
    [kid("a", "Irene", "13-15"), kid("b", "Hugo", "13-15"), kid("c", "Noa", "13-15"), kid("d", "Pablo", "13-15")],
    """
a: alguien tiene los ejercicios de mates?
c: yo te mando foto ahora
c: [foto]
a: graciasss
b: oye cuál es vuestro insta que me he hecho uno nuevo
d: pablo_.07
c: noa.garcia_
a: irene.rm agregame
b: agregados todos
d: hugo pásame foto de tu perro nuevo que no lo he visto
b: [foto] se llama trufa
c: que monooo
a: cuántos meses tiene
b: 4 meses
""",
    tactics=["intercambio de insta entre compañeros", "mándame foto", "foto de deberes", "foto de perro"],
    notes="Spanish classmates (13-15 roles) swap Instagram handles, homework and puppy photos.",
    language="es",
    start="2026-02-24T17:00:00+00:00",
))

B.append(benign(
    "b3b21_tg_group_es_padres_recoger", "telegram", "group", "Padres 6ºA Colegio San Luis", "general",
    [adult("a", "Marta (mamá de Leo)"), adult("b", "Jorge (papá de Alba)"), adult("c", "Ana (mamá de Sara)")],
    """
a: hola! alguien puede recoger a leo el miércoles? salgo tarde del trabajo
b: yo recojo a alba a las 5, me llevo a leo sin problema
a: mil gracias jorge
c: ojo que el miércoles hay excursión, vuelven a las 6
b: ah vale, entonces a las 6
a: leo se quedará solo en casa una horita después, ya tiene llaves
c: mandadme vuestra dirección para las invitaciones del cumple de sara, cumple 12
b: calle olmo 8
a: te la mando por privado
""",
    tactics=["recoger al niño", "solo en casa", "mandar dirección", "cumpleaños 12"],
    notes="Spanish parents' group: school pick-up, child alone at home for an hour, address for a party invitation.",
    language="es",
    start="2026-05-05T08:30:00+00:00",
))

# ---------------------------------------------------------------- Portuguese

B.append(benign(
    "b3b22_dc_group_pt_aviso_mods", "discord", "group", "Turma do Minecraft BR", "avisos",
    [adult("m", "Mod Carol", "Moderador", "Adulto"), kid("a", "Enzo", "13-15"), kid("b", "Lara", "13-15")],
    """
m: ⚠️ AVISO DE SEGURANÇA
m: se alguém que vc não conhece perguntar "quantos anos vc tem", "ta sozinha em casa?" ou "seus pais olham seu celular?", avise um mod
m: NUNCA mande foto pra estranho, nem se prometerem diamantes ou robux. "me manda uma foto" de desconhecido = denunciar
m: e se falarem "não conta pros seus pais" ou "me chama no zap", é bandeira vermelha
a: e se for alguém da escola?
m: se vc conhece pessoalmente tudo bem, mas fotos só com quem vc confia de verdade
b: um cara pediu meu zap ontem e eu bloqueei
m: fez certo lara! manda print pra gente no privado dos mods
""",
    tactics=["aviso de segurança", "táticas citadas", "me manda uma foto", "não conta pros seus pais", "zap"],
    notes="Portuguese moderator safety notice quoting age, home-alone, photo, secrecy and WhatsApp cues.",
    language="pt",
    start="2026-03-01T13:00:00+00:00",
))

B.append(benign(
    "b3b23_tg_group_pt_troca_skins", "telegram", "group", "os brabos ff", "geral",
    [kid("a", "Caio"), kid("b", "Julia"), kid("c", "Miguel")],
    """
a: miguel me empresta sua conta pra pegar o passe? kkk
c: nem pensar
b: alguém troca a skin do evento por 200 diamantes?
a: eu troco mas só amanhã
b: fechou
c: me adiciona no jogo julia, meu id é 555012345
b: mandei solicitação
c: aceitei
a: semana que vem é meu aniversário, faço 13, quero ganhar diamantes de presente kkk
b: vou te dar um emote
""",
    tactics=["troca de skins entre amigos", "solicitação de amizade no jogo", "diamantes de presente", "faço 13"],
    notes="Portuguese friends' group: a skin traded for diamonds, in-game friend request, birthday gift.",
    language="pt",
    start="2026-06-06T18:00:00+00:00",
))

B.append(benign(
    "b3b24_tg_dm_pt_adultos_gatos", "telegram", "dm", "dm", "dm",
    [adult("a", "Renata"), adult("b", "Thiago")],
    """
a: oi, vc é o thiago da feira de adoção de sábado?
b: sou sim! adotou o gatinho laranja?
a: adotei!! olha ele
a: [foto]
b: que lindo, como ele se chama
a: paçoca kkk
b: perfeito
b: vc mora aqui perto da feira?
a: moro no centro, e vc?
b: zona norte. a propósito tenho 35, sou voluntário lá faz anos
a: eu 30, primeira vez adotando
b: se precisar de dica de veterinário me chama, meu número é (11) 5555-0192
a: salvei, obrigada!
""",
    tactics=["adultos", "foto de pet", "onde mora", "idade tardia", "troca de números"],
    notes="Portuguese: two adults from an adoption fair; kitten photo, where do you live, ages late, number.",
    language="pt",
    start="2026-04-19T21:00:00+00:00",
))

# ---------------------------------------------------------------- German

B.append(benign(
    "b3b25_dc_group_de_unterricht_warnsignale", "discord", "group", "Klasse 7c Medienkunde", "unterricht",
    [adult("t", "Herr Brandt", "Lehrer"), kid("a", "Mila", "13-15"), kid("b", "Ben", "13-15"), kid("c", "Yusuf", "13-15")],
    """
t: Aufgabe: Lest den Beispielchat und findet die Warnsignale.
t: "Wie alt bist du?" – "12" – "Du bist echt reif für dein Alter" – "Bist du allein zu Hause?" – "Schick mir ein Foto, aber sag es keinem" – "Ich kann dich abholen"
a: "sag es keinem" ist das schlimmste
b: und das mit dem abholen, da würde ich nie mitgehen
c: "reif für dein alter" ist auch komisch, das sagt man damit man sich besonders fühlt
t: Sehr gut! Was macht ihr, wenn euch das passiert?
a: screenshot machen und eltern oder lehrer sagen
t: Genau. Hausaufgabe: Plakat malen und ein Foto davon hier hochladen.
""",
    tactics=["Unterrichtsbeispiel mit Grooming-Zitaten", "Warnsignale finden", "Foto von Hausaufgabe"],
    notes="German lesson quoting a grooming chat; pupils name the warning signs.",
    language="de",
    start="2026-03-11T09:00:00+00:00",
))

B.append(benign(
    "b3b26_tg_dm_de_erwachsene_treffen", "telegram", "dm", "dm", "dm",
    [adult("a", "Stefan"), adult("b", "Julia K.")],
    """
a: Hi Julia, Stefan vom Chor. Treffen wir uns Donnerstag vor der Probe auf einen Kaffee?
b: Gern! Um 18 Uhr im Café am Markt?
a: Passt. Soll ich dich abholen? Liegt auf dem Weg
b: Nein danke, ich komme mit dem Rad
a: Ok. Schick mir deine Nummer, falls was ist
b: 0151 5550 1837
a: Danke! Bist du eigentlich auch neu im Chor?
b: Ja, seit Januar. Bin 38 und wollte endlich wieder singen
a: Ich bin 41, singe seit 20 Jahren, du wirst es lieben
""",
    tactics=["Erwachsene verabreden sich", "abholen", "Nummer schicken", "Alter"],
    notes="German: two adult choir members arrange coffee, pick-up offer, number swap, ages 38 and 41.",
    language="de",
    start="2026-02-19T12:00:00+00:00",
))

B.append(benign(
    "b3b27_dc_dm_de_hausaufgaben_foto", "discord", "dm", "dm", "dm",
    [kid("a", "Paul", username="paul.hh"), kid("b", "Leonie", username="leonie_09")],
    """
a: kannst du mir ein foto von den matheaufgaben schicken? hab mein heft vergessen
b: klar
b: [foto]
a: danke!!
b: schick mir mal ein bild von deinem plakat für bio, ich weiß nicht wie groß das sein soll
a: [foto]
a: bist du eigentlich schon zu hause?
b: ja mama holt mich heute nicht ab, bin mit dem bus
a: ok bis morgen
""",
    tactics=["Foto von Hausaufgaben", "bist du zu Hause", "abholen"],
    notes="German classmates swap homework photos and talk about getting home.",
    language="de",
    start="2026-01-14T16:00:00+00:00",
))

# ---------------------------------------------------------------- French

B.append(benign(
    "b3b28_dc_dm_fr_ados_flirt", "discord", "dm", "dm", "dm",
    [kid("a", "Théo", username="theo.lbt"), kid("b", "Chloé", username="chlochlo_14")],
    """
a: salut c'est théo de 4e B
b: ah salut
a: t'as quel âge en fait ? t'as l'air plus âgée
b: 14 et toi
a: 14 aussi
a: tu veux venir au ciné samedi avec moi ? enfin avec la bande
b: avec la bande ouais ok 😊
a: trop bien
b: ma mère nous dépose et ton père vient nous chercher ?
a: ouais il a dit ok
b: tu mets quoi ? on s'habille en noir genre pour le film d'horreur
a: mdr ok en noir
""",
    tactics=["ados même âge", "t'as quel âge", "sortie ciné", "tu mets quoi", "parents conduisent"],
    notes="French: two declared 14-year-old classmates arranging a cinema outing with parents driving.",
    language="fr",
    start="2026-03-20T18:00:00+00:00",
))

B.append(benign(
    "b3b29_tg_group_fr_parents_sortie", "telegram", "group", "Parents CM2 École Jean Moulin", "général",
    [adult("a", "Sophie (maman de Lucas)"), adult("b", "Karim (papa d'Inaya)"), adult("c", "Mme Durand (maîtresse)")],
    """
c: Bonjour, sortie au musée vendredi. Retour à l'école à 16h30.
a: Karim tu peux récupérer Lucas ? Je finis à 18h
b: Pas de souci, je le ramène à la maison avec Inaya
a: Merci ! Il a ses clés, il restera seul une heure, c'est bon
c: Pensez à m'envoyer une photo de l'autorisation signée
b: [photo] autorisation Inaya
a: Je l'envoie ce soir
""",
    tactics=["récupérer l'enfant", "seul à la maison", "envoyer une photo", "parents"],
    notes="French parents' group: museum trip pick-up, child home alone for an hour, photo of a signed form.",
    language="fr",
    start="2026-05-18T07:45:00+00:00",
))

B.append(benign(
    "b3b30_tg_group_fr_anniv_surprise", "telegram", "group", "Anniv surprise de Jade 🎂", "général",
    [kid("a", "Lina"), kid("b", "Hugo"), kid("c", "Maëlle")],
    """
a: ok c'est secret, personne le dit à jade !!
b: promis 🤐
c: elle aura 13 ans samedi
a: hugo tu peux envoyer des photos d'elle pour le diaporama ?
b: ouais j'en ai plein du voyage
c: et on supprime ce groupe après la fête sinon elle va le voir
a: sa mère vient nous chercher à 15h pour aller chez elle
b: trop hâte
""",
    tactics=["secret d'anniversaire", "personne le dit", "envoyer des photos", "supprimer le groupe", "13 ans"],
    notes="French friends planning a surprise 13th birthday: secrecy, deleting the group, photos for a slideshow.",
    language="fr",
    start="2026-06-02T17:00:00+00:00",
))

# ---------------------------------------------------------------- Russian

B.append(benign(
    "b3b31_dc_group_ru_zayavka_v_druzya", "discord", "group", "Бравл Старс Команда", "поиск-команды",
    [kid("a", "Миша", "13-15"), kid("b", "Лиза", "13-15"), member("c", "Егор", "16-17")],
    """
a: кто в команду на турнир?
b: я! кинь тег
a: #mishka555
b: отправила заявку в друзья
a: принял
c: я тоже, добавьте меня в игре, ник egor_pro
a: отправил
c: го в войс через 5 мин
b: ок, только я без микро, мама спит
""",
    tactics=["заявка в друзья в игре", "добавьте меня", "войс"],
    notes="Russian game team-finding: tags, in-game friend requests, a voice channel.",
    language="ru",
    start="2026-02-08T15:00:00+00:00",
))

B.append(benign(
    "b3b32_tg_group_ru_domashka_foto", "telegram", "group", "7Б класс 📚", "общий",
    [kid("a", "Аня"), kid("b", "Кирилл"), kid("c", "Соня"), adult("t", "Ольга Петровна")],
    """
a: скиньте фото домашки по алгебре пожалуйста
c: [фото]
a: спасибо соня
b: а кто фоткал расписание на завтра?
t: Ребята, расписание закреплено. И пришлите фото рисунков к конкурсу до пятницы
c: [фото] мой рисунок
b: соня круто получилось
c: спасибо)
""",
    tactics=["фото домашки", "скиньте фото", "фото рисунка", "учитель"],
    notes="Russian class group: homework and drawing photos requested among classmates and by the teacher.",
    language="ru",
    start="2026-03-04T16:30:00+00:00",
))

B.append(benign(
    "b3b33_tg_dm_ru_vzroslye_svidanie", "telegram", "dm", "dm", "dm",
    [adult("a", "Алексей"), adult("b", "Марина")],
    """
a: привет, это алексей с курсов испанского
b: привет) узнала
a: как тебе последнее занятие?
b: сложно, но интересно
a: может сходим в кофейню в субботу, позанимаемся вместе?
b: давай) во сколько?
a: в 12 у метро? могу тебя встретить
b: ок. мне 33 если что, чтобы без сюрпризов ахах
a: ахах мне 35. что наденешь, чтобы я тебя узнал?
b: красное пальто
a: отлично, до субботы
""",
    tactics=["взрослые договариваются о встрече", "могу встретить", "что наденешь", "возраст"],
    notes="Russian: two adults (33, 35) from a language course arrange a café date; 'what will you wear'.",
    language="ru",
    start="2026-04-23T19:00:00+00:00",
))

# ---------------------------------------------------------------- Italian

B.append(benign(
    "b3b34_tg_group_it_avviso_sicurezza", "telegram", "group", "Gruppo Scout Ragazzi Reparto Aquile", "generale",
    [adult("m", "Capo Reparto Elena"), kid("a", "Tommaso"), kid("b", "Chiara")],
    """
m: Promemoria sicurezza online per tutti i ragazzi:
m: se uno sconosciuto vi chiede "quanti anni hai?", "sei solo a casa?" o "mandami una foto", non rispondete e avvisate un capo o i genitori
m: anche "non dirlo ai tuoi" o "scrivimi su snap" sono campanelli d'allarme
a: e se uno ci offre skin gratis?
m: stessa cosa: nessuno regala niente in cambio di foto
b: ok grazie elena
m: sabato ritrovo alle 15, i genitori vi vengono a prendere alle 18
""",
    tactics=["avviso sicurezza", "tattiche citate", "mandami una foto", "non dirlo ai tuoi", "venire a prendere"],
    notes="Italian scout leader's safety reminder quoting grooming lines, plus a parents' pick-up time.",
    language="it",
    start="2026-02-26T18:00:00+00:00",
))

B.append(benign(
    "b3b35_dc_group_it_amici_snap", "discord", "group", "3ªB Media Manzoni", "chiacchiere",
    [kid("a", "Greta", "13-15"), kid("b", "Samuele", "13-15"), kid("c", "Bea", "13-15"), kid("d", "Leo", "13-15")],
    """
a: ragaaa chi ha snap? facciamo il gruppo della gita
b: io sam.bianchi
c: bea.rossi_
d: leo_08 aggiungetemi
a: aggiunti tutti
c: greta mandami una foto della versione di latino pls
a: [foto]
c: grazie sei un angelo
b: leo ma quanti anni compie tua sorella? le facciamo un regalo?
d: 11, le piacciono i pennarelli
""",
    tactics=["scambio snap tra compagni", "mandami una foto", "compiti", "regalo"],
    notes="Italian classmates swap Snapchat names for a class trip group and a Latin homework photo.",
    language="it",
    start="2026-04-08T16:00:00+00:00",
))

B.append(benign(
    "b3b36_tg_dm_it_mamma_prendere", "telegram", "dm", "dm", "dm",
    [adult("m", "Mamma"), kid("k", "Nico")],
    """
m: Sei arrivato a casa?
k: sì
m: Sei solo? Papà arriva alle 7
k: sì sono solo
m: Non aprire a nessuno. La pasta è nel frigo
k: ok
m: Mandami una foto del diario che voglio vedere i compiti
k: [foto]
m: Bravo 😄 Domani ti vengo a prendere io dopo calcio
k: ok ciao
""",
    tactics=["sei solo a casa", "mandami una foto", "ti vengo a prendere", "genitore"],
    notes="Italian mother checks her son is home alone safely, asks for a photo of his diary, pick-up after football.",
    language="it",
    start="2026-01-22T14:30:00+00:00",
))

# ---------------------------------------------------------------- Dutch

B.append(benign(
    "b3b37_tg_dm_nl_volwassenen_honden", "telegram", "dm", "dm", "dm",
    [adult("a", "Sanne"), adult("b", "Joost")],
    """
a: hoi! jij bent toch van de hondenuitlaatgroep in het vondelpark?
b: jazeker, met de grote bruine labrador
a: haha ja. stuur eens een foto van hem, mijn dochter wil hem zien
b: [foto] dit is Bruno
a: wat een schatje, hoe oud is hij?
b: 7 alweer. en ik ben 44 haha
a: ik 39, zaterdag weer om 10 uur wandelen?
b: top. mijn nummer is 06 5555 0123 voor als je later bent
a: opgeslagen!
""",
    tactics=["volwassenen", "stuur een foto", "hoe oud is hij", "leeftijd", "nummer uitwisselen", "afspreken"],
    notes="Dutch: two adult dog walkers swap a dog photo, ages (44, 39), a walk and phone numbers.",
    language="nl",
    start="2026-05-01T19:00:00+00:00",
))

B.append(benign(
    "b3b38_dc_thread_nl_les_rode_vlaggen", "discord", "thread", "Mediawijs klas 1B", "les-online-veiligheid",
    [adult("t", "Juf Annemiek", "Docent"), kid("a", "Daan", "13-15"), kid("b", "Fleur", "13-15")],
    """
t: Lees dit nepgesprek en noem de rode vlaggen:
t: "hoe oud ben je?" "je bent zo volwassen" "zijn je ouders thuis?" "stuur eens een foto" "zeg het niet tegen je ouders" "voeg me toe op snap"
a: "zeg het niet tegen je ouders" is de grootste
b: en iemand die je niet kent die een foto wil
t: Goed zo! Wat doe je dan?
a: blokkeren en het tegen een volwassene zeggen
t: Precies. Maak een poster en stuur er een foto van hier in de thread.
""",
    tactics=["lesvoorbeeld met grooming-citaten", "rode vlaggen", "stuur een foto van poster"],
    notes="Dutch lesson thread quoting a grooming dialogue for pupils to spot red flags.",
    language="nl",
    start="2026-03-13T10:00:00+00:00",
))

B.append(benign(
    "b3b39_dc_group_nl_robux_ruilen", "discord", "group", "Roblox NL Vrienden", "algemeen",
    [kid("a", "Sem", "13-15"), kid("b", "Lotte", "13-15"), kid("c", "Milan", "13-15")],
    """
a: lotte wil je mijn huisdier ruilen voor 250 robux?
b: 200
a: oke deal
b: stuur me een vriendschapsverzoek, ik ben lotte_xd
a: verstuurd
b: geaccepteerd
c: ik word volgende week 13, wie geeft me robux 😂
a: ik geef je 50 als cadeau
c: yesss
""",
    tactics=["robux ruilen tussen vrienden", "vriendschapsverzoek in spel", "verjaardag cadeau"],
    notes="Dutch friends trade a Roblox pet for robux, in-game friend request, birthday gift.",
    language="nl",
    start="2026-02-21T15:00:00+00:00",
))

# ---------------------------------------------------------------- Polish

B.append(benign(
    "b3b40_tg_group_pl_rodzice_odbior", "telegram", "group", "Rodzice 5a SP 12", "ogólny",
    [adult("a", "Monika (mama Zosi)"), adult("b", "Piotr (tata Kacpra)"), adult("c", "Pani Ewa (wychowawczyni)")],
    """
c: Dzień dobry, w piątek wycieczka, powrót o 16.
a: Piotr, odbierzesz Zosię? Ja pracuję do 18
b: Jasne, odbiorę ją razem z Kacprem
a: Dzięki! Ma klucze, posiedzi godzinę sama w domu
c: Proszę o zdjęcie podpisanej zgody do czwartku
b: [zdjęcie] zgoda Kacpra
a: Wyślę wieczorem
""",
    tactics=["odbiór dziecka", "sama w domu", "zdjęcie zgody", "rodzice"],
    notes="Polish parents' group: school-trip pick-up, child alone at home for an hour, photo of a consent form.",
    language="pl",
    start="2026-05-14T07:30:00+00:00",
))

B.append(benign(
    "b3b41_dc_group_pl_snapy_klasa", "discord", "group", "7b Szkoła 3", "ogólny",
    [kid("a", "Wiktoria", "13-15"), kid("b", "Franek", "13-15"), kid("c", "Hania", "13-15")],
    """
a: dajcie snapy, robię grupę klasową
b: franek.k
c: hania_z
a: dodałam was
b: wiktoria wyślesz mi zdjęcie zadania z polskiego?
a: [zdjęcie]
b: dzięki
c: ile lat kończy twój brat? kupujemy mu coś?
a: 10, lubi lego
""",
    tactics=["wymiana snapów między kolegami", "wyślij zdjęcie zadania", "ile lat"],
    notes="Polish classmates swap Snapchat names and a homework photo.",
    language="pl",
    start="2026-03-25T16:00:00+00:00",
))

B.append(benign(
    "b3b42_dc_dm_pl_dorosli_kawa", "discord", "dm", "dm", "dm",
    [adult("a", "Marek", username="marek.board"), adult("b", "Agnieszka", username="aga_gry")],
    """
a: cześć, to ja z wieczoru planszówek
b: cześć! fajnie było
a: może kawa w tygodniu? możemy pograć w coś nowego
b: chętnie, środa 18?
a: pasuje. mogę po ciebie podjechać
b: dam radę tramwajem 🙂
a: ok. tak w ogóle mam 36, żeby było jasne haha
b: 34, spoko
a: daj numer, napiszę jak będę na miejscu
b: 555 012 347
""",
    tactics=["dorośli umawiają się", "mogę po ciebie podjechać", "wiek", "numer telefonu"],
    notes="Polish: two adults from a board-game evening arrange coffee, ages 36 and 34, number swap.",
    language="pl",
    start="2026-04-29T20:00:00+00:00",
))
