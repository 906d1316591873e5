import type { DfgEdge, FlowFacts } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { formatDuration, formatNumber, formatShare } from "../format";
import { DataTable } from "./DataTable";

/** Where time goes: the transitions and activities with the most waiting. */
export function BottleneckTables({
  bottlenecks,
  timeKind,
}: {
  bottlenecks: FlowFacts["bottlenecks"];
  timeKind: FlowFacts["dfg"]["timeKind"];
}) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <p className="muted">
        {t(timeKind === "waiting" ? "flow.bottlenecks.waiting" : "flow.bottlenecks.transition")}
      </p>
      <EdgeTable edges={bottlenecks.edgesByTotal} caption={t("flow.bottlenecks.byTotal")} />
      <EdgeTable edges={bottlenecks.edgesByMedian} caption={t("flow.bottlenecks.byMedian")} />
    </div>
  );
}

export function EdgeTable({ edges, caption }: { edges: DfgEdge[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const duration = (value: number) => formatDuration(value, i18n.language);
  return (
    <DataTable
      caption={caption}
      rows={edges}
      rowKey={(edge) => `${edge.from}\u0001${edge.to}`}
      columns={[
        { label: t("flow.bottlenecks.from"), cell: (edge) => edge.from },
        { label: t("flow.bottlenecks.to"), cell: (edge) => edge.to },
        {
          label: t("flow.bottlenecks.count"),
          cell: (edge) => formatNumber(edge.count, i18n.language),
          numeric: true,
        },
        {
          label: t("flow.bottlenecks.median"),
          cell: (edge) => duration(edge.medianDays),
          numeric: true,
        },
        {
          label: t("flow.bottlenecks.total"),
          cell: (edge) => duration(edge.totalDays),
          numeric: true,
        },
      ]}
    />
  );
}

export function ReworkTable({ rework }: { rework: FlowFacts["rework"] }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <div className="stack">
      <p>
        {t("flow.rework.summary", {
          cases: formatNumber(rework.casesWithRework, i18n.language),
          share: formatShare(rework.share, i18n.language),
        })}
      </p>
      {rework.activities.length > 0 && (
        <DataTable
          caption={t("flow.rework.caption")}
          rows={rework.activities.slice(0, 15)}
          rowKey={(row) => row.activity}
          columns={[
            { label: t("flow.rework.activity"), cell: (row) => row.activity },
            { label: t("flow.rework.cases"), cell: (row) => n(row.cases), numeric: true },
            {
              label: t("flow.rework.share"),
              cell: (row) => formatShare(row.share, i18n.language),
              numeric: true,
            },
            { label: t("flow.rework.repeats"), cell: (row) => n(row.repeats), numeric: true },
          ]}
        />
      )}
    </div>
  );
}

/** The most frequent paths through the process, each with its share as a bar. */
export function VariantList({ variants }: { variants: FlowFacts["variants"] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="stack">
      <p className="muted">
        {t("flow.variants.summary", {
          total: formatNumber(variants.total, i18n.language),
          cases: formatNumber(variants.cases, i18n.language),
        })}
      </p>
      <ol className="variant-list">
        {variants.top.map((variant) => (
          <li key={variant.rank}>
            <div className="variant-head">
              <span className="share-bar" aria-hidden="true">
                <span style={{ width: `${Math.max(1, variant.share * 100)}%` }} />
              </span>
              <strong>{formatShare(variant.share, i18n.language)}</strong>
              <span className="muted">
                {t("flow.variants.cases", {
                  count: variant.cases,
                  formatted: formatNumber(variant.cases, i18n.language),
                })}
                {" · "}
                {t("flow.variants.median", {
                  duration: formatDuration(variant.medianLeadTimeDays, i18n.language),
                })}
              </span>
            </div>
            <p className="variant-path">{variant.activities.join(" → ")}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
