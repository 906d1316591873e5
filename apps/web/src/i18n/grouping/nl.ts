import type { GroupingMessages } from "./en";

export const groupingNl: GroupingMessages = {
  title: "Voorgestelde groepen",
  suggest: "Groepen voorstellen",
  suggestAgain: "Opnieuw voorstellen",
  suggesting: "Zoeken naar reflecties die op elkaar lijken…",
  hint: "Groepen reflecties met vergelijkbare woorden. Pas een naam aan, haal eruit wat er niet bij hoort en accepteer of verwerp elke groep.",
  none: "Geen voorstellen: de reflecties die nog over zijn lijken niet genoeg op elkaar.",
  ungrouped_one: "{{count}} reflectie past in geen voorstel en blijft los.",
  ungrouped_other: "{{count}} reflecties passen in geen voorstel en blijven los.",
  name: "Naam van de groep",
  count_one: "{{count}} reflectie",
  count_other: "{{count}} reflecties",
  remove: "Eruit halen",
  removeNamed: "Haal ‘{{text}}’ uit dit voorstel",
  accept: "Accepteren",
  acceptNamed: "Accepteer de groep ‘{{name}}’",
  reject: "Verwerpen",
  rejectNamed: "Verwerp de groep ‘{{name}}’",
  acceptAll: "Alle accepteren",
  accepted: "Groep ‘{{name}}’ is aangemaakt.",
};
