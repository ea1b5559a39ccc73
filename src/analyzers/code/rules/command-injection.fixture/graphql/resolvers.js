// Apollo-style resolver maps: the second parameter holds the client's arguments.
const { exec, execFile } = require('child_process');

const Mutation = {
  async rebuildIndex(_parent, { collection }, { user }) {
    if (!user?.isAdmin) throw new Error('forbidden');
    // ruleid: js/command-injection
    exec(`reindex --collection ${collection}`);
    return true;
  },
};

const resolvers = {
  Query: {
    diskUsage: (_root, args) => {
      // ruleid: js/command-injection
      exec('du -sh /srv/uploads/' + args.folder);
      return 0;
    },
    pageCount: (_root, { pages }) => {
      // ok: js/command-injection
      exec('render --pages ' + Number(pages));
      return Number(pages);
    },
  },
  Mutation,
  Report: {
    // A type resolver's parent is the stored object the server loaded, not client input.
    archive(parent) {
      // ok: js/command-injection
      execFile('tar', ['czf', `/tmp/${parent.id}.tgz`, parent.dir]);
      return `/tmp/${parent.id}.tgz`;
    },
  },
};

module.exports = { resolvers };
