import { Context, Inject } from "@tsed/di";
import { Middleware, MiddlewareMethods } from "@tsed/platform-middlewares";
import { Unauthorized } from "@tsed/exceptions";
import { TokenService } from "../services/TokenService";

@Middleware()
export class DeviceAuthMiddleware implements MiddlewareMethods {
  @Inject()
  protected tokens: TokenService;

  use(@Context() $ctx: Context) {
    const token = $ctx.request.get("x-device-token");
    if (!token) throw new Unauthorized("device token required");
    const device = this.tokens.readDeviceToken(token);
    $ctx.set("device", device);
  }
}
