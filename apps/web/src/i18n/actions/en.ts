import type { ActionStatus, EffectMetric } from "@samspel/core";

/*
 * Strings of following decisions up: a decision's actions, "My actions", the overdue list, the
 * calendar feed and the results to celebrate. One namespace (`actions` in each main locale file).
 */

const statuses: Record<ActionStatus, string> = {
  open: "Open",
  done: "Done",
  dropped: "Dropped",
};

const metrics: Record<EffectMetric, string> = {
  lead_time_median: "lead time (median)",
  lead_time_p85: "lead time (85th percentile)",
  throughput: "throughput",
};

export const actionsEn = {
  statuses,
  openCount_one: "{{count}} open action",
  openCount_other: "{{count}} open actions",
  nav: "My actions",
  panel: {
    title: "Follow-up of actions",
    intro: "What the decision gave people to do, and how far it has come.",
    none: "This decision has no actions yet.",
    carriedOut: "Every action is carried out.",
    owner: "Owner: {{owner}}",
    linkedTo: "linked to {{name}}",
    due: "Due {{date}}",
    noDue: "No due date",
    overdue: "Overdue",
    reason: "Why dropped: {{reason}}",
    changedBy: "{{status}} by {{name}}, {{date}}",
    addedBy: "Added after the meeting by {{name}}",
    markDone: "Mark as done",
    drop: "Drop…",
    reopen: "Reopen",
    dropReason: "Why is it dropped?",
    dropReasonRequired: "Say why the action is dropped.",
    confirmDrop: "Drop action",
    cancel: "Cancel",
    manage: "Owner and due date",
    ownerMember: "Owner in Samspel",
    notLinked: "Not linked to a member",
    dueDate: "Due date",
    saveManage: "Save",
    saved: "Saved.",
    comments: "Comments ({{count}})",
    noComments: "No comments yet.",
    comment: "Comment",
    commentLabel: "Add a comment",
    addTitle: "Add an action",
    addWhat: "What is to be done",
    addOwner: "Owner (as the group names them)",
    addSubmit: "Add action",
  },
  mine: {
    title: "My actions",
    intro: "The actions from decisions that are linked to you. Open ones first, soonest due first.",
    none: "No actions are linked to you in this organisation.",
    fromDecision: "From: {{title}}",
    decisionEnded:
      "The decision is no longer in effect, so this action is not overdue: mark it as done, or drop it on the decision.",
  },
  overdue: {
    title: "Overdue actions",
    intro: "Open actions past their due date, in decisions still in effect or under review.",
    none: "Nothing is overdue.",
    owner: "Owner: {{owner}}",
  },
  feed: {
    title: "Calendar feed",
    intro:
      "Subscribe in your calendar app to see the due dates of your open actions and the review dates of the decisions you answer for, in all your organisations.",
    active:
      "You have a feed, made {{date}}. For safety its address is shown only when it is made: make a new one if you need it again.",
    none: "You have no calendar feed yet.",
    create: "Make calendar feed",
    regenerate: "Make a new address",
    regenerateHint: "A new address stops the old one from working.",
    revoke: "Revoke feed",
    revoked: "The feed is revoked: its address no longer works.",
    url: "Feed address",
    secret: "Keep this address to yourself: anyone who has it can read these dates.",
    subscribe: "Open in calendar app",
  },
  celebrate: {
    title: "Results to celebrate",
    intro:
      "Decisions whose actions are carried out and whose aimed-for effect, if any, is confirmed.",
    none: "No results to celebrate yet. They appear here when a decision's actions are done.",
    actionsDone_one: "{{count}} action done",
    actionsDone_other: "{{count}} actions done",
    confirmed: "Effect confirmed: {{metric}}",
    decided: "Decided {{date}}",
    metrics,
  },
};

export type ActionMessages = typeof actionsEn;
