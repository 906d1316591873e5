import {
  can,
  type DecisionLifecycle,
  type DecisionStatus,
  type DecisionStatusChange,
  nextStatuses,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { changeLifecycle, fetchDecisions } from "../../api/decisions";
import { ErrorAlert } from "../../components/Alert";
import { SelectField } from "../../forms/SelectField";
import { SubmitButton } from "../../forms/SubmitButton";
import { TextAreaField } from "../../forms/TextAreaField";
import { errorMessage } from "../../lib/error-message";
import { formatDateTime } from "../../lib/format";
import { useResource } from "../../lib/use-resource";
import { useMe } from "../../session/session-context";
import { DecisionDownloads } from "./DecisionDownloads";

interface LifecyclePanelProps {
  decisionId: string;
  organisationId: string;
  decidedAt: string;
}

/**
 * Where the decision is in its life, in the reader's language (it is the app speaking, not the
 * record), with the downloads; members who may manage decisions change the status here.
 */
export function LifecyclePanel({
  decisionId,
  organisationId,
  decidedAt,
  lifecycle: current,
  onChanged,
}: LifecyclePanelProps & {
  lifecycle: DecisionLifecycle;
  onChanged: (lifecycle: DecisionLifecycle) => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const role = me.organisations.find((org) => org.id === organisationId)?.role;
  const link = (id: string) => `/decisions/${encodeURIComponent(id)}`;
  return (
    <section className="card stack no-print record-status" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t("decisions.lifecycle.title")}</h2>
      <p data-testid="decision-status" data-status={current.status}>
        <span className="badge">{t(`decisions.statuses.${current.status}`)}</span>
        {current.changedAt &&
          ` ${t("decisions.lifecycle.since", { date: formatDateTime(current.changedAt, i18n.language) })}`}
      </p>
      {current.reason && <p>{t("decisions.lifecycle.reason", { reason: current.reason })}</p>}
      {current.supersededBy && (
        <p>
          <Link href={link(current.supersededBy)}>{t("decisions.lifecycle.supersededBy")}</Link>
        </p>
      )}
      {current.supersedes && (
        <p>
          <Link href={link(current.supersedes)}>{t("decisions.lifecycle.supersedes")}</Link>
        </p>
      )}
      <DecisionDownloads decisionId={decisionId} />
      {role && can(role, "manageDecisions") && nextStatuses(current.status).length > 0 && (
        <ChangeStatusForm
          // A fresh form for each new status: its choices and fields start over.
          key={current.status}
          decisionId={decisionId}
          organisationId={organisationId}
          decidedAt={decidedAt}
          current={current}
          onChanged={onChanged}
        />
      )}
    </section>
  );
}

function ChangeStatusForm({
  decisionId,
  organisationId,
  decidedAt,
  current,
  onChanged,
}: LifecyclePanelProps & {
  current: DecisionLifecycle;
  onChanged: (lifecycle: DecisionLifecycle) => void;
}) {
  const { t } = useTranslation();
  const options = nextStatuses(current.status);
  const [status, setStatus] = useState<DecisionStatus>(options[0] ?? "under_review");
  const [failure, setFailure] = useState<unknown>(null);
  const [missingReason, setMissingReason] = useState(false);
  const [pending, setPending] = useState(false);
  // Only a later decision may supersede this one: offer those, newest first.
  const later = useResource(`later:${organisationId}`, (signal) =>
    fetchDecisions(organisationId, signal),
  );
  const candidates =
    later.status === "ready"
      ? later.data.filter(
          (d) => d.id !== decisionId && d.outcome === "decided" && d.decidedAt > decidedAt,
        )
      : [];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get("reason") ?? "").trim();
    const supersededBy = String(form.get("supersededBy") ?? "");
    if (status === "revoked" && reason === "") {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    const change: DecisionStatusChange =
      status === "superseded"
        ? { status, supersededBy }
        : status === "revoked"
          ? { status, reason }
          : { status, ...(reason && { reason }) };
    setPending(true);
    setFailure(null);
    try {
      onChanged(await changeLifecycle(decisionId, change));
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="stack"
      onSubmit={onSubmit}
      noValidate
      aria-label={t("decisions.lifecycle.change")}
    >
      <SelectField
        name="status"
        label={t("decisions.lifecycle.newStatus")}
        value={status}
        onChange={(event) => setStatus(event.target.value as DecisionStatus)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {t(`decisions.statuses.${option}`)}
          </option>
        ))}
      </SelectField>
      {status === "superseded" ? (
        <SelectField name="supersededBy" label={t("decisions.lifecycle.laterDecision")}>
          <option value="">{t("decisions.lifecycle.chooseLater")}</option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.text}
            </option>
          ))}
        </SelectField>
      ) : (
        <TextAreaField
          name="reason"
          label={t("decisions.lifecycle.reasonField")}
          error={missingReason ? t("decisions.lifecycle.reasonRequired") : undefined}
          maxLength={2_000}
        />
      )}
      {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
      <SubmitButton
        pending={pending}
        label={t("decisions.lifecycle.submit")}
        pendingLabel={t("app.loading")}
      />
    </form>
  );
}
