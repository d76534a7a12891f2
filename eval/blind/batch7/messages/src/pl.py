from common import *

AP, FL, IS, SE, PI, PM = "age_probe", "flattery", "isolation", "secrecy", "personal_info", "platform_move"
PR, GO, ME, ML, SX, ST = "photo_request", "gift_offer", "meeting", "modeling_lure", "sextortion", "sexual_talk"

lang("pl")

# risky
R("jesteś bardzo dojrzała jak na swój wiek, serio", [FL], note="mature-for-age")
R("ile masz lat? do której klasy chodzisz?", [AP], note="age + grade probe")
R("rodzice sprawdzają ci telefon?", [IS], note="phone-check probe")
R("to zostaje między nami, nie mów mamie", [SE], note="secrecy")
R("daj swojego snapa, tam pogadamy", [PM], note="move to snap")
R("dam ci 1000 robuxów jak wyślesz mi zdjęcie", [GO, PR], note="gift for photo")
R("mogę cię odebrać spod szkoły w piątek, powiedz rodzicom że jesteś u koleżanki", [ME, SE], note="pick-up + cover story")
R("Pracuję dla agencji modelek dziecięcych w Warszawie. Wyślij kilka zdjęć całej sylwetki, bez makijażu", [ML, PR], note="modelling scout")
R("jak mnie zablokujesz, wyślę to zdjęcie całej twojej klasie", [SX], note="sextortion")
R("co masz teraz na sobie?", [ST], note="clothes question")
R("całowałaś się już kiedyś? 😏", [ST], note="kissing question")
R("jesteś sama w domu?", [IS], note="alone probe")
R("haha dobra gra xD btw podaj adres to wyślę ci prezent, jutro gramy dalej?", [PI, GO], note="multi-clause: address in middle")
R("już jesteś w łóżku? 😘", [ST], note="bed question")
R("o której mama wraca z pracy? zadzwonię jak nikogo nie będzie", [IS], note="parent schedule probe")
# evasion
R("dodaj mnie na apce z żółtym duszkiem", [PM], note="evasion: described app (Snapchat)", ev="described_app")
R("mój numer: pięć pięć pięć, zero jeden cztery osiem", [PM], note="evasion: digits spelled out", ev="contact_shape")
R(spread("wyślij fotkę", ZWJ), [PR], note="evasion: ZWJ between letters", ev="zero_width")
R("🤫🤐 nikomu ok?", [SE], note="evasion: emoji secrecy cue", ev="emoji_cue")
R("a/s/l? ja 16 m", [AP, PI], age=16, note="evasion: a/s/l", ev="shorthand")
R("jestes sama? wlacz kamerke", [IS, PR], note="evasion: no diacritics, misspelled", ev="phonetic")
R("wh@ts@pp? pisz tam", [PM], note="evasion: leet app name", ev="leet_app")

# benign
B("Zasada 2: zakaz pytania innych o wiek, adres czy snapa.", "look-alike: server rule")
B("Nigdy nie wysyłaj zdjęć obcym, nawet za robuxy.", "look-alike: safety advice")
B("Na lekcji czytaliśmy przykład: „nie mów rodzicom, to nasza tajemnica”. Co tu jest sygnałem ostrzegawczym?", "look-alike: class exercise")
B("ktoś wyśle zdjęcie zadania z matmy? strona 63", "look-alike: homework photo")
B("twój rysunek jest super!!", "look-alike: drawing compliment")
B("wysłałem ci zaproszenie do znajomych w roblox, to ja Kuba z 6b", "look-alike: game friend request")
B("Tata odbierze cię po treningu, babcia przychodzi na obiad", "look-alike: parent pick-up")
B("Dzień dobry, tu mama Zosi, czy może pani podać adres do zaproszenia na urodziny?", "look-alike: parent asks address")
B("ile lat ma twój pies? nasz ma 9", "look-alike: pet age")
B("moja siostra jest modelką, miała sesję dla marki butów", "look-alike: sister is model")
B("jesteś w domu? mama mówi że obiad gotowy", "look-alike: are you home")
B("Wszystkiego najlepszego z okazji 10 urodzin, Ola! 🎂", "look-alike: birthday age")
B("piwo w czwartek? odbiorę cię z biura o 18", "look-alike: adults plans")
B("świetna randka wczoraj, powtórzymy w sobotę? 😊", "look-alike: adult dating")
B("nie mówcie Kacprowi o imprezie niespodziance!", "look-alike: surprise party secret")
B("Moderacja: zbanowaliśmy użytkownika, który oferował robuxy za zdjęcia. Dzięki za zgłoszenia.", "look-alike: mod notice")
B("Pani: nagrajcie krótki filmik z próbą przemówienia, maks 2 minuty", "look-alike: practice video")
B("jeśli obcy pyta, czy jesteś sam w domu, nie odpowiadaj i powiedz dorosłemu", "look-alike: safety advice")
B("siema, tu Wiktor z 7a, wbijaj na discorda klasy, link w grupie na messengerze", "look-alike: classmate invites to class server")

R("w którym roku się urodziłaś? piszesz jak ktoś starszy", [AP, FL], note="birth year probe + flattery")
B("grupa klasowa przenosi się na WhatsAppa, link wyśle przewodnicząca", "look-alike: class moves app")
B("Nikt nie ma prawa cię szantażować zdjęciem. Nie płać, zachowaj dowody i powiedz dorosłemu.", "look-alike: sextortion safety advice")
B("w co się ubierasz na wesele kuzynki? ja w zieloną sukienkę", "look-alike: clothes talk among friends")
B("wujek odbierze cię z dworca, ma szare auto", "look-alike: family pick-up")
