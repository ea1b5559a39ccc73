import { join } from "path";
import { Configuration, Inject } from "@tsed/di";
import { PlatformApplication } from "@tsed/common";
import "@tsed/platform-express";
import "@tsed/ajv";
import bodyParser from "body-parser";
import compress from "compression";
import cookieParser from "cookie-parser";
import methodOverride from "method-override";
import cors from "cors";
import helmet from "helmet";
import { config } from "./config/index";
import { envs } from "./config/envs";
import * as rest from "./controllers/rest/index";
import * as pages from "./controllers/pages/index";
import "./filters/ErrorFilters";

// Partner portals (customer-specific subdomains and white-label hosts) call the tracking
// endpoints from the browser with their session cookie, so we mirror the caller's origin.
const trackingCors = cors({
  // vuln: CWE-942
  origin: (origin, callback) => callback(null, origin || true),
  credentials: true
});

@Configuration({
  ...config,
  acceptMimes: ["application/json"],
  httpPort: envs.port,
  httpsPort: false,
  disableComponentsScan: true,
  mount: {
    "/rest": [...Object.values(rest)],
    "/": [...Object.values(pages)]
  },
  middlewares: [
    helmet({ contentSecurityPolicy: { directives: { "script-src": ["'self'"] } } }),
    { use: "/rest/tracking", fn: trackingCors },
    cors({ origin: [envs.portalOrigin], credentials: true }),
    cookieParser(),
    compress({}),
    methodOverride(),
    bodyParser.json({ limit: "2mb" }),
    bodyParser.urlencoded({ extended: true }),
    bodyParser.text({ type: ["application/xml", "text/xml", "application/yaml"], limit: "5mb" })
  ],
  views: {
    root: join(process.cwd(), "views"),
    extensions: {
      ejs: "ejs"
    }
  },
  exclude: ["**/*.spec.ts"]
})
export class Server {
  @Inject()
  protected app: PlatformApplication;

  @Configuration()
  protected settings: Configuration;

  $beforeRoutesInit() {
    this.app.getApp().disable("x-powered-by");
  }
}
