import type { BuiltInMethod } from "../schema.js";
import { live } from "./live.js";

/**
 * Deciding by consent (seed 001: a decision stands when no one present has a reasoned,
 * paramount objection). The clarifying, reaction and consent rounds run from the console.
 */
export const DECISION_METHODS: BuiltInMethod[] = [
  {
    id: "clarifying-round",
    category: "decision",
    phases: ["decide"],
    groupSize: { min: 2, max: 40 },
    minutes: { min: 5, max: 20 },
    live: live({ contributionKinds: ["question"] }, "clarifying", 10),
    texts: {
      en: {
        name: "Clarifying round",
        purpose:
          "Everyone may ask questions to understand the proposal, and only that, so that the reactions and the consent that follow are about the same proposal.",
        whenToUse: "Right after a proposal is presented, before anyone gives an opinion on it.",
        steps: [
          "The proposer presents the proposal and the need behind it.",
          "In a round, each person may ask one question to understand it, or pass.",
          "The proposer answers briefly; the facilitator stops opinions dressed as questions.",
          "Repeat the round until there are no more questions.",
        ],
        question: "What do you need to know to understand this proposal?",
        goodQuestions: [
          "Help people turn an opinion into a real question: 'What happens if …?'",
          "Ask the proposer to answer what is in the proposal, not to defend it.",
        ],
        materials: ["The proposal, written down and visible"],
        pitfalls: [
          "Questions that are hidden objections: 'Isn't it true that this will fail?'",
          "The proposer changes the proposal on the fly during this round.",
        ],
      },
      nb: {
        name: "Oppklaringsrunde",
        purpose:
          "Alle kan stille spørsmål for å forstå forslaget, og bare det, slik at reaksjonene og samtykket som følger, handler om det samme forslaget.",
        whenToUse: "Rett etter at et forslag er lagt frem, før noen sier hva de mener om det.",
        steps: [
          "Forslagsstilleren legger frem forslaget og behovet bak det.",
          "I en runde kan hver person stille ett spørsmål for å forstå, eller stå over.",
          "Forslagsstilleren svarer kort; tilretteleggeren stopper meninger forkledd som spørsmål.",
          "Gjenta runden til det ikke er flere spørsmål.",
        ],
        question: "Hva trenger du å vite for å forstå dette forslaget?",
        goodQuestions: [
          "Hjelp folk å gjøre en mening om til et ekte spørsmål: «Hva skjer hvis …?»",
          "Be forslagsstilleren svare på hva som står i forslaget, ikke forsvare det.",
        ],
        materials: ["Forslaget, skrevet ned og synlig"],
        pitfalls: [
          "Spørsmål som er skjulte innvendinger: «Er det ikke slik at dette vil mislykkes?»",
          "Forslagsstilleren endrer forslaget underveis i denne runden.",
        ],
      },
      sv: {
        name: "Klargörande runda",
        purpose:
          "Alla får ställa frågor för att förstå förslaget, och bara det, så att reaktionerna och samtycket som följer handlar om samma förslag.",
        whenToUse:
          "Direkt efter att ett förslag har presenterats, innan någon säger vad hen tycker om det.",
        steps: [
          "Förslagsställaren presenterar förslaget och behovet bakom det.",
          "I en runda får var och en ställa en fråga för att förstå, eller stå över.",
          "Förslagsställaren svarar kort; facilitatorn stoppar åsikter förklädda till frågor.",
          "Upprepa rundan tills det inte finns fler frågor.",
        ],
        question: "Vad behöver du veta för att förstå det här förslaget?",
        goodQuestions: [
          "Hjälp folk att göra om en åsikt till en verklig fråga: ”Vad händer om …?”",
          "Be förslagsställaren svara på vad som står i förslaget, inte försvara det.",
        ],
        materials: ["Förslaget, nedskrivet och synligt"],
        pitfalls: [
          "Frågor som är dolda invändningar: ”Är det inte så att det här kommer att misslyckas?”",
          "Förslagsställaren ändrar förslaget under rundans gång.",
        ],
      },
      nl: {
        name: "Verduidelijkingsronde",
        purpose:
          "Iedereen mag vragen stellen om het voorstel te begrijpen, en alleen dat, zodat de reacties en het consent die volgen over hetzelfde voorstel gaan.",
        whenToUse:
          "Direct nadat een voorstel is gepresenteerd, voordat iemand er een mening over geeft.",
        steps: [
          "De indiener presenteert het voorstel en de behoefte erachter.",
          "In een ronde mag ieder één vraag stellen om het te begrijpen, of passen.",
          "De indiener antwoordt kort; de facilitator stopt meningen die als vraag vermomd zijn.",
          "Herhaal de ronde tot er geen vragen meer zijn.",
        ],
        question: "Wat moet je weten om dit voorstel te begrijpen?",
        goodQuestions: [
          "Help mensen een mening om te zetten in een echte vraag: ‘Wat gebeurt er als …?’",
          "Vraag de indiener te antwoorden wat er in het voorstel staat, niet het te verdedigen.",
        ],
        materials: ["Het voorstel, op schrift en zichtbaar"],
        pitfalls: [
          "Vragen die verkapte bezwaren zijn: ‘Gaat dit niet gewoon mislukken?’",
          "De indiener past het voorstel tijdens deze ronde al aan.",
        ],
      },
    },
  },
  {
    id: "reaction-round",
    category: "decision",
    phases: ["decide"],
    groupSize: { min: 2, max: 40 },
    minutes: { min: 5, max: 20 },
    live: live({ contributionKinds: ["suggestion"] }, "reactions", 10),
    texts: {
      en: {
        name: "Reaction round",
        purpose:
          "Each person says briefly what they think and feel about the proposal, without discussion, so the proposer hears the whole group before amending it.",
        whenToUse: "After the clarifying round and before the consent round.",
        steps: [
          "In a round, each person gives a short reaction to the proposal.",
          "No one replies or argues; suggestions for better wording are written down.",
          "The proposer listens and may then amend or clarify the proposal.",
          "Read the amended proposal aloud before moving to consent.",
        ],
        question: "What is your reaction to this proposal?",
        goodQuestions: [
          "Invite both head and heart: 'What do you think, and how does it sit with you?'",
          "Ask for suggestions as concrete wording, not as general wishes.",
        ],
        materials: ["The proposal, visible"],
        pitfalls: [
          "A reaction becomes a debate with the previous speaker.",
          "The proposer tries to satisfy every reaction and loses the proposal's aim.",
        ],
      },
      nb: {
        name: "Reaksjonsrunde",
        purpose:
          "Hver person sier kort hva de tenker og føler om forslaget, uten diskusjon, slik at forslagsstilleren hører hele gruppen før forslaget justeres.",
        whenToUse: "Etter oppklaringsrunden og før samtykkerunden.",
        steps: [
          "I en runde gir hver person en kort reaksjon på forslaget.",
          "Ingen svarer eller argumenterer; forslag til bedre formuleringer skrives ned.",
          "Forslagsstilleren lytter og kan så justere eller presisere forslaget.",
          "Les det justerte forslaget høyt før dere går til samtykke.",
        ],
        question: "Hva er din reaksjon på dette forslaget?",
        goodQuestions: [
          "Inviter både hode og hjerte: «Hva tenker du, og hvordan kjennes det for deg?»",
          "Be om forslag som konkrete formuleringer, ikke generelle ønsker.",
        ],
        materials: ["Forslaget, synlig"],
        pitfalls: [
          "En reaksjon blir en debatt med forrige taler.",
          "Forslagsstilleren prøver å imøtekomme alle reaksjoner og mister forslagets mål.",
        ],
      },
      sv: {
        name: "Reaktionsrunda",
        purpose:
          "Var och en säger kort vad hen tänker och känner om förslaget, utan diskussion, så att förslagsställaren hör hela gruppen innan förslaget justeras.",
        whenToUse: "Efter den klargörande rundan och före samtyckesrundan.",
        steps: [
          "I en runda ger var och en en kort reaktion på förslaget.",
          "Ingen svarar eller argumenterar; förslag på bättre formuleringar skrivs ner.",
          "Förslagsställaren lyssnar och kan sedan justera eller förtydliga förslaget.",
          "Läs upp det justerade förslaget innan ni går vidare till samtycke.",
        ],
        question: "Vad är din reaktion på det här förslaget?",
        goodQuestions: [
          "Bjud in både huvud och hjärta: ”Vad tänker du, och hur känns det för dig?”",
          "Be om förslag som konkreta formuleringar, inte allmänna önskemål.",
        ],
        materials: ["Förslaget, synligt"],
        pitfalls: [
          "En reaktion blir en debatt med föregående talare.",
          "Förslagsställaren försöker tillmötesgå alla reaktioner och tappar förslagets syfte.",
        ],
      },
      nl: {
        name: "Reactieronde",
        purpose:
          "Ieder zegt kort wat hij of zij van het voorstel vindt en erbij voelt, zonder discussie, zodat de indiener de hele groep hoort voordat het voorstel wordt aangepast.",
        whenToUse: "Na de verduidelijkingsronde en vóór de consentronde.",
        steps: [
          "In een ronde geeft ieder een korte reactie op het voorstel.",
          "Niemand reageert terug of gaat in discussie; suggesties voor betere formuleringen worden genoteerd.",
          "De indiener luistert en kan het voorstel daarna aanpassen of verduidelijken.",
          "Lees het aangepaste voorstel voor voordat je naar consent gaat.",
        ],
        question: "Wat is jouw reactie op dit voorstel?",
        goodQuestions: [
          "Nodig hoofd en hart uit: ‘Wat vind je ervan, en hoe voelt het voor je?’",
          "Vraag suggesties als concrete formulering, niet als algemene wens.",
        ],
        materials: ["Het voorstel, zichtbaar"],
        pitfalls: [
          "Een reactie wordt een debat met de vorige spreker.",
          "De indiener wil elke reactie tegemoetkomen en verliest het doel van het voorstel.",
        ],
      },
    },
  },
  {
    id: "consent-round",
    category: "decision",
    phases: ["decide"],
    groupSize: { min: 2, max: 40 },
    minutes: { min: 5, max: 30 },
    live: live({ contributionKinds: [] }, "consent", 15),
    texts: {
      en: {
        name: "Consent round",
        purpose:
          "Each person states whether they have a reasoned, paramount objection to the proposal; the decision is taken when no one does, which respects every voice without requiring everyone to agree.",
        whenToUse:
          "To take a decision once a proposal has been clarified and amended after reactions.",
        steps: [
          "Read the final proposal aloud and check it is the one on the screen.",
          "In a round, each person gives their position: consent, consent with a concern, an objection, or standing aside.",
          "An objection says what harm the proposal does to the shared aim; the group then works to resolve it.",
          "When no objections remain, record the decision and any concerns to follow up.",
        ],
        question: "Is this good enough for now and safe enough to try?",
        goodQuestions: [
          "Ask about objections, not preferences: 'Do you see a reason this would harm our aim?'",
          "Remind the group that consent means 'I can live with it', not 'it is my favourite'.",
        ],
        materials: ["The final proposal, visible", "The decision rule, agreed beforehand"],
        pitfalls: [
          "Treating an objection as obstruction instead of information that improves the decision.",
          "Silent consent: everyone must state their position in the round.",
        ],
      },
      nb: {
        name: "Samtykkerunde",
        purpose:
          "Hver person sier om de har en begrunnet, tungtveiende innvending mot forslaget; beslutningen er tatt når ingen har det, noe som respekterer alle stemmer uten å kreve at alle er enige.",
        whenToUse: "For å ta en beslutning når forslaget er avklart og justert etter reaksjonene.",
        steps: [
          "Les det endelige forslaget høyt og sjekk at det er det som står på skjermen.",
          "I en runde gir hver person sin posisjon: samtykke, samtykke med en bekymring, innvending, eller å stå utenfor.",
          "En innvending sier hvilken skade forslaget gjør for det felles målet; gruppen jobber så med å løse den.",
          "Når det ikke gjenstår innvendinger, registrer beslutningen og bekymringene som skal følges opp.",
        ],
        question: "Er dette godt nok for nå og trygt nok til å prøve?",
        goodQuestions: [
          "Spør etter innvendinger, ikke preferanser: «Ser du en grunn til at dette vil skade målet vårt?»",
          "Minn gruppen på at samtykke betyr «jeg kan leve med det», ikke «det er min favoritt».",
        ],
        materials: ["Det endelige forslaget, synlig", "Beslutningsregelen, avtalt på forhånd"],
        pitfalls: [
          "Å behandle en innvending som obstruksjon i stedet for informasjon som gjør beslutningen bedre.",
          "Stilltiende samtykke: alle må si sin posisjon i runden.",
        ],
      },
      sv: {
        name: "Samtyckesrunda",
        purpose:
          "Var och en säger om hen har en välgrundad, avgörande invändning mot förslaget; beslutet är fattat när ingen har det, vilket respekterar varje röst utan att kräva att alla håller med.",
        whenToUse:
          "För att fatta ett beslut när förslaget har förtydligats och justerats efter reaktionerna.",
        steps: [
          "Läs upp det slutliga förslaget och kontrollera att det är det som står på skärmen.",
          "I en runda ger var och en sin position: samtycke, samtycke med en farhåga, invändning eller att stå utanför.",
          "En invändning säger vilken skada förslaget gör för det gemensamma målet; gruppen arbetar sedan med att lösa den.",
          "När inga invändningar återstår, registrera beslutet och de farhågor som ska följas upp.",
        ],
        question: "Är det här tillräckligt bra för nu och tillräckligt säkert att pröva?",
        goodQuestions: [
          "Fråga efter invändningar, inte preferenser: ”Ser du ett skäl till att det här skadar vårt mål?”",
          "Påminn gruppen om att samtycke betyder ”jag kan leva med det”, inte ”det är min favorit”.",
        ],
        materials: ["Det slutliga förslaget, synligt", "Beslutsregeln, överenskommen i förväg"],
        pitfalls: [
          "Att behandla en invändning som obstruktion i stället för information som gör beslutet bättre.",
          "Tyst samtycke: alla måste säga sin position i rundan.",
        ],
      },
      nl: {
        name: "Consentronde",
        purpose:
          "Ieder zegt of hij of zij een beargumenteerd, overwegend bezwaar tegen het voorstel heeft; het besluit is genomen als niemand dat heeft, wat elke stem respecteert zonder te eisen dat iedereen het eens is.",
        whenToUse:
          "Om een besluit te nemen als het voorstel is verduidelijkt en na de reacties is aangepast.",
        steps: [
          "Lees het definitieve voorstel voor en controleer dat het hetzelfde is als op het scherm.",
          "In een ronde geeft ieder zijn of haar positie: consent, consent met een zorg, bezwaar, of erbuiten staan.",
          "Een bezwaar zegt welke schade het voorstel het gezamenlijke doel doet; de groep werkt daarna aan een oplossing.",
          "Als er geen bezwaren meer zijn, leg het besluit vast met de zorgen die opvolging vragen.",
        ],
        question: "Is dit goed genoeg voor nu en veilig genoeg om te proberen?",
        goodQuestions: [
          "Vraag naar bezwaren, niet naar voorkeuren: ‘Zie je een reden waarom dit ons doel schaadt?’",
          "Herinner de groep eraan dat consent betekent ‘ik kan ermee leven’, niet ‘dit is mijn favoriet’.",
        ],
        materials: ["Het definitieve voorstel, zichtbaar", "De besluitregel, vooraf afgesproken"],
        pitfalls: [
          "Een bezwaar als obstructie zien in plaats van als informatie die het besluit beter maakt.",
          "Stilzwijgend consent: iedereen moet in de ronde zijn of haar positie noemen.",
        ],
      },
    },
  },
  {
    id: "shape-a-proposal",
    category: "decision",
    phases: ["discover", "decide"],
    groupSize: { min: 3, max: 30 },
    minutes: { min: 20, max: 45 },
    live: live({ contributionKinds: ["suggestion", "question"], reactions: true }, null, 30),
    texts: {
      en: {
        name: "Shape a proposal together",
        purpose:
          "The group turns its insights into a concrete proposal, wording it together, so that the proposal that goes to consent already carries the group's thinking.",
        whenToUse:
          "After the discover step, when the direction is clear but there is no proposal yet.",
        steps: [
          "Recall the insights and the need the proposal must meet.",
          "Someone writes a first draft in one or two sentences.",
          "Everyone suggests improvements to the wording, as written suggestions.",
          "The drafter takes in what strengthens the proposal and reads the result aloud.",
        ],
        question: "What exactly do we propose, and what need does it meet?",
        goodQuestions: [
          "Ask for who, what and by when, so the proposal can be carried out.",
          "Ask what would make the proposal safe to try, such as a review date.",
        ],
        materials: ["The insights from the previous step"],
        pitfalls: [
          "Writing the proposal by committee word by word: one person drafts, others suggest.",
          "A proposal so general that no one could object, and no one could act on it.",
        ],
      },
      nb: {
        name: "Form et forslag sammen",
        purpose:
          "Gruppen gjør innsiktene sine om til et konkret forslag og formulerer det sammen, slik at forslaget som går til samtykke, allerede bærer gruppens tenkning.",
        whenToUse:
          "Etter oppdagelsessteget, når retningen er klar, men det ennå ikke finnes et forslag.",
        steps: [
          "Minn om innsiktene og behovet forslaget skal dekke.",
          "Én person skriver et første utkast på en eller to setninger.",
          "Alle foreslår forbedringer av formuleringen, som skriftlige forslag.",
          "Den som skriver, tar inn det som styrker forslaget, og leser resultatet høyt.",
        ],
        question: "Hva er det vi foreslår, helt konkret, og hvilket behov dekker det?",
        goodQuestions: [
          "Spør om hvem, hva og innen når, slik at forslaget kan gjennomføres.",
          "Spør hva som ville gjort forslaget trygt å prøve, for eksempel en dato for evaluering.",
        ],
        materials: ["Innsiktene fra forrige steg"],
        pitfalls: [
          "Å skrive forslaget i komité ord for ord: én skriver, de andre foreslår.",
          "Et forslag så generelt at ingen kan ha innvendinger, og ingen kan handle på det.",
        ],
      },
      sv: {
        name: "Forma ett förslag tillsammans",
        purpose:
          "Gruppen gör om sina insikter till ett konkret förslag och formulerar det tillsammans, så att förslaget som går till samtycke redan bär gruppens tänkande.",
        whenToUse:
          "Efter upptäcktssteget, när riktningen är klar men det ännu inte finns något förslag.",
        steps: [
          "Påminn om insikterna och det behov förslaget ska möta.",
          "En person skriver ett första utkast på en eller två meningar.",
          "Alla föreslår förbättringar av formuleringen, som skriftliga förslag.",
          "Skribenten tar in det som stärker förslaget och läser upp resultatet.",
        ],
        question: "Vad är det exakt vi föreslår, och vilket behov möter det?",
        goodQuestions: [
          "Fråga efter vem, vad och till när, så att förslaget går att genomföra.",
          "Fråga vad som skulle göra förslaget säkert att pröva, till exempel ett datum för utvärdering.",
        ],
        materials: ["Insikterna från föregående steg"],
        pitfalls: [
          "Att skriva förslaget i kommitté ord för ord: en skriver, de andra föreslår.",
          "Ett förslag så allmänt att ingen kan invända, och ingen kan agera på det.",
        ],
      },
      nl: {
        name: "Samen een voorstel vormen",
        purpose:
          "De groep maakt van haar inzichten een concreet voorstel en formuleert het samen, zodat het voorstel dat naar consent gaat al het denken van de groep in zich draagt.",
        whenToUse:
          "Na de stap ‘inzichten ontdekken’, als de richting duidelijk is maar er nog geen voorstel ligt.",
        steps: [
          "Haal de inzichten en de behoefte waaraan het voorstel moet voldoen terug.",
          "Eén persoon schrijft een eerste versie in een of twee zinnen.",
          "Iedereen stelt verbeteringen voor aan de formulering, als schriftelijke suggesties.",
          "De schrijver neemt over wat het voorstel sterker maakt en leest het resultaat voor.",
        ],
        question: "Wat stellen we precies voor, en in welke behoefte voorziet het?",
        goodQuestions: [
          "Vraag naar wie, wat en wanneer, zodat het voorstel uitvoerbaar is.",
          "Vraag wat het voorstel veilig maakt om te proberen, zoals een evaluatiedatum.",
        ],
        materials: ["De inzichten uit de vorige stap"],
        pitfalls: [
          "Het voorstel woord voor woord als commissie schrijven: één schrijft, de rest doet suggesties.",
          "Een voorstel zo algemeen dat niemand bezwaar kan hebben, en niemand ermee aan de slag kan.",
        ],
      },
    },
  },
  {
    id: "resolve-an-objection",
    category: "decision",
    phases: ["decide"],
    groupSize: { min: 2, max: 30 },
    minutes: { min: 10, max: 30 },
    live: live({ contributionKinds: ["suggestion"], reactions: true }, null, 15),
    texts: {
      en: {
        name: "Resolve an objection",
        purpose:
          "The group treats an objection as a source of information and looks for an amendment that removes the harm while keeping the proposal's aim.",
        whenToUse: "When an objection is raised in a consent round.",
        steps: [
          "The objector explains what harm the proposal would do to the shared aim.",
          "Check together that the objection concerns the aim, not a personal preference.",
          "Everyone suggests amendments that would remove the harm.",
          "Ask the objector whether an amendment resolves it, then return to the consent round.",
        ],
        question: "What change would remove the harm you see, while keeping the proposal's aim?",
        goodQuestions: [
          "Ask the objector first: 'What would make it acceptable to you?'",
          "Ask the proposer: 'Does this amendment still meet the need?'",
        ],
        materials: [],
        pitfalls: [
          "Pressuring the objector to withdraw instead of working on the objection.",
          "Amending so much that the proposal no longer meets its original need.",
        ],
      },
      nb: {
        name: "Løs en innvending",
        purpose:
          "Gruppen behandler en innvending som en kilde til informasjon og leter etter en endring som fjerner skaden, men beholder forslagets mål.",
        whenToUse: "Når noen kommer med en innvending i en samtykkerunde.",
        steps: [
          "Den som har innvendingen, forklarer hvilken skade forslaget vil gjøre for det felles målet.",
          "Sjekk sammen at innvendingen gjelder målet, ikke en personlig preferanse.",
          "Alle foreslår endringer som vil fjerne skaden.",
          "Spør den som hadde innvendingen, om en endring løser den, og gå så tilbake til samtykkerunden.",
        ],
        question:
          "Hvilken endring ville fjernet skaden du ser, og samtidig beholdt forslagets mål?",
        goodQuestions: [
          "Spør den som har innvendingen, først: «Hva skulle til for at det blir akseptabelt for deg?»",
          "Spør forslagsstilleren: «Dekker denne endringen fortsatt behovet?»",
        ],
        materials: [],
        pitfalls: [
          "Å presse den som har innvendingen, til å trekke den i stedet for å jobbe med den.",
          "Å endre så mye at forslaget ikke lenger dekker det opprinnelige behovet.",
        ],
      },
      sv: {
        name: "Lös en invändning",
        purpose:
          "Gruppen behandlar en invändning som en källa till information och letar efter en ändring som tar bort skadan men behåller förslagets syfte.",
        whenToUse: "När någon lyfter en invändning i en samtyckesrunda.",
        steps: [
          "Den som invänder förklarar vilken skada förslaget skulle göra för det gemensamma målet.",
          "Kontrollera tillsammans att invändningen gäller målet, inte en personlig preferens.",
          "Alla föreslår ändringar som skulle ta bort skadan.",
          "Fråga den som invände om en ändring löser det, och gå sedan tillbaka till samtyckesrundan.",
        ],
        question:
          "Vilken ändring skulle ta bort skadan du ser och samtidigt behålla förslagets syfte?",
        goodQuestions: [
          "Fråga den som invänder först: ”Vad skulle göra det acceptabelt för dig?”",
          "Fråga förslagsställaren: ”Möter ändringen fortfarande behovet?”",
        ],
        materials: [],
        pitfalls: [
          "Att pressa den som invänder att dra tillbaka i stället för att arbeta med invändningen.",
          "Att ändra så mycket att förslaget inte längre möter det ursprungliga behovet.",
        ],
      },
      nl: {
        name: "Een bezwaar oplossen",
        purpose:
          "De groep behandelt een bezwaar als bron van informatie en zoekt een aanpassing die de schade wegneemt en het doel van het voorstel behoudt.",
        whenToUse: "Als iemand in een consentronde een bezwaar inbrengt.",
        steps: [
          "Wie bezwaar heeft, legt uit welke schade het voorstel het gezamenlijke doel zou doen.",
          "Ga samen na of het bezwaar over het doel gaat, niet over een persoonlijke voorkeur.",
          "Iedereen stelt aanpassingen voor die de schade wegnemen.",
          "Vraag de bezwaarmaker of een aanpassing het oplost en keer dan terug naar de consentronde.",
        ],
        question:
          "Welke aanpassing neemt de schade weg die je ziet, met behoud van het doel van het voorstel?",
        goodQuestions: [
          "Vraag eerst de bezwaarmaker: ‘Wat zou het voor jou aanvaardbaar maken?’",
          "Vraag de indiener: ‘Voldoet deze aanpassing nog aan de behoefte?’",
        ],
        materials: [],
        pitfalls: [
          "De bezwaarmaker onder druk zetten om het bezwaar in te trekken in plaats van eraan te werken.",
          "Zoveel aanpassen dat het voorstel niet meer aan de oorspronkelijke behoefte voldoet.",
        ],
      },
    },
  },
  {
    id: "agreement-scale",
    category: "decision",
    phases: ["decide"],
    groupSize: { min: 3, max: 100 },
    minutes: { min: 5, max: 15 },
    live: live({ contributionKinds: ["comment"], silent: true }, null, 10),
    texts: {
      en: {
        name: "Agreement scale",
        purpose:
          "Instead of yes or no, each person shows how much they support a proposal on a scale from full support to blocking, which reveals lukewarm support before it becomes a problem.",
        whenToUse:
          "Before a consent round on an important proposal, to see how much work the proposal still needs.",
        steps: [
          "Show a scale, for example: full support, support with reservations, can live with it, need more discussion, cannot support.",
          "Everyone silently writes where they stand and why.",
          "Reveal the spread together.",
          "If many are in the middle, ask what would move them up before deciding.",
        ],
        question: "How much do you support this proposal, and what would raise your support?",
        goodQuestions: [
          "Keep the scale steps short and the same each time, so people learn them.",
          "Ask about the reasons for the middle positions first; they hold the most information.",
        ],
        materials: ["The scale, visible"],
        pitfalls: [
          "Reading 'can live with it' as failure: it may be good enough for consent.",
          "Using the scale as a vote and adding up scores.",
        ],
      },
      nb: {
        name: "Enighetsskala",
        purpose:
          "I stedet for ja eller nei viser hver person hvor mye de støtter et forslag, på en skala fra full støtte til blokkering, noe som avslører lunken støtte før den blir et problem.",
        whenToUse:
          "Før en samtykkerunde om et viktig forslag, for å se hvor mye arbeid forslaget fortsatt trenger.",
        steps: [
          "Vis en skala, for eksempel: full støtte, støtte med forbehold, kan leve med det, trenger mer samtale, kan ikke støtte.",
          "Alle skriver i stillhet hvor de står og hvorfor.",
          "Vis spredningen sammen.",
          "Hvis mange står i midten, spør hva som skulle til for å løfte dem før dere beslutter.",
        ],
        question: "Hvor mye støtter du dette forslaget, og hva ville økt støtten din?",
        goodQuestions: [
          "Hold trinnene på skalaen korte og like hver gang, så folk lærer dem.",
          "Spør om begrunnelsene for midtposisjonene først; de rommer mest informasjon.",
        ],
        materials: ["Skalaen, synlig"],
        pitfalls: [
          "Å lese «kan leve med det» som et nederlag: det kan være godt nok for samtykke.",
          "Å bruke skalaen som en avstemning og summere poeng.",
        ],
      },
      sv: {
        name: "Samstämmighetsskala",
        purpose:
          "I stället för ja eller nej visar var och en hur mycket hen stöder ett förslag, på en skala från fullt stöd till blockering, vilket avslöjar ljummet stöd innan det blir ett problem.",
        whenToUse:
          "Före en samtyckesrunda om ett viktigt förslag, för att se hur mycket arbete förslaget fortfarande behöver.",
        steps: [
          "Visa en skala, till exempel: fullt stöd, stöd med förbehåll, kan leva med det, behöver mer samtal, kan inte stödja.",
          "Alla skriver i tystnad var de står och varför.",
          "Visa spridningen tillsammans.",
          "Om många står i mitten, fråga vad som skulle lyfta dem innan ni beslutar.",
        ],
        question: "Hur mycket stöder du det här förslaget, och vad skulle öka ditt stöd?",
        goodQuestions: [
          "Håll skalstegen korta och likadana varje gång, så att folk lär sig dem.",
          "Fråga först om skälen till mittenpositionerna; där finns mest information.",
        ],
        materials: ["Skalan, synlig"],
        pitfalls: [
          "Att läsa ”kan leva med det” som ett misslyckande: det kan räcka för samtycke.",
          "Att använda skalan som en omröstning och summera poäng.",
        ],
      },
      nl: {
        name: "Instemmingsschaal",
        purpose:
          "In plaats van ja of nee laat ieder zien hoeveel steun hij of zij een voorstel geeft, op een schaal van volledige steun tot blokkeren, wat lauwe steun zichtbaar maakt voordat die een probleem wordt.",
        whenToUse:
          "Vóór een consentronde over een belangrijk voorstel, om te zien hoeveel werk het voorstel nog nodig heeft.",
        steps: [
          "Toon een schaal, bijvoorbeeld: volledige steun, steun met voorbehoud, kan ermee leven, meer gesprek nodig, kan het niet steunen.",
          "Iedereen schrijft in stilte op waar hij of zij staat en waarom.",
          "Maak samen de spreiding zichtbaar.",
          "Staan velen in het midden, vraag dan wat hen omhoog zou brengen voordat je besluit.",
        ],
        question: "Hoeveel steun geef je dit voorstel, en wat zou je steun vergroten?",
        goodQuestions: [
          "Houd de stappen van de schaal kort en elke keer gelijk, zodat mensen ze leren kennen.",
          "Vraag eerst naar de redenen voor de middenposities; daar zit de meeste informatie.",
        ],
        materials: ["De schaal, zichtbaar"],
        pitfalls: [
          "‘Kan ermee leven’ lezen als mislukking: het kan goed genoeg zijn voor consent.",
          "De schaal als stemming gebruiken en scores optellen.",
        ],
      },
    },
  },
];
