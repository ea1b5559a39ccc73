// Shared input patterns (used by routes and services).

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

// Accepts "+44 20 7946 0958", "020-7946-0958", "07946.095.800" …
export const PHONE_LOOSE = /^(\+?\d+[\s.-]?)+$/;

export const PHONE_STRICT = /^\+?[0-9 ()-]{6,20}$/;

export const TIMEZONES = new Set(Intl.supportedValuesOf('timeZone'));

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

export function safeReturnPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
