import type { Migration, MigrationProvider } from "kysely";
import * as accounts from "./2026-11-23T00:00:00.000Z_accounts.js";
import * as sessions from "./2026-11-24T00:00:00.000Z_sessions.js";
import * as processes from "./2026-11-25T00:00:00.000Z_processes.js";
import * as decisions from "./2026-11-25T01:00:00.000Z_decisions.js";
import * as decisionEffects from "./2026-11-26T00:00:00.000Z_decision_effects.js";
import * as decisionRegister from "./2026-11-26T01:00:00.000Z_decision_register.js";
import * as sessionReflections from "./2026-11-26T02:00:00.000Z_session_reflections.js";
import * as processSessions from "./2026-11-26T03:00:00.000Z_process_sessions.js";
import * as actionTracking from "./2026-11-27T00:00:00.000Z_action_tracking.js";
import * as decisionPublicLinks from "./2026-11-27T01:00:00.000Z_decision_public_links.js";
import * as methods from "./2026-11-27T02:00:00.000Z_methods.js";
import * as training from "./2026-11-27T03:00:00.000Z_training.js";
import * as facilitatorPool from "./2026-11-27T04:00:00.000Z_facilitator_pool.js";
import * as sessionPreparation from "./2026-11-27T06:00:00.000Z_session_preparation.js";
import * as sessionTemplates from "./2026-11-27T07:00:00.000Z_session_templates.js";
import * as trainingFollowups from "./2026-11-27T08:00:00.000Z_training_followups.js";
import * as sessionFacilitators from "./2026-11-27T09:00:00.000Z_session_facilitators.js";

/**
 * The migration set, listed rather than read from disk, so that the same list runs from the
 * TypeScript sources in tests and from the compiled output in production. Names are the file
 * names: timestamps keep them in order, and Kysely refuses to run out of order.
 */
const migrations: Record<string, Migration> = {
  "2026-11-23T00:00:00.000Z_accounts": accounts,
  "2026-11-24T00:00:00.000Z_sessions": sessions,
  "2026-11-25T00:00:00.000Z_processes": processes,
  "2026-11-25T01:00:00.000Z_decisions": decisions,
  "2026-11-26T00:00:00.000Z_decision_effects": decisionEffects,
  "2026-11-26T01:00:00.000Z_decision_register": decisionRegister,
  "2026-11-26T02:00:00.000Z_session_reflections": sessionReflections,
  "2026-11-26T03:00:00.000Z_process_sessions": processSessions,
  "2026-11-27T00:00:00.000Z_action_tracking": actionTracking,
  "2026-11-27T01:00:00.000Z_decision_public_links": decisionPublicLinks,
  "2026-11-27T02:00:00.000Z_methods": methods,
  "2026-11-27T03:00:00.000Z_training": training,
  "2026-11-27T04:00:00.000Z_facilitator_pool": facilitatorPool,
  "2026-11-27T06:00:00.000Z_session_preparation": sessionPreparation,
  "2026-11-27T07:00:00.000Z_session_templates": sessionTemplates,
  "2026-11-27T08:00:00.000Z_training_followups": trainingFollowups,
  "2026-11-27T09:00:00.000Z_session_facilitators": sessionFacilitators,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
