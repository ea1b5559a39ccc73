import { defineSecret, defineString } from "firebase-functions/params";

export const REGION = "europe-west1";

export const pgConnectionString = defineSecret("PG_CONNECTION_STRING");
export const legacyJwtSecret = defineSecret("LEGACY_JWT_SECRET");
export const webhookSecret = defineSecret("LAB_WEBHOOK_SECRET");

export const portalOrigin = defineString("PORTAL_ORIGIN", { default: "https://portal.brightside.example" });
export const labApiBase = defineString("LAB_API_BASE", { default: "https://api.labpartner.example/v2" });

export const EXPORT_TMP_DIR = "/tmp/exports";
export const REPORT_TEMPLATES = ["summary", "visits", "billing"] as const;
