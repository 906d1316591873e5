import { useTranslation } from "react-i18next";
import { useRoute } from "wouter";
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
  // The wall is projected for a room: the whole screen is the session, no app header around it.
  const [onWall] = useRoute("/wall/:sessionId");
  // A publicly shared decision is read by outsiders: none of the members' navigation.
  const [onPublic] = useRoute("/p/decisions/:token");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      {!onWall && !onPublic && <Header />}
      <main id="main" className={onWall ? "main-wall" : "main"} tabIndex={-1}>
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
