import { useTranslation } from "react-i18next";
import { fetchBookedPeople } from "../../../api/sessions";
import { LoadError } from "../../../components/LoadError";
import { useResource } from "../../../lib/use-resource";

/**
 * Who a booking sent to run this session, known before they act: the session's record names a
 * facilitator only once they do. Hidden for a session no booking is linked to.
 */
export function BookedPeople({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const booked = useResource(`booked-people:${sessionId}`, (signal) =>
    fetchBookedPeople(sessionId, signal),
  );
  if (booked.status === "loading") return null;
  if (booked.status === "error") return <LoadError error={booked.error} onRetry={booked.reload} />;
  if (booked.data.length === 0) return null;
  return (
    <div className="stack" data-testid="booked-people">
      <h3>{t("console.booked")}</h3>
      <ul className="people">
        {booked.data.map((person) => (
          <li key={person.userId}>
            {person.displayName}{" "}
            <span className="muted">
              ·{" "}
              {t(
                person.role === "facilitator"
                  ? "training.pool.as.facilitator"
                  : "training.pool.as.resource_person",
              )}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{t("console.bookedIntro")}</p>
    </div>
  );
}
