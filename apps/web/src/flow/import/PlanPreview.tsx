import type { ImportPlan } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../format";

const DELIMITER_NAMES: Record<string, string> = { ",": ",", ";": ";", "\t": "tab", "|": "|" };

/** What the importer detected, to be checked before anything is imported. */
export function PlanPreview({ plan }: { plan: ImportPlan }) {
  const { t, i18n } = useTranslation();
  const formats = Object.entries(plan.timestampFormats);
  return (
    <section className="stack" aria-labelledby="plan-title">
      <h3 id="plan-title">{t("flow.import.detectedTitle", { file: plan.fileName })}</h3>
      <dl className="facts">
        <div>
          <dt>{t("flow.import.format")}</dt>
          <dd>{plan.format.toUpperCase()}</dd>
        </div>
        <div>
          <dt>{t("flow.import.size")}</dt>
          <dd>{formatNumber(plan.sizeBytes / 1024, i18n.language)} KiB</dd>
        </div>
        {plan.dialect && (
          <>
            <div>
              <dt>{t("flow.import.encoding")}</dt>
              <dd>{plan.dialect.encoding}</dd>
            </div>
            <div>
              <dt>{t("flow.import.delimiter")}</dt>
              <dd>
                <code>{DELIMITER_NAMES[plan.dialect.delimiter] ?? plan.dialect.delimiter}</code>
              </dd>
            </div>
            <div>
              <dt>{t("flow.import.header")}</dt>
              <dd>{plan.dialect.header ? t("flow.import.yes") : t("flow.import.no")}</dd>
            </div>
          </>
        )}
      </dl>
      {formats.length > 0 && (
        <div className="stack">
          <h4>{t("flow.import.timestampsTitle")}</h4>
          <ul className="plain-list">
            {formats.map(([column, format]) => (
              <li key={column}>
                <strong>{column}</strong>: <code>{format.formats.join(" | ")}</code> (
                {t("flow.import.example", { example: format.example })})
                {format.ambiguousDayMonth && <> — {t("flow.import.ambiguous")}</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.notes.length > 0 && (
        <ul className="plain-list muted">
          {plan.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {plan.preview.length > 0 && (
        <div className="table-scroll">
          <table className="data-table preview-table">
            <caption>{t("flow.import.previewCaption", { count: plan.preview.length })}</caption>
            <thead>
              <tr>
                {plan.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.preview.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity but their place.
                <tr key={index}>
                  {plan.columns.map((column, cell) => (
                    <td key={column}>{row[cell] ?? ""}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
