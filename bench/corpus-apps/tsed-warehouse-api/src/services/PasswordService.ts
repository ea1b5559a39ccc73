import { Injectable } from "@tsed/di";
import { createHash, randomBytes, scrypt, timingSafeEqual } from "crypto";
import { promisify } from "util";

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;

@Injectable()
export class PasswordService {
  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    // safe: CWE-916
    const key = await scryptAsync(password, salt, 64);
    return `scrypt$${salt.toString("hex")}$${key.toString("hex")}`;
  }

  async verify(password: string, stored: string): Promise<boolean> {
    if (stored.startsWith("scrypt$")) {
      const [, saltHex, keyHex] = stored.split("$");
      const key = await scryptAsync(password, Buffer.from(saltHex, "hex"), 64);
      return timingSafeEqual(key, Buffer.from(keyHex, "hex"));
    }
    return false;
  }

  // Gate kiosks store a hash of the driver PIN on the local tablet for offline checks.
  kioskPinHash(pin: string): string {
    // vuln: CWE-916
    return createHash("sha1").update(pin).digest("hex");
  }

  // ETag for label PDFs, not a security value.
  contentTag(buf: Buffer): string {
    return createHash("md5").update(buf).digest("hex");
  }
}
