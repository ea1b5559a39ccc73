// A page helper that reads the URL itself and hands what it read to its caller's callback.
function withHashParam(cb) {
  cb(decodeURIComponent(window.location.hash.slice(1)));
}

/** Only a known view name is handed on. */
function withView(cb) {
  const view = window.location.hash.slice(1);
  cb(['home', 'settings', 'help'].includes(view) ? view : 'home');
}

withHashParam((message) => {
  // ruleid: js/xss
  document.getElementById('banner').innerHTML = message;
});

withHashParam((message) => {
  // ok: js/xss
  document.getElementById('banner').textContent = message;
});

withView((view) => {
  // ok: js/xss
  document.getElementById('title').innerHTML = view;
});
