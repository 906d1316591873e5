import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useLiveSession } from "../../live/use-live-session";
import { boardOf, currentStep } from "../../live/view";
import { useJoinCode } from "../org/SessionConsolePage";
import { ContributionBoard, Countdown, SessionStatusBadge } from "./LiveParts";

/** `/wall/:sessionId`: the projector. Read-only (an observer), for a logged-in facilitator. */
export function WallPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const live = useLiveSession({ sessionId, as: "observer" });
  const state = live.session?.state;
  const joinCode = useJoinCode(state?.organisationId || undefined, sessionId);
  const joinUrl = joinCode ? `${window.location.origin}/join/${joinCode}` : undefined;
  const qr = useQrCode(joinUrl);
  useDocumentTitle(state ? `${t("wall.title")} · ${state.title}` : t("wall.title"));

  if (live.status === "failed") return <ErrorAlert>{t("apiErrors.session_not_found")}</ErrorAlert>;
  if (!state) return <Loading label={t("live.connection.connecting")} />;
  const step = currentStep(state);
  return (
    <div className="wall">
      <div className="stack-lg">
        <div className="live-head-row">
          <SessionStatusBadge status={state.status} />
          <span className="muted">
            {t("wall.participants", { count: state.participantOrder.length })}
          </span>
        </div>
        <h1 className="page-title wall-title">{state.title}</h1>
        {state.question && <p className="lead">{state.question}</p>}
        {step && (
          <section className="stack" aria-labelledby="wall-step">
            <h2 id="wall-step">
              {step.methodName} <span className="muted">· {t(`live.phases.${step.phase}`)}</span>
            </h2>
            {step.prompt && <p className="prompt">{step.prompt}</p>}
            {state.timer && state.timer.stepId === step.id && <Countdown timer={state.timer} />}
            <ContributionBoard
              state={state}
              contributions={boardOf(state, step)}
              reactions={step.settings.reactions}
              large
            />
          </section>
        )}
      </div>
      <aside className="card stack wall-join" aria-label={t("console.joinCode")}>
        <p>{t("wall.joinAt", { host: window.location.host })}</p>
        <p className="join-code" data-testid="join-code">
          {joinCode ?? "…"}
        </p>
        {qr && <img src={qr} alt={t("wall.qr")} width={288} height={288} />}
      </aside>
    </div>
  );
}

function useQrCode(url: string | undefined): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    QRCode.toDataURL(url, { margin: 1, width: 576, errorCorrectionLevel: "M" }).then(
      (value) => {
        if (!cancelled) setDataUrl(value);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [url]);
  return dataUrl;
}
