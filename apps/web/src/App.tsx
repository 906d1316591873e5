import { useTranslation } from "react-i18next";
import { Header } from "./components/Header";
import { LoadError } from "./components/LoadError";
import { Routes } from "./Routes";
import { SessionProvider } from "./session/SessionProvider";
import { useSession } from "./session/session-context";

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { state, retry } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        {state.status === "unreachable" ? (
          <div className="narrow">
            <h1 className="page-title">{t("app.loadFailedTitle")}</h1>
            <LoadError error={state.error} onRetry={retry} />
          </div>
        ) : (
          <Routes />
        )}
      </main>
    </>
  );
}
