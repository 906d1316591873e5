import type { PeriodComparison as Comparison, FlowFilters } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchComparison, type Periods } from "../api/processes";
import { DataTable } from "./charts/DataTable";
import { formatDays, formatNumber, formatShare } from "./format";
import { FlowErrorAlert } from "./import/FlowErrorAlert";
import { useAction } from "./use-action";

/** Two periods side by side: did lead time or throughput change between them? */
export function PeriodComparison({
  processId,
  filters,
  initial,
}: {
  processId: string;
  filters: FlowFilters;
  initial: Periods;
}) {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<Comparison | null>(null);
  const { pending, failure, run } = useAction();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: keyof Periods) => String(data.get(name) ?? "");
    const periods = {
      aFrom: value("aFrom"),
      aTo: value("aTo"),
      bFrom: value("bFrom"),
      bTo: value("bTo"),
    };
    void run(async () => setResult(await fetchComparison(processId, periods, filters)));
  };

  const days = (value: number | null) => formatDays(value, i18n.language);
  const n = (value: number, digits = 0) => formatNumber(value, i18n.language, digits);
  const rows: [string, (side: Comparison["a"]) => string][] = [
    [t("flow.compare.completed"), (side) => n(side.completed)],
    [t("flow.compare.throughput"), (side) => n(side.throughputPerWeek, 1)],
    [t("flow.facts.median"), (side) => days(side.leadTime.median)],
    [t("flow.facts.p85"), (side) => days(side.leadTime.p85)],
    [t("flow.facts.mean"), (side) => days(side.leadTime.mean)],
    [t("flow.compare.variants"), (side) => n(side.variants)],
    [t("flow.compare.rework"), (side) => formatShare(side.reworkShare, i18n.language)],
  ];
  return (
    <div className="stack">
      <form className="compare-form" onSubmit={onSubmit}>
        {(["a", "b"] as const).map((side) => (
          <fieldset key={side}>
            <legend>{t(`flow.compare.period${side.toUpperCase() as "A" | "B"}`)}</legend>
            <label>
              {t("flow.filters.from")}{" "}
              <input
                className="input"
                type="date"
                name={`${side}From`}
                defaultValue={initial[`${side}From`]}
                required
              />
            </label>
            <label>
              {t("flow.filters.to")}{" "}
              <input
                className="input"
                type="date"
                name={`${side}To`}
                defaultValue={initial[`${side}To`]}
                required
              />
            </label>
          </fieldset>
        ))}
        <div className="actions">
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t("flow.compare.submit")}
          </button>
        </div>
      </form>
      {failure !== null && <FlowErrorAlert error={failure} />}
      {result && (
        <DataTable
          caption={t("flow.compare.caption")}
          rows={rows}
          rowKey={([label]) => label}
          columns={[
            { label: t("flow.compare.figure"), cell: ([label]) => label, rowHeader: true },
            {
              label: t("flow.compare.periodA"),
              cell: ([, value]) => value(result.a),
              numeric: true,
            },
            {
              label: t("flow.compare.periodB"),
              cell: ([, value]) => value(result.b),
              numeric: true,
            },
          ]}
        />
      )}
    </div>
  );
}
