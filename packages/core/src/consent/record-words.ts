import type { Locale } from "../accounts/locales.js";
import type { DecisionStatus } from "../api/decisions.js";
import type { ObjectionOutcome, PollVote, Position, ProposalRoundKind } from "./schema.js";

/*
 * The method's own words, in the four languages: positions, round kinds, votes, how an
 * objection was met, decision rules and a decision's statuses. A record reads in the language
 * its session was held in, in the web app and in the exports alike, so these words are session
 * data like the step templates (steps/templates.ts): one copy here, used by the web app's
 * translations and the server's exports. `{{percent}}` is filled by each reader.
 */

export interface RecordWords {
  positions: Record<Position, string>;
  roundKinds: Record<ProposalRoundKind, string>;
  pollVotes: Record<PollVote, string>;
  objectionOutcomes: Record<ObjectionOutcome, string>;
  rules: { consent: string; majority: string; threshold: string };
  statuses: Record<DecisionStatus, string>;
}

export const RECORD_WORDS: Record<Locale, RecordWords> = {
  en: {
    positions: {
      consent: "Consent",
      concern: "Consent with a concern",
      objection: "Objection",
      stand_aside: "Stand aside",
    },
    roundKinds: {
      clarifying: "Clarifying questions",
      reactions: "Reactions",
      consent: "Consent round",
      poll: "Poll",
    },
    pollVotes: {
      for: "For",
      against: "Against",
      abstain: "Abstain",
    },
    objectionOutcomes: {
      upheld: "Upheld: reasoned and paramount",
      withdrawn: "Withdrawn by the objector",
      not_paramount: "Not paramount: kept as a concern",
    },
    rules: {
      consent: "Consent: decided when nobody present had a reasoned, paramount objection",
      majority: "Poll, not consent: a simple majority of the votes cast",
      threshold:
        "Poll, not consent: at least {{percent}} % of the votes cast (abstentions not counted)",
    },
    statuses: {
      in_effect: "In effect",
      under_review: "Under review",
      superseded: "Superseded",
      revoked: "Revoked",
    },
  },
  nb: {
    positions: {
      consent: "Samtykke",
      concern: "Samtykke med bekymring",
      objection: "Innvending",
      stand_aside: "Står utenfor",
    },
    roundKinds: {
      clarifying: "Oppklarende spørsmål",
      reactions: "Reaksjoner",
      consent: "Samtykkerunde",
      poll: "Avstemning",
    },
    pollVotes: {
      for: "For",
      against: "Mot",
      abstain: "Avstår",
    },
    objectionOutcomes: {
      upheld: "Opprettholdt: begrunnet og vesentlig",
      withdrawn: "Trukket tilbake av den som kom med den",
      not_paramount: "Ikke vesentlig: tas med som bekymring",
    },
    rules: {
      consent: "Samtykke: besluttet når ingen til stede hadde en begrunnet, vesentlig innvending",
      majority: "Avstemning, ikke samtykke: enkelt flertall av avgitte stemmer",
      threshold:
        "Avstemning, ikke samtykke: minst {{percent}} % av avgitte stemmer (de som avstår, telles ikke)",
    },
    statuses: {
      in_effect: "Gjeldende",
      under_review: "Under revisjon",
      superseded: "Erstattet",
      revoked: "Opphevet",
    },
  },
  sv: {
    positions: {
      consent: "Samtycke",
      concern: "Samtycke med farhåga",
      objection: "Invändning",
      stand_aside: "Står åt sidan",
    },
    roundKinds: {
      clarifying: "Klargörande frågor",
      reactions: "Reaktioner",
      consent: "Samtyckesrunda",
      poll: "Omröstning",
    },
    pollVotes: {
      for: "För",
      against: "Emot",
      abstain: "Avstår",
    },
    objectionOutcomes: {
      upheld: "Kvarstår: motiverad och avgörande",
      withdrawn: "Återtagen av den som invände",
      not_paramount: "Inte avgörande: noteras som farhåga",
    },
    rules: {
      consent: "Samtycke: beslutat när ingen närvarande hade en motiverad, avgörande invändning",
      majority: "Omröstning, inte samtycke: enkel majoritet av avgivna röster",
      threshold:
        "Omröstning, inte samtycke: minst {{percent}} % av avgivna röster (de som avstår räknas inte)",
    },
    statuses: {
      in_effect: "Gäller",
      under_review: "Omprövas",
      superseded: "Ersatt",
      revoked: "Upphävt",
    },
  },
  nl: {
    positions: {
      consent: "Consent",
      concern: "Consent met een zorgpunt",
      objection: "Bezwaar",
      stand_aside: "Stapt opzij",
    },
    roundKinds: {
      clarifying: "Verhelderende vragen",
      reactions: "Reacties",
      consent: "Consentronde",
      poll: "Stemming",
    },
    pollVotes: {
      for: "Voor",
      against: "Tegen",
      abstain: "Onthouding",
    },
    objectionOutcomes: {
      upheld: "Gegrond: beargumenteerd en overwegend",
      withdrawn: "Ingetrokken door wie het inbracht",
      not_paramount: "Niet overwegend: genoteerd als zorgpunt",
    },
    rules: {
      consent:
        "Consent: besloten toen niemand van de aanwezigen een beargumenteerd, overwegend bezwaar had",
      majority: "Stemming, geen consent: een gewone meerderheid van de uitgebrachte stemmen",
      threshold:
        "Stemming, geen consent: minstens {{percent}} % van de uitgebrachte stemmen (onthoudingen tellen niet mee)",
    },
    statuses: {
      in_effect: "Van kracht",
      under_review: "In herziening",
      superseded: "Vervangen",
      revoked: "Ingetrokken",
    },
  },
};
