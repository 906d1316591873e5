import type { DecisionRecord } from "@samspel/core";
import { useSessionT } from "../../components/SessionLanguage";
import { formatDay } from "../../lib/format";
import { RecordSection } from "./RecordSection";

/** What follows from the decision: who does what by when. */
export function RecordActions({ record }: { record: DecisionRecord }) {
  const { t, language } = useSessionT();
  if (record.outcome === "postponed") return null;
  return (
    <RecordSection title={t("decisions.record.actions")}>
      {record.actions.length === 0 ? (
        <p className="muted">{t("decisions.record.noActions")}</p>
      ) : (
        <table className="record-table">
          <thead>
            <tr>
              <th scope="col">{t("decisions.record.actionWhat")}</th>
              <th scope="col">{t("decisions.record.actionOwner")}</th>
              <th scope="col">{t("decisions.record.actionDue")}</th>
            </tr>
          </thead>
          <tbody>
            {record.actions.map((action, index) => (
              // Actions have no ids and never change once recorded: their place is their key.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <tr key={index}>
                <td>{action.what}</td>
                <td>{action.owner}</td>
                <td>
                  {action.dueDate
                    ? formatDay(action.dueDate, language)
                    : t("decisions.record.noDueDate")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </RecordSection>
  );
}
