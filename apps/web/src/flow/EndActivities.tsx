import type { EventLog, FlowFacts } from "@samspel/core";
import { type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { updateEventLog } from "../api/processes";
import { SubmitButton } from "../forms/SubmitButton";
import { formatNumber } from "./format";
import { FlowErrorAlert } from "./import/FlowErrorAlert";
import { useAction } from "./use-action";

/** The server's default rule (packages/flow open-cases.ts): ends at least 5 % of the cases. */
const DEFAULT_MIN_END_SHARE = 0.05;

/**
 * Which last activities mean a case is finished. A log does not say which cases are still open;
 * throughput, WIP and work-item age depend on this, so the process owner can say it.
 */
export function EndActivities({
  processId,
  eventLog,
  dfg,
  cases,
  canManage,
  onSaved,
}: {
  processId: string;
  eventLog: EventLog;
  dfg: FlowFacts["dfg"];
  cases: number;
  canManage: boolean;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const legendId = useId();
  const { pending, failure, run } = useAction();
  const endings = dfg.activities
    .filter((activity) => activity.ends > 0)
    .sort((a, b) => b.ends - a.ends);
  const chosen = new Set(
    eventLog.openCaseRule.endActivities ??
      endings
        .filter((activity) => activity.ends >= DEFAULT_MIN_END_SHARE * cases)
        .map((a) => a.activity),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const endActivities = new FormData(event.currentTarget).getAll("end").map(String);
    void run(async () => {
      await updateEventLog(processId, { openCaseRule: { endActivities } });
      onSaved();
    });
  };

  return (
    <details className="end-activities">
      <summary>{t("flow.ends.summary", { count: chosen.size })}</summary>
      <form className="stack" onSubmit={onSubmit}>
        <p className="muted">
          {eventLog.openCaseRule.endActivities ? t("flow.ends.chosen") : t("flow.ends.default")}
        </p>
        {failure !== null && <FlowErrorAlert error={failure} />}
        <fieldset className="checkbox-list" aria-labelledby={legendId} disabled={!canManage}>
          <legend id={legendId}>{t("flow.ends.legend")}</legend>
          {endings.map((activity) => (
            <label key={activity.activity}>
              <input
                type="checkbox"
                name="end"
                value={activity.activity}
                defaultChecked={chosen.has(activity.activity)}
              />{" "}
              {activity.activity}{" "}
              <span className="muted">
                {t("flow.ends.endsCases", {
                  count: activity.ends,
                  formatted: formatNumber(activity.ends, i18n.language),
                })}
              </span>
            </label>
          ))}
        </fieldset>
        {canManage && (
          <div className="actions">
            <SubmitButton
              pending={pending}
              label={t("flow.ends.save")}
              pendingLabel={t("flow.process.saving")}
            />
          </div>
        )}
      </form>
    </details>
  );
}
