from common import *

AP, FL, IS, SE, PI, PM = "age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move"
PR, GO, ME, ML, SX, ST = "photo_request", "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"

lang("it")

# risky
R("sei molto matura per la tua età, davvero, parli come una di vent'anni", [FL], note="mature-for-age")
R("quanti anni hai? che classe fai, prima media?", [AP], note="age + grade probe")
R("i tuoi ti controllano il telefono?", [IS], note="phone-check probe")
R("resta tra noi, non dirlo a tua madre ok?", [SE], note="secrecy")
R("dammi il tuo whatsapp, qui i mod leggono tutto", [PM], note="move to WhatsApp")
R("ti regalo 1000 robux se mi mandi una foto", [GO, PR], note="gift for photo")
R("ti vengo a prendere all'uscita di scuola venerdì, dì ai tuoi che sei da un'amica", [ME, SE], note="pick-up + cover story")
R("Lavoro per un'agenzia di modelli per bambini a Milano, hai un viso perfetto. Mandami qualche foto a figura intera", [ML, PR], note="modelling scout")
R("se mi blocchi mando la foto a tutta la tua classe", [SX], note="sextortion")
R("cosa indossi adesso?", [ST], note="clothes question")
R("hai mai baciato qualcuno? 😏", [ST], note="kissing question")
R("sei sola a casa stasera?", [IS], note="alone probe")
R("ahah bella partita. comunque dimmi in che via abiti così ti mando un regalino, domani rigiochiamo?", [PI, GO], note="multi-clause: address in middle")
R("sei già a letto? 😘", [ST], note="bed question")
R("raga lei è la più carina del server 😍 hai il ragazzo?", [FL, ST], note="looks + dating question")
# evasion
R("aggiungimi sull'app del fantasmino giallo, stesso nome", [PM], note="evasion: described app (Snapchat)", ev="described_app")
R("il mio numero: cinque cinque cinque, zero uno sei otto", [PM], note="evasion: digits spelled out", ev="contact_shape")
R("m.a.n.d.a f.o.t.o", [PR], note="evasion: dots between letters", ev="dots_dashes")
R("🤫🤐 segreto ok?", [SE], note="evasion: emoji secrecy cue", ev="emoji_cue")
R("quant anni ai? 6 sola a casa?", [AP, IS], note="evasion: phonetic/shorthand (6 = sei)", ev="phonetic")
R(spread("accendi la cam", ZWSP), [PR], note="evasion: zero-width between letters", ev="zero_width")
R("t3l3gr@m? ti scrivo lì", [PM], note="evasion: leet app name", ev="leet_app")

# benign
B("Regola 2: vietato chiedere età, indirizzo o snap agli altri membri.", "look-alike: server rule")
B("Non mandare mai foto a sconosciuti, anche se ti offrono robux.", "look-alike: safety advice")
B("In classe abbiamo letto questo esempio: «non dirlo ai tuoi genitori, è il nostro segreto». Qual è il campanello d'allarme?", "look-alike: class exercise")
B("qualcuno mi manda la foto dei compiti di mate? pagina 78", "look-alike: homework photo")
B("il tuo disegno è bellissimo!! le sfumature sono pazzesche", "look-alike: drawing compliment")
B("ti ho mandato la richiesta di amicizia su roblox, sono Matteo della 2C", "look-alike: game friend request")
B("Papà ti viene a prendere dopo l'allenamento, stasera cena dalla nonna", "look-alike: parent pick-up")
B("Ciao, sono la mamma di Giulia, mi mandi il tuo indirizzo per l'invito alla festa?", "look-alike: parent asks address")
B("quanti anni ha il tuo cane? il mio ne ha 6", "look-alike: pet age")
B("mia sorella fa la modella, ha sfilato a Milano a settembre", "look-alike: sister is model")
B("sei a casa? la mamma dice che è pronta la cena", "look-alike: are you home")
B("Buon compleanno Sara, 11 anni! 🎂", "look-alike: birthday age")
B("ci vediamo giovedì per un aperitivo? ti passo a prendere in ufficio alle 19", "look-alike: adults plans")
B("serata bellissima ieri, ci rivediamo sabato? 😊", "look-alike: adult dating")
B("non dite niente a Luca della festa a sorpresa!", "look-alike: surprise party secret")
B("Moderazione: bannato un utente che offriva skin in cambio di foto. Grazie per le segnalazioni.", "look-alike: mod notice")
B("Prof: caricate un breve video mentre provate la recita, max 2 minuti", "look-alike: practice video")
B("se uno sconosciuto ti chiede se sei solo a casa, non rispondere e dillo a un adulto", "look-alike: safety advice")
B("ho 36 anni e ho appena iniziato a giocare a Minecraft con mio figlio, consigli?", "look-alike: adult age + child", age=36)

R("Cerchiamo ragazze tra i 12 e i 15 anni per un servizio fotografico pagato, ti va? mandami età e due foto recenti", [ML, AP, PR], note="casting lure asking age")
B("il gruppo della classe si sposta su WhatsApp, la rappresentante manda il link", "look-alike: class moves app")
B("Nessuno può ricattarti con una foto: non pagare, salva le prove e parlane con un adulto.", "look-alike: sextortion safety advice")
B("cosa ti metti al matrimonio di tua cugina? io il vestito blu", "look-alike: clothes talk among friends")
B("lo zio ti viene a prendere in stazione, ha la macchina grigia", "look-alike: family pick-up")
