import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { useSession } from "../session/session-context";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { LogoMark } from "./LogoMark";
import { OrgSwitcher } from "./OrgSwitcher";

export function Header() {
  const { t } = useTranslation();
  const { me, logout } = useSession();
  const [, navigate] = useLocation();

  const onLogout = async () => {
    try {
      await logout();
      navigate("/");
    } catch {
      // Still logged in on the server (it could not be reached); staying put says so honestly.
    }
  };

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand" aria-label={t("nav.home")}>
          <LogoMark />
          <span>Samspel</span>
        </Link>
        <div className="header-switchers">
          {me && <OrgSwitcher me={me} />}
          <LanguageSwitcher />
        </div>
        <nav className="header-links" aria-label={t("nav.account")}>
          <Link href="/methods" className="header-link">
            {t("methods.nav")}
          </Link>
          {me ? (
            <>
              <Link href="/account" className="header-link">
                {t("nav.account")}
              </Link>
              <button
                type="button"
                className="header-link"
                data-testid="logout"
                onClick={() => void onLogout()}
              >
                {t("nav.logout")}
              </button>
            </>
          ) : (
            <Link href="/login" className="header-link">
              {t("nav.login")}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
