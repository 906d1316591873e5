import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

/** One machine: SQLite under ./data, the in-process bus, links from the request's own host. */
const DEFAULTS = {
  port: 3000,
  host: "0.0.0.0",
  dataDir: path.resolve("./data"),
  databaseUrl: undefined,
  redisUrl: undefined,
  publicUrl: undefined,
  smtpUrl: undefined,
  smtpFrom: "Samspel <no-reply@samspel.invalid>",
  logLevel: "info",
};

const EVERY_VARIABLE = {
  PORT: "8080",
  HOST: "127.0.0.1",
  DATA_DIR: "/var/lib/samspel",
  DATABASE_URL: "postgresql://samspel@db:5432/samspel",
  REDIS_URL: "rediss://cache:6380",
  PUBLIC_URL: "https://samspel.kommune.no/",
  SMTP_URL: "smtps://samspel:secret@smtp.kommune.no:465",
  SMTP_FROM: "Samspel <samspel@kommune.no>",
  LOG_LEVEL: "warn",
};

describe("loadConfig", () => {
  it("serves one machine when nothing is set", () => {
    const config = loadConfig({});
    expect(config).toMatchObject(DEFAULTS);
    expect(path.isAbsolute(config.dataDir)).toBe(true);
    expect(config.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("reads every variable", () => {
    expect(loadConfig(EVERY_VARIABLE)).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      dataDir: "/var/lib/samspel",
      databaseUrl: "postgresql://samspel@db:5432/samspel",
      redisUrl: "rediss://cache:6380",
      // Without the trailing slash, so that links join as `${publicUrl}/invite/...`.
      publicUrl: "https://samspel.kommune.no",
      smtpUrl: "smtps://samspel:secret@smtp.kommune.no:465",
      smtpFrom: "Samspel <samspel@kommune.no>",
      logLevel: "warn",
    });
  });

  it("treats an empty variable as unset", () => {
    const empty = Object.fromEntries(Object.keys(EVERY_VARIABLE).map((name) => [name, ""]));
    expect(loadConfig(empty)).toMatchObject(DEFAULTS);
  });

  it.each([
    ["PORT", "http"],
    ["PORT", "70000"],
    ["PORT", "80.5"],
    ["PORT", " "],
    ["PORT", "0x50"],
    ["DATABASE_URL", "mysql://root@db/samspel"],
    ["DATABASE_URL", "sqlite:./data/samspel.db"],
    ["REDIS_URL", "localhost:6379"],
    ["PUBLIC_URL", "samspel.kommune.no"],
    ["SMTP_URL", "smtp.kommune.no:587"],
    ["LOG_LEVEL", "verbose"],
  ])("refuses %s=%s with a ConfigError naming the variable", (name, value) => {
    const load = () => loadConfig({ [name]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it("names every invalid variable at once", () => {
    expect(() => loadConfig({ PORT: "x", LOG_LEVEL: "loud" })).toThrow(/PORT.*LOG_LEVEL/);
  });
});
