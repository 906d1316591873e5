import type { JoinPreview } from "@samspel/core";
import { joinCodeSchema } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { fetchJoinPreview, joinSession } from "../../api/sessions";
import { ErrorAlert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { Field } from "../../forms/Field";
import { SubmitButton } from "../../forms/SubmitButton";
import { errorMessage } from "../../lib/error-message";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useResource } from "../../lib/use-resource";
import { readParticipant, storeParticipant } from "../../live/participant-tokens";

/** `/join`: type the code the facilitator shows. */
export function JoinCodePage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | undefined>();
  useDocumentTitle(t("join.title"));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("code");
    const parsed = joinCodeSchema.safeParse(typeof value === "string" ? value : "");
    if (!parsed.success) {
      setError(t("apiErrors.join_code_not_found"));
      return;
    }
    navigate(`/join/${parsed.data}`);
  };
  return (
    <div className="narrow">
      <PageHeading>{t("join.title")}</PageHeading>
      <p>{t("join.intro")}</p>
      <form onSubmit={onSubmit} noValidate className="stack card">
        <Field
          name="code"
          label={t("join.code")}
          hint={t("join.codeHint")}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="input-code"
          required
        />
        <SubmitButton
          pending={false}
          label={t("join.find")}
          pendingLabel={t("join.finding")}
          block
        />
      </form>
    </div>
  );
}

/** `/join/:code`: what the code leads to, an optional name, and joining. */
export function JoinSessionPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const preview = useResource(`join:${code}`, (signal) => fetchJoinPreview(code, signal));
  useDocumentTitle(preview.status === "ready" ? preview.data.title : t("join.title"));
  if (preview.status === "loading") return <Loading />;
  if (preview.status === "error") {
    return (
      <div className="narrow stack">
        <PageHeading>{t("join.title")}</PageHeading>
        <ErrorAlert>{errorMessage(preview.error, t)}</ErrorAlert>
        <p>
          <a href="/join">{t("join.otherCode")}</a>
        </p>
      </div>
    );
  }
  return <JoinForm code={code} preview={preview.data} />;
}

function JoinForm({ code, preview }: { code: string; preview: JoinPreview }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const sessionPath = `/s/${encodeURIComponent(preview.sessionId)}`;
  const open = preview.status === "open" || preview.status === "running";
  // Someone who joined before (a reload, the QR scanned again) goes straight back in.
  const known = readParticipant(preview.sessionId);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const name = new FormData(event.currentTarget).get("displayName");
    setPending(true);
    setFailure(null);
    try {
      const joined = await joinSession(code, typeof name === "string" ? name.trim() : undefined);
      storeParticipant(joined.sessionId, {
        token: joined.token,
        participantId: joined.participantId,
      });
      navigate(`/s/${encodeURIComponent(joined.sessionId)}`);
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="narrow">
      <PageHeading>{t("join.previewTitle", { title: preview.title })}</PageHeading>
      <p className="muted">{t(`live.anonymity.${anonymityKey(preview.anonymity)}`)}</p>
      {known ? (
        <p>
          <a className="button button-primary button-block" href={sessionPath}>
            {t("join.submit")}
          </a>
        </p>
      ) : !open ? (
        <ErrorAlert>{t("join.notOpen")}</ErrorAlert>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate className="stack card">
          {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
          {preview.anonymity !== "anonymous" && (
            <Field
              name="displayName"
              label={t("join.name")}
              hint={t("join.nameHint")}
              autoComplete="name"
              maxLength={80}
            />
          )}
          <SubmitButton
            pending={pending}
            label={t("join.submit")}
            pendingLabel={t("join.submitting")}
            block
          />
        </form>
      )}
    </div>
  );
}

function anonymityKey(value: string): "named" | "anonymous_to_peers" | "anonymous" {
  return value === "anonymous_to_peers" || value === "anonymous" ? value : "named";
}
