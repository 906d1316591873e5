import { redactProposalRounds } from "../consent/redact.js";
import { disclosureOf } from "../contributions/disclosure.js";
import { newContribution } from "../contributions/evolve.js";
import { redactContribution } from "../contributions/redact.js";
import type { Disclosure } from "../contributions/schema.js";
import { opinionRedactions, ownOpinionVotes, redactStatements } from "../opinions/redact.js";
import type { StepDefinition } from "../steps/schema.js";
import type { Viewer } from "./actor.js";
import type { EventOf, EventType, SessionEvent } from "./events.js";
import { getById, type IdMap, mapIdMap } from "./id-map.js";
import type { SessionState } from "./state.js";
import { seesIdentities, selfOf } from "./viewer.js";

/*
 * What a viewer may see. The browser's state is `evolve` over redacted events starting from a
 * redacted snapshot, so for every event e:
 *
 *   redactState(evolve(s, e), v)  deep-equals  evolve(redactState(s, v), redactEvent(e, v, evolve(s, e)))
 *
 * (tested over random sessions in redact.test.ts). Rules:
 * - Identities: where the anonymity mode hides them (see viewer.ts), contributions, votes,
 *   reactions and grouping carry no participant id at all — not in the author, the voter, the
 *   reactor, the event's actor, nor its commandId (client-chosen, so possibly telling). The
 *   participant list, rounds and the hand queue stay named: they are spoken aloud in the room.
 *   A personalised view keeps the viewer's own id, so they know what is theirs.
 * - Content: see redactContribution. Events that change what a viewer may read (a reveal, a
 *   hide, an unhide) carry `disclosures` for that viewer.
 * - Facilitators' step notes reach facilitators only.
 * - Opinion statements and votes: see opinions/redact.ts.
 */

export function redactState(state: SessionState, viewer: Viewer): SessionState {
  const facilitator = viewer.class === "facilitator";
  const sees = seesIdentities(viewer, state.anonymity);
  // Opinion votes are a secret ballot for every viewer (opinions/redact.ts).
  const opinionVotes = ownOpinionVotes(state.opinionVotes, selfOf(viewer));
  if (facilitator && sees) return { ...state, opinionVotes };
  return {
    ...state,
    steps: facilitator ? state.steps : withoutNotes(state.steps),
    contributions: mapIdMap(state.contributions, (c) => redactContribution(c, viewer, state)),
    dots: sees ? state.dots : ownDots(state.dots, selfOf(viewer)),
    proposalRounds: sees
      ? state.proposalRounds
      : redactProposalRounds(state.proposalRounds, viewer),
    statements: redactStatements(state.statements, viewer, state),
    opinionVotes,
  };
}

/**
 * `event` as `viewer` may see it. `stateAfter` is the state right after the event (after the
 * command's last event serves as well); a later state is tolerated for catching up: the views
 * it gives may run ahead, never leak, and end where the full log ends.
 */
export function redactEvent(
  event: SessionEvent,
  viewer: Viewer,
  stateAfter: SessionState,
): SessionEvent {
  const anonymised = anonymise(event, viewer, stateAfter);
  const redact = CONTENT[anonymised.type] as ContentRedaction | undefined;
  return redact ? redact(anonymised, viewer, stateAfter) : anonymised;
}

/** Events where a participant's identity is private to the anonymity mode. */
const PRIVATE_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  "contribution.added",
  "contribution.edited",
  "contribution.withdrawn",
  "reaction.added",
  "reaction.removed",
  "vote.recorded",
  "vote.retracted",
  "group.created",
  "group.renamed",
  "group.deleted",
  "contribution.grouped",
  "proposal.responded",
  "proposal.objection_tested",
  "opinion.submitted",
]);

function anonymise(event: SessionEvent, viewer: Viewer, state: SessionState): SessionEvent {
  const self = selfOf(viewer);
  const hide =
    PRIVATE_EVENTS.has(event.type) &&
    event.actor.kind === "participant" &&
    event.actor.id !== self &&
    !seesIdentities(viewer, state.anonymity);
  if (!hide) return event;
  const { commandId: _commandId, actor: _actor, ...rest } = event;
  const anonymous = { ...rest, actor: { kind: "participant" as const } };
  // Reactions, votes and proposal answers also name the participant in their payload, where
  // the schema makes `participantId` optional for exactly this.
  if (!("participantId" in anonymous.payload)) return anonymous;
  const { participantId: _participantId, ...payload } = anonymous.payload;
  return { ...anonymous, payload } as SessionEvent;
}

