import { useTranslation } from "react-i18next";
import { Link, Redirect } from "wouter";
import { Loading } from "../components/Loading";
import { PageHeading } from "../components/PageHeading";
import { useDocumentTitle } from "../lib/use-document-title";
import { homePathFor } from "../session/home-path";
import { useSession } from "../session/session-context";

export function LandingPage() {
  const { state } = useSession();
  if (state.status === "loading") return <Loading />;
  if (state.status === "authenticated") return <Redirect to={homePathFor(state.me)} replace />;
  return <Pitch />;
}

function Pitch() {
  const { t } = useTranslation();
  useDocumentTitle(undefined);
  const points = [t("landing.pointEveryone"), t("landing.pointConsent"), t("landing.pointRecord")];
  return (
    <div className="landing">
      <section className="hero">
        <PageHeading>{t("landing.title")}</PageHeading>
        <p className="lead">{t("landing.lead")}</p>
        <div className="actions">
          <Link href="/signup" className="button button-primary">
            {t("landing.signup")}
          </Link>
          <Link href="/login" className="button button-secondary">
            {t("landing.login")}
          </Link>
          <Link href="/methods" className="button button-secondary">
            {t("landing.methods")}
          </Link>
        </div>
      </section>
      <ul className="points">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </div>
  );
}
