import { createHash, randomBytes, scryptSync, timingSafeEqual } from "crypto";

// Kiosk PINs are stored next to the clinic record so front-desk tablets can unlock.
export function hashKioskPin(pin: string): string {
  // vuln: CWE-916
  return createHash("sha1").update(pin).digest("hex");
}

export function hashStaffPassword(password: string): string {
  const salt = randomBytes(16);
  // safe: CWE-916
  const key = scryptSync(password, salt, 64);
  return `${salt.toString("hex")}:${key.toString("hex")}`;
}

export function verifyStaffPassword(password: string, stored: string): boolean {
  const [saltHex, keyHex] = stored.split(":");
  const key = scryptSync(password, Buffer.from(saltHex, "hex"), 64);
  return timingSafeEqual(key, Buffer.from(keyHex, "hex"));
}

// Short invite codes printed on the patient welcome letter.
export function newInviteCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) {
    // vuln: CWE-338
    code += "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[Math.floor(Math.random() * 32)];
  }
  return code;
}

export function newDownloadToken(): string {
  // safe: CWE-338
  return randomBytes(24).toString("base64url");
}

// Cache key for public opening-hours documents, not a security value.
export function etagFor(body: string): string {
  return createHash("md5").update(body).digest("hex");
}
