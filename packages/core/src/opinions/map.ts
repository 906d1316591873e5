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
export type OpinionMapDot = OpinionMapView["dots"][number];

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
  // At a town hall this runs for 10,000 dots on the thread that answers commands: one set
  // lookup per dot, and one object each, not a spread.
  const mayName = state.anonymity === "named" ? new Set(state.namesOnMap) : undefined;
  const dots = computed.participants.map((participantId, row): OpinionMapDot => {
    const group = computed.groupOf[row] ?? 0;
    sizes[group] = (sizes[group] ?? 0) + 1;
    const dot: OpinionMapDot = {
      id: opaque(participantId),
      x: computed.projection[2 * row] ?? 0,
      y: computed.projection[2 * row + 1] ?? 0,
      group,
    };
    if (mayName?.has(participantId)) {
      const name = nameOnMap(state, participantId);
      if (name !== undefined) dot.name = name;
    }
    return dot;
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
  const before = previousDots(previous);
  let sx = 0;
  let sy = 0;
  const olds = next.dots.map((dot, at) => {
    const old = before(dot.id, at);
    if (old !== undefined) {
      sx += old.x * dot.x;
      sy += old.y * dot.y;
    }
    return old;
  });
  const fx = sx < 0 ? -1 : 1;
  const fy = sy < 0 ? -1 : 1;
  const label = relabel(next, olds);
  // A warm-started recompute usually keeps both axes and every group number: nothing to copy.
  if (fx === 1 && fy === 1 && label.every((to, from) => to === from)) return next;
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

/**
 * The previous map's dot for an id. Recomputes list participants in the same order, so the dot
 * at the same position is nearly always the one; an index is built only when it is not.
 */
function previousDots(
  previous: OpinionMapView,
): (id: string, at: number) => OpinionMapDot | undefined {
  let index: Map<string, OpinionMapDot> | undefined;
  return (id, at) => {
    const same = previous.dots[at];
    if (same?.id === id) return same;
    index ??= new Map(previous.dots.map((dot) => [dot.id, dot]));
    return index.get(id);
  };
}

/** New group -> label: the largest overlaps with the previous groups first, greedily. */
function relabel(next: OpinionMapView, olds: readonly (OpinionMapDot | undefined)[]): number[] {
  const k = next.groups.length;
  const overlap = new Int32Array(k * k);
  next.dots.forEach((dot, at) => {
    const old = olds[at];
    if (old === undefined || old.group >= k || dot.group >= k) return;
    overlap[dot.group * k + old.group] = (overlap[dot.group * k + old.group] ?? 0) + 1;
  });
  const pairs: { from: number; to: number; count: number }[] = [];
  overlap.forEach((count, cell) => {
    if (count > 0) pairs.push({ from: Math.floor(cell / k), to: cell % k, count });
  });
  pairs.sort((a, b) => b.count - a.count || a.from - b.from || a.to - b.to);
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