type ContentRedaction = (event: SessionEvent, viewer: Viewer, state: SessionState) => SessionEvent;
type ContentRedactions = {
  [T in EventType]?: (event: EventOf<T>, viewer: Viewer, state: SessionState) => SessionEvent;
};

const CONTENT: ContentRedactions = {
  "session.created": (event, viewer) =>
    viewer.class === "facilitator"
      ? event
      : { ...event, payload: { ...event.payload, steps: event.payload.steps.map(withoutNote) } },

  "step.added": (event, viewer) => stepWithoutNote(event, viewer),
  "step.updated": (event, viewer) => stepWithoutNote(event, viewer),

  "contribution.added"(event, viewer, state) {
    const view = redactContribution(newContribution(event), viewer, state);
    const { id, moderation: _moderation, ...visible } = disclosureOf(view);
    const { stepId, kind, replyTo } = view;
    return { ...event, payload: { contributionId: id, stepId, kind, replyTo, ...visible } };
  },

  "contribution.edited"(event, viewer, state) {
    const current = getById(state.contributions, event.payload.contributionId);
    const edited = current && { ...current, text: event.payload.text };
    if (edited && redactContribution(edited, viewer, state).text !== undefined) return event;
    return { ...event, payload: { contributionId: event.payload.contributionId } };
  },

  "contribution.hidden"(event, viewer, state) {
    if (viewer.class === "facilitator") return event;
    const disclosures = disclose(state, viewer, [event.payload.contributionId]);
    const seesReason = disclosures[0]?.moderation?.reason !== undefined;
    const { reason, ...payload } = event.payload;
    return { ...event, payload: { ...payload, ...(seesReason && { reason }), disclosures } };
  },

  "contribution.unhidden": (event, viewer, state) =>
    disclosing(event, viewer, state, [event.payload.contributionId]),

  ...opinionRedactions,

  "step.revealed": (event, viewer, state) =>
    disclosing(event, viewer, state, state.contributionOrder[event.payload.stepId] ?? []),
};

/** Facilitators read every text all along; anyone else is told what they may now read. */
function disclosing<E extends EventOf<"contribution.unhidden" | "step.revealed">>(
  event: E,
  viewer: Viewer,
  state: SessionState,
  ids: readonly string[],
): E {
  if (viewer.class === "facilitator") return event;
  return { ...event, payload: { ...event.payload, disclosures: disclose(state, viewer, ids) } };
}

function disclose(state: SessionState, viewer: Viewer, ids: readonly string[]): Disclosure[] {
  return ids.flatMap((id) => {
    const contribution = getById(state.contributions, id);
    return contribution ? [disclosureOf(redactContribution(contribution, viewer, state))] : [];
  });
}

function withoutNote(step: StepDefinition): StepDefinition {
  return step.notes === null ? step : { ...step, notes: null };
}

function withoutNotes<S extends StepDefinition>(steps: Record<string, S>): Record<string, S> {
  return Object.fromEntries(
    Object.entries(steps).map(([id, step]) => [id, { ...step, notes: null }]),
  );
}

function stepWithoutNote<E extends EventOf<"step.added" | "step.updated">>(
  event: E,
  viewer: Viewer,
): E {
  if (viewer.class === "facilitator") return event;
  return { ...event, payload: { ...event.payload, step: withoutNote(event.payload.step) } };
}

/** Each step's dots of the viewer alone; steps where they placed none are left out. */
function ownDots(dots: SessionState["dots"], self: string | undefined): SessionState["dots"] {
  const own: SessionState["dots"] = {};
  if (self === undefined) return own;
  for (const [stepId, byParticipant] of Object.entries(dots)) {
    const mine = getById(byParticipant, self);
    if (mine !== undefined) own[stepId] = onlyEntry(byParticipant, self, mine);
  }
  return own;
}

function onlyEntry<T>(map: IdMap<T>, id: string, value: T): IdMap<T> {
  return map.map((bucket) => (Object.hasOwn(bucket, id) ? { [id]: value } : {}));
}
