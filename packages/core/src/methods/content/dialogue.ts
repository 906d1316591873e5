import type { BuiltInMethod } from "../schema.js";
import { live } from "./live.js";

/** Dialogue: a few talk while many listen, or small tables meet many perspectives. */
export const DIALOGUE_METHODS: BuiltInMethod[] = [
  {
    id: "fishbowl",
    category: "dialogue",
    phases: ["share_facts", "reflect"],
    groupSize: { min: 8, max: 100 },
    minutes: { min: 20, max: 60 },
    live: live({ contributionKinds: ["question", "reflection"], reactions: true }, null, 30),
    texts: {
      en: {
        name: "Fishbowl dialogue",
        purpose:
          "A small inner circle talks openly while the rest listen from an outer circle; an empty chair lets listeners step in, so a large group can follow one real conversation.",
        whenToUse:
          "When a large group needs to hear a conversation between people with different roles or views, rather than a panel of speeches.",
        steps: [
          "Set four or five chairs in the middle, with one left empty.",
          "Invite a few people with different perspectives into the inner circle.",
          "The inner circle talks; the outer circle listens and writes questions and reflections.",
          "Anyone may take the empty chair to add something; someone in the circle then leaves.",
          "Close with what the listeners noticed.",
        ],
        question: "What do you each see in this that the others might not?",
        goodQuestions: [
          "Give the inner circle a question they really disagree or differ on.",
          "Ask the outer circle to listen for what is not said.",
        ],
        materials: ["Chairs in two circles", "One empty chair"],
        pitfalls: [
          "The inner circle turns into a panel addressing the audience.",
          "Nobody uses the empty chair: invite it explicitly and leave space.",
        ],
      },
      nb: {
        name: "Fiskebolle",
        purpose:
          "En liten indre sirkel snakker åpent mens resten lytter fra en ytre sirkel; en tom stol lar lyttere tre inn, slik at en stor gruppe kan følge én ekte samtale.",
        whenToUse:
          "Når en stor gruppe trenger å høre en samtale mellom folk med ulike roller eller syn, i stedet for et panel med innlegg.",
        steps: [
          "Sett fire eller fem stoler i midten, der én står tom.",
          "Inviter noen med ulike perspektiver inn i den indre sirkelen.",
          "Den indre sirkelen snakker; den ytre lytter og skriver spørsmål og refleksjoner.",
          "Hvem som helst kan ta den tomme stolen for å bidra; så går noen i sirkelen ut.",
          "Avslutt med hva lytterne la merke til.",
        ],
        question: "Hva ser hver av dere i dette som de andre kanskje ikke ser?",
        goodQuestions: [
          "Gi den indre sirkelen et spørsmål de virkelig ser ulikt på.",
          "Be den ytre sirkelen lytte etter det som ikke blir sagt.",
        ],
        materials: ["Stoler i to sirkler", "Én tom stol"],
        pitfalls: [
          "Den indre sirkelen blir et panel som snakker til salen.",
          "Ingen bruker den tomme stolen: inviter tydelig og gi rom.",
        ],
      },
      sv: {
        name: "Fiskskål",
        purpose:
          "En liten inre cirkel samtalar öppet medan resten lyssnar från en yttre cirkel; en tom stol låter lyssnare kliva in, så att en stor grupp kan följa ett verkligt samtal.",
        whenToUse:
          "När en stor grupp behöver höra ett samtal mellan personer med olika roller eller synsätt, i stället för en panel med anföranden.",
        steps: [
          "Ställ fyra eller fem stolar i mitten, varav en står tom.",
          "Bjud in några med olika perspektiv till den inre cirkeln.",
          "Den inre cirkeln samtalar; den yttre lyssnar och skriver frågor och reflektioner.",
          "Vem som helst kan ta den tomma stolen för att bidra; då lämnar någon i cirkeln.",
          "Avsluta med vad lyssnarna lade märke till.",
        ],
        question: "Vad ser var och en av er i det här som de andra kanske inte ser?",
        goodQuestions: [
          "Ge den inre cirkeln en fråga de verkligen ser olika på.",
          "Be den yttre cirkeln lyssna efter det som inte sägs.",
        ],
        materials: ["Stolar i två cirklar", "En tom stol"],
        pitfalls: [
          "Den inre cirkeln blir en panel som talar till publiken.",
          "Ingen använder den tomma stolen: bjud in tydligt och ge utrymme.",
        ],
      },
      nl: {
        name: "Fishbowl-gesprek",
        purpose:
          "Een kleine binnenkring praat open terwijl de rest vanuit een buitenkring luistert; een lege stoel laat luisteraars instappen, zodat een grote groep één echt gesprek kan volgen.",
        whenToUse:
          "Als een grote groep een gesprek moet horen tussen mensen met verschillende rollen of opvattingen, in plaats van een panel met toespraken.",
        steps: [
          "Zet vier of vijf stoelen in het midden, waarvan één leeg blijft.",
          "Nodig een paar mensen met verschillende perspectieven uit in de binnenkring.",
          "De binnenkring praat; de buitenkring luistert en schrijft vragen en reflecties op.",
          "Iedereen mag de lege stoel nemen om iets toe te voegen; dan verlaat iemand de kring.",
          "Sluit af met wat de luisteraars opviel.",
        ],
        question: "Wat zien jullie elk hierin dat de anderen misschien niet zien?",
        goodQuestions: [
          "Geef de binnenkring een vraag waarover ze echt verschillend denken.",
          "Vraag de buitenkring te luisteren naar wat niet gezegd wordt.",
        ],
        materials: ["Stoelen in twee kringen", "Eén lege stoel"],
        pitfalls: [
          "De binnenkring wordt een panel dat de zaal toespreekt.",
          "Niemand gebruikt de lege stoel: nodig er expliciet toe uit en geef ruimte.",
        ],
      },
    },
  },
  {
    id: "rotating-tables",
    category: "dialogue",
    phases: ["share_facts", "reflect", "discover"],
    groupSize: { min: 12, max: 500 },
    minutes: { min: 45, max: 120 },
    live: live({ contributionKinds: ["insight", "idea"], reactions: true }, null, 60),
    texts: {
      en: {
        name: "Rotating tables",
        purpose:
          "Small table conversations in several rounds, with people moving to new tables between rounds, so ideas travel and connect across a large group.",
        whenToUse:
          "With a large group that needs to explore a few questions broadly and meet each other's perspectives.",
        steps: [
          "Set tables of four or five, each with a host who stays.",
          "Round one: each table talks about the question for about twenty minutes.",
          "Everyone except the host moves to a new table; the host shares what was said.",
          "After two or three rounds, each host writes the strongest insights.",
          "Gather the insights in the whole group and look for patterns.",
        ],
        question: "What matters most to us about …, and why?",
        goodQuestions: [
          "Choose questions that are worth several conversations, not ones with a right answer.",
          "Let each round deepen the question: from what is, to what could be.",
        ],
        materials: ["Small tables", "Paper to draw and write on at each table"],
        pitfalls: [
          "Hosts lecture the newcomers instead of briefly passing on the thread.",
          "Too many rounds: people tire of repeating themselves.",
        ],
      },
      nb: {
        name: "Roterende bord",
        purpose:
          "Små samtaler rundt bord i flere runder, der folk flytter til nye bord mellom rundene, slik at ideer vandrer og kobles på tvers av en stor gruppe.",
        whenToUse:
          "Med en stor gruppe som skal utforske noen få spørsmål bredt og møte hverandres perspektiver.",
        steps: [
          "Sett opp bord for fire eller fem, hvert med en vert som blir sittende.",
          "Runde én: hvert bord snakker om spørsmålet i rundt tjue minutter.",
          "Alle unntatt verten flytter til et nytt bord; verten forteller hva som ble sagt.",
          "Etter to eller tre runder skriver hver vert ned de sterkeste innsiktene.",
          "Samle innsiktene i hele gruppen og se etter mønstre.",
        ],
        question: "Hva betyr mest for oss når det gjelder …, og hvorfor?",
        goodQuestions: [
          "Velg spørsmål som er verdt flere samtaler, ikke slike med ett riktig svar.",
          "La hver runde gå dypere: fra hvordan det er, til hvordan det kunne vært.",
        ],
        materials: ["Små bord", "Papir å tegne og skrive på ved hvert bord"],
        pitfalls: [
          "Vertene holder foredrag for de nye i stedet for kort å gi videre tråden.",
          "For mange runder: folk blir lei av å gjenta seg selv.",
        ],
      },
      sv: {
        name: "Roterande bord",
        purpose:
          "Små samtal runt bord i flera omgångar, där folk byter bord mellan omgångarna, så att idéer vandrar och kopplas samman i en stor grupp.",
        whenToUse:
          "Med en stor grupp som ska utforska några frågor brett och möta varandras perspektiv.",
        steps: [
          "Ställ i ordning bord för fyra eller fem, vart och ett med en värd som sitter kvar.",
          "Omgång ett: varje bord samtalar om frågan i ungefär tjugo minuter.",
          "Alla utom värden flyttar till ett nytt bord; värden berättar vad som sades.",
          "Efter två eller tre omgångar skriver varje värd ner de starkaste insikterna.",
          "Samla insikterna i hela gruppen och leta efter mönster.",
        ],
        question: "Vad är viktigast för oss när det gäller …, och varför?",
        goodQuestions: [
          "Välj frågor som är värda flera samtal, inte sådana med ett rätt svar.",
          "Låt varje omgång fördjupa frågan: från hur det är till hur det skulle kunna bli.",
        ],
        materials: ["Små bord", "Papper att rita och skriva på vid varje bord"],
        pitfalls: [
          "Värdarna föreläser för de nya i stället för att kort lämna över tråden.",
          "För många omgångar: folk tröttnar på att upprepa sig.",
        ],
      },
      nl: {
        name: "Wisselende tafels",
        purpose:
          "Kleine tafelgesprekken in meerdere rondes, waarbij mensen tussen de rondes van tafel wisselen, zodat ideeën reizen en zich verbinden in een grote groep.",
        whenToUse:
          "Met een grote groep die een paar vragen breed wil verkennen en elkaars perspectieven wil ontmoeten.",
        steps: [
          "Zet tafels voor vier of vijf, elk met een gastheer of gastvrouw die blijft zitten.",
          "Ronde één: elke tafel praat ongeveer twintig minuten over de vraag.",
          "Iedereen behalve de gastheer schuift door naar een nieuwe tafel; de gastheer vertelt wat er gezegd is.",
          "Na twee of drie rondes schrijft elke gastheer de sterkste inzichten op.",
          "Breng de inzichten samen in de hele groep en zoek naar patronen.",
        ],
        question: "Wat vinden wij het belangrijkst aan …, en waarom?",
        goodQuestions: [
          "Kies vragen die meerdere gesprekken waard zijn, geen vragen met één juist antwoord.",
          "Laat elke ronde de vraag verdiepen: van hoe het is naar hoe het zou kunnen.",
        ],
        materials: ["Kleine tafels", "Papier om op te tekenen en schrijven aan elke tafel"],
        pitfalls: [
          "Gastheren houden een lezing voor de nieuwkomers in plaats van kort de draad door te geven.",
          "Te veel rondes: mensen worden moe van zichzelf herhalen.",
        ],
      },
    },
  },
  {
    id: "both-sides",
    category: "dialogue",
    phases: ["reflect", "decide"],
    groupSize: { min: 4, max: 40 },
    minutes: { min: 20, max: 40 },
    live: live({ contributionKinds: ["reflection", "insight"], reactions: true }, "speaking", 25),
    texts: {
      en: {
        name: "Argue the other side",
        purpose:
          "People make the strongest case for the view they do not hold, which softens fixed positions and shows what each side actually cares about.",
        whenToUse:
          "When a group is split into two camps and the discussion has started to repeat itself.",
        steps: [
          "Name the two positions clearly.",
          "Each person takes the position they disagree with.",
          "In a round, each makes the best case they can for it.",
          "Ask what each side understood better, and write those insights down.",
        ],
        question: "What is the strongest reason someone could have for the other view?",
        goodQuestions: [
          "Ask for the best reason, not any reason, so nobody builds a straw man.",
          "Afterwards ask: 'What does the other side care about that we share?'",
        ],
        materials: [],
        pitfalls: [
          "People argue the other side half-heartedly or mockingly.",
          "Using it when the split is about values people hold deeply and personally.",
        ],
      },
      nb: {
        name: "Forsvar motparten",
        purpose:
          "Folk argumenterer så godt de kan for synet de ikke har selv, noe som myker opp låste posisjoner og viser hva hver side egentlig er opptatt av.",
        whenToUse: "Når en gruppe er delt i to leire og diskusjonen har begynt å gå i ring.",
        steps: [
          "Beskriv de to posisjonene tydelig.",
          "Hver person tar posisjonen de er uenige i.",
          "I en runde argumenterer hver så godt de kan for den.",
          "Spør hva hver side forsto bedre, og skriv ned de innsiktene.",
        ],
        question: "Hva er den sterkeste grunnen noen kan ha for det andre synet?",
        goodQuestions: [
          "Spør etter den beste grunnen, ikke en hvilken som helst, så ingen lager en stråmann.",
          "Spør etterpå: «Hva er den andre siden opptatt av som vi også deler?»",
        ],
        materials: [],
        pitfalls: [
          "Folk forsvarer motparten halvhjertet eller med et hånlig glimt.",
          "Å bruke den når uenigheten gjelder verdier folk holder dypt og personlig.",
        ],
      },
      sv: {
        name: "Försvara motsidan",
        purpose:
          "Deltagarna argumenterar så väl de kan för den åsikt de själva inte har, vilket mjukar upp låsta positioner och visar vad varje sida egentligen bryr sig om.",
        whenToUse: "När en grupp är delad i två läger och diskussionen har börjat gå i cirklar.",
        steps: [
          "Beskriv de två positionerna tydligt.",
          "Var och en tar den position hen inte håller med om.",
          "I en runda argumenterar var och en så väl hen kan för den.",
          "Fråga vad varje sida förstod bättre, och skriv ner de insikterna.",
        ],
        question: "Vad är det starkaste skälet någon kan ha för den andra åsikten?",
        goodQuestions: [
          "Fråga efter det bästa skälet, inte vilket som helst, så att ingen bygger en halmgubbe.",
          "Fråga efteråt: ”Vad bryr sig den andra sidan om som vi också delar?”",
        ],
        materials: [],
        pitfalls: [
          "Folk försvarar motsidan halvhjärtat eller hånfullt.",
          "Att använda den när oenigheten gäller värderingar folk håller djupt och personligt.",
        ],
      },
      nl: {
        name: "Verdedig de andere kant",
        purpose:
          "Deelnemers pleiten zo sterk mogelijk voor het standpunt dat ze zelf niet hebben, wat vaste posities losser maakt en laat zien waar elke kant werkelijk om geeft.",
        whenToUse: "Als een groep in twee kampen is verdeeld en de discussie in herhaling valt.",
        steps: [
          "Benoem de twee standpunten helder.",
          "Ieder neemt het standpunt waar hij of zij het mee oneens is.",
          "In een ronde pleit ieder er zo goed mogelijk voor.",
          "Vraag wat elke kant beter is gaan begrijpen, en schrijf die inzichten op.",
        ],
        question: "Wat is de sterkste reden die iemand kan hebben voor het andere standpunt?",
        goodQuestions: [
          "Vraag naar de beste reden, niet zomaar een reden, zodat niemand een stropop bouwt.",
          "Vraag daarna: ‘Waar geeft de andere kant om dat wij ook delen?’",
        ],
        materials: [],
        pitfalls: [
          "Mensen verdedigen de andere kant halfslachtig of spottend.",
          "Het inzetten als het verschil gaat over diep persoonlijke waarden.",
        ],
      },
    },
  },
  {
    id: "appreciative-interviews",
    category: "dialogue",
    phases: ["share_facts", "discover"],
    groupSize: { min: 4, max: 200 },
    minutes: { min: 30, max: 60 },
    live: live({ contributionKinds: ["fact", "insight"], grouping: "everyone" }, null, 40),
    texts: {
      en: {
        name: "Success stories in pairs",
        purpose:
          "Pairs interview each other about a time something went really well, then the group looks for what made those successes possible, building on strengths rather than problems.",
        whenToUse:
          "When a group is discouraged, or when you want to grow what already works instead of fixing what does not.",
        steps: [
          "In pairs, one person tells a story of a time this went well; the other asks and listens.",
          "Swap after about ten minutes.",
          "Each pair writes what made their stories succeed.",
          "Group the conditions for success together and name the patterns.",
        ],
        question: "Tell me about a time when this worked really well. What made it possible?",
        goodQuestions: [
          "Ask for a concrete moment, not a general opinion: 'Tell me about a time when …'",
          "Follow up with 'what made that possible?' to reach the conditions behind the story.",
        ],
        materials: [],
        pitfalls: [
          "Stories drift to what went wrong: gently steer back to the success.",
          "Only celebrating, without drawing out the conditions to repeat.",
        ],
      },
      nb: {
        name: "Suksesshistorier i par",
        purpose:
          "Parene intervjuer hverandre om en gang noe gikk riktig bra, og gruppen ser så etter hva som gjorde suksessene mulige, slik at dere bygger på styrker i stedet for problemer.",
        whenToUse:
          "Når en gruppe er motløs, eller når du vil få mer av det som alt fungerer i stedet for å reparere det som ikke gjør det.",
        steps: [
          "I par forteller én om en gang dette gikk bra; den andre spør og lytter.",
          "Bytt etter omtrent ti minutter.",
          "Hvert par skriver hva som fikk historiene deres til å lykkes.",
          "Grupper suksessfaktorene sammen og sett ord på mønstrene.",
        ],
        question: "Fortell om en gang dette fungerte riktig godt. Hva gjorde det mulig?",
        goodQuestions: [
          "Spør etter et konkret øyeblikk, ikke en generell mening: «Fortell om en gang da …»",
          "Følg opp med «hva gjorde det mulig?» for å komme til betingelsene bak historien.",
        ],
        materials: [],
        pitfalls: [
          "Historiene glir over i det som gikk galt: styr vennlig tilbake til suksessen.",
          "Å bare feire, uten å hente ut betingelsene som kan gjentas.",
        ],
      },
      sv: {
        name: "Framgångsberättelser i par",
        purpose:
          "Paren intervjuar varandra om ett tillfälle då något gick riktigt bra, och gruppen letar sedan efter vad som gjorde framgångarna möjliga, så att ni bygger på styrkor i stället för problem.",
        whenToUse:
          "När en grupp är modfälld, eller när du vill få mer av det som redan fungerar i stället för att laga det som inte gör det.",
        steps: [
          "I par berättar en om ett tillfälle då det här gick bra; den andra frågar och lyssnar.",
          "Byt efter ungefär tio minuter.",
          "Varje par skriver vad som fick deras berättelser att lyckas.",
          "Gruppera framgångsfaktorerna tillsammans och sätt ord på mönstren.",
        ],
        question:
          "Berätta om ett tillfälle då det här fungerade riktigt bra. Vad gjorde det möjligt?",
        goodQuestions: [
          "Fråga efter ett konkret ögonblick, inte en allmän åsikt: ”Berätta om en gång när …”",
          "Följ upp med ”vad gjorde det möjligt?” för att nå villkoren bakom berättelsen.",
        ],
        materials: [],
        pitfalls: [
          "Berättelserna glider över till det som gick fel: styr vänligt tillbaka till framgången.",
          "Att bara fira, utan att lyfta fram villkoren som går att upprepa.",
        ],
      },
      nl: {
        name: "Succesverhalen in duo’s",
        purpose:
          "Duo’s interviewen elkaar over een moment waarop iets echt goed ging, daarna zoekt de groep naar wat die successen mogelijk maakte, zodat je bouwt op sterktes in plaats van problemen.",
        whenToUse:
          "Als een groep ontmoedigd is, of als je wilt uitbouwen wat al werkt in plaats van repareren wat niet werkt.",
        steps: [
          "In tweetallen vertelt de een over een keer dat dit goed ging; de ander vraagt door en luistert.",
          "Wissel na ongeveer tien minuten.",
          "Elk duo schrijft op wat hun verhalen deed slagen.",
          "Groepeer samen de succesfactoren en benoem de patronen.",
        ],
        question: "Vertel over een keer dat dit echt goed werkte. Wat maakte dat mogelijk?",
        goodQuestions: [
          "Vraag naar een concreet moment, niet naar een algemene mening: ‘Vertel over een keer dat …’",
          "Vraag door met ‘wat maakte dat mogelijk?’ om bij de voorwaarden achter het verhaal te komen.",
        ],
        materials: [],
        pitfalls: [
          "Verhalen schuiven naar wat misging: stuur vriendelijk terug naar het succes.",
          "Alleen vieren, zonder de voorwaarden te benoemen die te herhalen zijn.",
        ],
      },
    },
  },
  {
    id: "consulting-trio",
    category: "dialogue",
    phases: ["reflect", "discover"],
    groupSize: { min: 3, max: 90 },
    minutes: { min: 20, max: 40 },
    live: live({ contributionKinds: ["question", "idea"] }, null, 30),
    texts: {
      en: {
        name: "Consulting trio",
        purpose:
          "In threes, one person presents a challenge and the other two act as consultants while the presenter listens with their back turned, so advice is heard without defending.",
        whenToUse:
          "When people each carry their own challenge and can help each other with fresh eyes.",
        steps: [
          "In groups of three, the first person describes their challenge and what help they want.",
          "The two consultants ask clarifying questions.",
          "The presenter turns away; the consultants discuss the challenge and ideas aloud.",
          "The presenter turns back and says what was useful. Rotate roles.",
        ],
        question: "What help do you need with your challenge?",
        goodQuestions: [
          "Ask the presenter to frame the challenge as a question: 'How can I …?'",
          "Consultants ask open, curious questions before offering any ideas.",
        ],
        materials: ["Chairs in threes"],
        pitfalls: [
          "The presenter turns back to argue with the consultants.",
          "Consultants solve their own version of the problem, not the presenter's.",
        ],
      },
      nb: {
        name: "Rådgivningstrio",
        purpose:
          "I grupper på tre legger én frem en utfordring og de to andre er rådgivere mens den som la frem lytter med ryggen til, slik at rådene blir hørt uten forsvar.",
        whenToUse: "Når folk har hver sin utfordring og kan hjelpe hverandre med friske øyne.",
        steps: [
          "I grupper på tre beskriver den første utfordringen sin og hva slags hjelp de ønsker.",
          "De to rådgiverne stiller oppklarende spørsmål.",
          "Den som la frem snur seg bort; rådgiverne drøfter utfordringen og ideer høyt.",
          "Den som la frem snur seg tilbake og sier hva som var nyttig. Bytt roller.",
        ],
        question: "Hva slags hjelp trenger du med utfordringen din?",
        goodQuestions: [
          "Be den som legger frem, formulere utfordringen som et spørsmål: «Hvordan kan jeg …?»",
          "Rådgiverne stiller åpne, nysgjerrige spørsmål før de kommer med ideer.",
        ],
        materials: ["Stoler i grupper på tre"],
        pitfalls: [
          "Den som la frem, snur seg for å argumentere med rådgiverne.",
          "Rådgiverne løser sin egen versjon av problemet, ikke den andres.",
        ],
      },
      sv: {
        name: "Rådgivartrio",
        purpose:
          "I grupper om tre presenterar en person en utmaning och de två andra är rådgivare medan presentatören lyssnar med ryggen vänd, så att råden hörs utan försvar.",
        whenToUse:
          "När var och en bär på sin egen utmaning och de kan hjälpa varandra med nya ögon.",
        steps: [
          "I grupper om tre beskriver den första sin utmaning och vilken hjälp hen vill ha.",
          "De två rådgivarna ställer förtydligande frågor.",
          "Presentatören vänder sig bort; rådgivarna diskuterar utmaningen och idéer högt.",
          "Presentatören vänder sig tillbaka och säger vad som var användbart. Byt roller.",
        ],
        question: "Vilken hjälp behöver du med din utmaning?",
        goodQuestions: [
          "Be presentatören formulera utmaningen som en fråga: ”Hur kan jag …?”",
          "Rådgivarna ställer öppna, nyfikna frågor innan de kommer med idéer.",
        ],
        materials: ["Stolar i grupper om tre"],
        pitfalls: [
          "Presentatören vänder sig om för att argumentera med rådgivarna.",
          "Rådgivarna löser sin egen version av problemet, inte presentatörens.",
        ],
      },
      nl: {
        name: "Adviestrio",
        purpose:
          "In drietallen legt één persoon een uitdaging voor en zijn de andere twee adviseurs, terwijl de inbrenger met de rug naar hen toe luistert, zodat advies gehoord wordt zonder verdediging.",
        whenToUse:
          "Als ieder een eigen uitdaging heeft en ze elkaar met een frisse blik kunnen helpen.",
        steps: [
          "In drietallen beschrijft de eerste zijn of haar uitdaging en welke hulp gewenst is.",
          "De twee adviseurs stellen verhelderende vragen.",
          "De inbrenger draait zich om; de adviseurs bespreken hardop de uitdaging en ideeën.",
          "De inbrenger draait terug en zegt wat bruikbaar was. Wissel van rol.",
        ],
        question: "Welke hulp heb je nodig bij je uitdaging?",
        goodQuestions: [
          "Vraag de inbrenger de uitdaging als vraag te formuleren: ‘Hoe kan ik …?’",
          "Adviseurs stellen eerst open, nieuwsgierige vragen voordat ze ideeën geven.",
        ],
        materials: ["Stoelen in drietallen"],
        pitfalls: [
          "De inbrenger draait zich om om met de adviseurs in discussie te gaan.",
          "Adviseurs lossen hun eigen versie van het probleem op, niet die van de inbrenger.",
        ],
      },
    },
  },
];
