/*
 * Strings of grouping suggestions on the console's theme board. One namespace of its own
 * (`grouping` in each main locale file).
 */
export const groupingEn = {
  title: "Suggested groups",
  suggest: "Suggest groups",
  suggestAgain: "Suggest again",
  suggesting: "Looking for similar reflections…",
  hint: "Groups of reflections that use similar words. Edit a name, take out what does not belong, then accept or reject each one.",
  none: "No suggestions: no reflections left to group are alike enough.",
  ungrouped_one: "{{count}} reflection fits no suggestion and stays loose.",
  ungrouped_other: "{{count}} reflections fit no suggestion and stay loose.",
  name: "Name of the group",
  count_one: "{{count}} reflection",
  count_other: "{{count}} reflections",
  remove: "Take out",
  removeNamed: "Take “{{text}}” out of this suggestion",
  accept: "Accept",
  acceptNamed: "Accept the group “{{name}}”",
  reject: "Reject",
  rejectNamed: "Reject the group “{{name}}”",
  acceptAll: "Accept all",
  accepted: "Group “{{name}}” created.",
};

export type GroupingMessages = typeof groupingEn;
