import { facilitatorCommands, type HttpClient, joinOverWebSocket } from "./live-api.js";

export interface DecisionToMake {
  /** The session's language: the record and its search configuration follow it. */
  language: "en" | "nb" | "sv" | "nl";
  title: string;
  question: string;
  proposal: string;
  rationale?: string;
  actions?: { what: string; owner: string; dueDate: string | null }[];
  reviewDate?: string | null;
}

interface ProposalView {
  id: string;
  versions: { text: string }[];
  roundIds: string[];
  outcome: { decisionId: string } | null;
}

/**
 * A decision made the shortest way a real session allows, over the same HTTP and WebSocket API
 * the console and the phones use: so that a test about the register starts from genuine records
 * rather than rows written behind the product's back.
 */
export async function decideOverApi(
  baseUrl: string,
  facilitator: HttpClient,
  organisationId: string,
  decision: DecisionToMake,
  participantNames: readonly string[] = ["Kari", "Nils"],
): Promise<{ decisionId: string; sessionId: string }> {
  const session: { id: string; joinCode: string } = await facilitator.post(
    `/api/orgs/${organisationId}/sessions`,
    { title: decision.title, question: decision.question, language: decision.language },
  );
  const run = facilitatorCommands(facilitator, session.id);
  const view = async () => (await facilitator.get(`/api/sessions/${session.id}/view`)).state;
  const proposalOf = async (): Promise<ProposalView> => {
    const proposals: ProposalView[] = Object.values((await view()).proposals);
    const found = proposals.find((p) => p.versions[0]?.text === decision.proposal);
    if (!found) throw new Error(`no proposal "${decision.proposal}"`);
    return found;
  };

  await run("session.open", {});
  const participants = await joinOverWebSocket(baseUrl, session, participantNames);
  await run("session.start", {});
  await run("step.start", { stepId: (await view()).stepOrder.at(-1) });
  await run("proposal.draft", { text: decision.proposal });
  const proposalId = (await proposalOf()).id;
  await run("proposal.start_round", { proposalId, kind: "consent" });
  const roundId = (await proposalOf()).roundIds.at(-1);
  for (const participant of participants) {
    await participant.command(
      "proposal.give_position",
      { roundId, position: "consent" },
      crypto.randomUUID(),
    );
  }
  await run("proposal.end_round", { roundId });
  await run("proposal.decide", {
    proposalId,
    ...(decision.rationale ? { rationale: decision.rationale } : {}),
    actions: decision.actions ?? [],
    reviewDate: decision.reviewDate ?? null,
  });
  for (const participant of participants) participant.close();
  const outcome = (await proposalOf()).outcome;
  if (!outcome) throw new Error("the proposal was not decided");
  return { decisionId: outcome.decisionId, sessionId: session.id };
}
