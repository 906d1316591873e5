import type { ActingActor } from "../session/actor.js";
import {
  type AreaCommand,
  accept,
  type CommandRules,
  type Refusal,
  reject,
} from "../session/decision.js";
import { eventDraft } from "../session/events.js";
import { invisibility, requireCurrentStep } from "../session/guards.js";
import { getById } from "../session/id-map.js";
import type { Group, SessionState, Step } from "../session/state.js";

/**
 * Who may group: a step's `grouping` setting opens it to facilitators only or to everyone.
 * When open to everyone, anyone may create, rename and fill any group of the current step, as
 * with sticky notes on a wall. Two things stay with facilitators: deleting a group that holds
 * contributions (one person must not erase a cluster others built), and nobody deletes a group
 * that has votes (the vote is part of the record).
 */
export const groupRules: CommandRules<AreaCommand<"group">> = {
  "group.create": {
    when: "running",
    decide(state, { payload }, actor, ctx) {
      const step = groupingStep(state, actor);
      if ("ok" in step) return step;
      const groupId = ctx.newId();
      const contributionIds = [...new Set(payload.contributionIds ?? [])];
      for (const contributionId of contributionIds) {
        const refusal = moveRefusal(state, step, contributionId, null);
        if (refusal) return refusal;
      }
      return accept(
        eventDraft("group.created", { groupId, stepId: step.id, name: payload.name }),
        ...contributionIds.map((contributionId) =>
          eventDraft("contribution.grouped", { contributionId, groupId }),
        ),
      );
    },
  },

  "group.rename": {
    when: "running",
    decide(state, { payload }, actor) {
      const group = groupOfCurrentStep(state, actor, payload.groupId);
      if ("ok" in group) return group;
      if (group.name === payload.name) return accept();
      return accept(eventDraft("group.renamed", payload));
    },
  },

  "group.delete": {
    when: "running",
    decide(state, { payload }, actor) {
      const group = groupOfCurrentStep(state, actor, payload.groupId);
      if ("ok" in group) return group;
      if (Object.values(group.votes).some((dots) => dots > 0)) return reject("group_has_votes");
      if (actor.kind !== "facilitator" && group.contributionIds.length > 0) {
        return reject("group_not_empty");
      }
      return accept(eventDraft("group.deleted", payload));
    },
  },

  "group.move_contribution": {
    when: "running",
    decide(state, { payload }, actor) {
      const step = groupingStep(state, actor);
      if ("ok" in step) return step;
      const hidden = invisibility(state, payload.contributionId);
      if (hidden) return reject(hidden);
      const from = getById(state.contributions, payload.contributionId)?.groupId ?? null;
      if (from === payload.groupId) return accept();
      const refusal = moveRefusal(state, step, payload.contributionId, payload.groupId);
      if (refusal) return refusal;
      return accept(eventDraft("contribution.grouped", payload));
    },
  },
};

function groupingStep(state: SessionState, actor: ActingActor): Step | Refusal {
  const step = requireCurrentStep(state);
  if ("ok" in step) return step;
  const mode = step.settings.grouping;
  if (mode === "off" || (mode === "facilitator" && actor.kind !== "facilitator")) {
    return reject("grouping_off");
  }
  return step;
}

/**
 * Why a contribution may not move into `to` (an existing group, or null for out of every group
 * or into a group being made now): hidden, or leaving or entering a group of another step.
 */
function moveRefusal(
  state: SessionState,
  step: Step,
  contributionId: string,
  to: string | null,
): Refusal | undefined {
  const hidden = invisibility(state, contributionId);
  if (hidden) return reject(hidden);
  const from = getById(state.contributions, contributionId)?.groupId ?? null;
  for (const groupId of [from, to]) {
    if (groupId === null) continue;
    const group = state.groups[groupId];
    if (group === undefined) return reject("unknown_group");
    if (group.stepId !== step.id) return reject("phase_closed");
  }
  return undefined;
}

/** A group may change only during the step it was made in. */
function groupOfCurrentStep(
  state: SessionState,
  actor: ActingActor,
  groupId: string,
): Group | Refusal {
  const step = groupingStep(state, actor);
  if ("ok" in step) return step;
  const group = state.groups[groupId];
  if (group === undefined) return reject("unknown_group");
  if (group.stepId !== step.id) return reject("phase_closed");
  return group;
}
