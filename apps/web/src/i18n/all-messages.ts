import type { Locale } from "@samspel/core";
import { en, type Messages } from "./en";
import { nb } from "./nb";
import { nl } from "./nl";
import { sv } from "./sv";

/**
 * Every language at once, for tests and static renders. The app itself loads languages one by
 * one (`loadMessages` in resources.ts): importing this from app code would put all four back
 * into the main bundle.
 */
export const messages: Record<Locale, Messages> = { en, nb, sv, nl };
