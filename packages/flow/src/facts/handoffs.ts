import type { FlowLog } from "../analysis/flow-log.js";
import { WAIT_STATS_SQL, type WaitStats } from "./waiting.js";

export interface Handoff extends WaitStats {
  from: string;
  to: string;
}

export interface Handoffs {
  /** False when the log has no unit/department column: there is nothing to hand off between. */
  available: boolean;
  units: string[];
  /** Every pair of different units that follow each other in a case, most waiting first. */
  handoffs: Handoff[];
}

/**
 * Handoffs between units: consecutive events of a case done by different units. The matrix of
 * counts and waiting times is where cross-functional dependencies show.
 */
export async function handoffs(log: FlowLog): Promise<Handoffs> {
  if (!log.hasUnits) return { available: false, units: [], handoffs: [] };
  const units = await log.db.rows<{ unit: string }>("SELECT unit FROM units ORDER BY unit");
  const rows = await log.db.rows<Handoff>(`
    SELECT f.unit AS "from", t.unit AS "to", ${WAIT_STATS_SQL}
    FROM (SELECT unit_no, next_unit, wait_s FROM ev
          WHERE next_act IS NOT NULL AND unit_no <> next_unit) e
    JOIN units f ON f.unit_no = e.unit_no JOIN units t ON t.unit_no = e.next_unit
    GROUP BY f.unit, t.unit ORDER BY "totalDays" DESC, "from", "to"`);
  return { available: true, units: units.map((row) => row.unit), handoffs: rows };
}
