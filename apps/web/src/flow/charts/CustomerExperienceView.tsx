import * as Plot from "@observablehq/plot";
import type { CustomerExperience } from "@samspel/core";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatDuration, formatNumber } from "../format";
import { COLOURS } from "./colours";
import { DataTable } from "./DataTable";
import { dateTicks } from "./date-ticks";
import { PlotFigure } from "./PlotFigure";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** Customer experience beside lead time: two charts on one time axis, and scores by speed. */
export function CustomerExperienceView({ experience }: { experience: CustomerExperience }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const n = (value: number | null, digits = 1) =>
    value === null ? "–" : formatNumber(value, i18n.language, digits);
  const weeks = experience.weeks;
  // One time axis for both charts, so a week lines up with itself.
  const domain = useMemo(
    () =>
      weeks.length > 0
        ? [day(weeks[0]?.weekStart ?? ""), day(weeks.at(-1)?.weekStart ?? "")]
        : undefined,
    [weeks],
  );
  const scores = useCallback(
    (): Plot.PlotOptions => ({
      height: 180,
      x: {
        type: "utc",
        tickFormat: dateTicks(language),
        label: null,
        ...(domain ? { domain } : {}),
      },
      y: { label: t("flow.experience.meanScore"), grid: true },
      marks: [
        Plot.lineY(
          weeks.filter((week) => week.meanScore !== null),
          {
            x: (week: { weekStart: string }) => day(week.weekStart),
            y: "meanScore",
            stroke: COLOURS.p85,
            marker: "circle",
            tip: true,
          },
        ),
      ],
    }),
    [weeks, domain, language, t],
  );
  const lead = useCallback(
    (): Plot.PlotOptions => ({
      height: 180,
      x: {
        type: "utc",
        tickFormat: dateTicks(language),
        label: t("flow.facts.week"),
        ...(domain ? { domain } : {}),
      },
      y: {
        label: t("flow.facts.leadTimeDays"),
        grid: true,
        tickFormat: (days: number) => formatDuration(days, language),
      },
      marks: [
        Plot.lineY(
          weeks.filter((week) => week.medianLeadTimeDays !== null),
          {
            x: (week: { weekStart: string }) => day(week.weekStart),
            y: "medianLeadTimeDays",
            stroke: COLOURS.accent,
            marker: "circle",
            tip: true,
          },
        ),
      ],
    }),
    [weeks, domain, language, t],
  );
  return (
    <div className="stack">
      <dl className="figures">
        <div>
          <dt>{t("flow.experience.responses")}</dt>
          <dd>{n(experience.responses, 0)}</dd>
        </div>
        <div>
          <dt>{t("flow.experience.meanScore")}</dt>
          <dd>{n(experience.meanScore, 2)}</dd>
        </div>
        {experience.kind === "nps" && (
          <div>
            <dt>NPS</dt>
            <dd>{n(experience.nps, 0)}</dd>
          </div>
        )}
        {experience.leadTimeCorrelation !== null && (
          <div>
            <dt>{t("flow.experience.correlation")}</dt>
            <dd>{n(experience.leadTimeCorrelation, 2)}</dd>
          </div>
        )}
      </dl>
      <PlotFigure build={scores} label={t("flow.experience.scoresLabel")} />
      <PlotFigure build={lead} label={t("flow.experience.leadLabel")} />
      {experience.byLeadTime.length > 0 && (
        <DataTable
          caption={t("flow.experience.bandsCaption")}
          rows={experience.byLeadTime}
          rowKey={(band) => band.band}
          columns={[
            {
              label: t("flow.experience.band"),
              cell: (band) => t(`flow.experience.bands.${band.band}`),
            },
            {
              label: t("flow.experience.responses"),
              cell: (band) => n(band.responses, 0),
              numeric: true,
            },
            {
              label: t("flow.experience.meanScore"),
              cell: (band) => n(band.meanScore, 2),
              numeric: true,
            },
          ]}
        />
      )}
      <p className="muted">{t("flow.experience.note")}</p>
    </div>
  );
}
