import type { BookingRequest } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { fetchSessions } from "../../api/sessions";
import { linkBookingSession } from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { SelectField } from "../../forms/SelectField";
import { useResource } from "../../lib/use-resource";
import { useAction } from "./use-action";

/**
 * The session a booked process became. Linking it lets the facilitator's history show what the
 * participants said; it does not make anyone a facilitator of the session (docs/training.md).
 */
export function BookingSession({
  request,
  manages,
  onLinked,
}: {
  request: BookingRequest;
  manages: boolean;
  onLinked: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const sessions = useResource(`booking-sessions:${request.organisationId}`, (signal) =>
    manages ? fetchSessions(request.organisationId, signal) : Promise.resolve([]),
  );
  if (!request.booking) return null;
  if (!manages || sessions.status !== "ready") {
    return request.session ? (
      <p className="muted">{t("training.booking.session", { title: request.session.title })}</p>
    ) : null;
  }
  return (
    <div className="stack">
      {action.error && <ErrorAlert>{action.error}</ErrorAlert>}
      <SelectField
        name={`session-${request.id}`}
        label={t("training.booking.linkSession")}
        hint={t("training.booking.linkSessionHint")}
        value={request.session?.id ?? ""}
        disabled={action.pending}
        onChange={(event) =>
          action.run(() => linkBookingSession(request.id, event.target.value), onLinked)
        }
      >
        <option value="" disabled>
          {t("training.booking.noSession")}
        </option>
        {sessions.data.map((session) => (
          <option key={session.id} value={session.id}>
            {session.title}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
