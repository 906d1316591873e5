import type { BuiltInMethod } from "../schema.js";
import { live } from "./live.js";

/** Check-outs and closings: ending together, with commitments and a last word from everyone. */
export const CLOSING_METHODS: BuiltInMethod[] = [
  {
    id: "check-out-round",
    category: "closing",
    phases: ["other"],
    groupSize: { min: 2, max: 16 },
    minutes: { min: 5, max: 15 },
    live: live({}, "speaking", 10),
    texts: {
      en: {
        name: "Check-out round",
        purpose:
          "Everyone says a last word before leaving, so the meeting ends together and the facilitator hears how people leave.",
        whenToUse: "At the end of any meeting, especially after hard or important work.",
        steps: [
          "Put the check-out question on the wall.",
          "Go round once; each person answers briefly.",
          "No responses; thank the group and close on time.",
        ],
        question: "What do you take with you from today?",
        goodQuestions: [
          "Ask for something personal and short: a thought, a feeling, a next step.",
          "Vary it: 'What surprised you today?' or 'What will you do tomorrow?'",
        ],
        materials: [],
        pitfalls: [
          "Running out of time and skipping it: plan it in the agenda.",
          "Check-out answers that reopen the discussion.",
        ],
      },
      nb: {
        name: "Utsjekkingsrunde",
        purpose:
          "Alle sier et siste ord før de går, slik at møtet avsluttes samlet og tilretteleggeren hører hvordan folk går herfra.",
        whenToUse: "På slutten av alle møter, særlig etter krevende eller viktig arbeid.",
        steps: [
          "Vis utsjekkingsspørsmålet på skjermen.",
          "Gå rundt én gang; hver person svarer kort.",
          "Ingen svar; takk gruppen og avslutt i tide.",
        ],
        question: "Hva tar du med deg fra i dag?",
        goodQuestions: [
          "Spør om noe personlig og kort: en tanke, en følelse, et neste steg.",
          "Varier: «Hva overrasket deg i dag?» eller «Hva gjør du i morgen?»",
        ],
        materials: [],
        pitfalls: [
          "At tiden renner ut og runden droppes: sett den inn i agendaen.",
          "Utsjekkingssvar som åpner diskusjonen igjen.",
        ],
      },
      sv: {
        name: "Utcheckningsrunda",
        purpose:
          "Alla säger ett sista ord innan de går, så att mötet avslutas tillsammans och facilitatorn hör hur folk lämnar.",
        whenToUse: "I slutet av alla möten, särskilt efter krävande eller viktigt arbete.",
        steps: [
          "Visa utcheckningsfrågan på väggen.",
          "Gå runt en gång; var och en svarar kort.",
          "Inga svar; tacka gruppen och avsluta i tid.",
        ],
        question: "Vad tar du med dig från i dag?",
        goodQuestions: [
          "Fråga efter något personligt och kort: en tanke, en känsla, ett nästa steg.",
          "Variera: ”Vad överraskade dig i dag?” eller ”Vad gör du i morgon?”",
        ],
        materials: [],
        pitfalls: [
          "Att tiden tar slut och rundan stryks: lägg in den i dagordningen.",
          "Utcheckningssvar som öppnar diskussionen igen.",
        ],
      },
      nl: {
        name: "Uitcheckronde",
        purpose:
          "Iedereen zegt een laatste woord voordat hij of zij vertrekt, zodat de bijeenkomst samen eindigt en de facilitator hoort hoe mensen weggaan.",
        whenToUse: "Aan het eind van elke bijeenkomst, vooral na zwaar of belangrijk werk.",
        steps: [
          "Zet de uitcheckvraag op het scherm.",
          "Ga één keer rond; ieder antwoordt kort.",
          "Geen reacties; bedank de groep en sluit op tijd af.",
        ],
        question: "Wat neem je mee van vandaag?",
        goodQuestions: [
          "Vraag naar iets persoonlijks en korts: een gedachte, een gevoel, een volgende stap.",
          "Varieer: ‘Wat verraste je vandaag?’ of ‘Wat doe je morgen?’",
        ],
        materials: [],
        pitfalls: [
          "De tijd raakt op en de ronde sneuvelt: plan hem in de agenda.",
          "Uitcheckantwoorden die de discussie heropenen.",
        ],
      },
    },
  },
  {
    id: "one-word-check-out",
    category: "closing",
    phases: ["other"],
    groupSize: { min: 2, max: 500 },
    minutes: { min: 2, max: 5 },
    live: live({ contributionKinds: ["comment"] }, null, 3),
    texts: {
      en: {
        name: "One-word check-out",
        purpose:
          "Everyone writes one word about how they leave; the words together show the group's mood at the end in seconds.",
        whenToUse: "With large groups or when time is short at the end.",
        steps: [
          "Ask for one word that describes how you leave.",
          "Everyone writes at the same time.",
          "Show the words together and close.",
        ],
        question: "In one word: how do you leave today?",
        goodQuestions: [
          "Mirror the check-in question, so people notice what changed.",
          "Keep it to one word; explanations are welcome another time.",
        ],
        materials: [],
        pitfalls: [
          "Analysing the words instead of letting them stand.",
          "Skipping it because the group is large: it works at any size.",
        ],
      },
      nb: {
        name: "Utsjekk med ett ord",
        purpose:
          "Alle skriver ett ord om hvordan de går herfra; ordene sammen viser gruppens stemning ved slutten på sekunder.",
        whenToUse: "Med store grupper eller når tiden er knapp på slutten.",
        steps: [
          "Be om ett ord som beskriver hvordan du går herfra.",
          "Alle skriver samtidig.",
          "Vis ordene samlet og avslutt.",
        ],
        question: "Med ett ord: hvordan går du herfra i dag?",
        goodQuestions: [
          "Speil innsjekkingsspørsmålet, så folk merker hva som har endret seg.",
          "Hold det til ett ord; forklaringer er velkomne en annen gang.",
        ],
        materials: [],
        pitfalls: [
          "Å analysere ordene i stedet for å la dem stå.",
          "Å droppe den fordi gruppen er stor: den fungerer i alle størrelser.",
        ],
      },
      sv: {
        name: "Utcheckning med ett ord",
        purpose:
          "Alla skriver ett ord om hur de lämnar; orden tillsammans visar gruppens stämning i slutet på några sekunder.",
        whenToUse: "Med stora grupper eller när tiden är knapp i slutet.",
        steps: [
          "Be om ett ord som beskriver hur du lämnar.",
          "Alla skriver samtidigt.",
          "Visa orden tillsammans och avsluta.",
        ],
        question: "Med ett ord: hur lämnar du i dag?",
        goodQuestions: [
          "Spegla incheckningsfrågan, så att folk märker vad som har förändrats.",
          "Håll det till ett ord; förklaringar är välkomna en annan gång.",
        ],
        materials: [],
        pitfalls: [
          "Att analysera orden i stället för att låta dem stå.",
          "Att hoppa över den för att gruppen är stor: den fungerar i alla storlekar.",
        ],
      },
      nl: {
        name: "Uitchecken in één woord",
        purpose:
          "Iedereen schrijft één woord over hoe hij of zij vertrekt; samen laten de woorden in een paar seconden de stemming aan het eind zien.",
        whenToUse: "Bij grote groepen of als de tijd aan het eind krap is.",
        steps: [
          "Vraag om één woord dat beschrijft hoe je weggaat.",
          "Iedereen schrijft tegelijk.",
          "Toon de woorden samen en sluit af.",
        ],
        question: "In één woord: hoe ga je vandaag weg?",
        goodQuestions: [
          "Spiegel de incheckvraag, zodat mensen merken wat er veranderd is.",
          "Houd het bij één woord; uitleg is een andere keer welkom.",
        ],
        materials: [],
        pitfalls: [
          "De woorden analyseren in plaats van ze te laten staan.",
          "Hem overslaan omdat de groep groot is: het werkt bij elke omvang.",
        ],
      },
    },
  },
  {
    id: "commitments",
    category: "closing",
    phases: ["decide", "other"],
    groupSize: { min: 2, max: 60 },
    minutes: { min: 10, max: 20 },
    live: live({ contributionKinds: ["suggestion"], reactions: true }, null, 10),
    texts: {
      en: {
        name: "Who does what by when",
        purpose:
          "Each decision or insight leaves the room with a named owner, a first step and a date, so the session's work continues after it ends.",
        whenToUse: "At the end of any session that took decisions or produced actions.",
        steps: [
          "List the decisions and actions from the session.",
          "For each, ask who will take it forward and write their name.",
          "Agree on a first concrete step and a date.",
          "Read the list aloud and agree when you will review it.",
        ],
        question: "Who takes this forward, what is the first step, and by when?",
        goodQuestions: [
          "Ask for a first step small enough to start this week.",
          "Ask volunteers rather than assigning, and check they have the time.",
        ],
        materials: ["The session's decisions and insights"],
        pitfalls: [
          "Actions owned by 'we', which means no one.",
          "No date to look back on whether the actions happened.",
        ],
      },
      nb: {
        name: "Hvem gjør hva innen når",
        purpose:
          "Hver beslutning eller innsikt forlater rommet med en navngitt ansvarlig, et første steg og en dato, slik at arbeidet fra økten fortsetter etter at den er slutt.",
        whenToUse: "På slutten av alle økter som har tatt beslutninger eller gitt tiltak.",
        steps: [
          "List opp beslutningene og tiltakene fra økten.",
          "For hver av dem, spør hvem som tar den videre, og skriv navnet.",
          "Bli enige om et første konkret steg og en dato.",
          "Les listen høyt og avtal når dere skal se på den igjen.",
        ],
        question: "Hvem tar dette videre, hva er første steg, og innen når?",
        goodQuestions: [
          "Spør etter et første steg som er lite nok til å starte denne uken.",
          "Be om frivillige i stedet for å fordele, og sjekk at de har tid.",
        ],
        materials: ["Øktens beslutninger og innsikter"],
        pitfalls: [
          "Tiltak som eies av «vi», som betyr ingen.",
          "Ingen dato for å se tilbake på om tiltakene ble gjennomført.",
        ],
      },
      sv: {
        name: "Vem gör vad till när",
        purpose:
          "Varje beslut eller insikt lämnar rummet med en namngiven ansvarig, ett första steg och ett datum, så att arbetet från passet fortsätter efter att det har slutat.",
        whenToUse: "I slutet av alla pass som har fattat beslut eller gett åtgärder.",
        steps: [
          "Lista besluten och åtgärderna från passet.",
          "Fråga för varje punkt vem som tar den vidare och skriv namnet.",
          "Kom överens om ett första konkret steg och ett datum.",
          "Läs upp listan och bestäm när ni ska följa upp den.",
        ],
        question: "Vem tar det här vidare, vad är första steget, och till när?",
        goodQuestions: [
          "Fråga efter ett första steg som är litet nog att börja med den här veckan.",
          "Be om frivilliga i stället för att fördela, och kontrollera att de har tid.",
        ],
        materials: ["Passets beslut och insikter"],
        pitfalls: [
          "Åtgärder som ägs av ”vi”, vilket betyder ingen.",
          "Inget datum för att följa upp om åtgärderna blev gjorda.",
        ],
      },
      nl: {
        name: "Wie doet wat wanneer",
        purpose:
          "Elk besluit of inzicht verlaat de ruimte met een eigenaar, een eerste stap en een datum, zodat het werk van de sessie doorgaat als die voorbij is.",
        whenToUse: "Aan het eind van elke sessie die besluiten nam of acties opleverde.",
        steps: [
          "Zet de besluiten en acties uit de sessie op een rij.",
          "Vraag bij elk wie het oppakt en schrijf de naam erbij.",
          "Spreek een eerste concrete stap en een datum af.",
          "Lees de lijst voor en spreek af wanneer jullie hem terugzien.",
        ],
        question: "Wie pakt dit op, wat is de eerste stap, en wanneer?",
        goodQuestions: [
          "Vraag naar een eerste stap die klein genoeg is om deze week te beginnen.",
          "Vraag om vrijwilligers in plaats van taken te verdelen, en check of ze tijd hebben.",
        ],
        materials: ["De besluiten en inzichten van de sessie"],
        pitfalls: [
          "Acties die van ‘we’ zijn, en dus van niemand.",
          "Geen datum om terug te kijken of de acties zijn uitgevoerd.",
        ],
      },
    },
  },
  {
    id: "appreciation-round",
    category: "closing",
    phases: ["other"],
    groupSize: { min: 3, max: 20 },
    minutes: { min: 5, max: 15 },
    live: live({}, "speaking", 10),
    texts: {
      en: {
        name: "Appreciation round",
        purpose:
          "Each person names something specific they appreciated in someone else's contribution, which ends the work on recognition and strengthens the relationships the next session needs.",
        whenToUse:
          "After intense work, at the end of a project, or when a group has worked through disagreement.",
        steps: [
          "Invite everyone to think of one contribution that helped them today.",
          "In a round, each person names the contribution and the person.",
          "The person receiving it simply says thank you.",
        ],
        question: "Whose contribution helped you today, and how?",
        goodQuestions: [
          "Ask for something specific that happened, not general praise.",
          "Make sure it includes quiet contributions, such as a good question.",
        ],
        materials: [],
        pitfalls: [
          "The same people are appreciated every time while others go unnamed.",
          "It feels forced when the group has not yet built trust: keep it light.",
        ],
      },
      nb: {
        name: "Takknemlighetsrunde",
        purpose:
          "Hver person nevner noe konkret de satte pris på i en annens bidrag, noe som avslutter arbeidet med anerkjennelse og styrker relasjonene neste økt trenger.",
        whenToUse:
          "Etter intenst arbeid, på slutten av et prosjekt, eller når en gruppe har arbeidet seg gjennom uenighet.",
        steps: [
          "Inviter alle til å tenke på ett bidrag som hjalp dem i dag.",
          "I en runde nevner hver person bidraget og personen.",
          "Den som får anerkjennelsen, sier bare takk.",
        ],
        question: "Hvem sitt bidrag hjalp deg i dag, og hvordan?",
        goodQuestions: [
          "Spør etter noe konkret som skjedde, ikke generell ros.",
          "Sørg for at stille bidrag også kommer med, som et godt spørsmål.",
        ],
        materials: [],
        pitfalls: [
          "De samme får anerkjennelse hver gang mens andre ikke blir nevnt.",
          "Det føles tvunget når gruppen ikke har bygget tillit ennå: hold det lett.",
        ],
      },
      sv: {
        name: "Uppskattningsrunda",
        purpose:
          "Var och en nämner något konkret hen uppskattade i någon annans bidrag, vilket avslutar arbetet med erkännande och stärker de relationer nästa pass behöver.",
        whenToUse:
          "Efter intensivt arbete, i slutet av ett projekt, eller när en grupp har arbetat sig igenom oenighet.",
        steps: [
          "Bjud in alla att tänka på ett bidrag som hjälpte dem i dag.",
          "I en runda nämner var och en bidraget och personen.",
          "Den som får uppskattningen säger bara tack.",
        ],
        question: "Vems bidrag hjälpte dig i dag, och hur?",
        goodQuestions: [
          "Fråga efter något konkret som hände, inte allmänt beröm.",
          "Se till att tysta bidrag också kommer med, som en bra fråga.",
        ],
        materials: [],
        pitfalls: [
          "Samma personer uppskattas varje gång medan andra inte nämns.",
          "Det känns krystat när gruppen ännu inte har byggt förtroende: håll det lätt.",
        ],
      },
      nl: {
        name: "Waarderingsronde",
        purpose:
          "Ieder noemt iets concreets dat hij of zij waardeerde in de bijdrage van een ander, wat het werk afsluit met erkenning en de relaties versterkt die de volgende sessie nodig heeft.",
        whenToUse:
          "Na intensief werk, aan het eind van een project, of als een groep samen door onenigheid heen is gegaan.",
        steps: [
          "Nodig iedereen uit te denken aan één bijdrage die hem of haar vandaag hielp.",
          "In een ronde noemt ieder de bijdrage en de persoon.",
          "Wie de waardering krijgt, zegt alleen dankjewel.",
        ],
        question: "Wiens bijdrage hielp jou vandaag, en hoe?",
        goodQuestions: [
          "Vraag naar iets concreets dat gebeurde, niet naar algemene lof.",
          "Zorg dat ook stille bijdragen genoemd worden, zoals een goede vraag.",
        ],
        materials: [],
        pitfalls: [
          "Steeds worden dezelfden gewaardeerd terwijl anderen onbenoemd blijven.",
          "Het voelt geforceerd als de groep nog geen vertrouwen heeft opgebouwd: houd het licht.",
        ],
      },
    },
  },
];
