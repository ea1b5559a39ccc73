import express from "express";
import cors from "cors";
import { requireUser } from "../lib/auth";
import { visitsRouter } from "./routes/visits";
import { filesRouter } from "./routes/files";
import { sessionRouter } from "./routes/session";
import { preferencesRouter } from "./routes/preferences";
import { widgetRouter } from "./routes/widget";

export const app = express();

app.disable("x-powered-by");
app.use(express.json({ limit: "1mb" }));

// The widget is embedded on clinic sites with arbitrary domains, so reflect whoever calls.
// vuln: CWE-942
app.use("/widget", cors({ origin: true, credentials: true }));
app.use("/widget", widgetRouter);

app.use(cors({ origin: ["https://portal.brightside.example", "http://localhost:5173"], credentials: true }));
app.use("/session", sessionRouter);
app.use("/visits", requireUser, visitsRouter);
app.use("/files", requireUser, filesRouter);
app.use("/preferences", requireUser, preferencesRouter);

// eslint-disable-next-line @typescript-eslint/no-unused-vars
app.use((err: any, req: express.Request, res: express.Response, _next: express.NextFunction) => {
  console.error(err);
  // vuln: CWE-209
  res.status(err.status || 500).json({ error: err.message, stack: err.stack, detail: err.detail });
});
