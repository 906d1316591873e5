import type { EnrolmentStatus } from "./waiting-list.js";

/**
 * Demand per organisation and unit: the coordinator's "we had to say no" figure. Everyone who
 * signed up counts as demand; `notPlaced` are those who never held a place: still waiting,
 * or whose offer lapsed or was declined. Withdrawals from a place are not refusals.
 */
const NEVER_PLACED: ReadonlySet<EnrolmentStatus> = new Set([
  "waiting",
  "lapsed",
  "declined",
  "withdrawn",
]);

export interface DemandRow {
  organisationId: string;
  unit: string;
  signedUp: number;
  placed: number;
  waiting: number;
  notPlaced: number;
}

export function demandByUnit(
  enrolments: readonly {
    organisationId: string;
    unit: string;
    status: EnrolmentStatus;
    everPlaced: boolean;
  }[],
): DemandRow[] {
  const rows = new Map<string, DemandRow>();
  for (const enrolment of enrolments) {
    const key = `${enrolment.organisationId}\u0000${enrolment.unit}`;
    const row = rows.get(key) ?? {
      organisationId: enrolment.organisationId,
      unit: enrolment.unit,
      signedUp: 0,
      placed: 0,
      waiting: 0,
      notPlaced: 0,
    };
    row.signedUp += 1;
    if (enrolment.status === "enrolled" || enrolment.status === "completed") row.placed += 1;
    if (enrolment.status === "waiting") row.waiting += 1;
    if (!enrolment.everPlaced && NEVER_PLACED.has(enrolment.status)) row.notPlaced += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) => a.organisationId.localeCompare(b.organisationId) || a.unit.localeCompare(b.unit),
  );
}
