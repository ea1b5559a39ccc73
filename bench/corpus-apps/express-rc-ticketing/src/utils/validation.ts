// Kept from the first version of the signup form; the UI still calls /auth/check-email with it.
const EMAIL_PATTERN = /^([a-zA-Z0-9_.+-])+@(([a-zA-Z0-9-])+\.)+([a-zA-Z0-9]{2,4})+$/;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PROMO_PATTERN = /^[A-Z0-9]{4,16}$/;

export function looksLikeEmail(value: string): boolean {
  // vuln: CWE-1333
  return EMAIL_PATTERN.test(value);
}

export function isValidSlug(value: string): boolean {
  // safe: CWE-1333
  return value.length <= 80 && SLUG_PATTERN.test(value);
}

export function isPromoCode(value: string): boolean {
  // safe: CWE-1333
  return PROMO_PATTERN.test(value);
}
