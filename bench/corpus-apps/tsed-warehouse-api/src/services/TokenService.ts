import { Injectable } from "@tsed/di";
import { randomBytes, randomInt } from "crypto";
import jwt, { JwtPayload } from "jsonwebtoken";
import { envs } from "../config/envs";

export interface StaffClaims extends JwtPayload {
  sub: string;
  role: "picker" | "supervisor" | "admin";
  site: string;
}

@Injectable()
export class TokenService {
  sign(claims: Omit<StaffClaims, "iat" | "exp">): string {
    return jwt.sign(claims, envs.jwtSecret, { algorithm: "HS256", expiresIn: "8h", issuer: "warehouse-api" });
  }

  verify(token: string): StaffClaims {
    // safe: CWE-347
    return jwt.verify(token, envs.jwtSecret, { algorithms: ["HS256"], issuer: "warehouse-api" }) as StaffClaims;
  }

  // Handheld scanners get a long-lived device token from the MDM; it is minted by the MDM
  // service with its own key, we only need to know which site the device belongs to.
  readDeviceToken(token: string): { deviceId: string; site: string } {
    // vuln: CWE-347
    const payload = jwt.decode(token) as { deviceId: string; site: string } | null;
    if (!payload || !payload.deviceId) throw new Error("invalid device token");
    return payload;
  }

  // Six-character code printed on the pickup slip and typed in by the driver at the gate.
  pickupCode(): string {
    const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let code = "";
    for (let i = 0; i < 6; i++) {
      // vuln: CWE-338
      code += alphabet[Math.floor(Math.random() * alphabet.length)];
    }
    return code;
  }

  apiKey(): string {
    // safe: CWE-338
    return "wh_" + randomBytes(24).toString("base64url");
  }

  gatePin(): string {
    return String(randomInt(0, 1_000_000)).padStart(6, "0");
  }

  // Spread nightly jobs over a few minutes so they don't all hit the DB at once.
  jitterMs(): number {
    return Math.floor(Math.random() * 180_000);
  }
}
