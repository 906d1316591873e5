import type { DomainErrorCode } from "../session/errors.js";
import { MAX_CONTRIBUTION_CHARS } from "./schema.js";

/** Why a (trimmed) text cannot be a contribution, or undefined when it can. */
export function textProblem(text: string): DomainErrorCode | undefined {
  if (text.length === 0) return "text_empty";
  // Code points, as a person counts: the wire schema bounds code units at twice this.
  if ([...text].length > MAX_CONTRIBUTION_CHARS) return "text_too_long";
  return undefined;
}
