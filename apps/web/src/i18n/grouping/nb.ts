import type { GroupingMessages } from "./en";

export const groupingNb: GroupingMessages = {
  title: "Foreslåtte grupper",
  suggest: "Foreslå grupper",
  suggestAgain: "Foreslå på nytt",
  suggesting: "Leter etter refleksjoner som ligner…",
  hint: "Grupper av refleksjoner som bruker lignende ord. Endre navnet, ta ut det som ikke hører hjemme, og godta eller avvis hver av dem.",
  none: "Ingen forslag: ingen av refleksjonene som gjenstår, ligner nok på hverandre.",
  ungrouped_one: "{{count}} refleksjon passer ikke i noe forslag og blir liggende løst.",
  ungrouped_other: "{{count}} refleksjoner passer ikke i noe forslag og blir liggende løst.",
  name: "Navn på gruppen",
  count_one: "{{count}} refleksjon",
  count_other: "{{count}} refleksjoner",
  remove: "Ta ut",
  removeNamed: "Ta «{{text}}» ut av dette forslaget",
  accept: "Godta",
  acceptNamed: "Godta gruppen «{{name}}»",
  reject: "Avvis",
  rejectNamed: "Avvis gruppen «{{name}}»",
  acceptAll: "Godta alle",
  accepted: "Gruppen «{{name}}» er opprettet.",
};
