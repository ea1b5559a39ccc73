module.exports = {
  friendlyName: 'Fetch feed',
  description: 'Download a publisher ONIX/JSON feed that lists new titles.',

  inputs: {
    url: { type: 'string', required: true, isURL: true },
  },

  fn: async function ({ url }) {
    sails.log.info('Fetching publisher feed');
    // vuln: CWE-918
    const res = await fetch(url, { redirect: 'follow' });
    if (!res.ok) {
      throw new Error(`Feed returned ${res.status}`);
    }
    return await res.json();
  },
};
