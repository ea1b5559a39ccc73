export const userMutations = {
  setAvatarFromUrl: async (_root, { url }, context) => {
    // ruleid: js/ssrf
    const res = await fetch(url);
    await context.db.collection('avatars').insertOne({ bytes: Buffer.from(await res.arrayBuffer()) });
    return 'ok';
  },

  useGravatar: async (_root, _args, context) => {
    // A fixed host: the client picks nothing.
    // ok: js/ssrf
    const res = await fetch(`https://www.gravatar.com/avatar/${context.user.hash}?d=404`, { method: 'HEAD' });
    return res.ok ? 'ok' : null;
  },
};
