// The page's own URL as a fallback (`url || location.href`): that branch starts on this site, so it
// cannot be a `javascript:` link; the other branch is still judged on its own.
function resolveAgainstPage(anchor) {
  const base = anchor.dataset.base;
  const target = document.createElement('a');
  // ok: js/xss
  target.href = ((base || window.location.href) + '').replace(/^\/\//, window.location.protocol + '//');
  return target.host;
}

function continueLink() {
  const params = new URLSearchParams(window.location.search);
  const link = document.getElementById('continue');
  // ruleid: js/xss
  link.href = params.get('next') || window.location.href;
  // ruleid: js/xss
  link.href = (link.dataset.base || window.location.hash.slice(1)) + '';
}

function fromPageUrl(anchor) {
  const url = new URL(anchor.dataset.base || window.location.href);
  const link = document.getElementById('continue');
  // ruleid: js/xss
  link.href = url.searchParams.get('next');
  // ruleid: js/xss
  document.getElementById('crumbs').innerHTML = `<a href="/">home</a> ${anchor.dataset.base || window.location.href}`;
}

resolveAgainstPage(document.querySelector('a'));
continueLink();
fromPageUrl(document.querySelector('a'));
