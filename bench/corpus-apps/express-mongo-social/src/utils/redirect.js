const LOCAL_SECTIONS = ['/feed', '/settings', '/messages', '/notifications', '/u/', '/albums'];

/** Returns `next` only when it is a path inside one of our own sections. */
export function safeNext(next, fallback = '/feed') {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return fallback;
  }
  return LOCAL_SECTIONS.some((section) => next === section || next.startsWith(section)) ? next : fallback;
}
