import { can, type Organisation } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { OrgLayout } from "../org/OrgLayout";
import { BookingPanel } from "./BookingPanel";
import { CertificatesPanel } from "./CertificatesPanel";
import { FacilitatingPanel } from "./FacilitatingPanel";
import { MyTrainingPanel } from "./MyTrainingPanel";
import { PartnershipCodePanel } from "./PartnershipCodePanel";
import { PeoplePanel } from "./PeoplePanel";
import { ProfilePanel } from "./ProfilePanel";
import { ProgrammesPanel } from "./ProgrammesPanel";

export function TrainingPage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="training">
      {(org) => <Training org={org} />}
    </OrgLayout>
  );
}

/**
 * One page for everyone in the organisation: coordinators run programmes and the pool, a
 * partner's admins accept programmes offered to them, members sign up and follow their own
 * progress, facilitators keep their profile, and units ask for a facilitator.
 */
function Training({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const manages = can(org.role, "manageTraining");
  return (
    <div className="stack-lg">
      <p>{t("training.intro")}</p>
      {manages && <PartnershipCodePanel orgId={org.id} />}
      <ProgrammesPanel org={org} manages={manages} />
      <FacilitatingPanel />
      <MyTrainingPanel org={org} />
      <BookingPanel org={org} manages={manages} />
      {manages && <CertificatesPanel orgId={org.id} />}
      {manages && <PeoplePanel orgId={org.id} />}
      <ProfilePanel orgId={org.id} />
    </div>
  );
}
