import type { BuiltInMethod } from "../schema.js";
import { live } from "./live.js";

/** Rounds: who speaks when. A round gives every voice a turn; a free round lets energy lead. */
export const ROUND_METHODS: BuiltInMethod[] = [
  {
    id: "speaking-round",
    category: "rounds",
    phases: ["share_facts", "reflect", "discover"],
    groupSize: { min: 3, max: 15 },
    minutes: { min: 10, max: 30 },
    live: live({ contributionKinds: ["reflection"] }, "speaking", 15),
    texts: {
      en: {
        name: "Speaking round",
        purpose:
          "Each person speaks in turn, without interruption, so the group hears every perspective once before anyone responds to any of them.",
        whenToUse:
          "When a few people dominate, when a topic touches everyone, or before a decision where all views must be on the table.",
        steps: [
          "State the question and, if needed, a time per turn.",
          "Start the round; the order is fixed and visible.",
          "The speaker speaks; others listen without replying.",
          "Anyone may pass; close by naming what you heard across the round.",
        ],
        question: "How do you see this, from where you stand?",
        goodQuestions: [
          "Ask for each person's own view or experience, which only they can give.",
          "Avoid yes/no questions: a round of 'yes' tells you little.",
        ],
        materials: [],
        pitfalls: [
          "Responding to each speaker, which turns the round into a debate.",
          "Later speakers repeat earlier ones: ask them to add, not repeat.",
        ],
      },
      nb: {
        name: "Talerunde",
        purpose:
          "Hver person snakker etter tur, uten avbrytelser, slik at gruppen hører alle perspektiver én gang før noen svarer på dem.",
        whenToUse:
          "Når noen få dominerer, når et tema angår alle, eller før en beslutning der alle syn må frem.",
        steps: [
          "Si spørsmålet og eventuelt hvor lang tid hver tur har.",
          "Start runden; rekkefølgen er fast og synlig.",
          "Den som har ordet snakker; de andre lytter uten å svare.",
          "Alle kan stå over; avslutt med å sette ord på det du hørte i runden.",
        ],
        question: "Hvordan ser du dette, fra der du står?",
        goodQuestions: [
          "Spør etter hver persons eget syn eller erfaring, som bare de kan gi.",
          "Unngå ja/nei-spørsmål: en runde med «ja» forteller lite.",
        ],
        materials: [],
        pitfalls: [
          "Å svare på hver taler, slik at runden blir en debatt.",
          "Senere talere gjentar de første: be dem legge til, ikke gjenta.",
        ],
      },
      sv: {
        name: "Talrunda",
        purpose:
          "Var och en talar i tur och ordning, utan avbrott, så att gruppen hör varje perspektiv en gång innan någon svarar på något av dem.",
        whenToUse:
          "När några få dominerar, när ett ämne berör alla, eller inför ett beslut där alla synsätt måste fram.",
        steps: [
          "Säg frågan och vid behov hur lång tid varje tur får.",
          "Starta rundan; ordningen är fast och synlig.",
          "Den som har ordet talar; de andra lyssnar utan att svara.",
          "Den som vill får stå över; avsluta med att sätta ord på det du hörde.",
        ],
        question: "Hur ser du på det här, utifrån där du står?",
        goodQuestions: [
          "Fråga efter varje persons egen syn eller erfarenhet, som bara hen kan ge.",
          "Undvik ja/nej-frågor: en runda med ”ja” säger lite.",
        ],
        materials: [],
        pitfalls: [
          "Att svara på varje talare, så att rundan blir en debatt.",
          "Senare talare upprepar de första: be dem lägga till, inte upprepa.",
        ],
      },
      nl: {
        name: "Spreekronde",
        purpose:
          "Ieder spreekt om de beurt, zonder onderbreking, zodat de groep elk perspectief één keer hoort voordat iemand erop reageert.",
        whenToUse:
          "Als enkelen het gesprek domineren, als een onderwerp iedereen raakt, of voor een besluit waarbij alle standpunten op tafel moeten.",
        steps: [
          "Noem de vraag en zo nodig de tijd per beurt.",
          "Start de ronde; de volgorde ligt vast en is zichtbaar.",
          "Wie het woord heeft, spreekt; de anderen luisteren zonder te reageren.",
          "Wie wil, mag passen; sluit af door te benoemen wat je in de ronde hoorde.",
        ],
        question: "Hoe kijk jij hiernaar, vanuit jouw plek?",
        goodQuestions: [
          "Vraag naar ieders eigen kijk of ervaring, die alleen zij kunnen geven.",
          "Vermijd ja/nee-vragen: een ronde ‘ja’ zegt weinig.",
        ],
        materials: [],
        pitfalls: [
          "Op elke spreker reageren, waardoor de ronde een debat wordt.",
          "Latere sprekers herhalen de eersten: vraag ze aan te vullen, niet te herhalen.",
        ],
      },
    },
  },
  {
    id: "free-round",
    category: "rounds",
    phases: ["share_facts", "reflect", "discover"],
    groupSize: { min: 3, max: 25 },
    minutes: { min: 5, max: 20 },
    live: live({ contributionKinds: ["comment"], reactions: true }, null, 10),
    texts: {
      en: {
        name: "Free round",
        purpose:
          "Whoever is ready speaks next, in no fixed order, which keeps the energy high while still aiming to hear from everyone.",
        whenToUse: "When the group is at ease with each other and a fixed order would feel stiff.",
        steps: [
          "State the question and invite whoever is ready to begin.",
          "People speak when they feel ready; no one speaks twice before everyone has had a chance.",
          "Allow silences; they give slower thinkers their moment.",
          "Ask those who have not spoken whether they want to add something.",
        ],
        question: "What comes to mind first when you think about this?",
        goodQuestions: [
          "Pick questions with a low threshold, so people dare to start.",
          "Invite short contributions: 'one thought each'.",
        ],
        materials: [],
        pitfalls: [
          "The same three people speak first every time.",
          "Filling silences yourself as facilitator.",
        ],
      },
      nb: {
        name: "Fri runde",
        purpose:
          "Den som er klar, snakker neste gang, uten fast rekkefølge, noe som holder energien oppe og likevel sikter mot å høre alle.",
        whenToUse: "Når gruppen er trygg på hverandre og en fast rekkefølge ville føltes stiv.",
        steps: [
          "Si spørsmålet og inviter den som er klar til å begynne.",
          "Folk snakker når de er klare; ingen snakker to ganger før alle har hatt sjansen.",
          "Tål stillhet; den gir de som tenker langsommere sitt øyeblikk.",
          "Spør de som ikke har sagt noe, om de vil legge til noe.",
        ],
        question: "Hva er det første du tenker på når det gjelder dette?",
        goodQuestions: [
          "Velg spørsmål med lav terskel, så folk tør å begynne.",
          "Inviter korte innspill: «én tanke hver».",
        ],
        materials: [],
        pitfalls: [
          "De samme tre snakker først hver gang.",
          "At du som tilrettelegger fyller stillhetene selv.",
        ],
      },
      sv: {
        name: "Fri runda",
        purpose:
          "Den som är redo talar härnäst, utan fast ordning, vilket håller energin uppe och ändå siktar på att höra alla.",
        whenToUse: "När gruppen är trygg med varandra och en fast ordning skulle kännas stel.",
        steps: [
          "Säg frågan och bjud in den som är redo att börja.",
          "Folk talar när de är redo; ingen talar två gånger innan alla har fått chansen.",
          "Tillåt tystnad; den ger dem som tänker långsammare sitt ögonblick.",
          "Fråga dem som inte har sagt något om de vill lägga till något.",
        ],
        question: "Vad är det första du tänker på när det gäller det här?",
        goodQuestions: [
          "Välj frågor med låg tröskel, så att folk vågar börja.",
          "Bjud in korta inlägg: ”en tanke var”.",
        ],
        materials: [],
        pitfalls: [
          "Samma tre personer talar först varje gång.",
          "Att du som facilitator fyller tystnaderna själv.",
        ],
      },
      nl: {
        name: "Vrije ronde",
        purpose:
          "Wie klaar is, spreekt als volgende, zonder vaste volgorde, wat de energie hooghoudt en toch iedereen probeert te horen.",
        whenToUse:
          "Als de groep zich veilig voelt bij elkaar en een vaste volgorde stijf zou aanvoelen.",
        steps: [
          "Noem de vraag en nodig wie klaar is uit om te beginnen.",
          "Mensen spreken als ze er klaar voor zijn; niemand spreekt twee keer voordat iedereen de kans had.",
          "Laat stiltes bestaan; die geven tragere denkers hun moment.",
          "Vraag wie nog niets zei of die iets wil toevoegen.",
        ],
        question: "Wat komt als eerste bij je op als je hieraan denkt?",
        goodQuestions: [
          "Kies vragen met een lage drempel, zodat mensen durven te beginnen.",
          "Nodig uit tot korte bijdragen: ‘één gedachte per persoon’.",
        ],
        materials: [],
        pitfalls: [
          "Steeds beginnen dezelfde drie mensen.",
          "Als facilitator zelf de stiltes opvullen.",
        ],
      },
    },
  },
  {
    id: "timed-turns",
    category: "rounds",
    phases: ["share_facts", "reflect"],
    groupSize: { min: 3, max: 30 },
    minutes: { min: 10, max: 45 },
    live: live({ contributionKinds: ["fact", "reflection"] }, "speaking", 20),
    texts: {
      en: {
        name: "Timed turns",
        purpose:
          "Each person gets the same, timed share of speaking time, which makes airtime visibly fair and keeps a large round within its timebox.",
        whenToUse:
          "With larger groups, tight agendas, or where some voices tend to take much more time than others.",
        steps: [
          "Agree the time per turn, for example one or two minutes.",
          "Start the round with that turn length; the timer is visible to all.",
          "When the time is up the turn passes, finished or not.",
          "Collect what people did not get to say as written contributions.",
        ],
        question: "What is the most important thing you want the group to know?",
        goodQuestions: [
          "Ask for 'the most important' thing, which helps people choose within their time.",
          "Announce the question before the round, so people can prepare.",
        ],
        materials: ["A timer everyone can see"],
        pitfalls: [
          "Letting some speakers run over: it undoes the fairness.",
          "Turns so short that people only manage to introduce their point.",
        ],
      },
      nb: {
        name: "Taletid på klokka",
        purpose:
          "Hver person får like mye taletid, med klokke, noe som gjør fordelingen synlig rettferdig og holder en stor runde innenfor tiden.",
        whenToUse:
          "Med større grupper, stram agenda, eller der noen pleier å ta mye mer tid enn andre.",
        steps: [
          "Avtal tid per tur, for eksempel ett eller to minutter.",
          "Start runden med den turlengden; klokken er synlig for alle.",
          "Når tiden er ute, går ordet videre, ferdig eller ikke.",
          "Samle det folk ikke rakk å si, som skriftlige innspill.",
        ],
        question: "Hva er det viktigste du vil at gruppen skal vite?",
        goodQuestions: [
          "Spør etter «det viktigste», som hjelper folk å velge innenfor tiden.",
          "Si spørsmålet før runden, slik at folk kan forberede seg.",
        ],
        materials: ["En klokke alle kan se"],
        pitfalls: [
          "Å la noen gå over tiden: det opphever rettferdigheten.",
          "Så korte turer at folk bare rekker å innlede.",
        ],
      },
      sv: {
        name: "Tidsatta turer",
        purpose:
          "Var och en får lika lång taltid, med klocka, vilket gör fördelningen synligt rättvis och håller en stor runda inom tidsramen.",
        whenToUse:
          "Med större grupper, tajt dagordning, eller där vissa brukar ta mycket mer tid än andra.",
        steps: [
          "Kom överens om tid per tur, till exempel en eller två minuter.",
          "Starta rundan med den turlängden; klockan syns för alla.",
          "När tiden är slut går ordet vidare, färdig eller inte.",
          "Samla det folk inte hann säga som skriftliga bidrag.",
        ],
        question: "Vad är det viktigaste du vill att gruppen ska veta?",
        goodQuestions: [
          "Fråga efter ”det viktigaste”, vilket hjälper folk att välja inom tiden.",
          "Säg frågan före rundan, så att folk kan förbereda sig.",
        ],
        materials: ["En klocka alla kan se"],
        pitfalls: [
          "Att låta vissa dra över tiden: det tar bort rättvisan.",
          "Så korta turer att folk bara hinner inleda.",
        ],
      },
      nl: {
        name: "Getimede beurten",
        purpose:
          "Ieder krijgt evenveel spreektijd, met een klok, wat de verdeling zichtbaar eerlijk maakt en een grote ronde binnen de tijd houdt.",
        whenToUse:
          "Bij grotere groepen, een krappe agenda, of waar sommigen veel meer tijd nemen dan anderen.",
        steps: [
          "Spreek een tijd per beurt af, bijvoorbeeld één of twee minuten.",
          "Start de ronde met die beurtlengte; de klok is voor iedereen zichtbaar.",
          "Is de tijd om, dan gaat het woord door, klaar of niet.",
          "Verzamel wat mensen niet konden zeggen als schriftelijke bijdragen.",
        ],
        question: "Wat is het belangrijkste dat je wilt dat de groep weet?",
        goodQuestions: [
          "Vraag naar ‘het belangrijkste’; dat helpt mensen kiezen binnen hun tijd.",
          "Maak de vraag vóór de ronde bekend, zodat mensen zich kunnen voorbereiden.",
        ],
        materials: ["Een klok die iedereen kan zien"],
        pitfalls: [
          "Sommigen laten uitlopen: dat maakt de eerlijkheid ongedaan.",
          "Zo korte beurten dat mensen alleen hun inleiding kwijt kunnen.",
        ],
      },
    },
  },
  {
    id: "listening-pairs",
    category: "rounds",
    phases: ["reflect"],
    groupSize: { min: 2, max: 200 },
    minutes: { min: 8, max: 20 },
    live: live({ contributionKinds: ["reflection"], silent: true }, null, 10),
    texts: {
      en: {
        name: "Listening pairs",
        purpose:
          "In pairs, one person talks and the other only listens, then they swap, so each person thinks aloud with full attention before the group talks.",
        whenToUse:
          "Before a group discussion on something personal or complex, or when the group is too large for everyone to speak.",
        steps: [
          "Form pairs; decide who talks first.",
          "The first person talks for three minutes; the listener does not interrupt or advise.",
          "Swap roles for another three minutes.",
          "Each person writes down one thought they want to bring to the group.",
        ],
        question: "What is your own experience with this?",
        goodQuestions: [
          "Ask for experience and feelings, which gain most from being listened to.",
          "Make it safe: people share only what they want the group to hear later.",
        ],
        materials: ["A timer"],
        pitfalls: [
          "Listeners start to give advice or tell their own story.",
          "Asking pairs to report what the other said: that breaks trust.",
        ],
      },
      nb: {
        name: "Lyttepar",
        purpose:
          "To og to: én snakker og den andre bare lytter, så bytter de, slik at alle får tenke høyt med full oppmerksomhet før gruppen snakker sammen.",
        whenToUse:
          "Før en gruppesamtale om noe personlig eller sammensatt, eller når gruppen er for stor til at alle kan snakke.",
        steps: [
          "Dann par; avgjør hvem som snakker først.",
          "Den første snakker i tre minutter; lytteren avbryter ikke og gir ikke råd.",
          "Bytt roller i nye tre minutter.",
          "Hver skriver ned én tanke de vil ta med til gruppen.",
        ],
        question: "Hva er din egen erfaring med dette?",
        goodQuestions: [
          "Spør etter erfaringer og følelser, som har mest igjen for å bli lyttet til.",
          "Gjør det trygt: folk deler bare det de vil at gruppen skal høre senere.",
        ],
        materials: ["En klokke"],
        pitfalls: [
          "Lytterne begynner å gi råd eller fortelle sin egen historie.",
          "Å be parene gjengi hva den andre sa: det bryter tilliten.",
        ],
      },
      sv: {
        name: "Lyssnande par",
        purpose:
          "Två och två: den ena talar och den andra bara lyssnar, sedan byter de, så att var och en får tänka högt med full uppmärksamhet innan gruppen samtalar.",
        whenToUse:
          "Före ett gruppsamtal om något personligt eller komplext, eller när gruppen är för stor för att alla ska kunna tala.",
        steps: [
          "Bilda par; bestäm vem som talar först.",
          "Den första talar i tre minuter; lyssnaren avbryter inte och ger inga råd.",
          "Byt roller i ytterligare tre minuter.",
          "Var och en skriver ner en tanke hen vill ta med till gruppen.",
        ],
        question: "Vad är din egen erfarenhet av det här?",
        goodQuestions: [
          "Fråga efter erfarenheter och känslor, som vinner mest på att bli lyssnade på.",
          "Gör det tryggt: folk delar bara det de vill att gruppen ska höra senare.",
        ],
        materials: ["En klocka"],
        pitfalls: [
          "Lyssnarna börjar ge råd eller berätta sin egen historia.",
          "Att be paren återge vad den andra sa: det bryter förtroendet.",
        ],
      },
      nl: {
        name: "Luisterduo’s",
        purpose:
          "In tweetallen praat de een en luistert de ander alleen, daarna wisselen ze, zodat ieder hardop kan denken met volle aandacht voordat de groep praat.",
        whenToUse:
          "Voor een groepsgesprek over iets persoonlijks of complex, of als de groep te groot is om iedereen te laten spreken.",
        steps: [
          "Vorm tweetallen; spreek af wie eerst praat.",
          "De eerste praat drie minuten; de luisteraar onderbreekt niet en geeft geen advies.",
          "Wissel van rol voor nog eens drie minuten.",
          "Ieder schrijft één gedachte op die hij of zij in de groep wil inbrengen.",
        ],
        question: "Wat is je eigen ervaring hiermee?",
        goodQuestions: [
          "Vraag naar ervaringen en gevoelens; die winnen het meest bij echt luisteren.",
          "Maak het veilig: mensen delen alleen wat ze later in de groep willen laten horen.",
        ],
        materials: ["Een timer"],
        pitfalls: [
          "Luisteraars gaan adviseren of hun eigen verhaal vertellen.",
          "Duo’s laten navertellen wat de ander zei: dat schaadt het vertrouwen.",
        ],
      },
    },
  },
  {
    id: "building-round",
    category: "rounds",
    phases: ["discover", "decide"],
    groupSize: { min: 3, max: 15 },
    minutes: { min: 10, max: 25 },
    live: live({ contributionKinds: ["insight"] }, "speaking", 15),
    texts: {
      en: {
        name: "Building round",
        purpose:
          "A second round in which each speaker starts from something another person said and adds to it, so the group's thinking converges instead of lining up positions.",
        whenToUse:
          "After a first round, when views are known and you want the group to move towards shared insight.",
        steps: [
          "Remind the group of what the first round brought up.",
          "Start a round; each speaker names whose point they build on.",
          "They add what it made them see, not what they already thought.",
          "Write the insights that emerge as contributions.",
        ],
        question: "What did you hear from someone else that moved your thinking?",
        goodQuestions: [
          "Ask what changed, not what stayed the same: 'What do you see now that you did not before?'",
          "Invite people to strengthen a view they did not hold at the start.",
        ],
        materials: [],
        pitfalls: [
          "People name someone else's point and then repeat their own.",
          "Running it before the first round has really finished.",
        ],
      },
      nb: {
        name: "Byggerunde",
        purpose:
          "En andre runde der hver taler starter fra noe en annen sa og bygger videre på det, slik at gruppens tenkning samles i stedet for at standpunkter stilles opp mot hverandre.",
        whenToUse:
          "Etter en første runde, når synene er kjent og du vil at gruppen skal bevege seg mot felles innsikt.",
        steps: [
          "Minn gruppen på hva den første runden fikk frem.",
          "Start en runde; hver taler sier hvem sitt poeng de bygger på.",
          "De legger til hva det fikk dem til å se, ikke hva de allerede mente.",
          "Skriv innsiktene som dukker opp som innspill.",
        ],
        question: "Hva hørte du fra noen andre som flyttet tenkningen din?",
        goodQuestions: [
          "Spør hva som endret seg, ikke hva som sto fast: «Hva ser du nå som du ikke så før?»",
          "Inviter folk til å styrke et syn de ikke hadde i starten.",
        ],
        materials: [],
        pitfalls: [
          "Folk nevner noen andres poeng og gjentar så sitt eget.",
          "Å kjøre den før den første runden virkelig er ferdig.",
        ],
      },
      sv: {
        name: "Byggrunda",
        purpose:
          "En andra runda där varje talare utgår från något en annan sa och bygger vidare på det, så att gruppens tänkande samlas i stället för att ståndpunkter ställs mot varandra.",
        whenToUse:
          "Efter en första runda, när synsätten är kända och du vill att gruppen ska röra sig mot gemensam insikt.",
        steps: [
          "Påminn gruppen om vad den första rundan lyfte fram.",
          "Starta en runda; varje talare säger vems poäng hen bygger på.",
          "Hen lägger till vad det fick hen att se, inte vad hen redan tyckte.",
          "Skriv insikterna som växer fram som bidrag.",
        ],
        question: "Vad hörde du från någon annan som flyttade ditt tänkande?",
        goodQuestions: [
          "Fråga vad som förändrades, inte vad som stod fast: ”Vad ser du nu som du inte såg förut?”",
          "Bjud in folk att stärka en syn de inte hade från början.",
        ],
        materials: [],
        pitfalls: [
          "Folk nämner någon annans poäng och upprepar sedan sin egen.",
          "Att köra den innan den första rundan verkligen är klar.",
        ],
      },
      nl: {
        name: "Bouwronde",
        purpose:
          "Een tweede ronde waarin elke spreker vertrekt vanuit iets wat een ander zei en daarop voortbouwt, zodat het denken van de groep samenkomt in plaats van dat standpunten tegenover elkaar komen te staan.",
        whenToUse:
          "Na een eerste ronde, als de standpunten bekend zijn en je de groep naar gedeeld inzicht wilt brengen.",
        steps: [
          "Herinner de groep aan wat de eerste ronde opleverde.",
          "Start een ronde; elke spreker noemt op wiens punt hij of zij voortbouwt.",
          "Die voegt toe wat het hem of haar deed zien, niet wat hij of zij al vond.",
          "Schrijf de inzichten die ontstaan op als bijdragen.",
        ],
        question: "Wat hoorde je van een ander dat je denken in beweging zette?",
        goodQuestions: [
          "Vraag wat er veranderde, niet wat bleef: ‘Wat zie je nu dat je eerst niet zag?’",
          "Nodig mensen uit een standpunt te versterken dat ze aan het begin niet hadden.",
        ],
        materials: [],
        pitfalls: [
          "Mensen noemen andermans punt en herhalen dan hun eigen.",
          "Hem starten voordat de eerste ronde echt af is.",
        ],
      },
    },
  },
];
