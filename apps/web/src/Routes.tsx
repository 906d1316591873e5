import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { Loading } from "./components/Loading";
import { RequireLogin } from "./components/RequireLogin";
import { AccountPage } from "./pages/AccountPage";
import { DecisionPage } from "./pages/decisions/DecisionPage";
import { InvitePage } from "./pages/InvitePage";
import { LandingPage } from "./pages/LandingPage";
import { LoginPage } from "./pages/LoginPage";
import { JoinCodePage, JoinSessionPage } from "./pages/live/JoinPage";
import { ParticipantPage } from "./pages/live/ParticipantPage";
import { WallPage } from "./pages/live/WallPage";
import { NewOrganisationPage } from "./pages/NewOrganisationPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { DecisionsPage } from "./pages/org/DecisionsPage";
import { MembersPage } from "./pages/org/MembersPage";
import { OrgHomePage } from "./pages/org/OrgHomePage";
import { ProcessesPage } from "./pages/org/processes/ProcessesPage";
import { SessionConsolePage } from "./pages/org/SessionConsolePage";
import { SessionReportPage } from "./pages/org/SessionReportPage";
import { SessionsPage } from "./pages/org/SessionsPage";
import { SignupPage } from "./pages/SignupPage";
import { CohortPage } from "./pages/training/CohortPage";
import { TrainingPage } from "./pages/training/TrainingPage";

// The process page carries the charts (Observable Plot, d3) and the map: loaded when opened, so
// the rest of the app does not wait for them.
const ProcessPage = lazy(() =>
  import("./pages/org/processes/ProcessPage").then((module) => ({ default: module.ProcessPage })),
);

export function Routes() {
  return (
    <Switch>
      <Route path="/" component={LandingPage} />
      <Route path="/signup" component={SignupPage} />
      <Route path="/login" component={LoginPage} />
      <Route path="/invite/:token">{({ token }) => <InvitePage key={token} token={token} />}</Route>
      <Route path="/join" component={JoinCodePage} />
      <Route path="/join/:code">{({ code }) => <JoinSessionPage key={code} code={code} />}</Route>
      <Route path="/s/:sessionId">
        {({ sessionId }) => <ParticipantPage key={sessionId} sessionId={sessionId} />}
      </Route>
      {/* Before /orgs/:orgId, which would otherwise take "new" for an id. */}
      <Route path="/orgs/new">
        <RequireLogin>
          <NewOrganisationPage />
        </RequireLogin>
      </Route>
      <Route path="/orgs/:orgId/sessions/:sessionId/report">
        {({ orgId, sessionId }) => (
          <RequireLogin>
            <SessionReportPage key={sessionId} orgId={orgId} sessionId={sessionId} />
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
      <Route path="/orgs/:orgId/processes/:processId">
        {({ orgId, processId }) => (
          <RequireLogin>
            <Suspense fallback={<Loading />}>
              <ProcessPage key={processId} orgId={orgId} processId={processId} />
            </Suspense>
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
  );
}
