import type { ImportReport } from "@samspel/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { SuccessNote } from "../../components/Alert";
import { formatNumber } from "../format";

/** What the import did: events kept, rows skipped with where and why, notes on the lifecycle. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <section className="stack" aria-labelledby="report-title">
      <h3 id="report-title">{t("flow.report.title")}</h3>
      <SuccessNote>
        {t("flow.report.imported", {
          events: n(report.eventsImported),
          rows: n(report.rowsRead),
          file: report.fileName,
        })}
      </SuccessNote>
      <p>
        {report.rowsSkipped === 0
          ? t("flow.report.noneSkipped")
          : t("flow.report.skipped", {
              count: report.rowsSkipped,
              formatted: n(report.rowsSkipped),
            })}
      </p>
      {report.skipped.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("flow.report.skippedCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("flow.report.line")}</th>
                <th scope="col">{t("flow.report.column")}</th>
                <th scope="col">{t("flow.report.reason")}</th>
                <th scope="col">{t("flow.report.found")}</th>
              </tr>
            </thead>
            <tbody>
              {report.skipped.map((row) => (
                <tr key={`${row.line}-${row.column}-${row.code}`}>
                  <td>{row.line ?? "–"}</td>
                  <td>{row.columnName ?? row.column ?? "–"}</td>
                  <td>{skipReason(row.code, row.message, t)}</td>
                  <td>
                    <code>{row.found ?? ""}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">
        {report.lifecycle.mode === "start-complete"
          ? t("flow.report.startComplete")
          : t("flow.report.completeOnly")}
      </p>
    </section>
  );
}

const SKIP_REASONS = [
  "missing_case_id",
  "missing_activity",
  "missing_timestamp",
  "invalid_timestamp",
  "invalid_start_timestamp",
  "csv_malformed_row",
] as const;

/** The reason in the reader's language when we know the code; the server's words otherwise. */
function skipReason(code: string, message: string, t: TFunction): string {
  const known = SKIP_REASONS.find((reason) => reason === code);
  return known ? t(`flow.report.reasons.${known}`) : message;
}
