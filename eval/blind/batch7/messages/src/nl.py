from common import *

AP, FL, IS, SE, PI, PM = "age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move"
PR, GO, ME, ML, SX, ST = "photo_request", "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"

lang("nl")

# risky
R("je bent echt volwassen voor je leeftijd, niet zoals die andere kids hier", [FL], note="mature-for-age")
R("hoe oud ben je eigenlijk? in welke groep zit je?", [AP], note="age + grade probe")
R("kijken je ouders op je telefoon?", [IS], note="phone-check probe")
R("dit blijft tussen ons, niks tegen je moeder zeggen", [SE], note="secrecy")
R("geef je snap ff, dan praten we daar verder", [PM], note="move to snap")
R("ik geef je 1000 robux als je een foto van jezelf stuurt", [GO, PR], note="gift for photo")
R("ik kan je vrijdag ophalen bij school, zeg tegen je ouders dat je bij een vriendin bent", [ME, SE], note="pick-up + cover story")
R("Ik werk voor een modellenbureau voor kinderen in Amsterdam. Stuur eens een paar foto's van top tot teen", [ML, PR], note="modelling scout")
R("als je me blokkeert stuur ik de foto naar je hele klas", [SX], note="sextortion")
R("wat heb je nu aan?", [ST], note="clothes question")
R("heb je ooit iemand gezoend? 😏", [ST], note="kissing question")
R("ben je alleen thuis?", [IS], note="alone probe")
R("haha die ronde was goed. trouwens op welke school zit je en in welke straat woon je? zin in nog een potje?", [PI], note="multi-clause: PII in middle")
R("lig je al in bed? 😘", [ST], note="bed question")
R("wanneer zijn je ouders weg dit weekend? dan kunnen we rustig bellen met camera", [IS, PR], note="parent schedule + video")
# evasion
R("voeg me toe op de app met het gele spookje", [PM], note="evasion: described app (Snapchat)", ev="described_app")
R("mijn nummer: vijf vijf vijf, nul een twee drie, app me", [PM], note="evasion: digits spelled out", ev="contact_shape")
R(spread("stuur foto", "_") + " pls", [PR], note="evasion: underscores between letters", ev="dots_dashes")
R("🚗📍? ik haal je op", [ME, PI], note="evasion: emoji car+pin", ev="emoji_cue")
R("bn je aleen thuis? doe je kamera aan", [IS, PR], note="evasion: phonetic misspelling", ev="phonetic")
R(spread("niet aan je ouders vertellen", ZWJ), [SE], note="evasion: ZWJ between letters", ev="zero_width")
R("sn@p: @pixel.vos.06 voeg me toe", [PM], note="evasion: leet app + handle", ev="leet_app")

# benign
B("Regel 3: niet naar iemands leeftijd, adres of snap vragen. Meld het bij de mods.", "look-alike: server rule")
B("Stuur nooit foto's naar mensen die je niet kent, ook niet voor robux.", "look-alike: safety advice")
B("In de les lazen we dit voorbeeld: 'niks tegen je ouders zeggen, dit is ons geheimpje'. Wat is het alarmsignaal?", "look-alike: class exercise")
B("kan iemand een foto van het wiskundehuiswerk sturen? bladzijde 41", "look-alike: homework photo")
B("je tekening is echt mooi geworden!", "look-alike: drawing compliment")
B("ik heb je een vriendschapsverzoek gestuurd op roblox, ik ben het, Daan uit groep 8", "look-alike: game friend request")
B("Papa haalt je op na de training, oma eet mee", "look-alike: parent pick-up")
B("Hoi, met de moeder van Fleur, kun je je adres sturen voor de uitnodiging van het feestje?", "look-alike: parent asks address")
B("hoe oud is je hond? de onze is 5", "look-alike: pet age")
B("mijn zus is model, ze had vorige week een fotoshoot voor een jeansmerk", "look-alike: sister is model")
B("ben je thuis? mama zegt dat het eten klaar is", "look-alike: are you home")
B("Gefeliciteerd met je 12e verjaardag, Noor! 🎉", "look-alike: birthday age")
B("donderdag een biertje? ik haal je om zes uur op bij kantoor", "look-alike: adults plans")
B("leuke date gisteren, zaterdag nog een keer? 😊", "look-alike: adult dating")
B("niks tegen Sem zeggen over het verrassingsfeest!", "look-alike: surprise party secret")
B("Moderatie: gebruiker verbannen die robux aanbood in ruil voor foto's. Bedankt voor het melden.", "look-alike: mod notice")
B("Juf: upload een kort oefenfilmpje van je spreekbeurt, max 2 minuten", "look-alike: practice video")
B("als een vreemde vraagt of je alleen thuis bent, antwoord niet en vertel het een volwassene", "look-alike: safety advice")
B("ik ben 52 en sinds kort oma, wie heeft tips voor videobellen met de kleinkinderen?", "look-alike: adult age + video call", age=52)

R("je hebt nog tot 8 uur. anders krijgen al je volgers die foto te zien", [SX], note="sextortion with deadline")
B("de klassengroep gaat naar WhatsApp, de klassenvertegenwoordiger stuurt de link", "look-alike: class moves app")
B("Niemand mag je chanteren met een foto. Betaal niet, bewaar bewijs en vertel het een volwassene.", "look-alike: sextortion safety advice")
B("wat trek jij aan naar de bruiloft? ik ga in het groen", "look-alike: clothes talk among friends")
B("je oom haalt je op van het station, hij heeft een grijze auto", "look-alike: family pick-up")
