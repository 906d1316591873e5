import type { BuiltInMethod } from "../schema.js";
import { live } from "./live.js";

/** Retrospectives and reflection formats: learning from what happened. */
export const REFLECTION_METHODS: BuiltInMethod[] = [
  {
    id: "start-stop-continue",
    category: "reflection",
    phases: ["reflect", "discover"],
    groupSize: { min: 3, max: 40 },
    minutes: { min: 20, max: 40 },
    live: live(
      {
        contributionKinds: ["reflection", "idea"],
        silent: true,
        grouping: "everyone",
        dotVoteBudget: 3,
      },
      null,
      25,
    ),
    texts: {
      en: {
        name: "Start, stop, continue",
        purpose:
          "The group looks back on a period of work and names what to start doing, what to stop and what to keep, which gives a short, actionable retrospective.",
        whenToUse:
          "At the end of a project phase, sprint or period, or whenever a team wants to improve how it works.",
        steps: [
          "Make three groups: start, stop and continue.",
          "Everyone writes silently and places each note in a group.",
          "Reveal, read and merge duplicates.",
          "Dot-vote on the changes that would help most, and agree on one or two.",
        ],
        question: "What should we start, stop and continue doing?",
        goodQuestions: [
          "Anchor it in a period: 'Looking back at the last month …'",
          "Ask for behaviour the team controls, not wishes for others.",
        ],
        materials: [],
        pitfalls: [
          "Long lists with no owner: pick one or two changes and follow them up.",
          "'Stop' notes that target individuals rather than practices.",
        ],
      },
      nb: {
        name: "Start, stopp, fortsett",
        purpose:
          "Gruppen ser tilbake på en arbeidsperiode og sier hva den skal begynne med, slutte med og fortsette med, noe som gir en kort retrospektiv det går an å handle på.",
        whenToUse:
          "På slutten av en prosjektfase, en sprint eller en periode, eller når et team vil forbedre måten det jobber på.",
        steps: [
          "Lag tre grupper: start, stopp og fortsett.",
          "Alle skriver i stillhet og legger hver lapp i en gruppe.",
          "Vis, les og slå sammen like lapper.",
          "Stem med prikker på endringene som ville hjulpet mest, og bli enige om én eller to.",
        ],
        question: "Hva bør vi begynne med, slutte med og fortsette med?",
        goodQuestions: [
          "Knytt det til en periode: «Når vi ser tilbake på den siste måneden …»",
          "Spør om atferd teamet selv styrer, ikke ønsker til andre.",
        ],
        materials: [],
        pitfalls: [
          "Lange lister uten eier: velg én eller to endringer og følg dem opp.",
          "«Stopp»-lapper som retter seg mot personer i stedet for arbeidsmåter.",
        ],
      },
      sv: {
        name: "Börja, sluta, fortsätt",
        purpose:
          "Gruppen ser tillbaka på en arbetsperiod och säger vad den ska börja med, sluta med och fortsätta med, vilket ger en kort retrospektiv som går att agera på.",
        whenToUse:
          "I slutet av en projektfas, en sprint eller en period, eller när ett team vill förbättra sitt arbetssätt.",
        steps: [
          "Skapa tre grupper: börja, sluta och fortsätt.",
          "Alla skriver i tystnad och lägger varje lapp i en grupp.",
          "Visa, läs och slå ihop dubbletter.",
          "Prickrösta på de förändringar som skulle hjälpa mest och kom överens om en eller två.",
        ],
        question: "Vad ska vi börja med, sluta med och fortsätta med?",
        goodQuestions: [
          "Förankra den i en period: ”När vi ser tillbaka på den senaste månaden …”",
          "Fråga efter beteenden teamet självt styr över, inte önskemål till andra.",
        ],
        materials: [],
        pitfalls: [
          "Långa listor utan ägare: välj en eller två förändringar och följ upp dem.",
          "”Sluta”-lappar som riktar sig mot personer i stället för arbetssätt.",
        ],
      },
      nl: {
        name: "Starten, stoppen, doorgaan",
        purpose:
          "De groep kijkt terug op een werkperiode en benoemt waarmee ze gaat beginnen, stoppen en doorgaan, wat een korte retrospectief oplevert waarmee je aan de slag kunt.",
        whenToUse:
          "Aan het eind van een projectfase, sprint of periode, of als een team zijn manier van werken wil verbeteren.",
        steps: [
          "Maak drie groepen: starten, stoppen en doorgaan.",
          "Iedereen schrijft in stilte en plaatst elk briefje in een groep.",
          "Maak zichtbaar, lees en voeg dubbele briefjes samen.",
          "Stem met stippen op de veranderingen die het meest zouden helpen en kies er één of twee.",
        ],
        question: "Waarmee moeten we starten, stoppen en doorgaan?",
        goodQuestions: [
          "Veranker het in een periode: ‘Als we terugkijken op de afgelopen maand …’",
          "Vraag naar gedrag dat het team zelf in de hand heeft, niet naar wensen aan anderen.",
        ],
        materials: [],
        pitfalls: [
          "Lange lijsten zonder eigenaar: kies één of twee veranderingen en volg ze op.",
          "‘Stoppen’-briefjes die op personen gericht zijn in plaats van op werkwijzen.",
        ],
      },
    },
  },
  {
    id: "timeline-retrospective",
    category: "reflection",
    phases: ["share_facts", "reflect"],
    groupSize: { min: 3, max: 30 },
    minutes: { min: 30, max: 60 },
    live: live({ contributionKinds: ["fact", "reflection"], reactions: true }, null, 40),
    texts: {
      en: {
        name: "Timeline retrospective",
        purpose:
          "The group rebuilds the history of a project on a shared timeline, with events and how people experienced them, so that everyone sees the same story before judging it.",
        whenToUse:
          "After a longer project or a difficult period, when memories differ and people saw different parts.",
        steps: [
          "Draw a timeline from the start to the end of the period.",
          "Everyone adds the events they remember, as facts with a date.",
          "Everyone marks the high and low points as they experienced them.",
          "Look at the whole line together: where do experiences differ, and why?",
        ],
        question: "What happened, when, and how did you experience it?",
        goodQuestions: [
          "Ask for events first and feelings second, so the story is shared before it is judged.",
          "Ask what surprised people when they saw the whole timeline.",
        ],
        materials: ["A long wall or a digital line"],
        pitfalls: [
          "One person's memory dominates the timeline.",
          "Skipping from the line straight to blame.",
        ],
      },
      nb: {
        name: "Tidslinje-retrospektiv",
        purpose:
          "Gruppen gjenskaper historien til et prosjekt på en felles tidslinje, med hendelser og hvordan folk opplevde dem, slik at alle ser den samme historien før den vurderes.",
        whenToUse:
          "Etter et lengre prosjekt eller en vanskelig periode, når minnene spriker og folk har sett ulike deler.",
        steps: [
          "Tegn en tidslinje fra starten til slutten av perioden.",
          "Alle legger inn hendelsene de husker, som fakta med dato.",
          "Alle markerer høy- og lavpunktene slik de opplevde dem.",
          "Se på hele linjen sammen: hvor er opplevelsene ulike, og hvorfor?",
        ],
        question: "Hva skjedde, når, og hvordan opplevde du det?",
        goodQuestions: [
          "Spør etter hendelser først og følelser etterpå, slik at historien deles før den vurderes.",
          "Spør hva som overrasket folk da de så hele tidslinjen.",
        ],
        materials: ["En lang vegg eller en digital linje"],
        pitfalls: [
          "Én persons minne dominerer tidslinjen.",
          "Å hoppe fra linjen rett til å fordele skyld.",
        ],
      },
      sv: {
        name: "Tidslinjeretrospektiv",
        purpose:
          "Gruppen återskapar ett projekts historia på en gemensam tidslinje, med händelser och hur folk upplevde dem, så att alla ser samma berättelse innan den bedöms.",
        whenToUse:
          "Efter ett längre projekt eller en svår period, när minnena går isär och folk har sett olika delar.",
        steps: [
          "Rita en tidslinje från periodens början till dess slut.",
          "Alla lägger in de händelser de minns, som fakta med datum.",
          "Alla markerar höjd- och lågpunkterna som de upplevde dem.",
          "Titta på hela linjen tillsammans: var skiljer sig upplevelserna åt, och varför?",
        ],
        question: "Vad hände, när, och hur upplevde du det?",
        goodQuestions: [
          "Fråga efter händelser först och känslor sedan, så att berättelsen delas innan den bedöms.",
          "Fråga vad som överraskade folk när de såg hela tidslinjen.",
        ],
        materials: ["En lång vägg eller en digital linje"],
        pitfalls: [
          "En persons minne dominerar tidslinjen.",
          "Att hoppa från linjen direkt till att skuldbelägga.",
        ],
      },
      nl: {
        name: "Tijdlijn-retrospectief",
        purpose:
          "De groep reconstrueert de geschiedenis van een project op een gedeelde tijdlijn, met gebeurtenissen en hoe mensen ze beleefden, zodat iedereen hetzelfde verhaal ziet voordat het beoordeeld wordt.",
        whenToUse:
          "Na een langer project of een moeilijke periode, als herinneringen uiteenlopen en mensen verschillende delen hebben gezien.",
        steps: [
          "Teken een tijdlijn van het begin tot het eind van de periode.",
          "Iedereen voegt de gebeurtenissen toe die hij of zij zich herinnert, als feiten met datum.",
          "Iedereen markeert de hoogte- en dieptepunten zoals hij of zij die beleefde.",
          "Bekijk samen de hele lijn: waar verschillen de ervaringen, en waarom?",
        ],
        question: "Wat gebeurde er, wanneer, en hoe heb jij het beleefd?",
        goodQuestions: [
          "Vraag eerst naar gebeurtenissen en pas daarna naar gevoelens, zodat het verhaal gedeeld is voordat het beoordeeld wordt.",
          "Vraag wat mensen verraste toen ze de hele tijdlijn zagen.",
        ],
        materials: ["Een lange muur of een digitale lijn"],
        pitfalls: [
          "De herinnering van één persoon overheerst de tijdlijn.",
          "Van de lijn meteen overstappen op schuld toewijzen.",
        ],
      },
    },
  },
  {
    id: "liked-learned-lacked-longed",
    category: "reflection",
    phases: ["reflect"],
    groupSize: { min: 3, max: 40 },
    minutes: { min: 20, max: 40 },
    live: live({ contributionKinds: ["reflection"], silent: true, grouping: "everyone" }, null, 25),
    texts: {
      en: {
        name: "Liked, learned, lacked, longed for",
        purpose:
          "Four prompts invite a balanced look back: what people enjoyed, what they learned, what was missing and what they wished for, which brings out more than 'good and bad'.",
        whenToUse:
          "To reflect on a training, a project or a collaboration where learning matters as much as results.",
        steps: [
          "Show the four prompts as four groups.",
          "Everyone writes silently under each prompt.",
          "Reveal and read each group in turn.",
          "Ask what the 'lacked' and 'longed for' notes say about what to do next time.",
        ],
        question: "What did you like, learn, lack and long for?",
        goodQuestions: [
          "Give each prompt its own moment, so 'liked' does not crowd out the rest.",
          "Turn 'longed for' into a forward question: 'What would make that happen?'",
        ],
        materials: [],
        pitfalls: [
          "The group stays in 'liked' because it feels pleasant.",
          "'Lacked' becomes a complaints list without a next step.",
        ],
      },
      nb: {
        name: "Likte, lærte, savnet, lengtet etter",
        purpose:
          "Fire stikkord inviterer til et balansert tilbakeblikk: hva folk likte, hva de lærte, hva som manglet og hva de ønsket seg, noe som får frem mer enn «bra og dårlig».",
        whenToUse:
          "For å reflektere over et kurs, et prosjekt eller et samarbeid der læring betyr like mye som resultater.",
        steps: [
          "Vis de fire stikkordene som fire grupper.",
          "Alle skriver i stillhet under hvert stikkord.",
          "Vis og les hver gruppe etter tur.",
          "Spør hva lappene under «savnet» og «lengtet etter» sier om hva dere bør gjøre neste gang.",
        ],
        question: "Hva likte du, lærte du, savnet du og lengtet du etter?",
        goodQuestions: [
          "Gi hvert stikkord sitt eget øyeblikk, så «likte» ikke skyver de andre til side.",
          "Gjør «lengtet etter» til et spørsmål fremover: «Hva skulle til for at det skjer?»",
        ],
        materials: [],
        pitfalls: [
          "Gruppen blir værende i «likte» fordi det føles hyggelig.",
          "«Savnet» blir en klageliste uten neste steg.",
        ],
      },
      sv: {
        name: "Gillade, lärde, saknade, längtade efter",
        purpose:
          "Fyra rubriker bjuder in till en balanserad tillbakablick: vad folk gillade, vad de lärde sig, vad som saknades och vad de önskade sig, vilket lyfter fram mer än ”bra och dåligt”.",
        whenToUse:
          "För att reflektera över en utbildning, ett projekt eller ett samarbete där lärandet betyder lika mycket som resultaten.",
        steps: [
          "Visa de fyra rubrikerna som fyra grupper.",
          "Alla skriver i tystnad under varje rubrik.",
          "Visa och läs varje grupp i tur och ordning.",
          "Fråga vad lapparna under ”saknade” och ”längtade efter” säger om vad ni ska göra nästa gång.",
        ],
        question: "Vad gillade du, lärde du dig, saknade du och längtade du efter?",
        goodQuestions: [
          "Ge varje rubrik ett eget ögonblick, så att ”gillade” inte tränger undan resten.",
          "Gör ”längtade efter” till en framåtriktad fråga: ”Vad skulle få det att hända?”",
        ],
        materials: [],
        pitfalls: [
          "Gruppen stannar i ”gillade” för att det känns trevligt.",
          "”Saknade” blir en klagolista utan nästa steg.",
        ],
      },
      nl: {
        name: "Leuk, geleerd, gemist, gewenst",
        purpose:
          "Vier invalshoeken nodigen uit tot een evenwichtige terugblik: wat mensen leuk vonden, wat ze leerden, wat ontbrak en wat ze wensten, wat meer oplevert dan ‘goed en slecht’.",
        whenToUse:
          "Om te reflecteren op een training, een project of een samenwerking waarin leren even belangrijk is als resultaat.",
        steps: [
          "Toon de vier invalshoeken als vier groepen.",
          "Iedereen schrijft in stilte onder elke invalshoek.",
          "Maak zichtbaar en lees de groepen een voor een.",
          "Vraag wat de briefjes bij ‘gemist’ en ‘gewenst’ zeggen over wat je volgende keer doet.",
        ],
        question: "Wat vond je leuk, wat heb je geleerd, wat miste je en wat had je gewild?",
        goodQuestions: [
          "Geef elke invalshoek een eigen moment, zodat ‘leuk’ de rest niet verdringt.",
          "Maak van ‘gewenst’ een vooruitkijkende vraag: ‘Wat is er nodig om dat te laten gebeuren?’",
        ],
        materials: [],
        pitfalls: [
          "De groep blijft hangen bij ‘leuk’ omdat dat prettig voelt.",
          "‘Gemist’ wordt een klachtenlijst zonder volgende stap.",
        ],
      },
    },
  },
  {
    id: "after-action-review",
    category: "reflection",
    phases: ["share_facts", "reflect", "discover"],
    groupSize: { min: 2, max: 20 },
    minutes: { min: 15, max: 45 },
    live: live({ contributionKinds: ["fact", "reflection", "insight"] }, "speaking", 30),
    texts: {
      en: {
        name: "After-action review",
        purpose:
          "Four plain questions compare what was planned with what happened, so the team learns from a specific action while it is still fresh.",
        whenToUse:
          "Right after an event, a launch, an incident or any action that did not go exactly as planned.",
        steps: [
          "What did we intend to happen?",
          "What actually happened? Share the facts in a round.",
          "Why was there a difference?",
          "What will we keep and what will we change next time?",
        ],
        question: "What did we expect, what happened, and what do we learn from the difference?",
        goodQuestions: [
          "Keep the first two questions about facts, so the third has solid ground.",
          "Ask 'what will we do differently?', which is in the team's hands.",
        ],
        materials: [],
        pitfalls: [
          "Holding it weeks later, when memories have faded and hardened.",
          "A review that becomes a hunt for whom to blame.",
        ],
      },
      nb: {
        name: "Etterevaluering",
        purpose:
          "Fire enkle spørsmål sammenligner det som var planlagt, med det som skjedde, slik at teamet lærer av en konkret handling mens den fortsatt er fersk.",
        whenToUse:
          "Rett etter et arrangement, en lansering, en hendelse eller en handling som ikke gikk helt som planlagt.",
        steps: [
          "Hva hadde vi tenkt skulle skje?",
          "Hva skjedde egentlig? Del fakta i en runde.",
          "Hvorfor ble det en forskjell?",
          "Hva beholder vi, og hva endrer vi neste gang?",
        ],
        question: "Hva forventet vi, hva skjedde, og hva lærer vi av forskjellen?",
        goodQuestions: [
          "Hold de to første spørsmålene til fakta, så det tredje får et solid grunnlag.",
          "Spør «hva gjør vi annerledes?», som ligger i teamets egne hender.",
        ],
        materials: [],
        pitfalls: [
          "Å holde den uker senere, når minnene har bleknet og stivnet.",
          "En gjennomgang som blir en jakt på syndebukker.",
        ],
      },
      sv: {
        name: "Efterhandsgranskning",
        purpose:
          "Fyra enkla frågor jämför det som var planerat med det som hände, så att teamet lär sig av en konkret insats medan den fortfarande är färsk.",
        whenToUse:
          "Direkt efter ett evenemang, en lansering, en incident eller en insats som inte gick exakt som planerat.",
        steps: [
          "Vad hade vi tänkt skulle hända?",
          "Vad hände egentligen? Dela fakta i en runda.",
          "Varför blev det en skillnad?",
          "Vad behåller vi och vad ändrar vi nästa gång?",
        ],
        question: "Vad förväntade vi oss, vad hände, och vad lär vi oss av skillnaden?",
        goodQuestions: [
          "Håll de två första frågorna till fakta, så att den tredje får en stabil grund.",
          "Fråga ”vad gör vi annorlunda?”, som ligger i teamets egna händer.",
        ],
        materials: [],
        pitfalls: [
          "Att hålla den veckor senare, när minnena har bleknat och stelnat.",
          "En granskning som blir en jakt på syndabockar.",
        ],
      },
      nl: {
        name: "Nabespreking na actie",
        purpose:
          "Vier eenvoudige vragen vergelijken wat gepland was met wat er gebeurde, zodat het team leert van een concrete actie terwijl die nog vers is.",
        whenToUse:
          "Direct na een evenement, een lancering, een incident of een actie die niet precies volgens plan verliep.",
        steps: [
          "Wat was de bedoeling dat er zou gebeuren?",
          "Wat gebeurde er werkelijk? Deel de feiten in een ronde.",
          "Waarom was er een verschil?",
          "Wat houden we vast en wat veranderen we de volgende keer?",
        ],
        question: "Wat verwachtten we, wat gebeurde er, en wat leren we van het verschil?",
        goodQuestions: [
          "Houd de eerste twee vragen bij de feiten, zodat de derde stevige grond heeft.",
          "Vraag ‘wat doen we anders?’, want dat ligt in handen van het team.",
        ],
        materials: [],
        pitfalls: [
          "Hem weken later houden, als herinneringen vervaagd en verhard zijn.",
          "Een nabespreking die een zoektocht naar schuldigen wordt.",
        ],
      },
    },
  },
  {
    id: "decision-process-reflection",
    category: "reflection",
    phases: ["reflect", "other"],
    groupSize: { min: 2, max: 60 },
    minutes: { min: 10, max: 20 },
    live: live({ contributionKinds: ["reflection"], silent: true, reactions: true }, null, 10),
    texts: {
      en: {
        name: "How did we decide?",
        purpose:
          "The group reflects on the way it took a decision, not on the decision itself, because trust in the process is what makes people trust the result.",
        whenToUse:
          "At the end of a decision-making session, or some weeks later when the decision is being carried out.",
        steps: [
          "Ask everyone to write silently how they experienced the process.",
          "Reveal and read the reflections.",
          "Name what helped people take part and what held them back.",
          "Agree on one thing to do differently in the next decision.",
        ],
        question: "Did you feel heard, and could you contribute what you know?",
        goodQuestions: [
          "Ask about the process in concrete moments: 'When did you hold back?'",
          "Separate 'I disagree with the outcome' from 'the process was unfair'.",
        ],
        materials: ["The session's participation overview, if you use one"],
        pitfalls: [
          "Reopening the decision instead of reflecting on how it was made.",
          "Only asking the people who spoke most.",
        ],
      },
      nb: {
        name: "Hvordan besluttet vi?",
        purpose:
          "Gruppen reflekterer over måten den tok en beslutning på, ikke over selve beslutningen, fordi tillit til prosessen er det som får folk til å stole på resultatet.",
        whenToUse:
          "På slutten av et beslutningsmøte, eller noen uker senere når beslutningen gjennomføres.",
        steps: [
          "Be alle skrive i stillhet hvordan de opplevde prosessen.",
          "Vis og les refleksjonene.",
          "Sett ord på hva som hjalp folk å delta, og hva som holdt dem tilbake.",
          "Bli enige om én ting dere gjør annerledes ved neste beslutning.",
        ],
        question: "Følte du deg hørt, og fikk du bidratt med det du vet?",
        goodQuestions: [
          "Spør om prosessen i konkrete øyeblikk: «Når holdt du deg tilbake?»",
          "Skill «jeg er uenig i utfallet» fra «prosessen var urettferdig».",
        ],
        materials: ["Øktens deltakelsesoversikt, hvis dere bruker en"],
        pitfalls: [
          "Å åpne beslutningen på nytt i stedet for å reflektere over hvordan den ble tatt.",
          "Å bare spørre dem som snakket mest.",
        ],
      },
      sv: {
        name: "Hur beslutade vi?",
        purpose:
          "Gruppen reflekterar över hur den fattade ett beslut, inte över själva beslutet, eftersom förtroende för processen är det som får folk att lita på resultatet.",
        whenToUse: "I slutet av ett beslutsmöte, eller några veckor senare när beslutet genomförs.",
        steps: [
          "Be alla skriva i tystnad hur de upplevde processen.",
          "Visa och läs reflektionerna.",
          "Sätt ord på vad som hjälpte folk att delta och vad som höll dem tillbaka.",
          "Kom överens om en sak ni gör annorlunda vid nästa beslut.",
        ],
        question: "Kände du dig hörd, och kunde du bidra med det du vet?",
        goodQuestions: [
          "Fråga om processen i konkreta ögonblick: ”När höll du tillbaka?”",
          "Skilj ”jag håller inte med om utfallet” från ”processen var orättvis”.",
        ],
        materials: ["Passets deltagandeöversikt, om ni använder en"],
        pitfalls: [
          "Att öppna beslutet igen i stället för att reflektera över hur det fattades.",
          "Att bara fråga dem som talade mest.",
        ],
      },
      nl: {
        name: "Hoe hebben we besloten?",
        purpose:
          "De groep reflecteert op de manier waarop ze een besluit nam, niet op het besluit zelf, omdat vertrouwen in het proces mensen vertrouwen geeft in het resultaat.",
        whenToUse:
          "Aan het eind van een besluitvormende sessie, of een paar weken later als het besluit wordt uitgevoerd.",
        steps: [
          "Vraag iedereen in stilte op te schrijven hoe hij of zij het proces beleefde.",
          "Maak de reflecties zichtbaar en lees ze.",
          "Benoem wat mensen hielp om mee te doen en wat hen tegenhield.",
          "Spreek één ding af dat jullie bij het volgende besluit anders doen.",
        ],
        question: "Voelde je je gehoord, en kon je inbrengen wat je weet?",
        goodQuestions: [
          "Vraag naar het proces in concrete momenten: ‘Wanneer hield je je in?’",
          "Scheid ‘ik ben het oneens met de uitkomst’ van ‘het proces was oneerlijk’.",
        ],
        materials: ["Het deelnameoverzicht van de sessie, als je dat gebruikt"],
        pitfalls: [
          "Het besluit heropenen in plaats van te reflecteren op hoe het tot stand kwam.",
          "Alleen de mensen vragen die het meest aan het woord waren.",
        ],
      },
    },
  },
];
