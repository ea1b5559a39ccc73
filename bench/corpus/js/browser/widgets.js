// Embeddable chat widget: talks to the parent page via postMessage
(function () {
  const container = document.getElementById('chat-widget');

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data.type === 'greeting') {
      // ruleid: js/xss
      container.innerHTML = '<p class="greeting">' + data.text + '</p>';
    }
    if (data.type === 'eval') {
      // ruleid: js/code-injection
      eval(data.code);
    }
    if (data.type === 'navigate') {
      // ruleid: js/open-redirect
      window.location.href = data.url;
    }
  });

  window.addEventListener('message', (event) => {
    if (event.origin !== 'https://app.example.com') return;
    const p = document.createElement('p');
    // ok: js/xss
    p.textContent = event.data.text;
    container.appendChild(p);
  });

  function renderUserCard(user) {
    const card = document.createElement('div');
    // ruleid: js/xss
    card.innerHTML = `<div class="card"><img src="${user.avatar}"><b>${user.name}</b></div>`;
    return card;
  }

  const nameFromCookie = document.cookie.replace(/(?:(?:^|.*;\s*)nick\s*=\s*([^;]*).*$)|^.*$/, '$1');
  // ruleid: js/xss
  $('#nick').html(decodeURIComponent(nameFromCookie));

  // ok: js/xss
  $('#nick-plain').text(decodeURIComponent(nameFromCookie));

  fetch('/api/chat/participants')
    .then((r) => r.json())
    .then((users) => users.forEach((u) => container.appendChild(renderUserCard(u))));
})();
