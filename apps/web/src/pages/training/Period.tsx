import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { formatDay } from "../../lib/format";

interface Period {
  startsOn: string;
  endsOn: string;
}

/** A period (a cohort, an availability window, a booking) in the reader's own date format. */
export function PeriodText({ period }: { period: Period }) {
  const { i18n } = useTranslation();
  return (
    <>
      {formatDay(period.startsOn, i18n.language)} – {formatDay(period.endsOn, i18n.language)}
    </>
  );
}

/** The first and last day of a period, as every training form asks them. */
export function PeriodFields({
  form,
  period,
}: {
  form: { fieldError: (name: string) => string | undefined };
  period?: Period | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        name="startsOn"
        type="date"
        label={t("training.startsOn")}
        defaultValue={period?.startsOn}
        error={form.fieldError("startsOn")}
      />
      <Field
        name="endsOn"
        type="date"
        label={t("training.endsOn")}
        defaultValue={period?.endsOn}
        error={form.fieldError("endsOn")}
      />
    </>
  );
}
