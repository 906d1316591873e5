import { describe, expect, it } from "vitest";
import { Draft } from "./draft.js";
import { bucketOf, emptyIdMap, getById, hasId, ID_MAP_BUCKETS, idMapValues } from "./id-map.js";
import { emptySessionState, type Participant } from "./state.js";

const person = (id: string): Participant => ({
  id,
  displayName: null,
  joinedAt: "2026-11-24T09:00:00.000Z",
  groundRulesAcknowledgedAt: null,
});

describe("IdMap", () => {
  it("places an id in the same bucket everywhere, spread over all buckets", () => {
    expect(bucketOf("p-1")).toBe(bucketOf("p-1"));
    const used = new Set(Array.from({ length: 5_000 }, (_, i) => bucketOf(`p-${i}`)));
    expect(used.size).toBe(ID_MAP_BUCKETS);
  });

  it("finds what was put, and nothing an object would inherit", () => {
    const draft = new Draft(emptySessionState("s"));
    draft.put("participants", "p-1", person("p-1"));
    const { participants } = draft.state;
    expect(getById(participants, "p-1")).toEqual(person("p-1"));
    expect(hasId(participants, "p-2")).toBe(false);
    expect(getById(participants, "toString")).toBeUndefined();
    expect(idMapValues(participants)).toEqual([person("p-1")]);
  });

  it("copies one bucket per write, sharing the others with the state it came from", () => {
    const base = emptySessionState("s");
    const draft = new Draft(base);
    draft.put("participants", "p-1", person("p-1"));
    const after = draft.state.participants;
    expect(base.participants).toEqual(emptyIdMap());
    const changed = after.filter((bucket, index) => bucket !== base.participants[index]);
    expect(changed).toHaveLength(1);
  });
});
