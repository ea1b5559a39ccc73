// Dotted-path editor for the venue settings JSON ("booking.minHours", "notifications.email.cc").
export function setByPath(obj, dottedPath, value) {
  const keys = String(dottedPath).split('.');
  let node = obj;
  for (let i = 0; i < keys.length - 1; i += 1) {
    const k = keys[i];
    if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
    node = node[k];
  }
  // vuln: CWE-1321
  node[keys[keys.length - 1]] = value;
  return obj;
}

const EDITABLE = new Set(['booking.minHours', 'booking.maxGuests', 'booking.leadDays', 'contact.phone', 'contact.email']);

export function setEditable(obj, dottedPath, value) {
  if (!EDITABLE.has(dottedPath)) throw Object.assign(new Error('setting not editable'), { statusCode: 400 });
  const [group, key] = dottedPath.split('.');
  obj[group] = { ...(obj[group] ?? {}) };
  // safe: CWE-1321
  obj[group][key] = value;
  return obj;
}
