import { concernsOf, type DecisionAction, decisionBlocker, type Proposal } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CommandFormToggle } from "../../../../forms/CommandForm";
import { Field } from "../../../../forms/Field";
import { SubmitRow } from "../../../../forms/SubmitRow";
import { TextAreaField } from "../../../../forms/TextAreaField";
import { useCommand } from "../../../../live/use-command";
import { useParticipantName } from "../../../../live/use-participant-name";
import type { PanelProps } from "../panel-props";
import { type ActionRow, ActionRows, emptyAction, rowProblems } from "./ActionRows";
import { EffectFields } from "./EffectFields";
import { type EffectRow, effectOf, emptyEffect } from "./effect-row";

interface CloseProps extends PanelProps {
  proposal: Proposal;
}

/**
 * Ending the work on a proposal: the decision, once the last consent round on its wording left
 * no upheld objection (or the poll passed) — or a postponement, with its reason, at any time
 * (a round in progress ends with it).
 */
export function CloseProposal({ state, live, proposal }: CloseProps) {
  const { t } = useTranslation();
  // Postponing may end a round in progress; deciding waits for it to end.
  const blocker =
    state.activeProposalRoundId !== null
      ? "proposal_round_in_progress"
      : decisionBlocker(state, proposal);
  const name = useParticipantName(state);
  const concerns = concernsOf(state, proposal);
  return (
    <section className="card stack" aria-labelledby="close-title" data-testid="close-proposal">
      <h2 id="close-title">{t("consent.close.title")}</h2>
      {concerns.length > 0 && (
        <div className="stack">
          <h3>{t("consent.close.concerns")}</h3>
          <ul className="concerns" data-testid="concerns">
            {concerns.map(({ entry }) => (
              <li key={entry.id}>
                {entry.reason}{" "}
                <span className="muted">
                  — {entry.participantId ? name(entry.participantId) : t("live.anonymousAuthor")}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {blocker ? (
        <p className="muted" data-testid="decision-blocker">
          {t("consent.close.notYet")} {t(`consent.domainErrors.${blocker}`)}
        </p>
      ) : (
        <DecideForm state={state} live={live} proposal={proposal} />
      )}
      <CommandFormToggle
        send={live.send}
        openLabel={t("consent.close.postpone")}
        label={t("consent.close.postponeReason")}
        hint={t("consent.close.postponeHint")}
        submitLabel={t("consent.close.postponeSubmit")}
        tone="danger"
        multiline
        maxLength={2000}
        toCommand={(reason) => ({
          type: "proposal.postpone",
          payload: { proposalId: proposal.id, reason },
        })}
      />
    </section>
  );
}

function DecideForm({ state, live, proposal }: CloseProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const [rationale, setRationale] = useState("");
  const [reviewDate, setReviewDate] = useState("");
  const [rows, setRows] = useState<ActionRow[]>(() => [emptyAction()]);
  const [effectRow, setEffectRow] = useState<EffectRow>(emptyEffect);
  const [checked, setChecked] = useState(false);
  const problems = rowProblems(rows, t);
  const effect = effectOf(effectRow);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (command.pending || problems.some((p) => p.what || p.owner)) return;
    if (effect === "incomplete") return;
    const actions: DecisionAction[] = rows
      .filter((row) => row.what.trim() || row.owner.trim())
      .map((row) => ({
        what: row.what.trim(),
        owner: row.owner.trim(),
        dueDate: row.dueDate || null,
      }));
    void command.run({
      type: "proposal.decide",
      payload: {
        proposalId: proposal.id,
        ...(rationale.trim() && { rationale: rationale.trim() }),
        actions,
        reviewDate: reviewDate || null,
        ...(effect !== undefined && { effect }),
      },
    });
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate data-testid="decide-form">
      <TextAreaField
        name="rationale"
        label={t("consent.close.rationale")}
        hint={t("consent.close.rationaleHint")}
        rows={2}
        maxLength={2000}
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
      />
      <ActionRows rows={rows} onChange={setRows} problems={checked ? problems : []} />
      <Field
        name="reviewDate"
        type="date"
        label={t("consent.close.reviewDate")}
        hint={t("consent.close.reviewDateHint")}
        value={reviewDate}
        onChange={(event) => setReviewDate(event.target.value)}
      />
      <EffectFields
        organisationId={state.organisationId}
        value={effectRow}
        onChange={setEffectRow}
        problem={checked && effect === "incomplete" ? t("consent.effect.incomplete") : undefined}
      />
      <SubmitRow
        error={command.error}
        pending={command.pending}
        label={t("consent.close.decide")}
      />
    </form>
  );
}
