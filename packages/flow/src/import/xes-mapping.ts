/**
 * Which XES attribute keys play which role. The defaults are the standard extensions' keys
 * (Concept, Time, Organizational, Lifecycle), as pm4py and bupaR read them. A unit may name an
 * event attribute or a trace attribute as `case:<key>`.
 */
export interface XesMapping {
  activity: string;
  timestamp: string;
  resource: string;
  unit: string;
  lifecycle: string;
}

export const DEFAULT_XES_MAPPING: XesMapping = {
  activity: "concept:name",
  timestamp: "time:timestamp",
  resource: "org:resource",
  unit: "org:group",
  lifecycle: "lifecycle:transition",
};

/** Trace attributes become event attributes under this prefix, as pm4py names them. */
export const CASE_PREFIX = "case:";
