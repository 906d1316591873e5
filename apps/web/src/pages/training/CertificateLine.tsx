import type { CertificateView } from "@samspel/core";
import { useTranslation } from "react-i18next";

/** A certificate in one line: programme, certifying body, validity and its status today. */
export function CertificateLine({ certificate }: { certificate: CertificateView }) {
  const { t } = useTranslation();
  return (
    <>
      {t("training.certificate", {
        programme: certificate.programmeName,
        body: certificate.certifyingBody,
        from: certificate.certifiedOn,
        to: certificate.expiresOn,
      })}{" "}
      <span className="badge">{t(`training.certificateStatus.${certificate.status}`)}</span>
    </>
  );
}
