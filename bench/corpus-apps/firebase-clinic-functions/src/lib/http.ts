import https from "https";
import { labApiBase } from "../config";

// The lab partner's staging box uses a self-signed certificate; ops asked to keep one agent.
const labAgent = new https.Agent({
  keepAlive: true,
  // vuln: CWE-295
  rejectUnauthorized: false,
});

export function labRequest(path: string, body: unknown): Promise<string> {
  const url = new URL(path, labApiBase.value());
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: "POST", agent: labAgent, headers: { "content-type": "application/json" } }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve(data));
    });
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}
