// Browser code as compilers emit it: template literals become "".concat(…).
function toSignIn() {
  var url = "/api/auth/signin?".concat(new URLSearchParams({ callbackUrl: window.location.href }));
  // ok: js/open-redirect
  window.location.href = url;
}

function toSignOut() {
  // ok: js/open-redirect
  window.location.href = '/api/auth/signout?callbackUrl=' + encodeURIComponent(window.location.href);
}

function afterLogin() {
  var next = new URLSearchParams(window.location.search).get('next');
  // ruleid: js/open-redirect
  window.location.href = "".concat(next, "/home");
}

function afterLogout() {
  var back = new URLSearchParams(window.location.search).get('back');
  // A single leading slash does not pin the host: `//evil.example` is another site.
  // ruleid: js/open-redirect
  window.location.href = '/' + back;
}

toSignIn();
toSignOut();
afterLogin();
afterLogout();

function toProvider(baseUrl) {
  var callbackUrl = window.location.href;
  // The page's own URL goes in the query string of a fixed path: it cannot pick the host.
  // ok: js/open-redirect
  window.location.href = "".concat(baseUrl, "/signin?").concat(new URLSearchParams({ callbackUrl: callbackUrl }));
}

toProvider('/api/auth');

function afterSignIn(options, data) {
  var callbackUrl = options && options.callbackUrl !== undefined ? options.callbackUrl : window.location.href;
  // The page's own URL, kept when no other was given: a reload of this page.
  // ok: js/open-redirect
  window.location.href = data.url || callbackUrl;
}

function toPath() {
  // The path alone does not pin the host: the page /x may be reached as //evil.example/x.
  // ruleid: js/open-redirect
  window.location.href = window.location.pathname.replace(/\/+$/, '');
}

afterSignIn(undefined, {});
toPath();
