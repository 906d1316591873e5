import type { DfgEdge, FlowFacts } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { formatDuration, formatNumber, formatShare } from "../format";

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
  const days = (value: number) => formatDuration(value, i18n.language);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("flow.bottlenecks.from")}</th>
            <th scope="col">{t("flow.bottlenecks.to")}</th>
            <th scope="col" className="num">
              {t("flow.bottlenecks.count")}
            </th>
            <th scope="col" className="num">
              {t("flow.bottlenecks.median")}
            </th>
            <th scope="col" className="num">
              {t("flow.bottlenecks.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {edges.map((edge) => (
            <tr key={`${edge.from}→${edge.to}`}>
              <td>{edge.from}</td>
              <td>{edge.to}</td>
              <td className="num">{formatNumber(edge.count, i18n.language)}</td>
              <td className="num">{days(edge.medianDays)}</td>
              <td className="num">{days(edge.totalDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReworkTable({ rework }: { rework: FlowFacts["rework"] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="stack">
      <p>
        {t("flow.rework.summary", {
          cases: formatNumber(rework.casesWithRework, i18n.language),
          share: formatShare(rework.share, i18n.language),
        })}
      </p>
      {rework.activities.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("flow.rework.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("flow.rework.activity")}</th>
                <th scope="col" className="num">
                  {t("flow.rework.cases")}
                </th>
                <th scope="col" className="num">
                  {t("flow.rework.share")}
                </th>
                <th scope="col" className="num">
                  {t("flow.rework.repeats")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rework.activities.slice(0, 15).map((row) => (
                <tr key={row.activity}>
                  <td>{row.activity}</td>
                  <td className="num">{formatNumber(row.cases, i18n.language)}</td>
                  <td className="num">{formatShare(row.share, i18n.language)}</td>
                  <td className="num">{formatNumber(row.repeats, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
