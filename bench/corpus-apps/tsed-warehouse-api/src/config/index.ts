import { readFileSync } from "fs";
import { envs } from "./envs";

const pkg = JSON.parse(readFileSync("./package.json", { encoding: "utf8" }));

export const config: Partial<TsED.Configuration> = {
  version: pkg.version,
  envs,
  logger: {
    level: (process.env.LOG_LEVEL as any) || "info",
    disableRoutesSummary: process.env.NODE_ENV === "production"
  }
};
