import { coverage, gaps, type PreparationOverview } from "@samspel/core";
import { listSessionInvitations } from "../../preparation/invitations.js";
import { listMaterials } from "../../preparation/materials.js";
import { findPreparation, listPerspectives } from "../../preparation/store.js";
import type { AppContext } from "../context.js";

/** Everything the Prepare page shows, with coverage and gaps worked out by core's rules. */
export async function buildOverview(
  ctx: AppContext,
  sessionId: string,
): Promise<PreparationOverview> {
  const db = ctx.storage.db;
  const now = ctx.clock.now();
  const [preparation, perspectives, invitations, materials] = await Promise.all([
    findPreparation(db, sessionId),
    listPerspectives(db, sessionId),
    listSessionInvitations(db, sessionId, now),
    listMaterials(db, sessionId),
  ]);
  const covered = coverage(perspectives, invitations, now);
  return {
    preparation,
    perspectives,
    invitations,
    materials,
    coverage: covered,
    gaps: gaps(perspectives, covered),
    emailEnabled: ctx.config.smtpUrl !== undefined,
  };
}
