import type { BuiltInMethod } from "../schema.js";
import { live } from "./live.js";

/** Generating ideas: silent first, then scaling up from one to pairs to the whole group. */
export const IDEA_METHODS: BuiltInMethod[] = [
  {
    id: "silent-brainstorm",
    category: "ideas",
    phases: ["reflect", "discover"],
    groupSize: { min: 2, max: 200 },
    minutes: { min: 5, max: 15 },
    live: live({ contributionKinds: ["idea"], silent: true, reactions: true }, null, 7),
    texts: {
      en: {
        name: "Silent brainstorm",
        purpose:
          "Everyone writes ideas on their own before anyone hears anyone else, so quiet voices count as much as loud ones and nobody anchors on the first idea.",
        whenToUse:
          "Whenever you need many ideas from everyone, and especially when there are strong opinions or differences in rank in the room.",
        steps: [
          "Show the question and the time available.",
          "Everyone writes ideas in silence, one idea per note.",
          "Reveal all ideas at once when the time is up.",
          "Read through them together before any discussion.",
        ],
        question: "Which ideas do you have for …?",
        goodQuestions: [
          "Open with 'how could we' or 'what might', which invites many answers.",
          "Keep it to one question; two questions halve the quality of both.",
        ],
        materials: [],
        pitfalls: [
          "Talking during the writing time: it breaks the silence the method depends on.",
          "Judging ideas while they are being written.",
        ],
      },
      nb: {
        name: "Stille idémyldring",
        purpose:
          "Alle skriver ideer hver for seg før noen hører andre, slik at stille stemmer teller like mye som høylytte og ingen låser seg fast i den første ideen.",
        whenToUse:
          "Når du trenger mange ideer fra alle, og særlig når det er sterke meninger eller ulik rang i rommet.",
        steps: [
          "Vis spørsmålet og hvor lang tid dere har.",
          "Alle skriver ideer i stillhet, én idé per lapp.",
          "Vis alle ideene samtidig når tiden er ute.",
          "Les gjennom dem sammen før noen diskusjon.",
        ],
        question: "Hvilke ideer har du til …?",
        goodQuestions: [
          "Begynn med «hvordan kunne vi» eller «hva om», som inviterer mange svar.",
          "Hold deg til ett spørsmål; to spørsmål halverer kvaliteten på begge.",
        ],
        materials: [],
        pitfalls: [
          "Prat mens dere skriver: det bryter stillheten metoden bygger på.",
          "Å vurdere ideer mens de skrives.",
        ],
      },
      sv: {
        name: "Tyst idéstorm",
        purpose:
          "Alla skriver idéer var för sig innan någon hör någon annan, så att tysta röster väger lika tungt som högljudda och ingen fastnar i den första idén.",
        whenToUse:
          "När du behöver många idéer från alla, och särskilt när det finns starka åsikter eller olika rang i rummet.",
        steps: [
          "Visa frågan och hur lång tid ni har.",
          "Alla skriver idéer under tystnad, en idé per lapp.",
          "Visa alla idéer samtidigt när tiden är slut.",
          "Läs igenom dem tillsammans innan ni diskuterar.",
        ],
        question: "Vilka idéer har du för …?",
        goodQuestions: [
          "Börja med ”hur skulle vi kunna” eller ”vad skulle”, som bjuder in många svar.",
          "Håll dig till en fråga; två frågor halverar kvaliteten på båda.",
        ],
        materials: [],
        pitfalls: [
          "Prat under skrivtiden: det bryter den tystnad metoden bygger på.",
          "Att bedöma idéer medan de skrivs.",
        ],
      },
      nl: {
        name: "Stille brainstorm",
        purpose:
          "Iedereen schrijft eerst zelf ideeën op voordat iemand een ander hoort, zodat stille stemmen even zwaar wegen als luide en niemand blijft hangen bij het eerste idee.",
        whenToUse:
          "Als je veel ideeën van iedereen nodig hebt, en vooral als er sterke meningen of rangverschillen in de ruimte zijn.",
        steps: [
          "Toon de vraag en de beschikbare tijd.",
          "Iedereen schrijft in stilte ideeën op, één idee per briefje.",
          "Maak alle ideeën tegelijk zichtbaar als de tijd om is.",
          "Lees ze samen door voordat de discussie begint.",
        ],
        question: "Welke ideeën heb je voor …?",
        goodQuestions: [
          "Begin met ‘hoe zouden we’ of ‘wat als’, dat nodigt uit tot veel antwoorden.",
          "Houd het bij één vraag; twee vragen halveren de kwaliteit van beide.",
        ],
        materials: [],
        pitfalls: [
          "Praten tijdens het schrijven: dat doorbreekt de stilte waar de methode op rust.",
          "Ideeën beoordelen terwijl ze nog worden opgeschreven.",
        ],
      },
    },
  },
  {
    id: "one-two-four-all",
    category: "ideas",
    phases: ["reflect", "discover"],
    groupSize: { min: 4, max: 500 },
    minutes: { min: 12, max: 20 },
    live: live(
      { contributionKinds: ["idea"], silent: true, reactions: true, grouping: "facilitator" },
      null,
      15,
    ),
    texts: {
      en: {
        name: "1-2-4-all",
        purpose:
          "Ideas grow from one person to a pair, to a foursome and then to the whole group, so everyone thinks first and the best ideas rise without a long debate.",
        whenToUse:
          "With any group size, when you want everyone's thinking on one question in a short time.",
        steps: [
          "One: everyone reflects and writes alone for a minute or two.",
          "Two: in pairs, build on each other's ideas for a few minutes.",
          "Four: two pairs join and pick what stands out.",
          "All: each foursome shares one idea that stood out; the facilitator groups similar ones.",
        ],
        question: "What opportunities do you see to …?",
        goodQuestions: [
          "Ask a question that matters to everyone in the room, not only to experts.",
          "Ask for what stood out, not for a summary, when the groups report.",
        ],
        materials: ["A timer everyone can see"],
        pitfalls: [
          "Letting the pairs and fours run long: keep the rhythm brisk.",
          "Asking every foursome to report everything: one idea each is enough.",
        ],
      },
      nb: {
        name: "1-2-4-alle",
        purpose:
          "Ideene vokser fra én person til et par, til en firergruppe og så til hele gruppen, slik at alle tenker først og de beste ideene kommer frem uten lang debatt.",
        whenToUse:
          "Med alle gruppestørrelser, når du vil ha alles tenkning om ett spørsmål på kort tid.",
        steps: [
          "Én: alle reflekterer og skriver alene i et par minutter.",
          "To: i par bygger dere videre på hverandres ideer i noen minutter.",
          "Fire: to par slår seg sammen og velger det som skiller seg ut.",
          "Alle: hver firergruppe deler én idé; tilretteleggeren grupperer de som ligner.",
        ],
        question: "Hvilke muligheter ser du for å …?",
        goodQuestions: [
          "Still et spørsmål som betyr noe for alle i rommet, ikke bare for ekspertene.",
          "Be om det som skilte seg ut, ikke et sammendrag, når gruppene deler.",
        ],
        materials: ["En klokke alle kan se"],
        pitfalls: [
          "At parene og firerne drar ut: hold et raskt tempo.",
          "Å be hver firergruppe legge frem alt: én idé hver er nok.",
        ],
      },
      sv: {
        name: "1-2-4-alla",
        purpose:
          "Idéerna växer från en person till ett par, till en fyrgrupp och sedan till hela gruppen, så att alla tänker först och de bästa idéerna kommer fram utan lång debatt.",
        whenToUse:
          "Med alla gruppstorlekar, när du vill ha allas tänkande kring en fråga på kort tid.",
        steps: [
          "En: alla reflekterar och skriver ensamma i ett par minuter.",
          "Två: i par bygger ni vidare på varandras idéer i några minuter.",
          "Fyra: två par går ihop och väljer det som sticker ut.",
          "Alla: varje fyrgrupp delar en idé; facilitatorn grupperar de som liknar varandra.",
        ],
        question: "Vilka möjligheter ser du att …?",
        goodQuestions: [
          "Ställ en fråga som spelar roll för alla i rummet, inte bara för experterna.",
          "Be om det som stack ut, inte en sammanfattning, när grupperna delar.",
        ],
        materials: ["En klocka alla kan se"],
        pitfalls: [
          "Att paren och fyrgrupperna drar ut på tiden: håll ett raskt tempo.",
          "Att be varje fyrgrupp redovisa allt: en idé var räcker.",
        ],
      },
      nl: {
        name: "1-2-4-allen",
        purpose:
          "Ideeën groeien van één persoon naar een duo, naar een viertal en dan naar de hele groep, zodat iedereen eerst zelf denkt en de beste ideeën bovenkomen zonder lang debat.",
        whenToUse:
          "Bij elke groepsgrootte, als je in korte tijd ieders denkwerk over één vraag wilt.",
        steps: [
          "Eén: iedereen denkt na en schrijft een paar minuten alleen.",
          "Twee: bouw in tweetallen een paar minuten voort op elkaars ideeën.",
          "Vier: twee duo’s voegen samen en kiezen wat eruit springt.",
          "Allen: elk viertal deelt één idee; de facilitator groepeert wat op elkaar lijkt.",
        ],
        question: "Welke kansen zie je om …?",
        goodQuestions: [
          "Stel een vraag die voor iedereen in de ruimte telt, niet alleen voor experts.",
          "Vraag bij het delen naar wat eruit sprong, niet naar een samenvatting.",
        ],
        materials: ["Een klok die iedereen kan zien"],
        pitfalls: [
          "Duo’s en viertallen laten uitlopen: houd het tempo hoog.",
          "Elk viertal alles laten vertellen: één idee per groep is genoeg.",
        ],
      },
    },
  },
  {
    id: "brainwriting-relay",
    category: "ideas",
    phases: ["discover"],
    groupSize: { min: 3, max: 30 },
    minutes: { min: 15, max: 30 },
    live: live({ contributionKinds: ["idea"], reactions: true }, null, 20),
    texts: {
      en: {
        name: "Brainwriting relay",
        purpose:
          "People write ideas, then read and build on each other's in a few timed passes, so ideas are combined and improved without anyone having to speak up.",
        whenToUse:
          "When the first ideas are obvious and you want the group to go further by building on each other.",
        steps: [
          "Everyone writes three ideas in five minutes, with ideas visible to all.",
          "Each person picks someone else's idea and adds a version that improves it.",
          "Repeat for two or three passes.",
          "Finish by marking the ideas that grew the most.",
        ],
        question: "How could we improve or combine these ideas?",
        goodQuestions: [
          "Invite 'yes, and' thinking: 'What would make this idea twice as good?'",
          "Ask people to name whose idea they build on, so credit travels.",
        ],
        materials: [],
        pitfalls: [
          "People only add their own new ideas instead of building on others.",
          "Too many passes: energy drops after the third.",
        ],
      },
      nb: {
        name: "Skrivestafett",
        purpose:
          "Folk skriver ideer, leser og bygger videre på hverandres i noen tidsbestemte omganger, slik at ideer kombineres og forbedres uten at noen må ta ordet.",
        whenToUse:
          "Når de første ideene er opplagte og du vil at gruppen skal komme lenger ved å bygge på hverandre.",
        steps: [
          "Alle skriver tre ideer på fem minutter, synlige for alle.",
          "Hver person velger en annens idé og skriver en bedre versjon.",
          "Gjenta i to eller tre omganger.",
          "Avslutt med å markere ideene som vokste mest.",
        ],
        question: "Hvordan kan vi forbedre eller kombinere disse ideene?",
        goodQuestions: [
          "Inviter til «ja, og»-tenkning: «Hva ville gjort denne ideen dobbelt så god?»",
          "Be folk si hvem sin idé de bygger på, så æren følger med.",
        ],
        materials: [],
        pitfalls: [
          "Folk legger bare til egne nye ideer i stedet for å bygge på andres.",
          "For mange omganger: energien faller etter den tredje.",
        ],
      },
      sv: {
        name: "Skrivstafett",
        purpose:
          "Deltagarna skriver idéer och läser och bygger sedan vidare på varandras i några tidsatta omgångar, så att idéer kombineras och förbättras utan att någon behöver ta ordet.",
        whenToUse:
          "När de första idéerna är självklara och du vill att gruppen ska komma längre genom att bygga på varandra.",
        steps: [
          "Alla skriver tre idéer på fem minuter, synliga för alla.",
          "Var och en väljer någon annans idé och skriver en bättre version.",
          "Upprepa i två eller tre omgångar.",
          "Avsluta med att markera de idéer som växte mest.",
        ],
        question: "Hur kan vi förbättra eller kombinera de här idéerna?",
        goodQuestions: [
          "Bjud in till ”ja, och”-tänkande: ”Vad skulle göra idén dubbelt så bra?”",
          "Be folk säga vems idé de bygger på, så att äran följer med.",
        ],
        materials: [],
        pitfalls: [
          "Folk lägger bara till egna nya idéer i stället för att bygga på andras.",
          "För många omgångar: energin sjunker efter den tredje.",
        ],
      },
      nl: {
        name: "Schrijfestafette",
        purpose:
          "Deelnemers schrijven ideeën en lezen en bouwen daarna in een paar getimede rondes voort op die van anderen, zodat ideeën worden gecombineerd en verbeterd zonder dat iemand het woord hoeft te nemen.",
        whenToUse:
          "Als de eerste ideeën voor de hand liggen en je wilt dat de groep verder komt door op elkaar voort te bouwen.",
        steps: [
          "Iedereen schrijft in vijf minuten drie ideeën, voor iedereen zichtbaar.",
          "Ieder kiest het idee van een ander en schrijft er een betere versie van.",
          "Herhaal dit twee of drie rondes.",
          "Sluit af door de ideeën te markeren die het meest gegroeid zijn.",
        ],
        question: "Hoe kunnen we deze ideeën verbeteren of combineren?",
        goodQuestions: [
          "Nodig uit tot ‘ja, en’-denken: ‘Wat maakt dit idee twee keer zo goed?’",
          "Vraag mensen te noemen op wiens idee ze voortbouwen, zodat de eer meereist.",
        ],
        materials: [],
        pitfalls: [
          "Mensen voegen alleen eigen nieuwe ideeën toe in plaats van voort te bouwen.",
          "Te veel rondes: na de derde zakt de energie.",
        ],
      },
    },
  },
  {
    id: "reverse-brainstorm",
    category: "ideas",
    phases: ["discover"],
    groupSize: { min: 3, max: 60 },
    minutes: { min: 15, max: 30 },
    live: live({ contributionKinds: ["idea"], silent: true, reactions: true }, null, 20),
    texts: {
      en: {
        name: "Reverse brainstorm",
        purpose:
          "The group first lists every way to make the problem worse, then turns the most recognisable ones around, which surfaces habits people would not name directly.",
        whenToUse: "When a group is stuck, polite, or keeps producing the same safe answers.",
        steps: [
          "Ask how you could guarantee the worst possible result.",
          "Everyone writes ideas silently; reveal them together.",
          "Ask: which of these do we already do, even a little?",
          "Turn those into ideas for what to stop or do differently.",
        ],
        question: "How could we make sure this goes as badly as possible?",
        goodQuestions: [
          "Make the reverse question vivid and a little playful; laughter opens honesty.",
          "Follow it with a sober question: 'Which of these do you recognise?'",
        ],
        materials: [],
        pitfalls: [
          "Staying in the joke and never turning the ideas around.",
          "Pointing at individuals when people recognise a habit.",
        ],
      },
      nb: {
        name: "Omvendt idémyldring",
        purpose:
          "Gruppen lister først alle måter å gjøre problemet verre på, og snur så de mest gjenkjennelige, noe som får frem vaner folk ikke ville sagt rett ut.",
        whenToUse:
          "Når en gruppe står fast, er høflig eller stadig kommer med de samme trygge svarene.",
        steps: [
          "Spør hvordan dere kunne garantere et dårligst mulig resultat.",
          "Alle skriver ideer i stillhet; vis dem samtidig.",
          "Spør: hvilke av disse gjør vi allerede, om så bare litt?",
          "Gjør dem om til ideer om hva dere bør slutte med eller gjøre annerledes.",
        ],
        question: "Hvordan kan vi sørge for at dette går så dårlig som mulig?",
        goodQuestions: [
          "Gjør det omvendte spørsmålet levende og litt lekent; latter åpner for ærlighet.",
          "Følg opp med et nøkternt spørsmål: «Hvilke av disse kjenner du igjen?»",
        ],
        materials: [],
        pitfalls: [
          "Å bli værende i spøken og aldri snu ideene.",
          "Å peke på enkeltpersoner når folk kjenner igjen en vane.",
        ],
      },
      sv: {
        name: "Omvänd idéstorm",
        purpose:
          "Gruppen listar först alla sätt att göra problemet värre och vänder sedan på de mest igenkännbara, vilket lyfter fram vanor som folk inte skulle nämna rakt ut.",
        whenToUse: "När en grupp har kört fast, är artig eller hela tiden ger samma säkra svar.",
        steps: [
          "Fråga hur ni skulle kunna garantera sämsta möjliga resultat.",
          "Alla skriver idéer i tystnad; visa dem samtidigt.",
          "Fråga: vilka av dessa gör vi redan, om än bara lite?",
          "Gör om dem till idéer om vad ni ska sluta med eller göra annorlunda.",
        ],
        question: "Hur kan vi se till att det här går så dåligt som möjligt?",
        goodQuestions: [
          "Gör den omvända frågan levande och lite lekfull; skratt öppnar för ärlighet.",
          "Följ upp med en saklig fråga: ”Vilka av dessa känner du igen?”",
        ],
        materials: [],
        pitfalls: [
          "Att stanna i skämtet och aldrig vända på idéerna.",
          "Att peka ut enskilda personer när folk känner igen en vana.",
        ],
      },
      nl: {
        name: "Omgekeerde brainstorm",
        purpose:
          "De groep somt eerst alle manieren op om het probleem erger te maken en draait daarna de meest herkenbare om, wat gewoontes bovenhaalt die mensen niet rechtstreeks zouden noemen.",
        whenToUse:
          "Als een groep vastzit, beleefd blijft of steeds dezelfde veilige antwoorden geeft.",
        steps: [
          "Vraag hoe je het slechtst mogelijke resultaat kunt garanderen.",
          "Iedereen schrijft in stilte ideeën op; maak ze tegelijk zichtbaar.",
          "Vraag: welke hiervan doen we nu al, al is het maar een beetje?",
          "Maak daar ideeën van over wat je moet laten of anders moet doen.",
        ],
        question: "Hoe zorgen we ervoor dat dit zo slecht mogelijk afloopt?",
        goodQuestions: [
          "Maak de omgekeerde vraag levendig en een beetje speels; lachen opent voor eerlijkheid.",
          "Volg met een nuchtere vraag: ‘Welke hiervan herken je?’",
        ],
        materials: [],
        pitfalls: [
          "In de grap blijven hangen en de ideeën nooit omdraaien.",
          "Naar personen wijzen als mensen een gewoonte herkennen.",
        ],
      },
    },
  },
  {
    id: "question-storm",
    category: "ideas",
    phases: ["share_facts", "reflect"],
    groupSize: { min: 3, max: 100 },
    minutes: { min: 8, max: 20 },
    live: live({ contributionKinds: ["question"], silent: true, dotVoteBudget: 3 }, null, 10),
    texts: {
      en: {
        name: "Question storm",
        purpose:
          "The group writes only questions, no answers, about a challenge, and then chooses the questions worth working on, so the work starts from the right question.",
        whenToUse:
          "At the start of a complex problem, when people jump to solutions before they understand it.",
        steps: [
          "Present the challenge in a sentence or two.",
          "For eight minutes everyone writes questions only; answers are not allowed.",
          "Reveal the questions and read them together.",
          "Each person places three dots on the questions the group should work on first.",
        ],
        question: "What do we need to ask before we can solve this?",
        goodQuestions: [
          "Encourage open questions that start with why, how or what.",
          "Let people rewrite a closed question as an open one afterwards.",
        ],
        materials: [],
        pitfalls: [
          "Questions that are opinions in disguise: 'Shouldn't we just …?'",
          "Answering questions as they come in, which ends the storm.",
        ],
      },
      nb: {
        name: "Spørsmålsstorm",
        purpose:
          "Gruppen skriver bare spørsmål, ingen svar, om en utfordring, og velger så spørsmålene som er verdt å jobbe med, slik at arbeidet starter fra riktig spørsmål.",
        whenToUse:
          "I starten av et sammensatt problem, når folk hopper til løsninger før de har forstått det.",
        steps: [
          "Presenter utfordringen med en setning eller to.",
          "I åtte minutter skriver alle bare spørsmål; svar er ikke lov.",
          "Vis spørsmålene og les dem sammen.",
          "Hver person setter tre prikker på spørsmålene gruppen bør jobbe med først.",
        ],
        question: "Hva må vi spørre om før vi kan løse dette?",
        goodQuestions: [
          "Oppmuntre til åpne spørsmål som begynner med hvorfor, hvordan eller hva.",
          "La folk skrive om et lukket spørsmål til et åpent etterpå.",
        ],
        materials: [],
        pitfalls: [
          "Spørsmål som er forkledde meninger: «Burde vi ikke bare …?»",
          "Å svare på spørsmålene underveis, noe som stopper stormen.",
        ],
      },
      sv: {
        name: "Frågestorm",
        purpose:
          "Gruppen skriver bara frågor, inga svar, om en utmaning och väljer sedan de frågor som är värda att arbeta med, så att arbetet börjar i rätt fråga.",
        whenToUse:
          "I början av ett komplext problem, när folk hoppar till lösningar innan de har förstått det.",
        steps: [
          "Presentera utmaningen med en eller två meningar.",
          "I åtta minuter skriver alla bara frågor; svar är inte tillåtna.",
          "Visa frågorna och läs dem tillsammans.",
          "Var och en sätter tre prickar på de frågor gruppen ska arbeta med först.",
        ],
        question: "Vad behöver vi fråga innan vi kan lösa det här?",
        goodQuestions: [
          "Uppmuntra öppna frågor som börjar med varför, hur eller vad.",
          "Låt folk skriva om en stängd fråga till en öppen efteråt.",
        ],
        materials: [],
        pitfalls: [
          "Frågor som är förklädda åsikter: ”Borde vi inte bara …?”",
          "Att besvara frågorna efter hand, vilket stoppar stormen.",
        ],
      },
      nl: {
        name: "Vragenstorm",
        purpose:
          "De groep schrijft over een uitdaging alleen vragen, geen antwoorden, en kiest daarna de vragen die het waard zijn, zodat het werk bij de juiste vraag begint.",
        whenToUse:
          "Aan het begin van een complex vraagstuk, als mensen naar oplossingen springen voordat ze het begrijpen.",
        steps: [
          "Leg de uitdaging in een zin of twee uit.",
          "Acht minuten lang schrijft iedereen alleen vragen; antwoorden zijn niet toegestaan.",
          "Maak de vragen zichtbaar en lees ze samen.",
          "Ieder zet drie stippen bij de vragen waar de groep eerst mee aan de slag moet.",
        ],
        question: "Wat moeten we vragen voordat we dit kunnen oplossen?",
        goodQuestions: [
          "Moedig open vragen aan die beginnen met waarom, hoe of wat.",
          "Laat mensen een gesloten vraag achteraf herschrijven tot een open vraag.",
        ],
        materials: [],
        pitfalls: [
          "Vragen die verkapte meningen zijn: ‘Moeten we niet gewoon …?’",
          "Vragen meteen beantwoorden, waardoor de storm stilvalt.",
        ],
      },
    },
  },
];
