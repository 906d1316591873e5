import type { BuiltInMethod } from "../schema.js";
import { live } from "./live.js";

/** Sense-making: from many contributions to a shared picture and new insight. */
export const SENSEMAKING_METHODS: BuiltInMethod[] = [
  {
    id: "affinity-grouping",
    category: "sensemaking",
    phases: ["discover"],
    groupSize: { min: 3, max: 60 },
    minutes: { min: 15, max: 40 },
    live: live(
      { contributionKinds: ["insight"], reactions: true, grouping: "everyone", dotVoteBudget: 3 },
      null,
      20,
    ),
    texts: {
      en: {
        name: "Affinity grouping",
        purpose:
          "The group clusters many notes into themes by moving them together, then names each theme, turning a wall of input into a few insights everyone recognises.",
        whenToUse:
          "After a brainstorm or reflection step, when there are more contributions than anyone can hold in mind.",
        steps: [
          "Put all contributions where everyone can see and move them.",
          "In silence, everyone moves notes that belong together into groups.",
          "Name each group with a short sentence that says what it means, not just a label.",
          "Place dots on the themes that matter most to take forward.",
        ],
        question: "Which themes do you see, and what do they tell us?",
        goodQuestions: [
          "Ask for the message of a group: 'What is this group telling us?'",
          "Invite people to challenge a grouping: 'Does anything here belong elsewhere?'",
        ],
        materials: ["All contributions from the previous step"],
        pitfalls: [
          "Naming groups with single words like 'communication' that hide the insight.",
          "One person sorting for everyone: keep it a shared activity.",
        ],
      },
      nb: {
        name: "Affinitetsgruppering",
        purpose:
          "Gruppen samler mange lapper i temaer ved å flytte dem sammen og gir hvert tema et navn, slik at en vegg med innspill blir til noen få innsikter alle kjenner seg igjen i.",
        whenToUse:
          "Etter en idémyldring eller refleksjon, når det er flere innspill enn noen kan holde i hodet.",
        steps: [
          "Legg alle innspill der alle kan se og flytte dem.",
          "I stillhet flytter alle lapper som hører sammen, inn i grupper.",
          "Gi hver gruppe et navn med en kort setning som sier hva den betyr, ikke bare en merkelapp.",
          "Sett prikker på temaene som betyr mest å ta videre.",
        ],
        question: "Hvilke temaer ser du, og hva forteller de oss?",
        goodQuestions: [
          "Spør etter budskapet i en gruppe: «Hva forteller denne gruppen oss?»",
          "Inviter til å utfordre en gruppering: «Hører noe her hjemme et annet sted?»",
        ],
        materials: ["Alle innspill fra forrige steg"],
        pitfalls: [
          "Å gi grupper enkeltord som «kommunikasjon», som skjuler innsikten.",
          "At én person sorterer for alle: hold det som en felles aktivitet.",
        ],
      },
      sv: {
        name: "Affinitetsgruppering",
        purpose:
          "Gruppen samlar många lappar i teman genom att flytta ihop dem och namnger varje tema, så att en vägg av inspel blir några få insikter som alla känner igen.",
        whenToUse:
          "Efter en idéstorm eller reflektion, när det finns fler bidrag än någon kan hålla i huvudet.",
        steps: [
          "Lägg alla bidrag där alla kan se och flytta dem.",
          "Under tystnad flyttar alla lappar som hör ihop till grupper.",
          "Namnge varje grupp med en kort mening som säger vad den betyder, inte bara en etikett.",
          "Sätt prickar på de teman som är viktigast att ta vidare.",
        ],
        question: "Vilka teman ser du, och vad säger de oss?",
        goodQuestions: [
          "Fråga efter gruppens budskap: ”Vad säger den här gruppen oss?”",
          "Bjud in till att ifrågasätta en gruppering: ”Hör något här hemma någon annanstans?”",
        ],
        materials: ["Alla bidrag från föregående steg"],
        pitfalls: [
          "Att namnge grupper med enstaka ord som ”kommunikation”, som döljer insikten.",
          "En person sorterar åt alla: håll det en gemensam aktivitet.",
        ],
      },
      nl: {
        name: "Affiniteitsgroeperen",
        purpose:
          "De groep clustert veel briefjes tot thema’s door ze bij elkaar te schuiven en geeft elk thema een naam, zodat een muur vol input een paar inzichten wordt die iedereen herkent.",
        whenToUse:
          "Na een brainstorm of reflectie, als er meer bijdragen zijn dan iemand kan overzien.",
        steps: [
          "Zet alle bijdragen waar iedereen ze kan zien en verschuiven.",
          "In stilte schuift iedereen briefjes die bij elkaar horen in groepen.",
          "Geef elke groep een naam in een korte zin die zegt wat hij betekent, niet alleen een etiket.",
          "Zet stippen bij de thema’s die het belangrijkst zijn om mee verder te gaan.",
        ],
        question: "Welke thema’s zie je, en wat vertellen ze ons?",
        goodQuestions: [
          "Vraag naar de boodschap van een groep: ‘Wat vertelt deze groep ons?’",
          "Nodig uit een groepering te bevragen: ‘Hoort hier iets eigenlijk ergens anders?’",
        ],
        materials: ["Alle bijdragen uit de vorige stap"],
        pitfalls: [
          "Groepen losse woorden geven zoals ‘communicatie’, die het inzicht verbergen.",
          "Eén persoon sorteert voor iedereen: houd het een gezamenlijke activiteit.",
        ],
      },
    },
  },
  {
    id: "spectrum-line",
    category: "sensemaking",
    phases: ["reflect", "decide"],
    groupSize: { min: 4, max: 80 },
    minutes: { min: 10, max: 25 },
    live: live({ contributionKinds: ["reflection"], silent: true, reactions: true }, null, 15),
    texts: {
      en: {
        name: "Spectrum line",
        purpose:
          "Everyone places themselves on a line between two statements and says why, which makes the spread of views visible without forcing a vote.",
        whenToUse:
          "Before deciding, to see whether the group is closer together or further apart than it seems.",
        steps: [
          "Write two opposite statements at the ends of a line.",
          "Everyone silently writes where they stand and one reason.",
          "Reveal the line and look at the spread together.",
          "Invite people from different places on the line to explain their reason.",
        ],
        question: "Where do you stand between these two statements, and why?",
        goodQuestions: [
          "Write both ends as statements a reasonable person could hold.",
          "Ask about the middle too: 'What would move you one step?'",
        ],
        materials: ["A line on the floor or the wall"],
        pitfalls: [
          "Treating the line as a vote and counting heads.",
          "Ends that are caricatures, which push everyone to the middle.",
        ],
      },
      nb: {
        name: "Linjeoppstilling",
        purpose:
          "Alle plasserer seg på en linje mellom to påstander og sier hvorfor, noe som gjør spredningen i synspunkter synlig uten å tvinge frem en avstemning.",
        whenToUse:
          "Før en beslutning, for å se om gruppen står nærmere eller lenger fra hverandre enn det virker.",
        steps: [
          "Skriv to motsatte påstander i hver ende av en linje.",
          "Alle skriver i stillhet hvor de står og én begrunnelse.",
          "Vis linjen og se på spredningen sammen.",
          "Inviter folk fra ulike steder på linjen til å forklare begrunnelsen sin.",
        ],
        question: "Hvor står du mellom disse to påstandene, og hvorfor?",
        goodQuestions: [
          "Formuler begge ender som påstander et fornuftig menneske kan mene.",
          "Spør også om midten: «Hva skulle til for å flytte deg ett steg?»",
        ],
        materials: ["En linje på gulvet eller veggen"],
        pitfalls: [
          "Å behandle linjen som en avstemning og telle hoder.",
          "Ytterpunkter som er karikaturer, som skyver alle mot midten.",
        ],
      },
      sv: {
        name: "Åsiktslinje",
        purpose:
          "Alla placerar sig på en linje mellan två påståenden och säger varför, vilket gör spridningen i synsätt synlig utan att tvinga fram en omröstning.",
        whenToUse:
          "Inför ett beslut, för att se om gruppen står närmare eller längre ifrån varandra än det verkar.",
        steps: [
          "Skriv två motsatta påståenden i var sin ände av en linje.",
          "Alla skriver i tystnad var de står och ett skäl.",
          "Visa linjen och titta på spridningen tillsammans.",
          "Bjud in personer från olika platser på linjen att förklara sitt skäl.",
        ],
        question: "Var står du mellan de här två påståendena, och varför?",
        goodQuestions: [
          "Formulera båda ändarna som påståenden en förnuftig person kan ha.",
          "Fråga också om mitten: ”Vad skulle få dig att flytta ett steg?”",
        ],
        materials: ["En linje på golvet eller väggen"],
        pitfalls: [
          "Att behandla linjen som en omröstning och räkna huvuden.",
          "Ändpunkter som är karikatyrer, som driver alla mot mitten.",
        ],
      },
      nl: {
        name: "Meningslijn",
        purpose:
          "Iedereen plaatst zich op een lijn tussen twee stellingen en zegt waarom, wat de spreiding van meningen zichtbaar maakt zonder een stemming af te dwingen.",
        whenToUse:
          "Voor een besluit, om te zien of de groep dichter bij elkaar of verder uit elkaar staat dan het lijkt.",
        steps: [
          "Schrijf twee tegengestelde stellingen aan de uiteinden van een lijn.",
          "Iedereen schrijft in stilte op waar hij of zij staat, met één reden.",
          "Maak de lijn zichtbaar en bekijk samen de spreiding.",
          "Nodig mensen van verschillende plekken op de lijn uit hun reden toe te lichten.",
        ],
        question: "Waar sta jij tussen deze twee stellingen, en waarom?",
        goodQuestions: [
          "Formuleer beide uiteinden als stellingen die een redelijk mens kan hebben.",
          "Vraag ook naar het midden: ‘Wat zou je één stap laten opschuiven?’",
        ],
        materials: ["Een lijn op de vloer of de muur"],
        pitfalls: [
          "De kaart als stemming behandelen en koppen tellen.",
          "Uiteinden die karikaturen zijn, waardoor iedereen naar het midden schuift.",
        ],
      },
    },
  },
  {
    id: "opinion-map",
    category: "sensemaking",
    phases: ["reflect", "discover", "decide"],
    groupSize: { min: 8, max: 5000 },
    minutes: { min: 15, max: 60 },
    live: live({ opinionMap: { moderation: "facilitator" } }, null, 25),
    texts: {
      en: {
        name: "Opinion map",
        purpose:
          "Everyone writes short statements and agrees, disagrees or passes on the others' statements; the map shows the groups of like-minded people, what each group stands for, and the common ground across all of them.",
        whenToUse:
          "With a large group, or when views are many and tangled: to find the common interest and the real disagreements instead of guessing them.",
        steps: [
          "Ask one open question and seed it with a few statements that pull in different directions.",
          "Participants write their own statements; the facilitator approves them, or they go up at once.",
          "Everyone votes on statements one by one: agree, disagree or pass. Each person gets the least-voted statements first.",
          "Watch the map form: opinion groups, what each group agrees on, the common ground and the divisive statements.",
          "Turn common-ground statements into insights or a proposal; talk through the divisive ones.",
        ],
        question:
          "What do you think about this, in one sentence others can agree or disagree with?",
        goodQuestions: [
          "Ask for statements of one idea each, short enough to vote on without a 'yes, but'.",
          "Seed statements from several sides so that no one feels the map is written for one camp.",
          "Ask 'What would most people here agree with?' to invite bridging statements.",
        ],
        materials: ["A phone per participant", "A projector for the live map"],
        pitfalls: [
          "Reading the groups as teams to win over instead of perspectives to understand.",
          "Approving statements slowly, so that voting runs dry.",
          "Statements with two ideas, which no one can vote on honestly.",
        ],
      },
      nb: {
        name: "Meningskart",
        purpose:
          "Alle skriver korte påstander og sier seg enig, uenig eller står over på de andres; kartet viser gruppene av likesinnede, hva hver gruppe står for, og det felles grunnlaget på tvers av dem alle.",
        whenToUse:
          "I en stor gruppe, eller når synspunktene er mange og floker seg: for å finne den felles interessen og de virkelige uenighetene i stedet for å gjette dem.",
        steps: [
          "Still ett åpent spørsmål og så noen få påstander som trekker i ulike retninger.",
          "Deltakerne skriver egne påstander; prosessveilederen godkjenner dem, eller de legges ut med en gang.",
          "Alle stemmer over påstandene én og én: enig, uenig eller står over. Hver får de minst stemte påstandene først.",
          "Se kartet ta form: meningsgrupper, hva hver gruppe er enig om, felles grunnlag og de splittende påstandene.",
          "Gjør påstander med felles grunnlag om til innsikter eller et forslag; snakk gjennom de splittende.",
        ],
        question: "Hva mener du om dette, i én setning andre kan si seg enige eller uenige i?",
        goodQuestions: [
          "Be om påstander med én idé hver, korte nok til å stemme over uten et «ja, men».",
          "Så påstander fra flere sider, så ingen opplever at kartet er skrevet for én leir.",
          "Spør «Hva ville de fleste her være enige i?» for å invitere til brobyggende påstander.",
        ],
        materials: ["En telefon per deltaker", "En projektor for kartet"],
        pitfalls: [
          "Å lese gruppene som lag som skal vinnes over, i stedet for perspektiver som skal forstås.",
          "Å godkjenne påstander for sakte, så stemmingen går tom.",
          "Påstander med to ideer, som ingen kan stemme ærlig over.",
        ],
      },
      sv: {
        name: "Åsiktskarta",
        purpose:
          "Alla skriver korta påståenden och håller med, håller inte med eller avstår om de andras; kartan visar grupperna av likasinnade, vad varje grupp står för och den gemensamma grunden över dem alla.",
        whenToUse:
          "I en stor grupp, eller när synsätten är många och trassliga: för att hitta det gemensamma intresset och de verkliga oenigheterna i stället för att gissa dem.",
        steps: [
          "Ställ en öppen fråga och så några påståenden som drar åt olika håll.",
          "Deltagarna skriver egna påståenden; facilitatorn godkänner dem, eller så publiceras de direkt.",
          "Alla röstar på påståendena ett i taget: håller med, håller inte med eller avstår. Var och en får de minst röstade påståendena först.",
          "Se kartan ta form: åsiktsgrupper, vad varje grupp är enig om, gemensam grund och de splittrande påståendena.",
          "Gör påståenden med gemensam grund till insikter eller ett förslag; prata igenom de splittrande.",
        ],
        question: "Vad tycker du om det här, i en mening som andra kan hålla med om eller inte?",
        goodQuestions: [
          "Be om påståenden med en idé var, korta nog att rösta på utan ett ”ja, men”.",
          "Så påståenden från flera håll, så att ingen upplever att kartan är skriven för ett läger.",
          "Fråga ”Vad skulle de flesta här hålla med om?” för att bjuda in brobyggande påståenden.",
        ],
        materials: ["En telefon per deltagare", "En projektor för kartan"],
        pitfalls: [
          "Att läsa grupperna som lag att vinna över i stället för perspektiv att förstå.",
          "Att godkänna påståenden för långsamt, så att röstandet tar slut.",
          "Påståenden med två idéer, som ingen kan rösta ärligt på.",
        ],
      },
      nl: {
        name: "Meningenkaart",
        purpose:
          "Iedereen schrijft korte stellingen en is het eens, oneens of slaat over bij die van anderen; de kaart toont de groepen gelijkgestemden, waar elke groep voor staat en de gemeenschappelijke grond over alle groepen heen.",
        whenToUse:
          "In een grote groep, of wanneer de meningen talrijk en verward zijn: om het gemeenschappelijke belang en de echte meningsverschillen te vinden in plaats van ze te raden.",
        steps: [
          "Stel één open vraag en zaai een paar stellingen die verschillende kanten op trekken.",
          "Deelnemers schrijven eigen stellingen; de facilitator keurt ze goed, of ze verschijnen meteen.",
          "Iedereen stemt één voor één op stellingen: eens, oneens of overslaan. Ieder krijgt eerst de stellingen met de minste stemmen.",
          "Zie de kaart ontstaan: meningsgroepen, waar elke groep het over eens is, de gemeenschappelijke grond en de verdeeldheid zaaiende stellingen.",
          "Maak van stellingen met gemeenschappelijke grond inzichten of een voorstel; bespreek de verdelende stellingen.",
        ],
        question:
          "Wat vind jij hiervan, in één zin waar anderen het mee eens of oneens kunnen zijn?",
        goodQuestions: [
          "Vraag om stellingen met één idee elk, kort genoeg om over te stemmen zonder ‘ja, maar’.",
          "Zaai stellingen van meerdere kanten, zodat niemand het gevoel heeft dat de kaart voor één kamp geschreven is.",
          "Vraag ‘Waar zou bijna iedereen hier het mee eens zijn?’ om verbindende stellingen uit te nodigen.",
        ],
        materials: ["Een telefoon per deelnemer", "Een projector voor de kaart"],
        pitfalls: [
          "De groepen lezen als teams om over te halen in plaats van perspectieven om te begrijpen.",
          "Stellingen te traag goedkeuren, zodat het stemmen stilvalt.",
          "Stellingen met twee ideeën, waar niemand eerlijk over kan stemmen.",
        ],
      },
    },
  },
  {
    id: "facts-assumptions-questions",
    category: "sensemaking",
    phases: ["share_facts"],
    groupSize: { min: 3, max: 40 },
    minutes: { min: 15, max: 30 },
    live: live({ contributionKinds: ["fact", "question"], grouping: "facilitator" }, null, 20),
    texts: {
      en: {
        name: "Facts, assumptions, questions",
        purpose:
          "The group sorts what it brings into what it knows, what it assumes and what it still needs to find out, so that reflection starts from a shared and honest base.",
        whenToUse:
          "In the share-facts step, especially when a topic is loaded with stories, rumours or strong beliefs.",
        steps: [
          "Everyone adds what they know about the topic, with a source where they have one.",
          "Together, sort each item into facts, assumptions and open questions.",
          "Check the assumptions: which could we verify, and how?",
          "Agree which open questions must be answered before deciding.",
        ],
        question: "What do we actually know, what do we assume, and what don't we know yet?",
        goodQuestions: [
          "Ask 'how do we know?' in a curious tone, not an accusing one.",
          "Welcome 'I don't know' as a useful contribution.",
        ],
        materials: ["Data, reports or figures to share"],
        pitfalls: [
          "Arguing about whether something is a fact instead of marking it as uncertain.",
          "Embarrassing someone whose 'fact' turns out to be an assumption.",
        ],
      },
      nb: {
        name: "Fakta, antakelser, spørsmål",
        purpose:
          "Gruppen sorterer det den har med seg i det den vet, det den antar og det den fortsatt må finne ut av, slik at refleksjonen starter fra et felles og ærlig grunnlag.",
        whenToUse:
          "I steget «del fakta», særlig når et tema er ladet med historier, rykter eller sterke overbevisninger.",
        steps: [
          "Alle legger inn det de vet om temaet, med kilde der de har en.",
          "Sorter sammen hvert punkt i fakta, antakelser og åpne spørsmål.",
          "Sjekk antakelsene: hvilke kan vi bekrefte, og hvordan?",
          "Bli enige om hvilke åpne spørsmål som må besvares før dere beslutter.",
        ],
        question: "Hva vet vi egentlig, hva antar vi, og hva vet vi ikke ennå?",
        goodQuestions: [
          "Spør «hvordan vet vi det?» i en nysgjerrig tone, ikke en anklagende.",
          "Ønsk «jeg vet ikke» velkommen som et nyttig bidrag.",
        ],
        materials: ["Data, rapporter eller tall å dele"],
        pitfalls: [
          "Å krangle om noe er fakta i stedet for å merke det som usikkert.",
          "Å stille noen i forlegenhet når «faktaet» deres viser seg å være en antakelse.",
        ],
      },
      sv: {
        name: "Fakta, antaganden, frågor",
        purpose:
          "Gruppen sorterar det den har med sig i vad den vet, vad den antar och vad den fortfarande behöver ta reda på, så att reflektionen börjar från en gemensam och ärlig grund.",
        whenToUse:
          "I steget ”dela fakta”, särskilt när ett ämne är laddat med berättelser, rykten eller starka övertygelser.",
        steps: [
          "Alla lägger in vad de vet om ämnet, med källa där de har en.",
          "Sortera tillsammans varje punkt i fakta, antaganden och öppna frågor.",
          "Granska antagandena: vilka kan vi kontrollera, och hur?",
          "Kom överens om vilka öppna frågor som måste besvaras före beslutet.",
        ],
        question: "Vad vet vi egentligen, vad antar vi, och vad vet vi inte än?",
        goodQuestions: [
          "Fråga ”hur vet vi det?” i en nyfiken ton, inte en anklagande.",
          "Välkomna ”jag vet inte” som ett användbart bidrag.",
        ],
        materials: ["Data, rapporter eller siffror att dela"],
        pitfalls: [
          "Att bråka om huruvida något är fakta i stället för att markera det som osäkert.",
          "Att sätta någon i förlägenhet när hens ”fakta” visar sig vara ett antagande.",
        ],
      },
      nl: {
        name: "Feiten, aannames, vragen",
        purpose:
          "De groep sorteert wat ze meebrengt in wat ze weet, wat ze aanneemt en wat ze nog moet uitzoeken, zodat de reflectie begint vanuit een gedeelde en eerlijke basis.",
        whenToUse:
          "In de stap ‘feiten delen’, vooral als een onderwerp beladen is met verhalen, geruchten of sterke overtuigingen.",
        steps: [
          "Iedereen voegt toe wat hij of zij over het onderwerp weet, met een bron als die er is.",
          "Sorteer samen elk punt in feiten, aannames en open vragen.",
          "Toets de aannames: welke kunnen we nagaan, en hoe?",
          "Spreek af welke open vragen beantwoord moeten zijn voordat jullie besluiten.",
        ],
        question: "Wat weten we echt, wat nemen we aan, en wat weten we nog niet?",
        goodQuestions: [
          "Vraag ‘hoe weten we dat?’ op een nieuwsgierige toon, niet beschuldigend.",
          "Verwelkom ‘ik weet het niet’ als een nuttige bijdrage.",
        ],
        materials: ["Data, rapporten of cijfers om te delen"],
        pitfalls: [
          "Ruziën over of iets een feit is in plaats van het als onzeker te markeren.",
          "Iemand in verlegenheid brengen als zijn ‘feit’ een aanname blijkt.",
        ],
      },
    },
  },
  {
    id: "what-so-what-now-what",
    category: "sensemaking",
    phases: ["share_facts", "reflect", "discover"],
    groupSize: { min: 2, max: 100 },
    minutes: { min: 20, max: 45 },
    live: live({ contributionKinds: ["fact", "reflection", "insight"], silent: true }, null, 30),
    texts: {
      en: {
        name: "What, so what, now what",
        purpose:
          "Three questions in a row take the group from what happened, to what it means, to what to do, so that conclusions rest on shared observations.",
        whenToUse:
          "After an event, a pilot, a data presentation or any shared experience that needs making sense of.",
        steps: [
          "What? Everyone writes what they observed: facts, not judgements.",
          "So what? Everyone writes what these observations mean, and why they matter.",
          "Now what? Together name the actions that follow from the meaning.",
          "Keep each stage separate; move on only when it is done.",
        ],
        question: "What did we notice, what does it mean, and what do we do now?",
        goodQuestions: [
          "In 'what', ask for things a camera could have recorded.",
          "In 'so what', ask for patterns and surprises, not verdicts.",
        ],
        materials: [],
        pitfalls: [
          "Jumping to 'now what' before the group agrees on 'what'.",
          "Mixing observations and opinions in the first stage.",
        ],
      },
      nb: {
        name: "Hva, så hva, hva nå",
        purpose:
          "Tre spørsmål etter hverandre tar gruppen fra hva som skjedde, til hva det betyr, til hva vi gjør, slik at konklusjonene hviler på felles observasjoner.",
        whenToUse:
          "Etter en hendelse, et forsøk, en gjennomgang av data eller en annen felles erfaring som trenger å forstås.",
        steps: [
          "Hva? Alle skriver hva de observerte: fakta, ikke vurderinger.",
          "Så hva? Alle skriver hva observasjonene betyr, og hvorfor de er viktige.",
          "Hva nå? Sett sammen ord på handlingene som følger av betydningen.",
          "Hold hvert trinn for seg; gå videre først når det er ferdig.",
        ],
        question: "Hva la vi merke til, hva betyr det, og hva gjør vi nå?",
        goodQuestions: [
          "I «hva», spør etter ting et kamera kunne ha tatt opp.",
          "I «så hva», spør etter mønstre og overraskelser, ikke dommer.",
        ],
        materials: [],
        pitfalls: [
          "Å hoppe til «hva nå» før gruppen er enig om «hva».",
          "Å blande observasjoner og meninger i første trinn.",
        ],
      },
      sv: {
        name: "Vad, så vad, vad nu",
        purpose:
          "Tre frågor i rad tar gruppen från vad som hände, till vad det betyder, till vad vi gör, så att slutsatserna vilar på gemensamma iakttagelser.",
        whenToUse:
          "Efter en händelse, ett försök, en genomgång av data eller någon annan gemensam erfarenhet som behöver förstås.",
        steps: [
          "Vad? Alla skriver vad de iakttog: fakta, inte omdömen.",
          "Så vad? Alla skriver vad iakttagelserna betyder och varför de spelar roll.",
          "Vad nu? Sätt tillsammans ord på de handlingar som följer av betydelsen.",
          "Håll varje steg för sig; gå vidare först när det är klart.",
        ],
        question: "Vad lade vi märke till, vad betyder det, och vad gör vi nu?",
        goodQuestions: [
          "I ”vad”, fråga efter sådant en kamera hade kunnat fånga.",
          "I ”så vad”, fråga efter mönster och överraskningar, inte domar.",
        ],
        materials: [],
        pitfalls: [
          "Att hoppa till ”vad nu” innan gruppen är överens om ”vad”.",
          "Att blanda iakttagelser och åsikter i första steget.",
        ],
      },
      nl: {
        name: "Wat, en dan, wat nu",
        purpose:
          "Drie vragen na elkaar brengen de groep van wat er gebeurde, naar wat het betekent, naar wat we gaan doen, zodat conclusies rusten op gedeelde waarnemingen.",
        whenToUse:
          "Na een gebeurtenis, een pilot, een presentatie van data of een andere gedeelde ervaring die betekenis moet krijgen.",
        steps: [
          "Wat? Iedereen schrijft op wat hij of zij waarnam: feiten, geen oordelen.",
          "En dan? Iedereen schrijft op wat die waarnemingen betekenen en waarom ze ertoe doen.",
          "Wat nu? Benoem samen de acties die uit die betekenis volgen.",
          "Houd elke fase apart; ga pas verder als die klaar is.",
        ],
        question: "Wat viel ons op, wat betekent het, en wat doen we nu?",
        goodQuestions: [
          "Vraag bij ‘wat’ naar dingen die een camera had kunnen vastleggen.",
          "Vraag bij ‘en dan’ naar patronen en verrassingen, niet naar oordelen.",
        ],
        materials: [],
        pitfalls: [
          "Naar ‘wat nu’ springen voordat de groep het eens is over ‘wat’.",
          "Waarnemingen en meningen door elkaar halen in de eerste fase.",
        ],
      },
    },
  },
  {
    id: "five-whys",
    category: "sensemaking",
    phases: ["reflect", "discover"],
    groupSize: { min: 2, max: 20 },
    minutes: { min: 15, max: 30 },
    live: live({ contributionKinds: ["reflection", "insight"] }, null, 20),
    texts: {
      en: {
        name: "Asking why, five times",
        purpose:
          "By asking 'why?' again and again about a problem, the group digs from symptoms down to causes it can actually act on.",
        whenToUse: "When a problem keeps returning and earlier fixes only treated the symptoms.",
        steps: [
          "Describe the problem as a concrete, observed event.",
          "Ask why it happened and write down the answer.",
          "Ask why again about that answer; repeat about five times.",
          "Check each link against the facts, then name the cause to act on.",
        ],
        question: "Why did this happen, and why did that happen?",
        goodQuestions: [
          "Ask about the process, not the person: 'why did the system allow this?'",
          "When answers branch, follow each branch separately.",
        ],
        materials: [],
        pitfalls: [
          "Ending at 'human error', which is where the inquiry should start.",
          "Guessing causes without checking them against the facts.",
        ],
      },
      nb: {
        name: "Spør hvorfor fem ganger",
        purpose:
          "Ved å spørre «hvorfor?» igjen og igjen om et problem graver gruppen seg fra symptomer ned til årsaker den faktisk kan gjøre noe med.",
        whenToUse:
          "Når et problem stadig kommer tilbake og tidligere tiltak bare behandlet symptomene.",
        steps: [
          "Beskriv problemet som en konkret, observert hendelse.",
          "Spør hvorfor det skjedde, og skriv ned svaret.",
          "Spør hvorfor igjen om det svaret; gjenta omtrent fem ganger.",
          "Sjekk hvert ledd mot fakta, og pek så ut årsaken dere skal gjøre noe med.",
        ],
        question: "Hvorfor skjedde dette, og hvorfor skjedde det?",
        goodQuestions: [
          "Spør om prosessen, ikke personen: «hvorfor lot systemet dette skje?»",
          "Når svarene forgreiner seg, følg hver grein for seg.",
        ],
        materials: [],
        pitfalls: [
          "Å stoppe ved «menneskelig feil», som er der undersøkelsen burde begynne.",
          "Å gjette på årsaker uten å sjekke dem mot fakta.",
        ],
      },
      sv: {
        name: "Fråga varför fem gånger",
        purpose:
          "Genom att fråga ”varför?” om och om igen om ett problem gräver gruppen sig från symtom ner till orsaker den faktiskt kan påverka.",
        whenToUse:
          "När ett problem ständigt återkommer och tidigare åtgärder bara behandlade symtomen.",
        steps: [
          "Beskriv problemet som en konkret, iakttagen händelse.",
          "Fråga varför det hände och skriv ner svaret.",
          "Fråga varför igen om det svaret; upprepa ungefär fem gånger.",
          "Pröva varje led mot fakta och peka sedan ut den orsak ni ska åtgärda.",
        ],
        question: "Varför hände det här, och varför hände det?",
        goodQuestions: [
          "Fråga om processen, inte personen: ”varför tillät systemet detta?”",
          "När svaren förgrenar sig, följ varje gren för sig.",
        ],
        materials: [],
        pitfalls: [
          "Att stanna vid ”mänskligt fel”, som är där undersökningen borde börja.",
          "Att gissa orsaker utan att pröva dem mot fakta.",
        ],
      },
      nl: {
        name: "Vijf keer waarom",
        purpose:
          "Door steeds opnieuw ‘waarom?’ te vragen over een probleem, graaft de groep van symptomen naar oorzaken waar ze echt iets aan kan doen.",
        whenToUse:
          "Als een probleem steeds terugkomt en eerdere oplossingen alleen de symptomen aanpakten.",
        steps: [
          "Beschrijf het probleem als een concrete, waargenomen gebeurtenis.",
          "Vraag waarom het gebeurde en schrijf het antwoord op.",
          "Vraag opnieuw waarom over dat antwoord; herhaal dit ongeveer vijf keer.",
          "Toets elke schakel aan de feiten en benoem dan de oorzaak om aan te pakken.",
        ],
        question: "Waarom gebeurde dit, en waarom gebeurde dát?",
        goodQuestions: [
          "Vraag naar het proces, niet naar de persoon: ‘waarom liet het systeem dit toe?’",
          "Als antwoorden vertakken, volg dan elke tak apart.",
        ],
        materials: [],
        pitfalls: [
          "Stoppen bij ‘menselijke fout’, terwijl daar het onderzoek pas begint.",
          "Oorzaken raden zonder ze aan de feiten te toetsen.",
        ],
      },
    },
  },
  {
    id: "impact-effort-map",
    category: "sensemaking",
    phases: ["discover", "decide"],
    groupSize: { min: 3, max: 30 },
    minutes: { min: 15, max: 30 },
    live: live({ contributionKinds: ["idea"], grouping: "everyone", reactions: true }, null, 20),
    texts: {
      en: {
        name: "Impact and effort map",
        purpose:
          "Ideas are placed on a simple map of expected impact against effort, so the group sees quick wins, big bets and things to drop.",
        whenToUse:
          "When there are more good ideas than capacity, and the group needs to choose where to start.",
        steps: [
          "Draw two axes: impact (low to high) and effort (low to high).",
          "Place each idea on the map by group discussion.",
          "Group the ideas into four corners: quick wins, big bets, fillers and drop.",
          "Pick the ideas to take forward and say why.",
        ],
        question: "Which ideas give the most benefit for the least effort?",
        goodQuestions: [
          "Define impact first: impact on whom, and by when?",
          "Ask who bears the effort; it is often not the person proposing.",
        ],
        materials: ["A large two-by-two grid"],
        pitfalls: [
          "Everything ends up 'high impact, low effort' through optimism.",
          "Dropping big bets only because they are hard.",
        ],
      },
      nb: {
        name: "Effekt- og innsatskart",
        purpose:
          "Ideene plasseres på et enkelt kart over forventet effekt mot innsats, slik at gruppen ser raske gevinster, store satsinger og det som kan droppes.",
        whenToUse:
          "Når det finnes flere gode ideer enn kapasitet, og gruppen må velge hvor den skal begynne.",
        steps: [
          "Tegn to akser: effekt (lav til høy) og innsats (lav til høy).",
          "Plasser hver idé på kartet gjennom samtale i gruppen.",
          "Grupper ideene i fire hjørner: raske gevinster, store satsinger, småtteri og dropp.",
          "Velg ideene dere tar videre, og si hvorfor.",
        ],
        question: "Hvilke ideer gir mest nytte for minst innsats?",
        goodQuestions: [
          "Definer effekt først: effekt for hvem, og innen når?",
          "Spør hvem som bærer innsatsen; det er ofte ikke den som foreslår.",
        ],
        materials: ["Et stort rutenett med fire felt"],
        pitfalls: [
          "Alt havner i «høy effekt, lav innsats» av ren optimisme.",
          "Å droppe store satsinger bare fordi de er krevende.",
        ],
      },
      sv: {
        name: "Effekt- och insatskarta",
        purpose:
          "Idéerna placeras på en enkel karta över förväntad effekt mot insats, så att gruppen ser snabba vinster, stora satsningar och sådant som kan strykas.",
        whenToUse:
          "När det finns fler bra idéer än kapacitet och gruppen måste välja var den ska börja.",
        steps: [
          "Rita två axlar: effekt (låg till hög) och insats (låg till hög).",
          "Placera varje idé på kartan genom samtal i gruppen.",
          "Gruppera idéerna i fyra hörn: snabba vinster, stora satsningar, småsaker och stryk.",
          "Välj de idéer ni tar vidare och säg varför.",
        ],
        question: "Vilka idéer ger mest nytta för minst insats?",
        goodQuestions: [
          "Definiera effekt först: effekt för vem, och till när?",
          "Fråga vem som bär insatsen; det är ofta inte den som föreslår.",
        ],
        materials: ["Ett stort rutnät med fyra fält"],
        pitfalls: [
          "Allt hamnar i ”hög effekt, låg insats” av ren optimism.",
          "Att stryka stora satsningar bara för att de är svåra.",
        ],
      },
      nl: {
        name: "Impact-inspanningskaart",
        purpose:
          "Ideeën worden op een eenvoudige kaart van verwachte impact tegenover inspanning gezet, zodat de groep snelle winst, grote gokken en af te vallen ideeën ziet.",
        whenToUse:
          "Als er meer goede ideeën zijn dan capaciteit en de groep moet kiezen waar ze begint.",
        steps: [
          "Teken twee assen: impact (laag tot hoog) en inspanning (laag tot hoog).",
          "Plaats elk idee op de kaart door er in de groep over te praten.",
          "Groepeer de ideeën in vier hoeken: snelle winst, grote gokken, opvulling en laten vallen.",
          "Kies de ideeën om mee verder te gaan en zeg waarom.",
        ],
        question: "Welke ideeën leveren het meeste op voor de minste inspanning?",
        goodQuestions: [
          "Bepaal eerst wat impact is: impact voor wie, en wanneer?",
          "Vraag wie de inspanning draagt; dat is vaak niet degene die het voorstelt.",
        ],
        materials: ["Een groot vlak met vier kwadranten"],
        pitfalls: [
          "Alles belandt uit optimisme bij ‘hoge impact, lage inspanning’.",
          "Grote gokken laten vallen alleen omdat ze moeilijk zijn.",
        ],
      },
    },
  },
];
