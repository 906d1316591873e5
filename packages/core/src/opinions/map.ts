import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import type { Viewer } from "../session/actor.js";
import { getById } from "../session/id-map.js";
import type { SessionState } from "../session/state.js";

/*
 * The opinion map as viewers receive it: derived from the votes, never an event. Dots carry an
 * opaque id (stable within a session on one server, unrelated to any participant id) so the wall
 * can animate a dot from one recompute to the next; a name only in a named session, and only
 * for a participant who chose to show it. Nothing else on the map identifies anyone.
 */

const probabilitySchema = z.number().min(0).max(1);

export const opinionMapViewSchema = z.strictObject({
  stepId: idSchema,
  /** The session seq whose votes the map reflects. */
  seq: z.number().int().nonnegative(),
  computedAt: z.string(),
  /** Votes counted in the map (agree, disagree and pass). */
  votes: z.number().int().nonnegative(),
  dots: z.array(
    z.strictObject({
      id: z.string().max(64),
      x: z.number(),
      y: z.number(),
      group: z.number().int().nonnegative(),
      name: z.string().optional(),
    }),
  ),
  groups: z.array(
    z.strictObject({
      size: z.number().int().nonnegative(),
      /** What sets the group apart, strongest first. */
      representative: z.array(
        z.strictObject({
          statementId: idSchema,
          side: z.enum(["agree", "disagree"]),
          probability: probabilitySchema,
        }),
      ),
    }),
  ),
  /** Statements every group agrees with, strongest consensus first. */
  commonGround: z.array(
    z.strictObject({ statementId: idSchema, agreeByGroup: z.array(probabilitySchema) }),
  ),
  /** Statements some group agrees with and another disagrees with, widest spread first. */
  divisive: z.array(
    z.strictObject({
      statementId: idSchema,
      agreeByGroup: z.array(probabilitySchema),
      disagreeByGroup: z.array(probabilitySchema),
    }),
  ),
});
export type OpinionMapView = z.infer<typeof opinionMapViewSchema>;

/**
 * What the computation (packages/insight, on the server) gives back, in plain arrays:
 * participants and statements by id in row and column order, the rest by index.
 */
export interface ComputedOpinionMap {
  stepId: string;
  seq: number;
  computedAt: string;
  votes: number;
  participants: readonly string[];
  statements: readonly string[];
  /** Interleaved x, y per participant (typed arrays as they come from the computation). */
  projection: ArrayLike<number>;
  groupOf: ArrayLike<number>;
  k: number;
  representative: { statement: number; repfulFor: "agree" | "disagree"; probability: number }[][];
  commonGround: { statement: number; agreeByGroup: number[] }[];
  divisive: { statement: number; agreeByGroup: number[]; disagreeByGroup: number[] }[];
}

/** The name a participant's dot may carry: named session, opted in, and a name to show. */
export function nameOnMap(state: SessionState, participantId: string): string | undefined {
  if (state.anonymity !== "named" || !state.namesOnMap.includes(participantId)) return undefined;
  return getById(state.participants, participantId)?.displayName ?? undefined;
}

/**
 * The computed map as viewers see it. `opaque` turns a participant id into the dot's id; it must
 * not be invertible by anyone who knows the participant list (the server keys it with a secret).
 */
