import { facilitatorProfileBodySchema, periodBodySchema } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { fetchProfile, saveAvailability, saveProfile } from "../../api/training";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { Field } from "../../forms/Field";
import { useApiForm } from "../../forms/use-api-form";
import { useResource } from "../../lib/use-resource";
import { FormFrame } from "./FormFrame";
import { MethodChoice } from "./MethodChoice";
import { PeriodFields, PeriodText } from "./Period";
import { splitLabels } from "./use-action";

/** A facilitator's own profile and availability: nobody else edits them. */
export function ProfilePanel({ orgId }: { orgId: string }) {
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
      <FormFrame form={profileForm} submitLabel={t("training.profile.save")}>
        <Field
          name="languages"
          label={t("training.profile.languages")}
          hint={t("training.profile.listHint")}
          defaultValue={data.languages.join(", ")}
          error={profileForm.fieldError("languages")}
        />
        <MethodChoice
          orgId={orgId}
          name="methods"
          label={t("training.profile.methods")}
          hint={t("training.profile.methodsHint")}
          defaultValue={data.methods}
          error={profileForm.fieldError("methods")}
        />
        <Field
          name="areas"
          label={t("training.profile.areas")}
          hint={t("training.profile.listHint")}
          defaultValue={data.areas.join(", ")}
          error={profileForm.fieldError("areas")}
        />
      </FormFrame>
      <h3>{t("training.profile.availability")}</h3>
      {data.availability.length === 0 ? (
        <p className="empty">{t("training.profile.noWindows")}</p>
      ) : (
        <ul className="plain-list">
          {data.availability.map((window) => (
            <li key={`${window.startsOn}-${window.endsOn}`}>
              <PeriodText period={window} />
            </li>
          ))}
        </ul>
      )}
      <FormFrame form={windowForm} submitLabel={t("training.profile.addWindow")}>
        <PeriodFields form={windowForm} />
      </FormFrame>
    </section>
  );
}
