import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { SessionLanguage } from "../../components/SessionLanguage";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useJoinCode } from "../../live/use-join-code";
import { useLiveSession } from "../../live/use-live-session";
import { WallScreen } from "./wall/WallScreen";

/**
 * `/wall/:sessionId`: the projector. Read-only (an observer: the server has already redacted
 * what the anonymity mode hides), for a logged-in facilitator. It speaks the session's language,
 * not the facilitator's: it is for the room.
 */
export function WallPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const live = useLiveSession({ sessionId, as: "observer" });
  const state = live.session?.state;
  const joinCode = useJoinCode(sessionId);
  useDocumentTitle(state ? `${t("wall.title")} · ${state.title}` : t("wall.title"));

  if (live.status === "failed") {
    return (
      <div className="wall-screen">
        <ErrorAlert>{t("apiErrors.session_not_found")}</ErrorAlert>
      </div>
    );
  }
  if (!state) return <Loading label={t("live.connection.connecting")} />;
  return (
    <SessionLanguage language={state.language}>
      <WallScreen state={state} joinCode={joinCode} opinionMap={live.opinionMap} />
    </SessionLanguage>
  );
}
