/* global $ */
(function () {
  var HOST_ORIGIN = 'https://portal.example.com';
  var frame = document.getElementById('preview-frame');

  // Preview frames post rendered snippets back to the editor.
  window.addEventListener('message', function (event) {
    if (event.data && event.data.kind === 'preview') {
      // vuln: CWE-79
      frame.srcdoc = event.data.html;
    }
  });

  window.addEventListener('message', function (event) {
    if (event.origin.indexOf('example.com') === -1) return;
    if (event.data && event.data.kind === 'banner') {
      // vuln: CWE-79
      $('#banner').html(event.data.html);
    }
  });

  window.addEventListener('message', function (event) {
    if (event.origin !== HOST_ORIGIN) return;
    if (event.data && event.data.kind === 'status') {
      // safe: CWE-79
      document.getElementById('status').textContent = event.data.text;
    }
  });

  document.getElementById('ready').addEventListener('click', function () {
    window.parent.postMessage({ kind: 'ready' }, HOST_ORIGIN);
  });
})();
