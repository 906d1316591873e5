/** Which source column plays which role. Other columns are kept as attributes. */
export interface ColumnMapping {
  caseId: string;
  activity: string;
  /** Completion time of the activity. */
  timestamp: string;
  startTimestamp?: string;
  resource?: string;
  unit?: string;
}

export type MappingRole = keyof ColumnMapping;

// Names as pm4py/XES exports, Disco and ProM write them, and the usual words in en/nb/sv/nl,
// compared without case, spaces, '_' or '-'. Earlier names win.
const KNOWN_NAMES: Record<MappingRole, readonly string[]> = {
  caseId: [
    "case:concept:name",
    "caseid",
    "case",
    "casenumber",
    "caseno",
    "ticketid",
    "ticket",
  ].concat(["saksnummer", "saksnr", "sak", "ärendeid", "ärende", "zaakid", "zaak"]),
  activity: ["concept:name", "activity", "activityname", "event", "eventname", "task"].concat([
    "aktivitet",
    "activiteit",
    "handling",
  ]),
  timestamp: ["time:timestamp", "completetimestamp", "timestamp", "endtimestamp", "endtime"]
    .concat(["completetime", "completed", "end", "time", "datetime", "date", "tidspunkt"])
    .concat(["tidpunkt", "tijdstip"]),
  startTimestamp: ["starttimestamp", "time:start", "starttime", "start"],
  resource: [
    "org:resource",
    "resource",
    "user",
    "agent",
    "performer",
    "employee",
    "ressurs",
  ].concat(["resurs", "medewerker"]),
  // Event-level groups first: a case-level department never changes within a case and so can
  // show no handoff.
  unit: ["unit", "department", "dept", "team", "avdeling", "avdelning", "enhet", "afdeling"].concat(
    ["org:group", "case:department", "group", "org:role"],
  ),
};

function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, "");
}

/**
 * A mapping suggested from column names; the timestamp falls back to the first column that reads
 * as timestamps. Roles nothing fits stay unset for the person to choose.
 */
export function suggestMapping(
  columns: readonly string[],
  timestampColumns: ReadonlySet<string>,
): Partial<ColumnMapping> {
  const used = new Set<string>();
  const mapping: Partial<ColumnMapping> = {};
  const roles = Object.keys(KNOWN_NAMES) as MappingRole[];
  for (const role of roles) {
    const column = findByName(columns, KNOWN_NAMES[role], used);
    if (column === undefined) continue;
    if ((role === "timestamp" || role === "startTimestamp") && !timestampColumns.has(column)) {
      continue;
    }
    mapping[role] = column;
    used.add(column);
  }
  if (mapping.timestamp === undefined) {
    const column = columns.find((name) => timestampColumns.has(name) && !used.has(name));
    if (column !== undefined) mapping.timestamp = column;
  }
  return mapping;
}

function findByName(
  columns: readonly string[],
  names: readonly string[],
  used: ReadonlySet<string>,
): string | undefined {
  for (const name of names) {
    const column = columns.find(
      (candidate) => !used.has(candidate) && normalise(candidate) === name,
    );
    if (column !== undefined) return column;
  }
  return undefined;
}
