import type { GroupingMessages } from "./en";

export const groupingSv: GroupingMessages = {
  title: "Föreslagna grupper",
  suggest: "Föreslå grupper",
  suggestAgain: "Föreslå igen",
  suggesting: "Letar efter reflektioner som liknar varandra…",
  hint: "Grupper av reflektioner som använder liknande ord. Ändra namnet, ta bort det som inte hör hemma och godkänn eller avvisa var och en.",
  none: "Inga förslag: inga av de reflektioner som återstår liknar varandra tillräckligt.",
  ungrouped_one: "{{count}} reflektion passar inte i något förslag och ligger kvar löst.",
  ungrouped_other: "{{count}} reflektioner passar inte i något förslag och ligger kvar löst.",
  name: "Gruppens namn",
  count_one: "{{count}} reflektion",
  count_other: "{{count}} reflektioner",
  remove: "Ta bort",
  removeNamed: "Ta bort ”{{text}}” ur det här förslaget",
  accept: "Godkänn",
  acceptNamed: "Godkänn gruppen ”{{name}}”",
  reject: "Avvisa",
  rejectNamed: "Avvisa gruppen ”{{name}}”",
  acceptAll: "Godkänn alla",
  accepted: "Gruppen ”{{name}}” har skapats.",
};
