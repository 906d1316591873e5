import type { OpinionMessages } from "./en";

export const opinionsNl: OpinionMessages = {
  title: "Meningenkaart",
  designer: {
    label: "Meningenkaart",
    off: "Uit",
    facilitator: "Aan: ik keur elke stelling goed",
    auto: "Aan: stellingen verschijnen meteen",
  },
  votes: {
    agree: "Eens",
    disagree: "Oneens",
    pass: "Sla over",
  },
  phone: {
    cardTitle: "Wat vind jij?",
    progress: "{{voted}} van {{total}} gestemd",
    allDone: "Je hebt voorlopig over alle stellingen gestemd. Nieuwe verschijnen hier.",
    none: "Nog geen stellingen. Schrijf hieronder de eerste.",
    writeTitle: "Schrijf een stelling",
    writeHint:
      "Eén heldere gedachte waarmee anderen het eens of oneens kunnen zijn. Hoogstens 280 tekens.",
    submit: "Stelling versturen",
    sentPending: "Dank je. De facilitator bekijkt hem voordat anderen erover stemmen.",
    sentApproved: "Dank je. Anderen kunnen er nu over stemmen.",
    yours: "Jouw stellingen",
    status: {
      pending: "Wacht op goedkeuring",
      approved: "Open voor stemmen",
      rejected: "Niet getoond",
    },
    showName: "Toon mijn naam op de meningenkaart",
    showNameHint: "Alleen jij beslist dit. Zonder dit heeft jouw stip geen naam.",
  },
  console: {
    queueTitle: "Wacht op goedkeuring",
    queueEmpty: "Er wachten geen stellingen.",
    approve: "Goedkeuren",
    reject: "Afwijzen",
    counts: "{{statements}} stellingen · {{votes}} stemmen",
    waiting: "De kaart verschijnt zodra minstens vier mensen over twee stellingen hebben gestemd.",
    updatedFrom: "Berekend uit {{votes}} stemmen",
    makeInsight: "Maak er een inzicht van",
    draftProposal: "Maak een voorstel",
    isInsight: "Nu een inzicht",
    isProposal: "Nu een voorstel",
  },
  map: {
    label:
      "Meningenkaart: elke stip is een deelnemer, geplaatst naar hoe die stemde en gekleurd naar meningsgroep",
    group: "Groep {{name}}",
    people_one: "{{count}} persoon",
    people_other: "{{count}} personen",
  },
  lists: {
    groupsTitle: "Wat elke groep onderscheidt",
    agreed: "{{percent}} % eens",
    disagreed: "{{percent}} % oneens",
    commonTitle: "Gemeenschappelijke grond",
    commonHint: "Alle groepen zijn het eens.",
    commonEmpty: "Nog geen stelling heeft de steun van elke groep.",
    divisiveTitle: "Waar groepen verschillen",
    divisiveEmpty: "Nog geen stelling verdeelt de groepen.",
    agreeByGroup: "Instemming per groep",
  },
};
