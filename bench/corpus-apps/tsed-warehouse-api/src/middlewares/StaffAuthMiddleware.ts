import { Context, Inject } from "@tsed/di";
import { Middleware, MiddlewareMethods } from "@tsed/platform-middlewares";
import { Unauthorized, Forbidden } from "@tsed/exceptions";
import { TokenService, StaffClaims } from "../services/TokenService";

@Middleware()
export class StaffAuthMiddleware implements MiddlewareMethods {
  @Inject()
  protected tokens: TokenService;

  use(@Context() $ctx: Context) {
    const header = $ctx.request.get("authorization") || "";
    const bearer = header.startsWith("Bearer ") ? header.slice(7) : $ctx.request.cookies?.wh_session;
    if (!bearer) throw new Unauthorized("missing credentials");
    let claims: StaffClaims;
    try {
      claims = this.tokens.verify(bearer);
    } catch {
      throw new Unauthorized("invalid token");
    }
    const roles: string[] = $ctx.endpoint.get(StaffAuthMiddleware)?.roles ?? [];
    if (roles.length && !roles.includes(claims.role)) throw new Forbidden("insufficient role");
    $ctx.set("staff", claims);
  }
}
