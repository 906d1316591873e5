import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { agendaPdfUrl } from "../../api/preparation";
import { ErrorAlert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useJoinCode } from "../../live/use-join-code";
import { useLiveSession } from "../../live/use-live-session";
import { useSession } from "../../session/session-context";
import { useIsMember } from "../../session/use-is-member";
import { ConnectionNote, SessionStatusBadge } from "../live/LiveParts";
import { LifecyclePanel } from "./console/LifecyclePanel";
import { PeoplePanel } from "./console/PeoplePanel";
import { PhaseTools } from "./console/PhaseTools";
import { SpeakingRoundPanel } from "./console/SpeakingRoundPanel";
import { StepNavigator } from "./console/StepNavigator";
import { StepsPanel } from "./console/StepsPanel";
import { TimerPanel } from "./console/TimerPanel";

export function SessionConsolePage({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useTranslation();
  const live = useLiveSession({ sessionId });
  const joinCode = useJoinCode(sessionId);
  const state = live.session?.state;
  const { me } = useSession();
  const member = useIsMember(orgId);
  useDocumentTitle(state?.title);
  if (live.status === "failed") {
    return <ErrorAlert>{t("apiErrors.session_not_found")}</ErrorAlert>;
  }
  if (!state) return <Loading label={t("live.connection.connecting")} />;
  const joinUrl = joinCode ? `${window.location.origin}/join/${joinCode}` : "";
  return (
    <div className="stack-lg">
      <p>
        {/* Someone booked from another organisation may open this session only, not its list:
            they came from their own Training page. */}
        {member || !me?.activeOrganisationId ? (
          <Link href={`/orgs/${encodeURIComponent(orgId)}/sessions`}>← {t("console.back")}</Link>
        ) : (
          <Link href={`/orgs/${encodeURIComponent(me.activeOrganisationId)}/training`}>
            ← {t("training.back")}
          </Link>
        )}
      </p>
      <div className="page-head">
        <PageHeading>{state.title}</PageHeading>
        <div className="live-head-row">
          <SessionStatusBadge status={state.status} />
          <ConnectionNote status={live.status} />
        </div>
      </div>
      <section className="card session-row" aria-label={t("console.joinCode")}>
        <div>
          <p className="muted">{t("console.joinCode")}</p>
          <p className="join-code" data-testid="join-code">
            {joinCode ?? "…"}
          </p>
          {joinUrl && <p className="muted break">{joinUrl}</p>}
        </div>
        <div className="actions">
          <Link
            className="button button-secondary"
            href={`/orgs/${encodeURIComponent(orgId)}/sessions/${encodeURIComponent(sessionId)}/prepare`}
          >
            {t("preparation.link")}
          </Link>
          <a
            className="button button-secondary"
            href={agendaPdfUrl(sessionId)}
            download
            data-testid="agenda-pdf"
          >
            {t("preparation.page.agendaPdf")}
          </a>
          <a
            className="button button-secondary"
            href={`/wall/${encodeURIComponent(sessionId)}`}
            target="_blank"
            rel="noreferrer"
          >
            {t("console.openWall")}
          </a>
        </div>
      </section>
      <LifecyclePanel state={state} live={live} />
      {state.status === "closed" && (
        <p>
          <Link
            className="button button-primary"
            href={`/orgs/${encodeURIComponent(orgId)}/sessions/${encodeURIComponent(sessionId)}/report`}
          >
            {t("report.page.link")}
          </Link>
        </p>
      )}
      <div className="console">
        <div className="stack-lg">
          <StepNavigator state={state} live={live} />
          <PhaseTools state={state} live={live} />
        </div>
        <div className="stack-lg">
          <TimerPanel state={state} live={live} />
          <SpeakingRoundPanel state={state} live={live} />
          <PeoplePanel state={state} live={live} />
          <StepsPanel state={state} live={live} />
        </div>
      </div>
    </div>
  );
}
