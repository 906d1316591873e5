import { Suspense } from "react";
import { Route, Switch, useLocation } from "wouter";
import { Loading } from "./components/Loading";
import { PageErrorBoundary } from "./components/PageErrorBoundary";
import { RequireLogin } from "./components/RequireLogin";
import { lazyPage } from "./lib/lazy-page";
import { AccountPage } from "./pages/AccountPage";
import { InvitePage } from "./pages/InvitePage";
import { InvitedPage, MemberInvitationPage } from "./pages/invited/InvitedPage";
import { LandingPage } from "./pages/LandingPage";
import { LoginPage } from "./pages/LoginPage";
import { JoinCodePage, JoinSessionPage } from "./pages/live/JoinPage";
import { ParticipantPage } from "./pages/live/ParticipantPage";
import { NewOrganisationPage } from "./pages/NewOrganisationPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { MembersPage } from "./pages/org/MembersPage";
import { OrgHomePage } from "./pages/org/OrgHomePage";
import { SessionsPage } from "./pages/org/SessionsPage";
import { SignupPage } from "./pages/SignupPage";

/*
 * In the main bundle: what a first visit opens (the front page, sign-up, log-in, invitations, an
 * organisation's home and sessions) and the participant's way in from a phone (join, the live
 * page), which must not wait for a second request. Everything else is a chunk per route group,
 * loaded when one of its pages is opened.
 */
const training = () => import("./pages/training/training-pages");
const TrainingPage = lazyPage(training, "TrainingPage");
const CohortPage = lazyPage(training, "CohortPage");

const methods = () => import("./pages/methods/method-pages");
const MethodsPage = lazyPage(methods, "MethodsPage");
const MethodPage = lazyPage(methods, "MethodPage");
const OrgMethodsPage = lazyPage(methods, "OrgMethodsPage");
const OrgMethodPage = lazyPage(methods, "OrgMethodPage");

const register = () => import("./pages/decisions/register-pages");
const DecisionsPage = lazyPage(register, "DecisionsPage");
const DecisionPage = lazyPage(register, "DecisionPage");
const PublicDecisionPage = lazyPage(register, "PublicDecisionPage");
const MyActionsPage = lazyPage(register, "MyActionsPage");

const ProcessesPage = lazyPage(
  () => import("./pages/org/processes/ProcessesPage"),
  "ProcessesPage",
);
// The process page carries the charts (Observable Plot, d3) and the map: a chunk of its own, so
// the register of processes does not wait for them.
const ProcessPage = lazyPage(() => import("./pages/org/processes/ProcessPage"), "ProcessPage");
const DesignSessionPage = lazyPage(
  () => import("./pages/org/agenda/DesignSessionPage"),
  "DesignSessionPage",
);
const PreparePage = lazyPage(() => import("./pages/org/prepare/PreparePage"), "PreparePage");
const SessionConsolePage = lazyPage(
  () => import("./pages/org/SessionConsolePage"),
  "SessionConsolePage",
);
const SessionReportPage = lazyPage(
  () => import("./pages/org/SessionReportPage"),
  "SessionReportPage",
);
const WallPage = lazyPage(() => import("./pages/live/WallPage"), "WallPage");

