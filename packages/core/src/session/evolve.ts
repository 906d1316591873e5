import { proposalHandlers } from "../consent/evolve.js";
import { contributionHandlers } from "../contributions/evolve.js";
import { groupHandlers } from "../groups/evolve.js";
import { handHandlers } from "../hands/evolve.js";
import { opinionHandlers } from "../opinions/evolve.js";
import { participantHandlers } from "../participants/evolve.js";
import { reactionHandlers } from "../reactions/evolve.js";
import { roundHandlers } from "../rounds/evolve.js";
import { stepHandlers } from "../steps/evolve.js";
import { timerHandlers } from "../timers/evolve.js";
import { voteHandlers } from "../votes/evolve.js";
import { Draft, type EventHandlers } from "./draft.js";
import type { EventType, SessionEvent } from "./events.js";
import { lifecycleHandlers } from "./lifecycle-evolve.js";
import type { SessionState } from "./state.js";

const HANDLERS: EventHandlers<EventType> = {
  ...lifecycleHandlers,
  ...stepHandlers,
  ...participantHandlers,
  ...contributionHandlers,
  ...reactionHandlers,
  ...groupHandlers,
  ...voteHandlers,
  ...roundHandlers,
  ...handHandlers,
  ...timerHandlers,
  ...proposalHandlers,
  ...opinionHandlers,
};

type Handler = (draft: Draft, event: SessionEvent) => void;

/**
 * The state after one event. Pure and total: it reads no clock (times come from `event.at`),
 * never throws, and ignores an event that names something the state does not hold (a view
 * that may not see it) or a type it does not know (a newer server).
 */
export function evolve(state: SessionState, event: SessionEvent): SessionState {
  return evolveAll(state, [event]);
}

/**
 * The state after a batch of events, in order: a replay, a catch-up, or one `events` message.
 * Equal to folding `evolve` over them, but each map is copied once per batch instead of once
 * per event, so replaying a long log costs time in proportion to its length.
 */
export function evolveAll(state: SessionState, events: readonly SessionEvent[]): SessionState {
  if (events.length === 0) return state;
  const draft = new Draft(state);
  for (const event of events) {
    const handler = HANDLERS[event.type] as Handler | undefined;
    handler?.(draft, event);
  }
  return draft.state;
}
