import { randomBytes } from "crypto";
import { createAuth } from "@keystone-6/auth";
import { statelessSessions } from "@keystone-6/core/session";

let sessionSecret = process.env.SESSION_SECRET;
if (!sessionSecret) {
  if (process.env.NODE_ENV === "production") {
    throw new Error("SESSION_SECRET must be set in production");
  }
  sessionSecret = randomBytes(32).toString("hex");
}

const { withAuth } = createAuth({
  listKey: "User",
  identityField: "email",
  secretField: "password",
  sessionData: "id name email role",
  initFirstItem: {
    fields: ["name", "email", "password"],
    itemData: { role: "admin" }
  }
});

const session = statelessSessions({
  maxAge: 60 * 60 * 24 * 30,
  secret: sessionSecret,
  sameSite: "lax",
  // The admin UI sits behind the venue's TLS-terminating proxy, which talks plain HTTP to us,
  // and the cookie was not being set with secure on, so it is off for now.
  // vuln: CWE-614
  secure: false
});

export { withAuth, session };
