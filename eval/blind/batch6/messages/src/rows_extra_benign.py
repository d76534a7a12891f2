"""Extra benign rows for voice variety (regional, voice-to-text, replies, gamers, couples)."""
from ev import B

B("en", "hi im new in this city from poland, someone here want to go for a beer friday? i am 31 and very normal person haha", "adult_adult_hobby", "non-native English adult meet-up", age=31)
B("en", "mom said shell pick you and ella up at the mall at 5 by the fountain dont be late she has to get grandma after", "parent_pickup", "voice-to-text sibling relaying pick-up")
B("en", "yeah and dont forget to send me the pic of the seating chart so i know where the grandparents go", "adult_adult_family", "wedding planning photo")
B("en", "gg wp, cya tmrw same time? ill drop the lobby code in the squad chat", "game_friend_request", "gamer sign-off")

B("es", "jajaja ok pero el sábado quién lleva a las nenas al cumple? yo las puedo buscar a la salida del club, Mariana", "parent_pickup", "AR; parent to parent")
B("es", "oye güey ya te mandé la invitación a mi server de minecraft, entra con tu gamertag de siempre", "game_friend_request", "MX; server invite")
B("es", "buenas, soy la mamá de Tomi, ¿me pasás tu número así coordinamos quién las busca el viernes?", "parent_pickup", "AR; parent asks parent's number")
B("es", "hola mi amor ya salí del trabajo paso por ti a la escuela en 15 minutos espérame en la entrada con tu hermano", "parent_pickup", "MX voice-to-text parent")
B("es", "¿quedamos mañana para un café? te recojo en tu portal a las seis, si te viene bien", "adult_adult_dating", "ES; adult pick-up")

B("pt", "filha a vó vai te buscar na escola hoje espera ela no portão não sai com ninguém mais tá", "parent_pickup", "BR voice-to-text parent")
B("pt", "mano me add no roblox aí, meu nick é o mesmo do discord, bora fazer a obby", "game_friend_request", "BR gamer")
B("pt", "Boa tarde, sou o Rui do grupo de corrida. Amanhã às 7h no parque, quem quiser boleia diga qualquer coisa.", "adult_adult_hobby", "PT; lift in running group")
B("pt", "kkk ok mas tu viu a foto do cachorro da Lari? manda aí que eu quero ver", "pet", "BR reply style; pet photo")
B("pt", "Amor, estás em casa? Levo o jantar, não cozinhes", "adult_adult_dating", "PT; couple")

B("de", "Guten Tag Herr Becker, anbei wie besprochen die Fotos vom Wasserschaden. Wann könnten Sie vorbeikommen?", "adult_adult_neighbours", "formal; landlord photos and visit")
B("de", "lol ok aber wer holt uns nach dem Kino ab? meine Mama kann nur bis 9", "parent_pickup", "teens arranging parent pick-up")
B("de", "bro gg, schick mir ne Anfrage auf Steam, mein Name ist derselbe wie hier", "game_friend_request", "gamer")
B("de", "Schatz, bist du schon im Bett? Ich komm erst um 11, Schlüssel liegt unterm Blumentopf", "adult_adult_dating", "couple; bed question")

B("fr", "Bonjour Madame, je suis la maman de Léo. Pourriez-vous m'envoyer votre numéro pour organiser le covoiturage de samedi ?", "parent_pickup", "formal parent to parent")
B("fr", "mdr ok mais t'as vu la photo de mon chat déguisé en citrouille 😂 je te l'envoie", "pet", "reply style; pet photo")
B("fr", "wsh ajoute-moi sur brawl stars, mon code ami est dans le salon #codes", "game_friend_request", "gamer")
B("fr", "chéri t'es où ? je suis devant la gare, je t'attends dans la voiture", "adult_adult_dating", "couple; where are you")

B("ru", "Добрый день! Я мама Вари. Подскажите, пожалуйста, ваш номер, чтобы договориться, кто заберёт девочек с кружка", "parent_pickup", "formal parent to parent")
B("ru", "ахаха ну ок, а ты видел фотку моего кота в шапке? щас скину", "pet", "reply style; pet photo")
B("ru", "го в доту вечером, кинь ник, добавлю", "game_friend_request", "gamer")
B("ru", "котик, ты уже дома? я задержусь на работе, ужин в холодильнике", "adult_adult_dating", "couple; are you home")
B("ru", "Мне 45, ищу партнёра для тенниса по выходным, можем созвониться", "adult_adult_hobby", "adult hobby, declares age", age=45)

B("it", "amore sei già a letto? io arrivo tra mezz'ora, lascia la luce accesa", "adult_adult_dating", "couple; bed question")
B("it", "ahah ok ma mandami la foto della lavagna che non ho copiato niente", "homework_photo", "reply style; whiteboard")
B("nl", "hoi, ik ben de moeder van Fenna. Zal ik de meiden zaterdag na hockey ophalen?", "parent_pickup", "parent to parent")
B("pl", "kochanie, jesteś już w domu? kupić coś na kolację?", "adult_adult_dating", "couple; are you home")
