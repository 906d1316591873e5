import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  acceptInvitationBodySchema,
  changeRoleBodySchema,
  createInvitationBodySchema,
  createOrganisationBodySchema,
  emailSchema,
  loginBodySchema,
  PASSWORD_MIN_LENGTH,
  signupBodySchema,
  switchOrganisationBodySchema,
  updateMeBodySchema,
} from "./schemas.js";

const signup = {
  email: "kari@kommune.no",
  password: "a long enough passphrase",
  displayName: "Kari",
  organisationName: "Lillehammer kommune",
};

/** The paths of the issues a failed parse reports, e.g. [["password"]]. */
function failedPaths(schema: z.ZodType, input: unknown): PropertyKey[][] {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.path);
}

describe("emailSchema", () => {
  it("trims and lower-cases before checking the format", () => {
    expect(emailSchema.parse("  Kari.Nordmann@Lillehammer.Kommune.NO ")).toBe(
      "kari.nordmann@lillehammer.kommune.no",
    );
  });

  it.each(["", "kari", "kari@", "@kommune.no", "kari @kommune.no"])("refuses %j", (email) => {
    expect(emailSchema.safeParse(email).success).toBe(false);
  });

  it("takes an address of 254 characters, not 255", () => {
    const address = (domainLength: number) => `${"a".repeat(64)}@${"b".repeat(domainLength)}.no`;
    expect(address(186)).toHaveLength(254);
    expect(emailSchema.safeParse(address(186)).success).toBe(true);
    expect(emailSchema.safeParse(address(187)).success).toBe(false);
  });
});

describe("request bodies are strict", () => {
  it.each([
    ["signup", signupBodySchema, signup],
    ["login", loginBodySchema, { email: signup.email, password: "x" }],
    ["update me", updateMeBodySchema, {}],
    ["switch organisation", switchOrganisationBodySchema, { organisationId: "o1" }],
    ["create organisation", createOrganisationBodySchema, { name: "Kommune" }],
    ["change role", changeRoleBodySchema, { role: "leader" }],
    ["create invitation", createInvitationBodySchema, { email: signup.email }],
    ["accept invitation", acceptInvitationBodySchema, {}],
  ] as const)("%s accepts its fields and refuses an unknown one", (_name, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
    const result = schema.safeParse({ ...valid, isAdmin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["isAdmin"] });
  });
});

describe("signupBodySchema", () => {
  it("normalises the e-mail and trims the names", () => {
    expect(
      signupBodySchema.parse({
        ...signup,
        email: " KARI@Kommune.no",
        displayName: "  Kari  ",
        organisationName: " Lillehammer kommune ",
      }),
    ).toEqual(signup);
  });

  it(`needs a password of at least ${PASSWORD_MIN_LENGTH} characters`, () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(failedPaths(signupBodySchema, { ...signup, password: "123456789" })).toEqual([
      ["password"],
    ]);
    expect(signupBodySchema.safeParse({ ...signup, password: "1234567890" }).success).toBe(true);
  });

  it("caps the password at 200 characters", () => {
    expect(failedPaths(signupBodySchema, { ...signup, password: "p".repeat(201) })).toEqual([
      ["password"],
    ]);
  });

  it("takes a display name of up to 80 characters, not 81, and not only spaces", () => {
    expect(signupBodySchema.safeParse({ ...signup, displayName: "d".repeat(80) }).success).toBe(
      true,
    );
    expect(failedPaths(signupBodySchema, { ...signup, displayName: "d".repeat(81) })).toEqual([
      ["displayName"],
    ]);
    expect(failedPaths(signupBodySchema, { ...signup, displayName: "   " })).toEqual([
      ["displayName"],
    ]);
  });

  it("refuses an unknown locale and names every missing field", () => {
    expect(failedPaths(signupBodySchema, { ...signup, locale: "fr" })).toEqual([["locale"]]);
    expect(failedPaths(signupBodySchema, {})).toEqual([
      ["email"],
      ["password"],
      ["displayName"],
      ["organisationName"],
    ]);
  });
});

describe("loginBodySchema", () => {
  it("accepts a short password: a wrong login, not a malformed one", () => {
    expect(loginBodySchema.parse({ email: "KARI@kommune.no", password: "x" })).toEqual({
      email: "kari@kommune.no",
      password: "x",
    });
  });
});

describe("createInvitationBodySchema", () => {
  it("invites as member unless told otherwise, and only to known roles", () => {
    expect(createInvitationBodySchema.parse({ email: "ola@kommune.no" }).role).toBe("member");
    expect(
      failedPaths(createInvitationBodySchema, { email: "ola@kommune.no", role: "owner" }),
    ).toEqual([["role"]]);
  });
});

describe("acceptInvitationBodySchema", () => {
  it("applies the sign-up rules to the fields it is given", () => {
    expect(failedPaths(acceptInvitationBodySchema, { password: "short" })).toEqual([["password"]]);
    expect(failedPaths(acceptInvitationBodySchema, { displayName: "d".repeat(81) })).toEqual([
      ["displayName"],
    ]);
  });
});
