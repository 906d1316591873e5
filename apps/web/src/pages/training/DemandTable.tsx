import { useTranslation } from "react-i18next";
import { fetchDemand } from "../../api/training";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { useResource } from "../../lib/use-resource";

/** Sign-ups per organisation and unit, with the "we had to say no" figure. */
export function DemandTable({ cohortId, version }: { cohortId: string; version: string }) {
  const { t } = useTranslation();
  const demand = useResource(`demand:${cohortId}:${version}`, (signal) =>
    fetchDemand(cohortId, signal),
  );
  return (
    <section className="stack" aria-labelledby="demand-title">
      <h2 id="demand-title">{t("training.demand.title")}</h2>
      {demand.status === "loading" ? (
        <Loading />
      ) : demand.status === "error" ? (
        <LoadError error={demand.error} onRetry={demand.reload} />
      ) : (
        <div className="training-table-scroll">
          <table className="training-table" data-testid="demand">
            <thead>
              <tr>
                <th>{t("training.signups.organisation")}</th>
                <th>{t("training.mine.unit")}</th>
                <th>{t("training.demand.signedUp")}</th>
                <th>{t("training.demand.placed")}</th>
                <th>{t("training.demand.waiting")}</th>
                <th>{t("training.demand.notPlaced")}</th>
              </tr>
            </thead>
            <tbody>
              {demand.data.rows.map((row) => (
                <tr key={`${row.organisationId}:${row.unit}`}>
                  <td>{row.organisationName}</td>
                  <td>{row.unit}</td>
                  <td>{row.signedUp}</td>
                  <td>{row.placed}</td>
                  <td>{row.waiting}</td>
                  <td>{row.notPlaced}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
