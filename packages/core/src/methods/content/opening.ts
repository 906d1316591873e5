import type { BuiltInMethod } from "../schema.js";
import { live } from "./live.js";

/** Openings and check-ins: arriving, hearing every voice once, agreeing how to work. */
export const OPENING_METHODS: BuiltInMethod[] = [
  {
    id: "check-in-round",
    category: "opening",
    phases: ["other"],
    groupSize: { min: 2, max: 16 },
    minutes: { min: 5, max: 20 },
    live: live({}, "speaking", 10),
    texts: {
      en: {
        name: "Check-in round",
        purpose:
          "Everyone speaks once before the work starts, so every voice is in the room and people can leave what they bring with them at the door.",
        whenToUse:
          "At the start of any meeting, especially when people come straight from other work or do not know each other well.",
        steps: [
          "Put the check-in question on the wall.",
          "Go round in a fixed order; each person answers briefly.",
          "Nobody comments or replies; the facilitator only thanks and passes on.",
          "Anyone may pass, and is asked again at the end.",
        ],
        question: "What do you need to say to be fully here?",
        goodQuestions: [
          "Ask something everyone can answer in a sentence or two, without preparation.",
          "Link it lightly to the theme: 'What is on your mind about this topic today?'",
        ],
        materials: ["A visible question", "A talking piece, if the group likes one"],
        pitfalls: [
          "Answers grow into speeches: agree on a length before you start.",
          "Replies and discussion creep in: keep it a round, not a conversation.",
        ],
      },
      nb: {
        name: "Innsjekkingsrunde",
        purpose:
          "Alle sier noe én gang før arbeidet starter, slik at alle stemmer er i rommet og man kan legge fra seg det man har med seg.",
        whenToUse:
          "I starten av alle møter, særlig når folk kommer rett fra annet arbeid eller ikke kjenner hverandre godt.",
        steps: [
          "Vis innsjekkingsspørsmålet på skjermen.",
          "Gå rundt i fast rekkefølge; hver person svarer kort.",
          "Ingen kommenterer eller svarer; tilretteleggeren takker og gir ordet videre.",
          "Alle kan stå over og blir spurt på nytt til slutt.",
        ],
        question: "Hva trenger du å si for å være helt til stede?",
        goodQuestions: [
          "Spør om noe alle kan svare på med en setning eller to, uten forberedelse.",
          "Knytt det lett til temaet: «Hva tenker du på om dette temaet i dag?»",
        ],
        materials: ["Et synlig spørsmål", "En snakkegjenstand, hvis gruppen liker det"],
        pitfalls: [
          "Svarene blir til taler: avtal lengden før dere starter.",
          "Svar og diskusjon sniker seg inn: hold det som en runde, ikke en samtale.",
        ],
      },
      sv: {
        name: "Incheckningsrunda",
        purpose:
          "Alla säger något en gång innan arbetet börjar, så att varje röst finns i rummet och man kan lägga ifrån sig det man bär med sig.",
        whenToUse:
          "I början av alla möten, särskilt när folk kommer direkt från annat arbete eller inte känner varandra väl.",
        steps: [
          "Visa incheckningsfrågan på väggen.",
          "Gå runt i fast ordning; var och en svarar kort.",
          "Ingen kommenterar eller svarar; facilitatorn tackar och lämnar över ordet.",
          "Den som vill får stå över och tillfrågas igen i slutet.",
        ],
        question: "Vad behöver du säga för att vara helt närvarande?",
        goodQuestions: [
          "Fråga något alla kan svara på med en eller två meningar, utan förberedelse.",
          "Knyt den lätt till temat: ”Vad tänker du på kring det här ämnet i dag?”",
        ],
        materials: ["En synlig fråga", "Ett talföremål, om gruppen gillar det"],
        pitfalls: [
          "Svaren växer till tal: kom överens om längden innan ni börjar.",
          "Svar och diskussion smyger sig in: håll det som en runda, inte ett samtal.",
        ],
      },
      nl: {
        name: "Incheckronde",
        purpose:
          "Iedereen spreekt één keer voordat het werk begint, zodat elke stem in de ruimte is en mensen kunnen loslaten wat ze meebrengen.",
        whenToUse:
          "Aan het begin van elke bijeenkomst, vooral als mensen direct uit ander werk komen of elkaar nog niet goed kennen.",
        steps: [
          "Zet de incheckvraag op het scherm.",
          "Ga in een vaste volgorde rond; ieder antwoordt kort.",
          "Niemand reageert of geeft commentaar; de facilitator bedankt en geeft het woord door.",
          "Wie wil, mag passen en wordt aan het eind opnieuw gevraagd.",
        ],
        question: "Wat moet je kwijt om hier helemaal aanwezig te zijn?",
        goodQuestions: [
          "Vraag iets waar iedereen zonder voorbereiding in een zin of twee op kan antwoorden.",
          "Verbind het licht met het thema: ‘Wat houdt je vandaag bezig rond dit onderwerp?’",
        ],
        materials: ["Een zichtbare vraag", "Een praatstuk, als de groep dat prettig vindt"],
        pitfalls: [
          "Antwoorden worden toespraken: spreek vooraf een lengte af.",
          "Reacties en discussie sluipen erin: houd het een ronde, geen gesprek.",
        ],
      },
    },
  },
  {
    id: "one-word-check-in",
    category: "opening",
    phases: ["other"],
    groupSize: { min: 2, max: 40 },
    minutes: { min: 2, max: 5 },
    live: live({ contributionKinds: ["comment"] }, null, 3),
    texts: {
      en: {
        name: "One-word check-in",
        purpose:
          "A quick reading of the room: each person names how they arrive in one word, and the group sees the mood at a glance.",
        whenToUse:
          "When time is short or the group is large, and a full round would take too long.",
        steps: [
          "Ask for one word that describes how you arrive today.",
          "Everyone writes their word at the same time.",
          "Read the words aloud or show them together, without comment.",
        ],
        question: "In one word: how do you arrive today?",
        goodQuestions: [
          "Keep it to one word or image, so nobody has to explain themselves.",
          "Offer a variant: 'Which weather are you today?'",
        ],
        materials: [],
        pitfalls: [
          "Discussing the words afterwards: the point is to notice, not to analyse.",
          "Pressing someone who writes 'tired' for an explanation.",
        ],
      },
      nb: {
        name: "Innsjekk med ett ord",
        purpose:
          "En rask temperaturmåling: hver person beskriver hvordan de kommer inn med ett ord, og gruppen ser stemningen med ett blikk.",
        whenToUse:
          "Når tiden er knapp eller gruppen stor, og en hel runde ville tatt for lang tid.",
        steps: [
          "Be om ett ord som beskriver hvordan du kommer inn i dag.",
          "Alle skriver ordet sitt samtidig.",
          "Les ordene høyt eller vis dem samlet, uten kommentarer.",
        ],
        question: "Med ett ord: hvordan kommer du inn i dag?",
        goodQuestions: [
          "Hold det til ett ord eller bilde, så ingen må forklare seg.",
          "Tilby en variant: «Hvilket vær er du i dag?»",
        ],
        materials: [],
        pitfalls: [
          "Å diskutere ordene etterpå: poenget er å legge merke til, ikke å analysere.",
          "Å presse den som skriver «sliten» for en forklaring.",
        ],
      },
      sv: {
        name: "Incheckning med ett ord",
        purpose:
          "En snabb avläsning av rummet: var och en beskriver hur hen kommer in med ett ord, och gruppen ser stämningen med en blick.",
        whenToUse:
          "När tiden är knapp eller gruppen stor, och en hel runda skulle ta för lång tid.",
        steps: [
          "Be om ett ord som beskriver hur du kommer in i dag.",
          "Alla skriver sitt ord samtidigt.",
          "Läs upp orden eller visa dem tillsammans, utan kommentarer.",
        ],
        question: "Med ett ord: hur kommer du in i dag?",
        goodQuestions: [
          "Håll det till ett ord eller en bild, så att ingen behöver förklara sig.",
          "Erbjud en variant: ”Vilket väder är du i dag?”",
        ],
        materials: [],
        pitfalls: [
          "Att diskutera orden efteråt: poängen är att lägga märke till, inte att analysera.",
          "Att pressa den som skriver ”trött” på en förklaring.",
        ],
      },
      nl: {
        name: "Inchecken in één woord",
        purpose:
          "Een snelle peiling: ieder zegt in één woord hoe hij of zij binnenkomt, en de groep ziet de stemming in één oogopslag.",
        whenToUse:
          "Als de tijd kort is of de groep groot, en een volledige ronde te lang zou duren.",
        steps: [
          "Vraag om één woord dat beschrijft hoe je vandaag binnenkomt.",
          "Iedereen schrijft tegelijk zijn of haar woord op.",
          "Lees de woorden voor of toon ze samen, zonder commentaar.",
        ],
        question: "In één woord: hoe kom je vandaag binnen?",
        goodQuestions: [
          "Houd het bij één woord of beeld, zodat niemand zich hoeft te verantwoorden.",
          "Bied een variant aan: ‘Welk weer ben jij vandaag?’",
        ],
        materials: [],
        pitfalls: [
          "De woorden achteraf bespreken: het gaat om opmerken, niet om analyseren.",
          "Iemand die ‘moe’ schrijft om uitleg vragen.",
        ],
      },
    },
  },
  {
    id: "hopes-and-concerns",
    category: "opening",
    phases: ["other", "share_facts"],
    groupSize: { min: 3, max: 60 },
    minutes: { min: 10, max: 20 },
    live: live({ contributionKinds: ["idea", "comment"], silent: true, reactions: true }, null, 10),
    texts: {
      en: {
        name: "Hopes and concerns",
        purpose:
          "Brings out what people hope the meeting will bring and what they fear, so the facilitator and the group can take both seriously from the start.",
        whenToUse:
          "Before a sensitive topic, a change, or a meeting where people come with mixed expectations.",
        steps: [
          "Everyone writes silently: hopes as ideas, concerns as comments.",
          "Reveal all notes together.",
          "Read them aloud and name the patterns you see.",
          "Say which concerns the agenda already addresses and which need a place.",
        ],
        question: "What do you hope this meeting brings, and what are you worried about?",
        goodQuestions: [
          "Ask for both sides in one question, so a concern is as welcome as a hope.",
          "Make it concrete: 'What would make this afternoon worth your time?'",
        ],
        materials: ["Two colours of notes, if you work on paper"],
        pitfalls: [
          "Collecting concerns and then ignoring them: come back to them at the end.",
          "Defending the plan when a concern is raised.",
        ],
      },
      nb: {
        name: "Håp og bekymringer",
        purpose:
          "Får frem hva folk håper møtet gir, og hva de frykter, slik at tilrettelegger og gruppe kan ta begge deler på alvor fra start.",
        whenToUse:
          "Før et følsomt tema, en endring eller et møte der folk kommer med blandede forventninger.",
        steps: [
          "Alle skriver i stillhet: håp som ideer, bekymringer som kommentarer.",
          "Vis alle lappene samtidig.",
          "Les dem høyt og sett ord på mønstrene dere ser.",
          "Si hvilke bekymringer agendaen allerede tar opp, og hvilke som trenger en plass.",
        ],
        question: "Hva håper du at dette møtet gir, og hva er du bekymret for?",
        goodQuestions: [
          "Spør om begge sider i samme spørsmål, så en bekymring er like velkommen som et håp.",
          "Gjør det konkret: «Hva ville gjort denne ettermiddagen verdt tiden din?»",
        ],
        materials: ["Lapper i to farger, hvis dere jobber på papir"],
        pitfalls: [
          "Å samle bekymringer og så overse dem: kom tilbake til dem på slutten.",
          "Å forsvare planen når noen uttrykker en bekymring.",
        ],
      },
      sv: {
        name: "Förhoppningar och farhågor",
        purpose:
          "Lyfter fram vad folk hoppas att mötet ger och vad de oroar sig för, så att facilitator och grupp kan ta båda på allvar från början.",
        whenToUse:
          "Inför ett känsligt ämne, en förändring eller ett möte där folk kommer med blandade förväntningar.",
        steps: [
          "Alla skriver i tystnad: förhoppningar som idéer, farhågor som kommentarer.",
          "Visa alla lappar samtidigt.",
          "Läs upp dem och sätt ord på mönstren ni ser.",
          "Säg vilka farhågor dagordningen redan tar upp och vilka som behöver en plats.",
        ],
        question: "Vad hoppas du att mötet ger, och vad är du orolig för?",
        goodQuestions: [
          "Fråga efter båda sidorna i samma fråga, så att en farhåga är lika välkommen som en förhoppning.",
          "Gör den konkret: ”Vad skulle göra eftermiddagen värd din tid?”",
        ],
        materials: ["Lappar i två färger, om ni arbetar på papper"],
        pitfalls: [
          "Att samla farhågor och sedan strunta i dem: återkom till dem i slutet.",
          "Att försvara planen när någon tar upp en farhåga.",
        ],
      },
      nl: {
        name: "Verwachtingen en zorgen",
        purpose:
          "Haalt boven wat mensen van de bijeenkomst hopen en waar ze bang voor zijn, zodat facilitator en groep beide vanaf het begin serieus nemen.",
        whenToUse:
          "Voor een gevoelig onderwerp, een verandering of een bijeenkomst waar mensen met wisselende verwachtingen komen.",
        steps: [
          "Iedereen schrijft in stilte: hoop als idee, zorgen als opmerking.",
          "Maak alle briefjes tegelijk zichtbaar.",
          "Lees ze voor en benoem de patronen die je ziet.",
          "Zeg welke zorgen de agenda al behandelt en welke nog een plek nodig hebben.",
        ],
        question: "Wat hoop je dat deze bijeenkomst oplevert, en waar maak je je zorgen over?",
        goodQuestions: [
          "Vraag naar beide kanten in één vraag, zodat een zorg even welkom is als een hoop.",
          "Maak het concreet: ‘Wat maakt deze middag jouw tijd waard?’",
        ],
        materials: ["Briefjes in twee kleuren, als je op papier werkt"],
        pitfalls: [
          "Zorgen verzamelen en ze daarna negeren: kom er aan het eind op terug.",
          "Het plan verdedigen zodra iemand een zorg uitspreekt.",
        ],
      },
    },
  },
  {
    id: "working-agreements",
    category: "opening",
    phases: ["other"],
    groupSize: { min: 3, max: 30 },
    minutes: { min: 10, max: 25 },
    live: live({ contributionKinds: ["suggestion"], reactions: true, dotVoteBudget: 3 }, null, 15),
    texts: {
      en: {
        name: "Working agreements",
        purpose:
          "The group writes a few agreements on how it will work together today, so that everyone can hold each other, and the facilitator, to them.",
        whenToUse:
          "With a new group, a long session, or a group where earlier meetings went off track.",
        steps: [
          "Show the default ground rules as a starting point.",
          "Everyone suggests an agreement that would help them take part.",
          "Each person places three dots on the agreements they find most important.",
          "Adopt the top few and keep them visible all session.",
        ],
        question: "What do you need from each other to do good work today?",
        goodQuestions: [
          "Ask for behaviour, not values: 'one voice at a time' rather than 'respect'.",
          "Invite what has gone wrong before: 'What should we avoid this time?'",
        ],
        materials: ["The session's ground rules"],
        pitfalls: [
          "A long list nobody remembers: keep three to five.",
          "Writing the agreements and never pointing back to them.",
        ],
      },
      nb: {
        name: "Samarbeidsavtaler",
        purpose:
          "Gruppen skriver noen få avtaler om hvordan den skal jobbe sammen i dag, slik at alle kan holde hverandre, og tilretteleggeren, til dem.",
        whenToUse:
          "Med en ny gruppe, en lang økt eller en gruppe der tidligere møter har sporet av.",
        steps: [
          "Vis standardkjørereglene som et utgangspunkt.",
          "Alle foreslår en avtale som ville hjelpe dem å delta.",
          "Hver person setter tre prikker på avtalene de synes er viktigst.",
          "Vedta de øverste og hold dem synlige hele økten.",
        ],
        question: "Hva trenger dere fra hverandre for å gjøre godt arbeid i dag?",
        goodQuestions: [
          "Spør om atferd, ikke verdier: «én stemme om gangen» heller enn «respekt».",
          "Inviter erfaringer fra før: «Hva bør vi unngå denne gangen?»",
        ],
        materials: ["Øktens kjøreregler"],
        pitfalls: [
          "En lang liste ingen husker: hold dere til tre til fem.",
          "Å skrive avtalene og aldri vise til dem igjen.",
        ],
      },
      sv: {
        name: "Samarbetsöverenskommelser",
        purpose:
          "Gruppen skriver några få överenskommelser om hur den ska arbeta tillsammans i dag, så att alla kan hålla varandra, och facilitatorn, till dem.",
        whenToUse:
          "Med en ny grupp, ett långt pass eller en grupp där tidigare möten har spårat ur.",
        steps: [
          "Visa de förvalda spelreglerna som utgångspunkt.",
          "Alla föreslår en överenskommelse som skulle hjälpa dem att delta.",
          "Var och en sätter tre prickar på de överenskommelser hen tycker är viktigast.",
          "Anta de översta och håll dem synliga under hela passet.",
        ],
        question: "Vad behöver ni av varandra för att göra ett bra arbete i dag?",
        goodQuestions: [
          "Fråga efter beteenden, inte värderingar: ”en röst i taget” snarare än ”respekt”.",
          "Bjud in tidigare erfarenheter: ”Vad ska vi undvika den här gången?”",
        ],
        materials: ["Passets spelregler"],
        pitfalls: [
          "En lång lista som ingen minns: håll er till tre till fem.",
          "Att skriva överenskommelserna och aldrig hänvisa till dem igen.",
        ],
      },
      nl: {
        name: "Werkafspraken",
        purpose:
          "De groep schrijft een paar afspraken over hoe ze vandaag samenwerkt, zodat iedereen elkaar, en de facilitator, eraan kan houden.",
        whenToUse:
          "Met een nieuwe groep, een lange sessie of een groep waar eerdere bijeenkomsten ontspoorden.",
        steps: [
          "Toon de standaard spelregels als vertrekpunt.",
          "Iedereen stelt een afspraak voor die helpt om mee te doen.",
          "Ieder zet drie stippen bij de afspraken die hij of zij het belangrijkst vindt.",
          "Neem de bovenste paar over en houd ze de hele sessie zichtbaar.",
        ],
        question: "Wat hebben jullie van elkaar nodig om vandaag goed werk te doen?",
        goodQuestions: [
          "Vraag naar gedrag, niet naar waarden: ‘één stem tegelijk’ in plaats van ‘respect’.",
          "Nodig eerdere ervaringen uit: ‘Wat willen we deze keer vermijden?’",
        ],
        materials: ["De spelregels van de sessie"],
        pitfalls: [
          "Een lange lijst die niemand onthoudt: houd het bij drie tot vijf.",
          "De afspraken opschrijven en er nooit meer naar verwijzen.",
        ],
      },
    },
  },
  {
    id: "purpose-check",
    category: "opening",
    phases: ["other", "share_facts"],
    groupSize: { min: 2, max: 40 },
    minutes: { min: 5, max: 15 },
    live: live({ contributionKinds: ["question", "comment"], reactions: true }, null, 10),
    texts: {
      en: {
        name: "Purpose check",
        purpose:
          "The facilitator states why the group is here and what the session should produce; the group asks what is unclear before the work begins.",
        whenToUse:
          "Whenever the aim of the meeting could be read in more than one way, or people were invited by someone else.",
        steps: [
          "Present the purpose, the central question and the desired outcome.",
          "Invite questions and comments on them.",
          "Sharpen the wording together where it is unclear.",
          "Confirm what is and is not on the table today.",
        ],
        question: "Is it clear why we are here and what we want to leave with?",
        goodQuestions: [
          "Name the outcome as something you can hold: 'a decision on X', 'three options for Y'.",
          "Ask what is missing rather than whether people agree.",
        ],
        materials: ["Purpose, question and outcome written down"],
        pitfalls: [
          "Skipping it because 'everyone knows': they often know different things.",
          "Reopening the whole agenda: note big changes for a later moment.",
        ],
      },
      nb: {
        name: "Formålssjekk",
        purpose:
          "Tilretteleggeren sier hvorfor gruppen er samlet og hva økten skal gi; gruppen spør om det som er uklart før arbeidet begynner.",
        whenToUse:
          "Når målet med møtet kan forstås på flere måter, eller når folk er invitert av noen andre.",
        steps: [
          "Presenter formålet, hovedspørsmålet og ønsket resultat.",
          "Inviter spørsmål og kommentarer til dem.",
          "Spiss formuleringen sammen der den er uklar.",
          "Bekreft hva som er og ikke er på bordet i dag.",
        ],
        question: "Er det klart hvorfor vi er her og hva vi vil gå herfra med?",
        goodQuestions: [
          "Beskriv resultatet som noe håndfast: «en beslutning om X», «tre alternativer for Y».",
          "Spør hva som mangler, heller enn om folk er enige.",
        ],
        materials: ["Formål, spørsmål og resultat skrevet ned"],
        pitfalls: [
          "Å hoppe over den fordi «alle vet det»: ofte vet de forskjellige ting.",
          "Å åpne hele agendaen på nytt: noter store endringer til senere.",
        ],
      },
      sv: {
        name: "Syfteskoll",
        purpose:
          "Facilitatorn säger varför gruppen är samlad och vad passet ska ge; gruppen frågar om det som är oklart innan arbetet börjar.",
        whenToUse:
          "När mötets mål kan förstås på flera sätt, eller när folk har bjudits in av någon annan.",
        steps: [
          "Presentera syftet, huvudfrågan och önskat resultat.",
          "Bjud in frågor och kommentarer om dem.",
          "Skärp formuleringen tillsammans där den är oklar.",
          "Bekräfta vad som ligger och inte ligger på bordet i dag.",
        ],
        question: "Är det tydligt varför vi är här och vad vi vill gå härifrån med?",
        goodQuestions: [
          "Beskriv resultatet som något greppbart: ”ett beslut om X”, ”tre alternativ för Y”.",
          "Fråga vad som saknas snarare än om folk håller med.",
        ],
        materials: ["Syfte, fråga och resultat nedskrivna"],
        pitfalls: [
          "Att hoppa över den för att ”alla vet”: ofta vet de olika saker.",
          "Att öppna hela dagordningen igen: anteckna stora ändringar till senare.",
        ],
      },
      nl: {
        name: "Doelcheck",
        purpose:
          "De facilitator zegt waarom de groep bijeen is en wat de sessie moet opleveren; de groep vraagt naar wat onduidelijk is voordat het werk begint.",
        whenToUse:
          "Als het doel van de bijeenkomst op meer manieren te lezen is, of mensen door iemand anders zijn uitgenodigd.",
        steps: [
          "Presenteer het doel, de centrale vraag en het gewenste resultaat.",
          "Nodig vragen en opmerkingen daarover uit.",
          "Scherp samen de formulering aan waar die onduidelijk is.",
          "Bevestig wat vandaag wel en niet op tafel ligt.",
        ],
        question: "Is het duidelijk waarom we hier zijn en waarmee we weg willen gaan?",
        goodQuestions: [
          "Beschrijf het resultaat als iets tastbaars: ‘een besluit over X’, ‘drie opties voor Y’.",
          "Vraag wat er ontbreekt in plaats van of mensen het eens zijn.",
        ],
        materials: ["Doel, vraag en resultaat op papier"],
        pitfalls: [
          "Hem overslaan omdat ‘iedereen het weet’: vaak weten ze verschillende dingen.",
          "De hele agenda heropenen: noteer grote wijzigingen voor later.",
        ],
      },
    },
  },
];
