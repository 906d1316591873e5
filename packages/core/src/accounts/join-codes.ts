import { z } from "zod";

/**
 * Join codes are read off a projector and typed on a phone: no 0/O, 1/I/L, 2/Z, 5/S or 8/B to
 * confuse. 25 symbols over 6 places give 244 million codes.
 */
export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const JOIN_CODE_LENGTH = 6;

/** Accepts what people type: lower case, spaces and dashes ("abc-def") are forgiven. */
export const joinCodeSchema = z
  .string()
  .max(20)
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH)
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), "not a join code"),
  );
