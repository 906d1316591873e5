import type { FlowFacts, FlowFilters, SessionSummary } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchSessions, runSessionCommand } from "../../api/sessions";
import { SuccessNote } from "../../components/Alert";
import { SelectField } from "../../forms/SelectField";
import { SubmitRow } from "../../forms/SubmitRow";
import { errorMessage } from "../../lib/error-message";
import { useResource } from "../../lib/use-resource";
import { formatNumber } from "../format";
import { useAction } from "../use-action";
import {
  buildSnapshot,
  keyFigureOf,
  SHAREABLE_CHARTS,
  type ShareableChart,
} from "./build-snapshot";

/** Sessions that take a fact now or soon: a draft has no people yet, a closed one no more. */
const SHARE_INTO = new Set(["open", "running"]);

/**
 * "Share into a session": freezes a chart of the facts on screen, with the filters in force,
 * and posts it as a fact into an open or running session of the organisation. The engine
 * decides whether the session's current step takes facts, and says so when it does not.
 */
export function ShareChart({
  organisationId,
  process,
  facts,
  filters,
}: {
  organisationId: string;
  process: { id: string; name: string };
  facts: FlowFacts;
  filters: FlowFilters;
}) {
  const { t, i18n } = useTranslation();
  const sessions = useResource(`sessions:${organisationId}`, (signal) =>
    fetchSessions(organisationId, signal),
  );
  const open =
    sessions.status === "ready"
      ? sessions.data.filter((session) => SHARE_INTO.has(session.status))
      : [];
  const [kind, setKind] = useState<ShareableChart>("lead_time_xmr");
  const [chosen, setChosen] = useState("");
  const [sharedInto, setSharedInto] = useState<SessionSummary | null>(null);
  const { pending, failure, run } = useAction();
  const session = open.find((candidate) => candidate.id === chosen) ?? open[0];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!session) return;
    const chart = buildSnapshot({
      kind,
      facts,
      filters,
      process,
      words: {
        from: t("flow.snapshot.filterFrom"),
        to: t("flow.snapshot.filterTo"),
        variants: t("flow.snapshot.filterVariants"),
      },
      now: new Date(),
    });
    const figure = keyFigureOf(chart);
    const unit = t(`flow.snapshot.units.${chart.unit}`);
    void run(async () => {
      setSharedInto(null);
      await runSessionCommand(session.id, {
        type: "contribution.add",
        payload: {
          kind: "fact",
          text: t("flow.snapshot.label", {
            kind: t(`flow.snapshot.kinds.${kind}`),
            process: process.name,
          }).slice(0, 2_000),
          source: {
            chart,
            ...(figure !== null && {
              figure: `${formatNumber(figure, i18n.language, 1)} ${unit}`.slice(0, 120),
            }),
          },
        },
      });
      setSharedInto(session);
    });
  };

  return (
    <form className="card stack share-chart" onSubmit={onSubmit} data-testid="share-chart">
      <h3>{t("flow.share.title")}</h3>
      <p className="muted">{t("flow.share.intro")}</p>
      {sessions.status === "ready" && open.length === 0 ? (
        <p>{t("flow.share.noSessions")}</p>
      ) : (
        <>
          <SelectField
            name="share-chart-kind"
            label={t("flow.share.chart")}
            value={kind}
            onChange={(event) => setKind(event.target.value as ShareableChart)}
          >
            {SHAREABLE_CHARTS.map((option) => (
              <option key={option} value={option}>
                {t(`flow.snapshot.kinds.${option}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="share-chart-session"
            label={t("flow.share.session")}
            value={session?.id ?? ""}
            onChange={(event) => setChosen(event.target.value)}
          >
            {open.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </SelectField>
          <SubmitRow
            error={failure === null ? null : errorMessage(failure, t)}
            pending={pending || !session}
            label={pending ? t("flow.share.sharing") : t("flow.share.submit")}
          />
          {sharedInto && (
            <SuccessNote>{t("flow.share.shared", { session: sharedInto.title })}</SuccessNote>
          )}
        </>
      )}
    </form>
  );
}
