import type { Locale } from "../accounts/locales.js";
import type { Phase, StepInput } from "./schema.js";

/*
 * The Decisions-by-Design template (seed 001): 1 share facts, 2 reflect, 3 discover new insights,
 * 4 decide. It is the default agenda of a new session. Step names and prompts are session data
 * in the session's language (participants read them), so they live here, in the four languages,
 * rather than in the web app's translations.
 */

const FOUR_PHASES = ["share_facts", "reflect", "discover", "decide"] as const satisfies Phase[];

type StepText = { methodName: string; prompt: string };

const TEXTS: Record<Locale, Record<(typeof FOUR_PHASES)[number], StepText>> = {
  en: {
    share_facts: {
      methodName: "Share facts",
      prompt: "What do we know? Share facts, with a source where you have one.",
    },
    reflect: {
      methodName: "Reflect",
      prompt: "What do the facts make you think? Write on your own first.",
    },
    discover: {
      methodName: "Discover new insights",
      prompt: "Which themes do you see? Group, vote, and put the insights into words.",
    },
    decide: { methodName: "Decide", prompt: "Can you live with this proposal?" },
  },
  nb: {
    share_facts: {
      methodName: "Del fakta",
      prompt: "Hva vet vi? Del fakta, gjerne med kilde.",
    },
    reflect: {
      methodName: "Reflekter",
      prompt: "Hva får faktaene deg til å tenke? Skriv for deg selv først.",
    },
    discover: {
      methodName: "Oppdag ny innsikt",
      prompt: "Hvilke temaer ser du? Grupper, stem og formuler innsikten.",
    },
    decide: { methodName: "Beslutt", prompt: "Kan du leve med dette forslaget?" },
  },
  sv: {
    share_facts: {
      methodName: "Dela fakta",
      prompt: "Vad vet vi? Dela fakta, gärna med källa.",
    },
    reflect: {
      methodName: "Reflektera",
      prompt: "Vad får fakta dig att tänka? Skriv för dig själv först.",
    },
    discover: {
      methodName: "Upptäck nya insikter",
      prompt: "Vilka teman ser du? Gruppera, rösta och formulera insikterna.",
    },
    decide: { methodName: "Besluta", prompt: "Kan du leva med det här förslaget?" },
  },
  nl: {
    share_facts: {
      methodName: "Feiten delen",
      prompt: "Wat weten we? Deel feiten, met een bron als je die hebt.",
    },
    reflect: {
      methodName: "Reflecteren",
      prompt: "Waar zetten de feiten je aan het denken? Schrijf eerst voor jezelf.",
    },
    discover: {
      methodName: "Nieuwe inzichten ontdekken",
      prompt: "Welke thema's zie je? Groepeer, stem en verwoord de inzichten.",
    },
    decide: { methodName: "Besluiten", prompt: "Kun je leven met dit voorstel?" },
  },
};

/** The four steps, named in the session's language, each with its phase's settings. */
export function decisionsByDesignSteps(language: Locale): StepInput[] {
  return FOUR_PHASES.map((phase) => ({ phase, ...TEXTS[language][phase] }));
}
