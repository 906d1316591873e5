import type { OpinionVote } from "@samspel/core";

/*
 * Strings of the opinion map: the phone's statement card, the console's moderation queue and
 * map, and the wall. One namespace of its own (`opinions` in each main locale file).
 */

const votes: Record<OpinionVote, string> = {
  agree: "Agree",
  disagree: "Disagree",
  pass: "Pass",
};

export const opinionsEn = {
  title: "Opinion map",
  designer: {
    label: "Opinion map",
    off: "Off",
    facilitator: "On: I approve each statement",
    auto: "On: statements go up at once",
  },
  votes,
  phone: {
    cardTitle: "What do you think?",
    progress: "{{voted}} of {{total}} voted",
    allDone: "You have voted on every statement for now. New ones will appear here.",
    none: "No statements yet. Write the first one below.",
    writeTitle: "Write a statement",
    writeHint: "One clear thought that others can agree or disagree with. At most 280 characters.",
    submit: "Submit statement",
    sentPending: "Thank you. The facilitator looks at it before others vote on it.",
    sentApproved: "Thank you. Others can vote on it now.",
    yours: "Your statements",
    status: {
      pending: "Waiting for approval",
      approved: "Open for votes",
      rejected: "Not shown",
    },
    showName: "Show my name on the opinion map",
    showNameHint: "Only you decide this. Without it, your dot has no name.",
  },
  console: {
    queueTitle: "Waiting for approval",
    queueEmpty: "No statements are waiting.",
    approve: "Approve",
    reject: "Reject",
    counts: "{{statements}} statements · {{votes}} votes",
    waiting: "The map appears once at least four people have voted on two statements.",
    updatedFrom: "Computed from {{votes}} votes",
    makeInsight: "Make it an insight",
    draftProposal: "Draft a proposal",
    isInsight: "Now an insight",
    isProposal: "Now a proposal",
  },
  map: {
    label:
      "Opinion map: each dot is a participant, placed by how they voted and coloured by opinion group",
    group: "Group {{name}}",
    people_one: "{{count}} person",
    people_other: "{{count}} people",
  },
  lists: {
    groupsTitle: "What sets each group apart",
    agreed: "{{percent}} % agree",
    disagreed: "{{percent}} % disagree",
    commonTitle: "Common ground",
    commonHint: "Every group agrees.",
    commonEmpty: "No statement has every group's agreement yet.",
    divisiveTitle: "Where groups differ",
    divisiveEmpty: "No statement divides the groups yet.",
    agreeByGroup: "Agreement by group",
  },
};

export type OpinionMessages = typeof opinionsEn;
