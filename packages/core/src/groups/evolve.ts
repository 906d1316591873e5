import type { AreaEvent, EventHandlers } from "../session/draft.js";

export const groupHandlers: EventHandlers<AreaEvent<"group"> | "contribution.grouped"> = {
  "group.created"(draft, { payload, at }) {
    const { groupId: id, stepId, name } = payload;
    draft.own(draft.state, "groups")[id] = {
      id,
      stepId,
      name,
      createdAt: at,
      contributionIds: [],
      votes: {},
    };
    draft.own(draft.state, "groupOrder").push(id);
  },

  "group.renamed"(draft, { payload }) {
    const groups = draft.own(draft.state, "groups");
    const group = groups[payload.groupId];
    if (group !== undefined) groups[group.id] = { ...group, name: payload.name };
  },

  // Its contributions stay, ungrouped.
  "group.deleted"(draft, { payload }) {
    const groups = draft.own(draft.state, "groups");
    const group = groups[payload.groupId];
    if (group === undefined) return;
    for (const contributionId of group.contributionIds) {
      draft.update("contributions", contributionId, (c) => ({ ...c, groupId: null }));
    }
    delete groups[group.id];
    draft.state.groupOrder = draft.state.groupOrder.filter((id) => id !== group.id);
  },

  "contribution.grouped"(draft, { payload }) {
    const { contributionId, groupId } = payload;
    const groups = draft.own(draft.state, "groups");
    draft.update("contributions", contributionId, (contribution) => {
      const from = contribution.groupId === null ? undefined : groups[contribution.groupId];
      if (from !== undefined) {
        const contributionIds = from.contributionIds.filter((id) => id !== contributionId);
        groups[from.id] = { ...from, contributionIds };
      }
      const to = groupId === null ? undefined : groups[groupId];
      if (to !== undefined) {
        groups[to.id] = { ...to, contributionIds: [...to.contributionIds, contributionId] };
      }
      return { ...contribution, groupId: to === undefined ? null : to.id };
    });
  },
};
