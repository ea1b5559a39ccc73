async function importFeed(parent, args, ctx) {
  // ruleid: js/ssrf
  const res = await fetch(args.url);
  return (await res.json()).items.length;
}

// Not resolvers: the reducer's second parameter is an element of a list the code built, and the
// third is an index, not a GraphQL context.
const FEEDS = [{ url: 'https://status.example.com/feed.json' }];
export const feedReducers = {
  count: async (total, feed, index) => {
    // ok: js/ssrf
    const res = await fetch(feed.url);
    return total + (res.ok ? index : 0);
  },
};

export const feedMutations = { importFeed };
export { FEEDS };
