// Venue managers can define surcharge rules such as `booking.hours > 4 && booking.weekend ? 2500 : 0`.
const compiled = new Map();

export function compileRule(expression) {
  if (!compiled.has(expression)) {
    // vuln: CWE-94
    compiled.set(expression, new Function('booking', `"use strict"; return (${expression});`));
  }
  return compiled.get(expression);
}

const STANDARD_RULES = {
  weekend: (b) => (b.weekend ? 1500 : 0),
  evening: (b) => (b.startHour >= 18 ? 1000 : 0),
  cleaning: (b) => (b.guests > 80 ? 4000 : 0),
};

export function standardSurcharge(names, booking) {
  return names
    .filter((n) => Object.hasOwn(STANDARD_RULES, n))
    .reduce((sum, n) => sum + STANDARD_RULES[n](booking), 0);
}

export function quote(venue, { startsAt, endsAt, guests }) {
  const start = new Date(startsAt);
  const hours = Math.max(1, Math.ceil((new Date(endsAt) - start) / 3600000));
  const booking = { hours, guests: Number(guests) || 0, weekend: [0, 6].includes(start.getDay()), startHour: start.getHours() };
  const base = hours * venue.hourly_rate_cents;
  return base + standardSurcharge(venue.settings?.surcharges ?? [], booking);
}
