import { type FlowFilters, flowFiltersSchema } from "@samspel/core";
import { z } from "zod";
import { AppError } from "../../errors.js";

export const factsQuerySchema = z.strictObject({ filters: z.string().max(50_000).optional() });

/** The `filters` query parameter: JSON of core's FlowFilters, absent for the whole log. */
export function parseFilters(text: string | undefined): FlowFilters {
  if (text === undefined || text === "") return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError(400, "invalid_filter", "The filters parameter is not valid JSON.", {
      path: ["filters"],
    });
  }
  const parsed = flowFiltersSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError(400, "invalid_filter", "The filters are not valid.", {
      issues: parsed.error.issues.map((issue) => ({
        path: ["filters", ...issue.path.map(String)],
        code: issue.code,
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}
