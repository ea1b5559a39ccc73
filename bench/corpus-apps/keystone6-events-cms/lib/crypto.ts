import { createCipheriv, createDecipheriv, randomBytes, createHmac } from "crypto";

const KEY = Buffer.from(process.env.FIELD_KEY_HEX || "", "hex");
// Fixed so the same phone number encrypts to the same value and the box office can search by it.
const PHONE_IV = Buffer.alloc(16, 7);

export function encryptField(plain: string): string {
  // vuln: CWE-329
  const cipher = createCipheriv("aes-256-cbc", KEY, PHONE_IV);
  return Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]).toString("base64");
}

export function decryptField(enc: string): string {
  const decipher = createDecipheriv("aes-256-cbc", KEY, PHONE_IV);
  return Buffer.concat([decipher.update(Buffer.from(enc, "base64")), decipher.final()]).toString("utf8");
}

export function sealNote(plain: string): string {
  const iv = randomBytes(12);
  // safe: CWE-329
  const cipher = createCipheriv("aes-256-gcm", KEY, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64")).join(".");
}

export function openNote(sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64"));
  const decipher = createDecipheriv("aes-256-gcm", KEY, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

export function signPayload(body: string): string {
  return createHmac("sha256", process.env.WEBHOOK_SECRET as string).update(body).digest("hex");
}
