window.portal = window.portal || {};

window.portal.param = function (name) {
  return new URLSearchParams(window.location.search).get(name);
};

window.portal.hashParam = function (name) {
  var hash = window.location.hash.replace(/^#/, '');
  return new URLSearchParams(hash).get(name);
};

window.portal.escape = function (s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
};
