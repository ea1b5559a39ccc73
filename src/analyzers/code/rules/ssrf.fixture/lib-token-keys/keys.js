// Downloads a JWK Set (the caller's URL when called directly: its own choice).
async function fetchKeys(uri) {
  // ruleid: js/ssrf
  const res = await fetch(uri, { redirect: 'follow' });
  return (await res.json()).keys;
}

module.exports = { fetchKeys };
