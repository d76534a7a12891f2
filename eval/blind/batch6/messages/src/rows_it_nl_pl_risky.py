from ev import R, zw, zwnj, zwj, wj, bidi, tag, vs, dots, dash, under

# ===================== Italian =====================
L = "it"
R(L, "ahah sei fortissima a questo gioco, quanti anni hai? sembri più grande", "AP FL", "age probe after game talk")
R(L, "sei sola a casa adesso?", "IS", "alone")
R(L, "non dirlo ai tuoi, è un segreto nostro", "SE", "secrecy")
R(L, "mandami una foto tua dai, solo una", "PR", "photo")
R(L, "ti regalo 1000 robux se mi mandi un selfie", "GO PR", "robux for selfie")
R(L, "cosa indossi adesso?", "ST", "clothes")
R(L, "hai mai baciato qualcuno?", "ST", "kissing")
R(L, "se non rispondi mando le foto a tua madre", "SX", "threat")
R(L, "in che scuola vai? posso passare a prenderti all'uscita", "PI ME", "school + pick-up")
R(L, "lavoro per un'agenzia di moda, potresti fare la modella, mandami qualche foto", "ML PR", "modelling lure")
R(L, f"aggiungimi su {zw('snapchat')}", "PM", "ZWSP in snapchat", ev="sep_zero_width")
R(L, "hai l'app del fantasmino giallo? 👻❓", "PM", "Snapchat described + emoji", ev="described_app")
R(L, "il mio numero: cinque cinque cinque, zero due tre, scrivimi stasera", "PM", "number in words", ev="contact_shape")
R(L, f"{dots('sei a letto')}?", "ST", "dotted bed question", ev="sep_dots")

# ===================== Dutch =====================
L = "nl"
R(L, "haha jij bent echt goed in dit spel, hoe oud ben je eigenlijk? je lijkt ouder", "AP FL", "age probe after game talk")
R(L, "zijn je ouders thuis?", "IS", "parents home")
R(L, "niet aan je ouders vertellen he, dit blijft tussen ons", "SE", "secrecy")
R(L, "stuur eens een foto van jezelf", "PR", "photo")
R(L, "ik geef je 1000 robux als je een selfie stuurt", "GO PR", "robux for selfie")
R(L, "wat heb je nu aan?", "ST", "clothes")
R(L, "heb je ooit iemand gezoend?", "ST", "kissing")
R(L, "als je me blokt stuur ik de foto naar je hele school", "SX", "threat")
R(L, "op welke school zit je? ik kan je wel ophalen", "PI ME", "school + pick-up")
R(L, "Ik ben scout voor een modellenbureau, jij hebt echt het gezicht ervoor. Stuur je wat foto's?", "ML PR", "modelling lure")
R(L, f"voeg me toe op {zwj('snapchat')}", "PM", "ZWJ in snapchat", ev="sep_zero_width")
R(L, "📸➡️📩 ff snel?", "PR", "emoji photo request", ev="emoji_cue")
R(L, "mijn nummer is vijf vijf vijf, nul drie twee, app me", "PM", "number in words", ev="contact_shape")
R(L, f"{vs('webcam')} aan? alleen wij twee", "PR IS", "variation selectors", ev="sep_variation_selector")

# ===================== Polish =====================
L = "pl"
R(L, "haha serio? ile masz lat? wyglądasz na starszą", "AP FL", "age + looks")
R(L, "jesteś sama w domu?", "IS", "alone")
R(L, "nie mów rodzicom, to nasz sekret", "SE", "secrecy")
R(L, "wyślij mi swoje zdjęcie", "PR", "photo")
R(L, "dam ci 1000 robuxów za jedno selfie", "GO PR", "robux for selfie")
R(L, "co masz teraz na sobie?", "ST", "clothes")
R(L, "całowałaś się już kiedyś?", "ST", "kissing")
R(L, "jak nie odpiszesz, wyślę zdjęcia twojej mamie", "SX", "threat")
R(L, "do której szkoły chodzisz? mogę cię odebrać po lekcjach", "PI ME", "school + pick-up")
R(L, "jestem łowcą talentów z agencji modelek, przyślij kilka zdjęć", "ML PR", "modelling lure")
R(L, f"dodaj mnie na {wj('snapchacie')}", "PM", "WORD JOINER in snapchat", ev="sep_zero_width")
R(L, "masz apkę z żółtym duszkiem? 👻", "PM", "Snapchat described", ev="described_app")
R(L, "mój numer: pięć pięć pięć, zero dwa jeden, pisz wieczorem", "PM", "number in words", ev="contact_shape")
R(L, f"{under('usuń czat')} potem", "SE", "underscores", ev="sep_underscores")
