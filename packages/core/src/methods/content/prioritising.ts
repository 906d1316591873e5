import type { BuiltInMethod } from "../schema.js";
import { live } from "./live.js";

/** Prioritising: making the group's preferences visible before it decides. */
export const PRIORITISING_METHODS: BuiltInMethod[] = [
  {
    id: "dot-voting",
    category: "prioritising",
    phases: ["discover", "decide"],
    groupSize: { min: 3, max: 500 },
    minutes: { min: 5, max: 15 },
    live: live({ contributionKinds: [], dotVoteBudget: 3, reactions: true }, null, 8),
    texts: {
      en: {
        name: "Dot voting",
        purpose:
          "Everyone places a small number of dots on the options they find most important, which shows in minutes where the group's energy lies.",
        whenToUse:
          "After ideas or themes are on the wall and the group needs to choose a few to work on, not to take the final decision.",
        steps: [
          "Make sure every option is clear and visible.",
          "Say what a dot means: 'most important to work on next', for example.",
          "Everyone places their dots; several on one option is allowed.",
          "Look at the result together and talk about surprises before concluding.",
        ],
        question: "Which of these matter most to take forward?",
        goodQuestions: [
          "Name the criterion for a dot explicitly: importance, urgency or energy.",
          "Give about a third as many dots as there are options, up to five.",
        ],
        materials: [],
        pitfalls: [
          "Treating the count as a decision: it is a picture of preferences.",
          "Options that overlap, which split the dots between them.",
        ],
      },
      nb: {
        name: "Prikkstemming",
        purpose:
          "Alle setter noen få prikker på alternativene de synes er viktigst, noe som på få minutter viser hvor gruppens energi ligger.",
        whenToUse:
          "Når ideer eller temaer står på veggen og gruppen skal velge noen å jobbe videre med, ikke ta den endelige beslutningen.",
        steps: [
          "Sørg for at alle alternativene er tydelige og synlige.",
          "Si hva en prikk betyr, for eksempel «viktigst å jobbe med videre».",
          "Alle setter prikkene sine; flere på samme alternativ er lov.",
          "Se på resultatet sammen og snakk om overraskelser før dere konkluderer.",
        ],
        question: "Hvilke av disse er viktigst å ta videre?",
        goodQuestions: [
          "Si tydelig hva en prikk står for: viktighet, hastverk eller energi.",
          "Gi omtrent en tredjedel så mange prikker som det er alternativer, høyst fem.",
        ],
        materials: [],
        pitfalls: [
          "Å behandle opptellingen som en beslutning: den er et bilde av preferanser.",
          "Alternativer som overlapper, slik at prikkene fordeles mellom dem.",
        ],
      },
      sv: {
        name: "Prickröstning",
        purpose:
          "Alla sätter några få prickar på de alternativ de tycker är viktigast, vilket på några minuter visar var gruppens energi finns.",
        whenToUse:
          "När idéer eller teman finns på väggen och gruppen ska välja några att arbeta vidare med, inte fatta det slutliga beslutet.",
        steps: [
          "Se till att alla alternativ är tydliga och synliga.",
          "Säg vad en prick betyder, till exempel ”viktigast att arbeta vidare med”.",
          "Alla sätter sina prickar; flera på samma alternativ är tillåtet.",
          "Titta på resultatet tillsammans och prata om överraskningar innan ni drar slutsatser.",
        ],
        question: "Vilka av dessa är viktigast att ta vidare?",
        goodQuestions: [
          "Säg tydligt vad en prick står för: vikt, brådska eller energi.",
          "Ge ungefär en tredjedel så många prickar som det finns alternativ, högst fem.",
        ],
        materials: [],
        pitfalls: [
          "Att behandla räkningen som ett beslut: den är en bild av preferenser.",
          "Alternativ som överlappar, så att prickarna delas mellan dem.",
        ],
      },
      nl: {
        name: "Stippenstemmen",
        purpose:
          "Iedereen zet een paar stippen bij de opties die hij of zij het belangrijkst vindt, wat in enkele minuten laat zien waar de energie van de groep zit.",
        whenToUse:
          "Als ideeën of thema’s op de muur staan en de groep er een paar moet kiezen om mee verder te gaan, niet om het definitieve besluit te nemen.",
        steps: [
          "Zorg dat elke optie duidelijk en zichtbaar is.",
          "Zeg wat een stip betekent, bijvoorbeeld ‘het belangrijkst om mee verder te gaan’.",
          "Iedereen zet zijn of haar stippen; meerdere op één optie mag.",
          "Bekijk samen de uitkomst en bespreek verrassingen voordat je conclusies trekt.",
        ],
        question: "Welke hiervan zijn het belangrijkst om mee verder te gaan?",
        goodQuestions: [
          "Noem expliciet waar een stip voor staat: belang, urgentie of energie.",
          "Geef ongeveer een derde zoveel stippen als er opties zijn, hooguit vijf.",
        ],
        materials: [],
        pitfalls: [
          "De telling als besluit behandelen: het is een beeld van voorkeuren.",
          "Opties die overlappen, waardoor de stippen zich verdelen.",
        ],
      },
    },
  },
  {
    id: "top-three",
    category: "prioritising",
    phases: ["discover"],
    groupSize: { min: 3, max: 40 },
    minutes: { min: 10, max: 20 },
    live: live({ contributionKinds: ["comment"], dotVoteBudget: 3 }, "speaking", 15),
    texts: {
      en: {
        name: "My top three",
        purpose:
          "Each person picks their three most important options and explains one choice in a short round, so the group hears the reasons behind the numbers.",
        whenToUse: "When the reasons for a priority matter as much as the priority itself.",
        steps: [
          "Everyone places one dot on each of their three choices.",
          "In a round, each person explains the choice they feel strongest about.",
          "Note reasons that come up more than once.",
          "Agree on the short list, including any option that was argued well but got few dots.",
        ],
        question: "Which three matter most to you, and why the first one?",
        goodQuestions: [
          "Ask for the reason behind one choice, not all three, to keep the round short.",
          "Invite people to say what they would give up.",
        ],
        materials: [],
        pitfalls: [
          "People adjust their dots to what others voted for.",
          "Ignoring a strong reason just because it had few dots.",
        ],
      },
      nb: {
        name: "Mine tre viktigste",
        purpose:
          "Hver person velger sine tre viktigste alternativer og forklarer ett av valgene i en kort runde, slik at gruppen hører begrunnelsene bak tallene.",
        whenToUse: "Når begrunnelsene for en prioritering betyr like mye som prioriteringen selv.",
        steps: [
          "Alle setter én prikk på hvert av sine tre valg.",
          "I en runde forklarer hver person valget de føler sterkest for.",
          "Noter begrunnelser som går igjen.",
          "Bli enige om kortlisten, også alternativer som ble godt begrunnet men fikk få prikker.",
        ],
        question: "Hvilke tre betyr mest for deg, og hvorfor det første?",
        goodQuestions: [
          "Spør etter begrunnelsen for ett valg, ikke alle tre, så runden blir kort.",
          "Inviter folk til å si hva de ville gitt slipp på.",
        ],
        materials: [],
        pitfalls: [
          "Folk justerer prikkene sine etter hva andre har stemt på.",
          "Å se bort fra en sterk begrunnelse bare fordi den fikk få prikker.",
        ],
      },
      sv: {
        name: "Mina tre viktigaste",
        purpose:
          "Var och en väljer sina tre viktigaste alternativ och förklarar ett av valen i en kort runda, så att gruppen hör skälen bakom siffrorna.",
        whenToUse: "När skälen till en prioritering betyder lika mycket som själva prioriteringen.",
        steps: [
          "Alla sätter en prick på vart och ett av sina tre val.",
          "I en runda förklarar var och en det val hen känner starkast för.",
          "Anteckna skäl som återkommer.",
          "Kom överens om kortlistan, även alternativ som fick bra skäl men få prickar.",
        ],
        question: "Vilka tre betyder mest för dig, och varför det första?",
        goodQuestions: [
          "Fråga efter skälet till ett val, inte alla tre, så att rundan blir kort.",
          "Bjud in folk att säga vad de skulle kunna avstå från.",
        ],
        materials: [],
        pitfalls: [
          "Folk anpassar sina prickar efter vad andra har röstat på.",
          "Att bortse från ett starkt skäl bara för att det fick få prickar.",
        ],
      },
      nl: {
        name: "Mijn top drie",
        purpose:
          "Ieder kiest zijn of haar drie belangrijkste opties en licht één keuze toe in een korte ronde, zodat de groep de redenen achter de cijfers hoort.",
        whenToUse: "Als de redenen voor een prioriteit even zwaar wegen als de prioriteit zelf.",
        steps: [
          "Iedereen zet één stip bij elk van zijn of haar drie keuzes.",
          "In een ronde licht ieder de keuze toe waar hij of zij het sterkst voor voelt.",
          "Noteer redenen die vaker terugkomen.",
          "Spreek de shortlist af, ook met opties die goed beargumenteerd werden maar weinig stippen kregen.",
        ],
        question: "Welke drie vind jij het belangrijkst, en waarom de eerste?",
        goodQuestions: [
          "Vraag naar de reden voor één keuze, niet alle drie, om de ronde kort te houden.",
          "Nodig mensen uit te zeggen wat ze zouden laten vallen.",
        ],
        materials: [],
        pitfalls: [
          "Mensen passen hun stippen aan op wat anderen kozen.",
          "Een sterke reden negeren alleen omdat die weinig stippen kreeg.",
        ],
      },
    },
  },
  {
    id: "temperature-check",
    category: "prioritising",
    phases: ["reflect", "decide", "other"],
    groupSize: { min: 2, max: 500 },
    minutes: { min: 2, max: 5 },
    live: live({ contributionKinds: [], reactions: true }, null, 3),
    texts: {
      en: {
        name: "Temperature check",
        purpose:
          "A quick, light signal from everyone on a proposal or a direction, so the facilitator knows whether to move on or to spend more time.",
        whenToUse:
          "Midway through a discussion, to test whether the group is ready to move on; never as the decision itself.",
        steps: [
          "Put a clear statement on the wall.",
          "Everyone reacts at the same time: thumbs up, question mark or heart.",
          "Look at the spread; ask those with questions what they need.",
        ],
        question: "How ready are we to move on with this?",
        goodQuestions: [
          "Test one statement at a time, so the signal is clear.",
          "Say beforehand that this is a check, not a vote.",
        ],
        materials: [],
        pitfalls: [
          "Taking silence or few reactions as agreement.",
          "Using it instead of a consent round on a real decision.",
        ],
      },
      nb: {
        name: "Temperaturmåling",
        purpose:
          "Et raskt og lett signal fra alle om et forslag eller en retning, slik at tilretteleggeren vet om gruppen kan gå videre eller trenger mer tid.",
        whenToUse:
          "Midt i en diskusjon, for å teste om gruppen er klar til å gå videre; aldri som selve beslutningen.",
        steps: [
          "Sett en tydelig påstand på veggen.",
          "Alle reagerer samtidig: tommel opp, spørsmålstegn eller hjerte.",
          "Se på spredningen; spør dem med spørsmål hva de trenger.",
        ],
        question: "Hvor klare er vi til å gå videre med dette?",
        goodQuestions: [
          "Test én påstand om gangen, så signalet blir tydelig.",
          "Si på forhånd at dette er en sjekk, ikke en avstemning.",
        ],
        materials: [],
        pitfalls: [
          "Å tolke stillhet eller få reaksjoner som enighet.",
          "Å bruke den i stedet for en samtykkerunde ved en ekte beslutning.",
        ],
      },
      sv: {
        name: "Temperaturmätning",
        purpose:
          "En snabb och lätt signal från alla om ett förslag eller en riktning, så att facilitatorn vet om gruppen kan gå vidare eller behöver mer tid.",
        whenToUse:
          "Mitt i en diskussion, för att pröva om gruppen är redo att gå vidare; aldrig som själva beslutet.",
        steps: [
          "Sätt ett tydligt påstående på väggen.",
          "Alla reagerar samtidigt: tumme upp, frågetecken eller hjärta.",
          "Titta på spridningen; fråga dem med frågor vad de behöver.",
        ],
        question: "Hur redo är vi att gå vidare med det här?",
        goodQuestions: [
          "Pröva ett påstående i taget, så att signalen blir tydlig.",
          "Säg i förväg att det här är en avstämning, inte en omröstning.",
        ],
        materials: [],
        pitfalls: [
          "Att tolka tystnad eller få reaktioner som samstämmighet.",
          "Att använda den i stället för en samtyckesrunda vid ett verkligt beslut.",
        ],
      },
      nl: {
        name: "Temperatuurmeting",
        purpose:
          "Een snel, licht signaal van iedereen over een voorstel of richting, zodat de facilitator weet of de groep verder kan of meer tijd nodig heeft.",
        whenToUse:
          "Halverwege een discussie, om te toetsen of de groep klaar is om verder te gaan; nooit als het besluit zelf.",
        steps: [
          "Zet een duidelijke stelling op de muur.",
          "Iedereen reageert tegelijk: duim omhoog, vraagteken of hartje.",
          "Bekijk de spreiding; vraag wie vragen heeft wat hij of zij nodig heeft.",
        ],
        question: "Hoe klaar zijn we om hiermee verder te gaan?",
        goodQuestions: [
          "Toets één stelling tegelijk, zodat het signaal helder is.",
          "Zeg vooraf dat dit een peiling is, geen stemming.",
        ],
        materials: [],
        pitfalls: [
          "Stilte of weinig reacties als instemming opvatten.",
          "Hem gebruiken in plaats van een consentronde bij een echt besluit.",
        ],
      },
    },
  },
  {
    id: "now-next-later",
    category: "prioritising",
    phases: ["discover", "decide"],
    groupSize: { min: 3, max: 30 },
    minutes: { min: 15, max: 30 },
    live: live({ contributionKinds: ["idea"], grouping: "everyone" }, null, 20),
    texts: {
      en: {
        name: "Now, next, later",
        purpose:
          "The group sorts actions into three time horizons, which turns a long wish list into a realistic order without throwing good ideas away.",
        whenToUse:
          "When planning follow-up after a workshop, or when the group agrees on what matters but not on when.",
        steps: [
          "Make three groups: now, next and later.",
          "Together, move each action into one of them.",
          "Check the 'now' group against the capacity you actually have.",
          "Name an owner for each 'now' action.",
        ],
        question: "What must happen now, what next, and what can wait?",
        goodQuestions: [
          "Define the horizons concretely: 'now' is this month, 'next' this quarter.",
          "Ask what must be true before a 'next' item can start.",
        ],
        materials: [],
        pitfalls: ["Everything lands in 'now'.", "'Later' becomes a quiet way of saying 'never'."],
      },
      nb: {
        name: "Nå, neste, senere",
        purpose:
          "Gruppen sorterer tiltak i tre tidshorisonter, noe som gjør en lang ønskeliste til en realistisk rekkefølge uten å kaste gode ideer.",
        whenToUse:
          "Når dere planlegger oppfølging etter en samling, eller når gruppen er enig om hva som er viktig, men ikke om når.",
        steps: [
          "Lag tre grupper: nå, neste og senere.",
          "Flytt sammen hvert tiltak inn i én av dem.",
          "Sjekk «nå»-gruppen mot kapasiteten dere faktisk har.",
          "Utpek en ansvarlig for hvert «nå»-tiltak.",
        ],
        question: "Hva må skje nå, hva kommer deretter, og hva kan vente?",
        goodQuestions: [
          "Gjør horisontene konkrete: «nå» er denne måneden, «neste» dette kvartalet.",
          "Spør hva som må være på plass før et «neste»-tiltak kan starte.",
        ],
        materials: [],
        pitfalls: ["Alt havner i «nå».", "«Senere» blir en stille måte å si «aldri» på."],
      },
      sv: {
        name: "Nu, nästa, senare",
        purpose:
          "Gruppen sorterar åtgärder i tre tidshorisonter, vilket gör en lång önskelista till en realistisk ordning utan att kasta bra idéer.",
        whenToUse:
          "När ni planerar uppföljning efter en workshop, eller när gruppen är överens om vad som är viktigt men inte om när.",
        steps: [
          "Skapa tre grupper: nu, nästa och senare.",
          "Flytta tillsammans varje åtgärd till en av dem.",
          "Stäm av ”nu”-gruppen mot den kapacitet ni faktiskt har.",
          "Utse en ansvarig för varje ”nu”-åtgärd.",
        ],
        question: "Vad måste hända nu, vad kommer sedan, och vad kan vänta?",
        goodQuestions: [
          "Gör horisonterna konkreta: ”nu” är den här månaden, ”nästa” det här kvartalet.",
          "Fråga vad som måste vara på plats innan en ”nästa”-åtgärd kan starta.",
        ],
        materials: [],
        pitfalls: ["Allt hamnar i ”nu”.", "”Senare” blir ett tyst sätt att säga ”aldrig”."],
      },
      nl: {
        name: "Nu, straks, later",
        purpose:
          "De groep sorteert acties in drie tijdshorizonnen, wat een lange verlanglijst verandert in een realistische volgorde zonder goede ideeën weg te gooien.",
        whenToUse:
          "Bij het plannen van de opvolging van een workshop, of als de groep het eens is over wat belangrijk is maar niet over wanneer.",
        steps: [
          "Maak drie groepen: nu, straks en later.",
          "Schuif samen elke actie in een van de drie.",
          "Toets de groep ‘nu’ aan de capaciteit die je echt hebt.",
          "Benoem voor elke ‘nu’-actie een eigenaar.",
        ],
        question: "Wat moet nu gebeuren, wat daarna, en wat kan wachten?",
        goodQuestions: [
          "Maak de horizonnen concreet: ‘nu’ is deze maand, ‘straks’ dit kwartaal.",
          "Vraag wat er moet kloppen voordat een ‘straks’-actie kan beginnen.",
        ],
        materials: [],
        pitfalls: [
          "Alles belandt in ‘nu’.",
          "‘Later’ wordt een stille manier om ‘nooit’ te zeggen.",
        ],
      },
    },
  },
];
