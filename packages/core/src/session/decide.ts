import { proposalRules } from "../consent/decide.js";
import { contributionRules } from "../contributions/decide.js";
import { groupRules } from "../groups/decide.js";
import { handRules } from "../hands/decide.js";
import { opinionRules } from "../opinions/decide.js";
import { participantRules } from "../participants/decide.js";
import { reactionRules } from "../reactions/decide.js";
import { roundRules } from "../rounds/decide.js";
import { stepRules } from "../steps/decide.js";
import { timerRules } from "../timers/decide.js";
import { voteRules } from "../votes/decide.js";
import type { ActingActor, Actor, DecideContext } from "./actor.js";
import type { CommandType, SessionCommand } from "./commands.js";
import { accept, type CommandRule, type CommandRules, type Decision, reject } from "./decision.js";
import { eventDraft } from "./events.js";
import { mayTakePart } from "./guards.js";
import { getById } from "./id-map.js";
import { lifecycleRules } from "./lifecycle-decide.js";
import type { SessionState } from "./state.js";

/** One table: every command, when it makes sense, and the area that decides it. */
const RULES: CommandRules<CommandType> = {
  ...lifecycleRules,
  ...stepRules,
  ...participantRules,
  ...contributionRules,
  ...reactionRules,
  ...groupRules,
  ...voteRules,
  ...roundRules,
  ...handRules,
  ...timerRules,
  ...proposalRules,
  ...opinionRules,
};

/**
 * Checks a command against the session as it stands and answers with the events it produces, or
 * with a domain error. Pure: time and new ids come from `ctx`. The command must already have
 * passed `sessionCommandSchema` (the server validates every input at the edge).
 */
export function decide(
  state: SessionState,
  command: SessionCommand,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  // Observers read; every command from one is refused, whatever it is.
  if (actor.kind === "observer") return reject("not_allowed");
  // The table holds, for each type, the rule for that type; TypeScript cannot correlate the two
  // through an index, hence the widening.
  const rule = RULES[command.type] as CommandRule<CommandType>;
  const refused = gate(state, rule, actor);
  if (refused) return refused;
  const decision = rule.decide(state, command, actor, ctx);
  if (!decision.ok || decision.events.length === 0 || actor.kind !== "facilitator") return decision;
  // Co-facilitators enter the record by what they do: the first command of each (or the first
  // under a new display name) names them.
  const known = state.facilitators[actor.userId];
  if (rule.when === "new" || known?.displayName === actor.displayName) return decision;
  const joined = eventDraft("facilitator.joined", {
    userId: actor.userId,
    displayName: actor.displayName,
  });
  return accept(joined, ...decision.events);
}

/** What every command must meet before its own rules are asked. */
function gate(
  state: SessionState,
  rule: CommandRule<CommandType>,
  actor: ActingActor,
): Decision | undefined {
  if (rule.when === "new") return state.createdAt === null ? undefined : reject("session_exists");
  if (state.createdAt === null) return reject("session_not_created");
  if (state.status === "closed") return reject("session_closed");
  if (actor.kind === "participant") {
    const gate = rule.participantGate ?? "acknowledged";
    const participant = getById(state.participants, actor.participantId);
    if (gate !== "none" && participant === undefined) return reject("not_joined");
    if (gate === "acknowledged" && participant && !mayTakePart(state, participant)) {
      return reject("ground_rules_not_acknowledged");
    }
  }
  const joinable = state.status === "open" || state.status === "running";
  if (rule.when === "joinable" && !joinable) return reject("session_not_open");
  if (rule.when === "running" && state.status !== "running") return reject("session_not_running");
  return undefined;
}
