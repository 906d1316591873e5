import type { ActingActor, DecideContext } from "./actor.js";
import type { CommandOf, CommandType } from "./commands.js";
import { type DomainError, type DomainErrorCode, domainError } from "./errors.js";
import type { SessionEventDraft } from "./events.js";
import type { SessionState } from "./state.js";

/** What `decide` answers: the events a command produces (possibly none), or why not. */
export type Decision =
  | { ok: true; events: SessionEventDraft[] }
  | { ok: false; error: DomainError };

/** A refused command: what guards return, so the caller can return it as it is. */
export type Refusal = Extract<Decision, { ok: false }>;

export function accept(...events: SessionEventDraft[]): Decision {
  return { ok: true, events };
}

export function reject(code: DomainErrorCode, message?: string): Refusal {
  return { ok: false, error: domainError(code, message) };
}

/**
 * When a command makes sense, checked before its own rules: `new` before the session exists,
 * `created` at any status but closed, `joinable` in the lobby or while running, `running` only
 * while running. A closed session takes no command at all.
 */
export type CommandWhen = "new" | "created" | "joinable" | "running";

/**
 * What a participant must have done first: by default, joined and acknowledged the ground rules.
 * `none` for joining itself; `joined` for acknowledging and renaming.
 */
export type ParticipantGate = "none" | "joined" | "acknowledged";

export interface CommandRule<T extends CommandType> {
  when: CommandWhen;
  participantGate?: ParticipantGate;
  /** AUTH (the role), VALIDATION (against the state), RESOLUTION (the events), in that order. */
  decide(
    state: SessionState,
    command: CommandOf<T>,
    actor: ActingActor,
    ctx: DecideContext,
  ): Decision;
}

export type CommandRules<T extends CommandType> = { [K in T]: CommandRule<K> };

/** The commands of one area, by the prefix of their type: `AreaCommand<"step">`. */
export type AreaCommand<Area extends string> = Extract<CommandType, `${Area}.${string}`>;
