import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { Loading } from "./components/Loading";
import { RequireLogin } from "./components/RequireLogin";
import { AccountPage } from "./pages/AccountPage";
import { MyActionsPage } from "./pages/actions/MyActionsPage";
import { DecisionPage } from "./pages/decisions/DecisionPage";
import { PublicDecisionPage } from "./pages/decisions/PublicDecisionPage";
import { InvitePage } from "./pages/InvitePage";
import { InvitedPage, MemberInvitationPage } from "./pages/invited/InvitedPage";
import { LandingPage } from "./pages/LandingPage";
import { LoginPage } from "./pages/LoginPage";
import { JoinCodePage, JoinSessionPage } from "./pages/live/JoinPage";
import { ParticipantPage } from "./pages/live/ParticipantPage";
import { WallPage } from "./pages/live/WallPage";
import { MethodPage } from "./pages/methods/MethodPage";
import { MethodsPage } from "./pages/methods/MethodsPage";
import { NewOrganisationPage } from "./pages/NewOrganisationPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { DesignSessionPage } from "./pages/org/agenda/DesignSessionPage";
import { DecisionsPage } from "./pages/org/DecisionsPage";
import { MembersPage } from "./pages/org/MembersPage";
import { OrgMethodPage } from "./pages/org/methods/MethodPage";
import { OrgMethodsPage } from "./pages/org/methods/MethodsPage";
import { OrgHomePage } from "./pages/org/OrgHomePage";
import { PreparePage } from "./pages/org/prepare/PreparePage";
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