export function presentOpinionMap(
  computed: ComputedOpinionMap,
  state: SessionState,
  opaque: (participantId: string) => string,
): OpinionMapView {
  const statementId = (index: number) => computed.statements[index] ?? "";
  const sizes = Array.from({ length: computed.k }, () => 0);
  const dots = computed.participants.map((participantId, row) => {
    const group = computed.groupOf[row] ?? 0;
    sizes[group] = (sizes[group] ?? 0) + 1;
    const name = nameOnMap(state, participantId);
    return {
      id: opaque(participantId),
      x: computed.projection[2 * row] ?? 0,
      y: computed.projection[2 * row + 1] ?? 0,
      group,
      ...(name !== undefined && { name }),
    };
  });
  return {
    stepId: computed.stepId,
    seq: computed.seq,
    computedAt: computed.computedAt,
    votes: computed.votes,
    dots,
    groups: sizes.map((size, group) => ({
      size,
      representative: (computed.representative[group] ?? []).map((r) => ({
        statementId: statementId(r.statement),
        side: r.repfulFor,
        probability: r.probability,
      })),
    })),
    commonGround: computed.commonGround.map((c) => ({
      statementId: statementId(c.statement),
      agreeByGroup: c.agreeByGroup,
    })),
    divisive: computed.divisive.map((d) => ({
      statementId: statementId(d.statement),
      agreeByGroup: d.agreeByGroup,
      disagreeByGroup: d.disagreeByGroup,
    })),
  };
}

/**
 * The map as a viewer class receives it. The dots are for the room's screens (the console and
 * the wall); a phone shows statements, not the map, so participants get the groups and the
 * statements without the dots: at a town hall that is most of the message, times every phone.
 */
export function redactOpinionMap(map: OpinionMapView, viewer: Viewer): OpinionMapView {
  return viewer.class === "participant" ? { ...map, dots: [] } : map;
}

/**
 * `next` made to look like a move from `previous` rather than a new picture: a principal axis
 * has no sign of its own, so an axis that flipped is flipped back, and group numbers (colours)
 * follow the dots they mostly hold. The data are untouched; only the frame and the labels move.
 */
export function alignOpinionMap(
  previous: OpinionMapView | undefined,
  next: OpinionMapView,
): OpinionMapView {
  if (previous === undefined || previous.stepId !== next.stepId) return next;
  const before = new Map(previous.dots.map((dot) => [dot.id, dot]));
  let sx = 0;
  let sy = 0;
  for (const dot of next.dots) {
    const old = before.get(dot.id);
    if (old === undefined) continue;
    sx += old.x * dot.x;
    sy += old.y * dot.y;
  }
  const fx = sx < 0 ? -1 : 1;
  const fy = sy < 0 ? -1 : 1;
  const label = relabel(next, before);
  const permute = <T>(byGroup: T[]): T[] => {
    const out = byGroup.slice();
    byGroup.forEach((value, group) => {
      out[label[group] ?? group] = value;
    });
    return out;
  };
  return {
    ...next,
    dots: next.dots.map((dot) => ({
      ...dot,
      x: dot.x * fx,
      y: dot.y * fy,
      group: label[dot.group] ?? dot.group,
    })),
    groups: permute(next.groups),
    commonGround: next.commonGround.map((c) => ({ ...c, agreeByGroup: permute(c.agreeByGroup) })),
    divisive: next.divisive.map((d) => ({
      ...d,
      agreeByGroup: permute(d.agreeByGroup),
      disagreeByGroup: permute(d.disagreeByGroup),
    })),
  };
}

/** New group -> label: the largest overlaps with the previous groups first, greedily. */
function relabel(
  next: OpinionMapView,
  before: Map<string, OpinionMapView["dots"][number]>,
): number[] {
  const k = next.groups.length;
  const overlap = new Map<string, number>();
  for (const dot of next.dots) {
    const old = before.get(dot.id);
    if (old === undefined || old.group >= k) continue;
    const key = `${dot.group}:${old.group}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  }
  const pairs = [...overlap.entries()]
    .map(([key, count]) => {
      const [from, to] = key.split(":").map(Number);
      return { from: from ?? 0, to: to ?? 0, count };
    })
    .sort((a, b) => b.count - a.count || a.from - b.from || a.to - b.to);
  const label: (number | undefined)[] = Array.from({ length: k }, () => undefined);
  const taken = new Set<number>();
  for (const { from, to } of pairs) {
    if (label[from] !== undefined || taken.has(to)) continue;
    label[from] = to;
    taken.add(to);
  }
  const free = Array.from({ length: k }, (_, i) => i).filter((i) => !taken.has(i));
  return label.map((value) => value ?? (free.shift() as number));
}
