import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ApiError } from "../../api/client";
import { ErrorAlert } from "../../components/Alert";
import { errorMessage } from "../../lib/error-message";

// Where in the file the flow room found the fault: the API passes its FlowError fields on.
const placeSchema = z.object({
  line: z.number().optional(),
  column: z.number().optional(),
  columnName: z.string().optional(),
  found: z.string().optional(),
  expected: z.string().optional(),
  rowsSkipped: z.number().optional(),
  rowsRead: z.number().optional(),
});

/** An import failure in the reader's language, with the line and column it happened at. */
export function FlowErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const place = error instanceof ApiError ? placeSchema.safeParse(error.details) : null;
  const details = place?.success ? place.data : {};
  const parts = [
    details.line !== undefined ? t("flow.import.atLine", { line: details.line }) : null,
    details.column !== undefined ? t("flow.import.atColumn", { column: details.column }) : null,
    details.columnName !== undefined ? `“${details.columnName}”` : null,
  ].filter(Boolean);
  return (
    <ErrorAlert>
      {errorMessage(error, t)}
      {parts.length > 0 && <> {parts.join(", ")}.</>}
      {details.found !== undefined && <> {t("flow.import.found", { found: details.found })}</>}
      {details.rowsSkipped !== undefined && details.rowsRead !== undefined && (
        <> {t("flow.import.skippedOf", { skipped: details.rowsSkipped, read: details.rowsRead })}</>
      )}
    </ErrorAlert>
  );
}
