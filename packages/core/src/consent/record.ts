import { z } from "zod";
import { localeSchema } from "../accounts/schemas.js";
import { factSourceSchema } from "../contributions/schema.js";
import type { ActorRef } from "../session/actor.js";
import { getById } from "../session/id-map.js";
import { redactState } from "../session/redact.js";
import { ANONYMITY_MODES } from "../session/schema.js";
import type { SessionState } from "../session/state.js";
import { agreedByAll } from "./common-ground.js";
import { decisionEffectSchema } from "./effect.js";
import {
  decisionActionSchema,
  decisionRuleSchema,
  OBJECTION_OUTCOMES,
  POLL_VOTES,
  POSITIONS,
  PROPOSAL_ROUND_KINDS,
} from "./schema.js";
import { concernsOf, pollTally } from "./selectors.js";

/*
 * The decision record: everything a decision rests on, written once when it is taken (or
 * postponed) and read by the organisation's members long after the session. Who said what is
 * shown as the session promised: names only in a named session.
 */

const nameSchema = z.string().nullable();
const objectionTestSchema = z.strictObject({
  outcome: z.enum(OBJECTION_OUTCOMES),
  rationale: z.string().nullable(),
  at: z.string(),
});

export const decisionRecordSchema = z.strictObject({
  decisionId: z.string(),
  sessionId: z.string(),
  organisationId: z.string(),
  proposalId: z.string(),
  outcome: z.enum(["decided", "postponed"]),
  at: z.string(),
  title: z.string(),
  question: z.string(),
  language: localeSchema,
  anonymity: z.enum(ANONYMITY_MODES),
  rule: decisionRuleSchema,
  /** The wording decided on (or the last one, when postponed). */
  text: z.string(),
  version: z.number().int(),
  rationale: z.string(),
  postponeReason: z.string().nullable(),
  sessionStartedAt: z.string().nullable(),
  facilitators: z.array(
    z.strictObject({ userId: z.string(), displayName: z.string(), lead: z.boolean() }),
  ),
  participants: z.array(z.strictObject({ displayName: nameSchema })),
  facts: z.array(
    z.strictObject({
      text: z.string(),
      author: nameSchema,
      source: factSourceSchema.nullable(),
      disputed: z.strictObject({ note: z.string().nullable() }).nullable(),
      questions: z.array(z.string()),
    }),
  ),
  reflections: z.array(z.strictObject({ text: z.string(), author: nameSchema })),
  themes: z.array(
    z.strictObject({ name: z.string(), votes: z.number().int(), reflections: z.array(z.string()) }),
  ),
  insights: z.array(
    z.strictObject({ text: z.string(), votes: z.number().int(), agreedByAll: z.boolean() }),
  ),
  versions: z.array(
    z.strictObject({
      version: z.number().int(),
      text: z.string(),
      at: z.string(),
      by: z.string(),
      note: z.string().nullable(),
    }),
  ),
  rounds: z.array(
    z.strictObject({
      kind: z.enum(PROPOSAL_ROUND_KINDS),
      version: z.number().int(),
      startedAt: z.string(),
      endedAt: z.string().nullable(),
      asked: z.number().int(),
      entries: z.array(
        z.strictObject({
          participant: nameSchema,
          text: z.string().nullable(),
          position: z.enum(POSITIONS).nullable(),
          reason: z.string().nullable(),
          vote: z.enum(POLL_VOTES).nullable(),
          test: objectionTestSchema.nullable(),
          integratedIn: z.number().int().nullable(),
        }),
      ),
      tally: z.record(z.enum(POLL_VOTES), z.number().int()).nullable(),
    }),
  ),
  objections: z.array(
    z.strictObject({
      version: z.number().int(),
      participant: nameSchema,
      reason: z.string(),
      test: objectionTestSchema.nullable(),
      integratedIn: z.number().int().nullable(),
    }),
  ),
  /** To follow up: concerns given with consent, and objections found not paramount. */
  concerns: z.array(
    z.strictObject({
      participant: nameSchema,
      reason: z.string(),
      from: z.enum(["concern", "objection_not_paramount"]),
    }),
  ),
  actions: z.array(decisionActionSchema),
  reviewDate: z.string().nullable(),
  /** Optional: records written before decisions could name an effect have none. */
  effect: decisionEffectSchema.optional(),
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/**
 * The record of a proposal that has been decided or postponed, from the session's state right
 * after that event; undefined for a proposal still open.
 */
export function buildDecisionRecord(
  full: SessionState,
  proposalId: string,
): DecisionRecord | undefined {
  const proposal = full.proposals[proposalId];
  const outcome = proposal?.outcome;
  if (proposal === undefined || outcome === undefined || outcome === null) return undefined;
  // Read as someone in the room who is not a facilitator: what the anonymity mode promised.
  const state = redactState(full, { class: "observer" });
  const names = nameBook(state);
  const contributions = inAgendaOrder(state).filter(
    (c) => c.text !== undefined && c.withdrawnAt === null && c.moderation === null,
  );
  const ofKind = (kind: string) => contributions.filter((c) => c.kind === kind);
  const totalVotes = (votes: Record<string, number>) =>
    Object.values(votes).reduce((sum, dots) => sum + dots, 0);
  const version =
    outcome.kind === "decided"
      ? outcome.version
      : (proposal.versions[proposal.versions.length - 1]?.version ?? 1);
  const rounds = proposal.roundIds.flatMap((id) => state.proposalRounds[id] ?? []);
  const entries = rounds.flatMap((round) => round.entries.map((entry) => ({ round, entry })));

  return {
    decisionId: outcome.decisionId,
    sessionId: state.sessionId,
    organisationId: state.organisationId,
    proposalId,
    outcome: outcome.kind,
    at: outcome.at,
    title: state.title,
    question: state.question,
    language: state.language,
    anonymity: state.anonymity,
    rule: proposal.rule,
    text: proposal.versions.find((v) => v.version === version)?.text ?? "",
    version,
    rationale: outcome.kind === "decided" ? outcome.rationale : "",
    postponeReason: outcome.kind === "postponed" ? outcome.reason : null,
    sessionStartedAt: state.startedAt,
    facilitators: Object.values(state.facilitators).map(({ userId, displayName }) => ({
      userId,
      displayName,
      lead: userId === state.createdBy,
    })),
    participants: state.participantOrder.map((id) => ({
      displayName: getById(state.participants, id)?.displayName ?? null,
    })),
    facts: ofKind("fact").map((fact) => ({
      text: fact.text ?? "",
      author: names.author(fact.author),
      source: fact.source ?? null,
      disputed: fact.disputed ? { note: fact.disputed.note ?? null } : null,
      questions: contributions.filter((c) => c.replyTo === fact.id).map((c) => c.text ?? ""),
    })),
    reflections: ofKind("reflection").map((c) => ({
      text: c.text ?? "",
      author: names.author(c.author),
    })),
    themes: state.groupOrder
      .flatMap((id) => state.groups[id] ?? [])
      .map((group) => ({
        name: group.name,
        votes: totalVotes(group.votes),
        reflections: group.contributionIds.flatMap(
          (id) => contributions.find((c) => c.id === id)?.text ?? [],
        ),
      }))
      .sort((a, b) => b.votes - a.votes),
    insights: ofKind("insight").map((insight) => ({
      text: insight.text ?? "",
      votes: totalVotes(insight.votes),
      agreedByAll: agreedByAll(state, insight),
    })),
    versions: proposal.versions.map(({ version, text, at, by, note }) => ({
      version,
      text,
      at,
      by: state.facilitators[by]?.displayName ?? by,
      note,
    })),
    rounds: rounds.map((round) => ({
      kind: round.kind,
      version: round.version,
      startedAt: round.startedAt,
      endedAt: round.endedAt,
      asked: round.order.length,
      entries: round.entries.map((entry) => ({
        participant: names.participant(entry.participantId),
        text: entry.text ?? null,
        position: entry.position ?? null,
        reason: entry.reason ?? null,
        vote: entry.vote ?? null,
        test: entry.test ?? null,
        integratedIn: entry.integratedIn ?? null,
      })),
      tally: round.kind === "poll" ? pollTally(round) : null,
    })),
    objections: entries
      .filter(({ entry }) => entry.position === "objection")
      .map(({ round, entry }) => ({
        version: round.version,
        participant: names.participant(entry.participantId),
        reason: entry.reason ?? "",
        test: entry.test ?? null,
        integratedIn: entry.integratedIn ?? null,
      })),
    concerns: concernsOf(state, proposal).map(({ entry }) => ({
      participant: names.participant(entry.participantId),
      reason: entry.reason ?? "",
      from:
        entry.position === "concern" ? ("concern" as const) : ("objection_not_paramount" as const),
    })),
    actions: outcome.kind === "decided" ? outcome.actions : [],
    reviewDate: outcome.kind === "decided" ? outcome.reviewDate : null,
    ...(outcome.kind === "decided" && outcome.effect !== undefined && { effect: outcome.effect }),
  };
}

/** Display names as the (redacted) state knows them; unknown or hidden people stay null. */
function nameBook(state: SessionState) {
  const participant = (id: string | undefined) =>
    id === undefined ? null : (getById(state.participants, id)?.displayName ?? null);
  return {
    participant,
    author(author: ActorRef | undefined) {
      if (author?.kind === "facilitator" && author.id !== undefined) {
        return state.facilitators[author.id]?.displayName ?? null;
      }
      return participant(author?.id);
    },
  };
}

/** Contributions step by step, each step's in the order they were written. */
function inAgendaOrder(state: SessionState) {
  const stepIds = [
    ...state.stepOrder,
    ...Object.keys(state.contributionOrder).filter((id) => !state.stepOrder.includes(id)),
  ];
  return stepIds.flatMap((stepId) =>
    (state.contributionOrder[stepId] ?? []).flatMap((id) => getById(state.contributions, id) ?? []),
  );
}
