import { facilitatorProfileBodySchema, periodBodySchema } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { fetchProfile, saveAvailability, saveProfile } from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { Field } from "../../forms/Field";
import { SubmitButton } from "../../forms/SubmitButton";
import { useApiForm } from "../../forms/use-api-form";
import { useResource } from "../../lib/use-resource";
import { splitLabels } from "./use-action";

/** A facilitator's own profile and availability: nobody else edits them. */
export function ProfilePanel() {
  const { t } = useTranslation();
  const profile = useResource("facilitator-profile", (signal) => fetchProfile(signal));
  const profileForm = useApiForm({
    schema: facilitatorProfileBodySchema,
    toBody: (values) => ({
      languages: splitLabels(values.languages ?? ""),
      methods: splitLabels(values.methods ?? ""),
      areas: splitLabels(values.areas ?? ""),
    }),
    submit: saveProfile,
    onSuccess: (saved) => profile.set(saved),
  });
  const windowForm = useApiForm({
    schema: periodBodySchema,
    submit: (window) =>
      saveAvailability([...(profile.status === "ready" ? profile.data.availability : []), window]),
    onSuccess: (saved, element) => {
      element.reset();
      profile.set(saved);
    },
  });
  if (profile.status === "loading") return <Loading />;
  if (profile.status === "error")
    return <LoadError error={profile.error} onRetry={profile.reload} />;
  const data = profile.data;
  return (
    <section
      className="card stack"
      aria-labelledby="profile-title"
      data-testid="facilitator-profile"
    >
      <h2 id="profile-title">{t("training.profile.title")}</h2>
      <p className="muted">{t("training.profile.intro")}</p>
      <form ref={profileForm.formRef} onSubmit={profileForm.onSubmit} noValidate className="stack">
        {profileForm.formError && <ErrorAlert>{profileForm.formError}</ErrorAlert>}
        <Field
          name="languages"
          label={t("training.profile.languages")}
          hint={t("training.profile.listHint")}
          defaultValue={data.languages.join(", ")}
          error={profileForm.fieldError("languages")}
        />
        <Field
          name="methods"
          label={t("training.profile.methods")}
          hint={t("training.profile.listHint")}
          defaultValue={data.methods.join(", ")}
          error={profileForm.fieldError("methods")}
        />
        <Field
          name="areas"
          label={t("training.profile.areas")}
          hint={t("training.profile.listHint")}
          defaultValue={data.areas.join(", ")}
          error={profileForm.fieldError("areas")}
        />
        <div>
          <SubmitButton
            pending={profileForm.pending}
            label={t("training.profile.save")}
            pendingLabel={t("training.saving")}
          />
        </div>
      </form>
      <h3>{t("training.profile.availability")}</h3>
      {data.availability.length === 0 ? (
        <p className="empty">{t("training.profile.noWindows")}</p>
      ) : (
        <ul className="plain-list">
          {data.availability.map((window) => (
            <li key={`${window.startsOn}-${window.endsOn}`}>
              {window.startsOn} – {window.endsOn}
            </li>
          ))}
        </ul>
      )}
      <form ref={windowForm.formRef} onSubmit={windowForm.onSubmit} noValidate className="stack">
        {windowForm.formError && <ErrorAlert>{windowForm.formError}</ErrorAlert>}
        <Field
          name="startsOn"
          type="date"
          label={t("training.startsOn")}
          error={windowForm.fieldError("startsOn")}
        />
        <Field
          name="endsOn"
          type="date"
          label={t("training.endsOn")}
          error={windowForm.fieldError("endsOn")}
        />
        <div>
          <SubmitButton
            pending={windowForm.pending}
            label={t("training.profile.addWindow")}
            pendingLabel={t("training.saving")}
          />
        </div>
      </form>
    </section>
  );
}
