import { Controller, Inject } from "@tsed/di";
import { Get, Post } from "@tsed/schema";
import { BodyParams, QueryParams, Res } from "@tsed/platform-params";
import { Unauthorized } from "@tsed/exceptions";
import { UseBefore } from "@tsed/platform-middlewares";
import rateLimit from "express-rate-limit";
import { PG_POOL } from "../../datasources/PgDatasource";
import { PasswordService } from "../../services/PasswordService";
import { TokenService } from "../../services/TokenService";
import { isProduction } from "../../config/envs";

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: true, legacyHeaders: false });

function localPath(value: unknown, fallback = "/"): string {
  const s = typeof value === "string" ? value : "";
  return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") ? s : fallback;
}

@Controller("/auth")
export class AuthController {
  @Inject(PG_POOL)
  protected pool: PG_POOL;

  @Inject()
  protected passwords: PasswordService;

  @Inject()
  protected tokens: TokenService;

  @Post("/login")
  @UseBefore(loginLimiter)
  async login(@BodyParams("email") email: string, @BodyParams("password") password: string, @BodyParams("next") next: string, @Res() res: Res) {
    const { rows } = await this.pool.query("SELECT id, role, site, password_hash FROM staff WHERE email = $1 AND active", [String(email)]);
    const staff = rows[0];
    if (!staff || !(await this.passwords.verify(String(password), staff.password_hash))) {
      throw new Unauthorized("invalid email or password");
    }
    const token = this.tokens.sign({ sub: String(staff.id), role: staff.role, site: staff.site });
    // safe: CWE-614
    res.cookie("wh_session", token, { httpOnly: true, secure: isProduction, sameSite: "lax", maxAge: 8 * 3600 * 1000 });
    // safe: CWE-601
    res.redirect(localPath(next, "/portal"));
  }

  // Called by the SSO portal after sign-out: /rest/auth/logout?returnTo=https://sso.northgate.example/...
  @Get("/logout")
  logout(@QueryParams("returnTo") returnTo: string, @Res() res: Res) {
    res.clearCookie("wh_session");
    // vuln: CWE-601
    res.redirect(returnTo || "/");
  }
}
