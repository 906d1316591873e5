import { useSessionT } from "../../../components/SessionLanguage";
import { useQrCode } from "./use-qr-code";

/**
 * How to join: the code and a QR code. Large while people arrive; once the session runs, small
 * in a corner for latecomers, out of the way of the step.
 */
export function WallJoin({
  joinCode,
  participants,
  compact = false,
}: {
  joinCode: string | undefined;
  participants: number;
  compact?: boolean;
}) {
  const { t } = useSessionT();
  const qr = useQrCode(joinCode ? `${window.location.origin}/join/${joinCode}` : undefined);
  return (
    <aside
      className={compact ? "wall-join wall-join-compact" : "wall-join"}
      aria-label={t("console.joinCode")}
    >
      {qr && <img src={qr} alt={t("wall.qr")} width={576} height={576} />}
      <div className="wall-join-text">
        {/* In the corner, the address alone: the sentence around it was read at the start. */}
        <p>
          {compact
            ? `${window.location.host}/join`
            : t("wall.joinAt", { host: window.location.host })}
        </p>
        <p className="join-code" data-testid="join-code">
          {joinCode ?? "…"}
        </p>
        <p className="wall-join-count">{t("wall.participants", { count: participants })}</p>
      </div>
    </aside>
  );
}
