// Browser script: the page's own scheme and host are not attacker input; its hash is.
function socketUrl(path) {
  const loc = window.location;
  const link = document.createElement('a');
  // ok: js/xss
  link.href = loc.protocol + '//' + loc.host + path;
  return link;
}

function shareLink() {
  const loc = window.location;
  const a = document.querySelector('#share');
  // ruleid: js/xss
  a.href = decodeURIComponent(loc.hash.slice(1));
}

socketUrl('/ws');
shareLink();
