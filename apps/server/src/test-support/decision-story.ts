import type { Role } from "@samspel/core";
import type { SessionTestbed } from "./session-driver.js";

/** The title the story's decision gets: Norwegian letters, which the PDF must keep. */
export const STORY_TITLE = "Kortere byggesaker for Ærø og Østfold";
export const STORY_OBJECTION = "Ingen dekker når teamet har ferie";

/**
 * A named Norwegian session that decides after an objection: Åse objects in the first round,
 * the objection is upheld and met by a second version, and the second round consents with a
 * concern. Returns the decision's id.
 */
export async function decideAfterObjection<R extends Role>(
  bed: SessionTestbed<R>,
  anonymity: "named" | "anonymous" = "named",
): Promise<{ decisionId: string; sessionId: string }> {
  const s = await bed.start({
    title: STORY_TITLE,
    question: "Hvordan halverer vi ledetiden for en byggesak?",
    language: "nb",
    anonymity,
  });
  await s.must("session.open", {});
  const [ase, bjorn] = await s.joinAll(["Åse", "Bjørn"]);
  if (!ase || !bjorn) throw new Error("both joined");
  await s.must("session.start", {});
  await s.must("step.start", { stepId: (await s.view()).stepOrder.at(-1) });
  const proposalId = String(
    (await s.must("proposal.draft", { text: "Ett fast team tar hver byggesak" })).proposalId,
  );
  const round = async () =>
    String((await s.must("proposal.start_round", { proposalId, kind: "consent" })).roundId);
  const first = await round();
  const objection = String(
    (
      await s.sendMust(ase, "proposal.give_position", {
        roundId: first,
        position: "objection",
        reason: STORY_OBJECTION,
      })
    ).entryId,
  );
  await s.sendMust(bjorn, "proposal.give_position", { roundId: first, position: "consent" });
  await s.must("proposal.end_round", { roundId: first });
  await s.must("proposal.test_objection", {
    roundId: first,
    entryId: objection,
    outcome: "upheld",
    rationale: "Saker ville stå stille i ferien",
  });
  await s.must("proposal.amend", {
    proposalId,
    text: "Ett fast team tar hver byggesak, med en fast vikar i ferier",
    note: "Møter innvendingen om ferie",
    integrates: [objection],
  });
  const second = await round();
  await s.sendMust(ase, "proposal.give_position", { roundId: second, position: "consent" });
  await s.sendMust(bjorn, "proposal.give_position", {
    roundId: second,
    position: "concern",
    reason: "Vikaren må få opplæring",
  });
  await s.must("proposal.end_round", { roundId: second });
  const decided = await s.must("proposal.decide", {
    proposalId,
    rationale: "Ingen tungtveiende innvending står igjen",
    actions: [{ what: "Sette ned det første teamet", owner: "Kari", dueDate: "2026-12-15" }],
    reviewDate: "2027-03-01",
  });
  return { decisionId: String(decided.decisionId), sessionId: s.sessionId };
}
