import type { AgendaItem } from "@samspel/core";
import type { Kysely } from "kysely";
import type { SessionRuntime } from "../sessions/runtime.js";
import type { Database } from "../storage/schema.js";

/** What the session itself holds that an invitee reads: the question, ground rules, agenda. */
export interface SessionDesign {
  organisationName: string;
  question: string;
  groundRules: string[];
  /** The steps in order with their timeboxes: the agenda outline. */
  agenda: AgendaItem[];
}

export async function sessionDesign(
  db: Kysely<Database>,
  runtime: SessionRuntime,
  session: { id: string; organisation_id: string },
): Promise<SessionDesign> {
  const [{ state }, organisation] = await Promise.all([
    runtime.current(session.id),
    db
      .selectFrom("organisations")
      .select("name")
      .where("id", "=", session.organisation_id)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    organisationName: organisation.name,
    question: state.question,
    groundRules: state.groundRules,
    agenda: state.stepOrder.flatMap((stepId) => {
      const step = state.steps[stepId];
      if (!step) return [];
      return [
        {
          title: step.methodName,
          phase: step.phase,
          minutes: step.timeboxSeconds === null ? null : Math.round(step.timeboxSeconds / 60),
        },
      ];
    }),
  };
}
