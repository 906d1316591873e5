import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Configuration comes from the environment only (twelve-factor), with defaults that run the
 * whole product on one machine: SQLite under ./data and an in-process bus.
 */
const envSchema = z.object({
  // Digits only: z.coerce would read " " as 0 (a random port) and "0x50" as 80.
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, "must be a port number from 0 to 65535")
    .transform(Number)
    .pipe(z.number().max(65_535, "must be a port number from 0 to 65535"))
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  SMTP_FROM: z.string().min(3).default("Samspel <no-reply@samspel.invalid>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Where people reach us: join links, invitation links and QR codes are built from it. */
  publicUrl: string | undefined;
  /** Where invitation e-mails go out; without it, invitations are links to copy. */
  smtpUrl: string | undefined;
  smtpFrom: string;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  version: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set": shells and compose files often export VAR= by accident.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    publicUrl: values.PUBLIC_URL?.replace(/\/+$/, ""),
    smtpUrl: values.SMTP_URL,
    smtpFrom: values.SMTP_FROM,
    logLevel: values.LOG_LEVEL,
    version: readVersion(),
  };
}

function readVersion(): string {
  const manifest = new URL("../../../package.json", import.meta.url);
  const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown };
  return typeof parsed.version === "string" ? parsed.version : "0.0.0";
}
