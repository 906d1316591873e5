import type { Draft } from "../session/draft.js";
import { getById } from "../session/id-map.js";
import type { Contribution, Disclosure } from "./schema.js";

/** The part of a (redacted) contribution that visibility governs. */
export function disclosureOf(contribution: Contribution): Disclosure {
  const { id, text, source, author, mine, hidden, moderation } = contribution;
  return {
    id,
    moderation,
    ...(text !== undefined && { text }),
    ...(source !== undefined && { source }),
    ...(author !== undefined && { author }),
    ...(mine !== undefined && { mine }),
    ...(hidden !== undefined && { hidden }),
  };
}

/**
 * Puts each disclosure over the content of the contribution it names. Contributions the viewer
 * does not have yet are skipped: their own `contribution.added` brings them.
 */
export function applyDisclosures(draft: Draft, disclosures: Disclosure[] | undefined): void {
  for (const disclosure of disclosures ?? []) {
    const current = getById(draft.state.contributions, disclosure.id);
    if (current === undefined) continue;
    const {
      text: _text,
      source: _source,
      author: _author,
      mine: _mine,
      hidden: _hidden,
      ...counters
    } = current;
    draft.put("contributions", disclosure.id, { ...counters, ...disclosure });
  }
}
