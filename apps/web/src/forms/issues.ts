import type { TFunction } from "i18next";
import { z } from "zod";

/**
 * What we keep of a zod issue, from our own parse or from a server `validation_failed`. Both
 * sides run the same schemas from core, so the same fields carry the same codes and limits.
 */
export interface FieldIssue {
  code: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  /** The field was left empty: "fill this in" reads better than "at least 1 character". */
  empty?: boolean;
}

export type FieldIssues = Partial<Record<string, FieldIssue>>;

const wireIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  minimum: z.union([z.number(), z.bigint()]).optional(),
  maximum: z.union([z.number(), z.bigint()]).optional(),
  format: z.string().optional(),
});
const detailsSchema = z.object({ issues: z.array(z.unknown()) });

/** Issues by the top-level field they concern; the first issue per field wins. */
export function issuesByField(
  issues: readonly unknown[],
  values: Record<string, string> = {},
): FieldIssues {
  const byField: FieldIssues = {};
  for (const raw of issues) {
    const parsed = wireIssueSchema.safeParse(raw);
    if (!parsed.success) continue;
    const { path, code, minimum, maximum, format } = parsed.data;
    const field = String(path[0] ?? "");
    if (byField[field]) continue;
    byField[field] = {
      code,
      ...(minimum === undefined ? {} : { minimum: Number(minimum) }),
      ...(maximum === undefined ? {} : { maximum: Number(maximum) }),
      ...(format === undefined ? {} : { format }),
      empty: (values[field] ?? "").trim() === "",
    };
  }
  return byField;
}

/** The issues in a server's `validation_failed` details, or none when it sent another shape. */
export function issuesFromDetails(details: unknown): readonly unknown[] {
  const parsed = detailsSchema.safeParse(details);
  return parsed.success ? parsed.data.issues : [];
}

export function describeIssue(issue: FieldIssue, t: TFunction): string {
  if (issue.empty && (issue.code === "too_small" || issue.code === "invalid_format")) {
    return t("validation.required");
  }
  switch (issue.code) {
    case "required":
      return t("validation.required");
    case "too_small":
      return issue.minimum === undefined
        ? t("validation.invalid")
        : t("validation.tooShort", { count: issue.minimum });
    case "too_big":
      return issue.maximum === undefined
        ? t("validation.invalid")
        : t("validation.tooLong", { count: issue.maximum });
    case "invalid_format":
      return issue.format === "email" ? t("validation.email") : t("validation.invalid");
    case "invalid_value":
      return t("validation.choose");
    default:
      return t("validation.invalid");
  }
}
