import type { EventOf, EventType } from "./events.js";
import { bucketOf, getById, type IdMap } from "./id-map.js";
import type { SessionState } from "./state.js";

/** Keys of the state whose values are `IdMap`s. */
type IdMapKey = {
  [K in keyof SessionState]: SessionState[K] extends IdMap<unknown> ? K : never;
}[keyof SessionState];
type IdMapValue<K extends IdMapKey> = SessionState[K] extends IdMap<infer T> ? T : never;

/**
 * Copy-on-write over one batch of events, so that `evolve` stays pure and cheap: every object on
 * the path to a change is copied once per batch, then written in place; everything else is
 * shared with the state the batch started from. Replaying a whole log is one batch, so it costs
 * one copy of each map instead of one per event (Immer's idea, without proxies).
 */
export class Draft {
  readonly state: SessionState;
  private readonly owned = new WeakSet<object>();

  constructor(base: SessionState) {
    this.state = { ...base };
    this.owned.add(this.state);
  }

  /**
   * `parent[key]`, copied the first time this batch asks for it, so the caller may write into
   * it. `parent` must itself come from this draft (`draft.state` or an earlier `own`), and
   * `parent[key]` must exist.
   */
  own<P extends object, K extends keyof P>(parent: P, key: K): P[K] {
    const current = parent[key];
    if (typeof current !== "object" || current === null || this.owned.has(current)) return current;
    const copy = (Array.isArray(current) ? current.slice() : { ...current }) as P[K] & object;
    this.owned.add(copy);
    parent[key] = copy;
    return copy;
  }

  /** Sets one entry of one of the state's id maps. */
  put<K extends IdMapKey>(key: K, id: string, value: IdMapValue<K>): void {
    const map = this.own(this.state, key) as IdMap<IdMapValue<K>>;
    this.own(map, bucketOf(id))[id] = value;
  }

  /** Replaces one entry of an id map through `change`; an id that is not there is left alone. */
  update<K extends IdMapKey>(
    key: K,
    id: string,
    change: (value: IdMapValue<K>) => IdMapValue<K>,
  ): void {
    const current = getById(this.state[key] as IdMap<IdMapValue<K>>, id);
    if (current !== undefined) this.put(key, id, change(current));
  }

  /** Sets one entry of an id map held somewhere else than the state's top level. */
  putIn<T>(map: IdMap<T>, id: string, value: T): void {
    this.own(map, bucketOf(id))[id] = value;
  }
}

/** The events of one area, by the prefix of their type: `AreaEvent<"step">`. */
export type AreaEvent<Area extends string> = Extract<EventType, `${Area}.${string}`>;

/** How each event type changes a draft; one table per area, joined in evolve.ts. */
export type EventHandlers<T extends EventType> = {
  [K in T]: (draft: Draft, event: EventOf<K>) => void;
};