export function Routes() {
  const [location] = useLocation();
  // One boundary serves every lazy page: only one route renders at a time. Its loading line
  // stays invisible for a moment (.loading in components.css), so a chunk that arrives quickly
  // shows no flash, only the header over an empty page.
  return (
    <PageErrorBoundary resetKey={location}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={LandingPage} />
          <Route path="/signup" component={SignupPage} />
          <Route path="/login" component={LoginPage} />
          <Route path="/invite/:token">
            {({ token }) => <InvitePage key={token} token={token} />}
          </Route>
          <Route path="/invited/:token">
            {({ token }) => <InvitedPage key={token} token={token} />}
          </Route>
          <Route path="/invitations/:invitationId">
            {({ invitationId }) => (
              <RequireLogin>
                <MemberInvitationPage key={invitationId} invitationId={invitationId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/methods" component={MethodsPage} />
          <Route path="/methods/:methodId">
            {({ methodId }) => <MethodPage key={methodId} methodId={methodId} />}
          </Route>
          <Route path="/join" component={JoinCodePage} />
          <Route path="/join/:code">
            {({ code }) => <JoinSessionPage key={code} code={code} />}
          </Route>
          <Route path="/s/:sessionId">
            {({ sessionId }) => <ParticipantPage key={sessionId} sessionId={sessionId} />}
          </Route>
          {/* Before /orgs/:orgId, which would otherwise take "new" for an id. */}
          <Route path="/orgs/new">
            <RequireLogin>
              <NewOrganisationPage />
            </RequireLogin>
          </Route>
          {/* Before /orgs/:orgId/sessions/:sessionId, which would otherwise take "design" for an id. */}
          <Route path="/orgs/:orgId/sessions/design">
            {({ orgId }) => (
              <RequireLogin>
                <DesignSessionPage key={orgId} orgId={orgId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/sessions/:sessionId/report">
            {({ orgId, sessionId }) => (
              <RequireLogin>
                <SessionReportPage key={sessionId} orgId={orgId} sessionId={sessionId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/sessions/:sessionId/prepare">
            {({ orgId, sessionId }) => (
              <RequireLogin>
                <PreparePage key={sessionId} orgId={orgId} sessionId={sessionId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/sessions/:sessionId">
            {({ orgId, sessionId }) => (
              <RequireLogin>
                <SessionConsolePage key={sessionId} orgId={orgId} sessionId={sessionId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/sessions">
            {({ orgId }) => (
              <RequireLogin>
                <SessionsPage key={orgId} orgId={orgId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/wall/:sessionId">
            {({ sessionId }) => (
              <RequireLogin>
                <WallPage key={sessionId} sessionId={sessionId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/methods/:methodId">
            {({ orgId, methodId }) => (
              <RequireLogin>
                <OrgMethodPage key={`${orgId}:${methodId}`} orgId={orgId} methodId={methodId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/methods">
            {({ orgId }) => (
              <RequireLogin>
                <OrgMethodsPage key={orgId} orgId={orgId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/decisions">
            {({ orgId }) => (
              <RequireLogin>
                <DecisionsPage key={orgId} orgId={orgId} />
              </RequireLogin>
            )}
          </Route>
          {/* A decision's lasting address: short, and independent of the organisation's URL. */}
          <Route path="/decisions/:decisionId">
            {({ decisionId }) => (
              <RequireLogin>
                <DecisionPage key={decisionId} decisionId={decisionId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/actions">
            {({ orgId }) => (
              <RequireLogin>
                <MyActionsPage key={orgId} orgId={orgId} />
              </RequireLogin>
            )}
          </Route>
          {/* A decision shared by its public link: anyone may open it, logged in or not. */}
          <Route path="/p/decisions/:token">
            {({ token }) => <PublicDecisionPage key={token} token={token} />}
          </Route>
          <Route path="/orgs/:orgId/processes/:processId">
            {({ orgId, processId }) => (
              <RequireLogin>
                <ProcessPage key={processId} orgId={orgId} processId={processId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/processes">
            {({ orgId }) => (
              <RequireLogin>
                <ProcessesPage key={orgId} orgId={orgId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/training/cohorts/:cohortId">
            {({ orgId, cohortId }) => (
              <RequireLogin>
                <CohortPage key={cohortId} orgId={orgId} cohortId={cohortId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/training">
            {({ orgId }) => (
              <RequireLogin>
                <TrainingPage key={orgId} orgId={orgId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId/members">
            {({ orgId }) => (
              <RequireLogin>
                <MembersPage key={orgId} orgId={orgId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/orgs/:orgId">
            {({ orgId }) => (
              <RequireLogin>
                <OrgHomePage key={orgId} orgId={orgId} />
              </RequireLogin>
            )}
          </Route>
          <Route path="/account">
            <RequireLogin>
              <AccountPage />
            </RequireLogin>
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </PageErrorBoundary>
  );
}
