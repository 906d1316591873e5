import type { Locale } from "@samspel/core";

interface InvitationMailTexts {
  subject: (title: string) => string;
  greeting: (name: string) => string;
  invited: (organisation: string) => string;
  purpose: string;
  question: string;
  when: string;
  where: string;
  open: string;
  reply: string;
}

/**
 * The invitation e-mail in the invitee's language. Kept on the server (not in the web app's
 * i18n) because the server sends it; the four languages are the web app's four.
 */
export const INVITATION_MAIL: Record<Locale, InvitationMailTexts> = {
  en: {
    subject: (title) => `Invitation: ${title}`,
    greeting: (name) => `Hello ${name},`,
    invited: (organisation) => `${organisation} invites you to a session.`,
    purpose: "Why we meet",
    question: "The question",
    when: "When",
    where: "Where",
    open: "Read the agenda and the preparation material here:",
    reply: "Please answer yes, no or maybe on that page. The calendar file is attached.",
  },
  nb: {
    subject: (title) => `Invitasjon: ${title}`,
    greeting: (name) => `Hei ${name},`,
    invited: (organisation) => `${organisation} inviterer deg til en samling.`,
    purpose: "Hvorfor vi møtes",
    question: "Spørsmålet",
    when: "Når",
    where: "Hvor",
    open: "Les agendaen og forberedelsesmaterialet her:",
    reply: "Svar ja, nei eller kanskje på den siden. Kalenderfilen ligger vedlagt.",
  },
  sv: {
    subject: (title) => `Inbjudan: ${title}`,
    greeting: (name) => `Hej ${name},`,
    invited: (organisation) => `${organisation} bjuder in dig till en session.`,
    purpose: "Varför vi träffas",
    question: "Frågan",
    when: "När",
    where: "Var",
    open: "Läs dagordningen och förberedelsematerialet här:",
    reply: "Svara ja, nej eller kanske på den sidan. Kalenderfilen finns bifogad.",
  },
  nl: {
    subject: (title) => `Uitnodiging: ${title}`,
    greeting: (name) => `Hallo ${name},`,
    invited: (organisation) => `${organisation} nodigt je uit voor een sessie.`,
    purpose: "Waarom we samenkomen",
    question: "De vraag",
    when: "Wanneer",
    where: "Waar",
    open: "Lees de agenda en het voorbereidingsmateriaal hier:",
    reply: "Antwoord ja, nee of misschien op die pagina. Het agendabestand zit als bijlage bij.",
  },
};
