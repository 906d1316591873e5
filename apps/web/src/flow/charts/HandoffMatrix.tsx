import type { FlowFacts } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { formatDuration, formatNumber } from "../format";

/**
 * Handoffs between units as a heat map: rows hand over to columns; a cell's shade is its total
 * waiting, so the costliest cross-functional dependencies stand out. The biggest is named in
 * words above the table, which a screen reader reaches first.
 */
export function HandoffMatrix({ handoffs }: { handoffs: FlowFacts["handoffs"] }) {
  const { t, i18n } = useTranslation();
  if (!handoffs.available) return <p>{t("flow.handoffs.noUnits")}</p>;
  if (handoffs.handoffs.length === 0) return <p>{t("flow.handoffs.none")}</p>;
  const byPair = new Map(
    handoffs.handoffs.map((handoff) => [`${handoff.from}\u0000${handoff.to}`, handoff]),
  );
  const maxTotal = Math.max(...handoffs.handoffs.map((handoff) => handoff.totalDays));
  const biggest = handoffs.handoffs[0];
  const days = (value: number) => formatDuration(value, i18n.language);
  return (
    <div className="stack">
      {biggest && (
        <p className="callout" data-testid="biggest-handoff">
          {t("flow.handoffs.biggest", {
            from: biggest.from,
            to: biggest.to,
            total: days(biggest.totalDays),
            median: days(biggest.medianDays),
            count: biggest.count,
          })}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table handoff-matrix">
          <caption>{t("flow.handoffs.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("flow.handoffs.fromTo")}</th>
              {handoffs.units.map((unit) => (
                <th scope="col" key={unit}>
                  {unit}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {handoffs.units.map((from) => (
              <tr key={from}>
                <th scope="row">{from}</th>
                {handoffs.units.map((to) => {
                  const handoff = byPair.get(`${from}\u0000${to}`);
                  if (!handoff) return <td key={to} className="empty-cell" />;
                  const heat = maxTotal > 0 ? handoff.totalDays / maxTotal : 0;
                  return (
                    <td
                      key={to}
                      className={heat > 0.5 ? "heat heat-strong" : "heat"}
                      style={{
                        backgroundColor: `rgb(180 35 24 / ${(0.08 + heat * 0.8).toFixed(2)})`,
                      }}
                      title={t("flow.handoffs.cellTitle", { from, to })}
                    >
                      <span className="heat-count">
                        {formatNumber(handoff.count, i18n.language)}
                      </span>
                      <span className="heat-wait">{days(handoff.medianDays)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
