import type { Cohort } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { recordAttendance } from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { useAction } from "./use-action";

/**
 * Trainees down, gatherings across; a tick is "present". Each gathering is saved on its own,
 * as a coordinator records one gathering at a time, after it is held.
 */
export function AttendanceGrid({
  cohort,
  onSaved,
}: {
  cohort: Cohort;
  onSaved: (cohort: Cohort) => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const trainees = cohort.enrolments.filter(
    (enrolment) => enrolment.status === "enrolled" || enrolment.status === "completed",
  );
  const [present, setPresent] = useState<Record<string, ReadonlySet<string>>>(() =>
    Object.fromEntries(
      cohort.gatherings.map((gathering) => [gathering.id, new Set(gathering.present)]),
    ),
  );
  const toggle = (gatheringId: string, userId: string) =>
    setPresent((before) => {
      const next = new Set(before[gatheringId] ?? []);
      if (!next.delete(userId)) next.add(userId);
      return { ...before, [gatheringId]: next };
    });
  const editable = cohort.coordinating;
  return (
    <div className="stack">
      {action.error && <ErrorAlert>{action.error}</ErrorAlert>}
      <div className="training-table-scroll">
        <table className="training-table" data-testid="attendance">
          <thead>
            <tr>
              <th>{t("training.signups.person")}</th>
              {cohort.gatherings.map((gathering) => (
                <th key={gathering.id}>
                  {gathering.title}
                  <br />
                  <span className="muted">{gathering.heldOn}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trainees.map((trainee) => (
              <tr key={trainee.id}>
                <td>{trainee.displayName}</td>
                {cohort.gatherings.map((gathering) => (
                  <td key={gathering.id}>
                    <input
                      type="checkbox"
                      aria-label={t("training.gatherings.present", {
                        name: trainee.displayName,
                        gathering: gathering.title,
                      })}
                      disabled={!editable}
                      checked={present[gathering.id]?.has(trainee.userId) ?? false}
                      onChange={() => toggle(gathering.id, trainee.userId)}
                    />
                  </td>
                ))}
              </tr>
            ))}
            {editable && (
              <tr>
                <td />
                {cohort.gatherings.map((gathering) => (
                  <td key={gathering.id}>
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={action.pending}
                      onClick={() =>
                        action.run(async () =>
                          onSaved(
                            await recordAttendance(gathering.id, [
                              ...(present[gathering.id] ?? []),
                            ]),
                          ),
                        )
                      }
                    >
                      {t("training.gatherings.save", { gathering: gathering.title })}
                    </button>
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
