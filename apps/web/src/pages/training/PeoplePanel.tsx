import { useTranslation } from "react-i18next";
import { fetchTrainingPeople } from "../../api/training";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { useResource } from "../../lib/use-resource";
import { CertificateLine } from "./CertificateLine";

/**
 * The organisation's own people in training, wherever the programme runs: what a partner
 * municipality's admin may see, and nothing of other organisations' people.
 */
export function PeoplePanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const people = useResource(`training-people:${orgId}`, (signal) =>
    fetchTrainingPeople(orgId, signal),
  );
  if (people.status === "loading") return <Loading />;
  if (people.status === "error") return <LoadError error={people.error} onRetry={people.reload} />;
  const { enrolments, certificates } = people.data;
  return (
    <section className="stack" aria-labelledby="people-title" data-testid="our-people">
      <h2 id="people-title">{t("training.people.title")}</h2>
      {enrolments.length === 0 ? (
        <p className="empty">{t("training.people.empty")}</p>
      ) : (
        <div className="training-table-scroll">
          <table className="training-table">
            <thead>
              <tr>
                <th>{t("training.signups.person")}</th>
                <th>{t("training.people.cohort")}</th>
                <th>{t("training.mine.unit")}</th>
                <th>{t("training.signups.status")}</th>
                <th>{t("training.signups.progress")}</th>
              </tr>
            </thead>
            <tbody>
              {enrolments.map((enrolment) => (
                <tr key={enrolment.id}>
                  <td>{enrolment.displayName}</td>
                  <td>
                    {enrolment.programmeName}: {enrolment.cohortName}
                  </td>
                  <td>{enrolment.unit}</td>
                  <td>{t(`training.status.${enrolment.status}`)}</td>
                  <td>
                    {enrolment.progress.attendancePercent} % ·{" "}
                    {t("training.progress.practice", { count: enrolment.progress.practiceCount })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {certificates.length > 0 && (
        <ul className="plain-list">
          {certificates.map((certificate) => (
            <li key={certificate.id}>
              <strong>{certificate.displayName}</strong>{" "}
              <CertificateLine certificate={certificate} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
