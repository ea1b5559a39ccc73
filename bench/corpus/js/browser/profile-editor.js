// Profile editor page (no framework)
const form = document.getElementById('profile-form');
const preview = document.getElementById('preview');

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

form.elements.bio.addEventListener('input', (e) => {
  // ruleid: js/xss
  preview.innerHTML = `<p>${e.target.value}</p>`;
});

form.elements.name.addEventListener('input', (e) => {
  // ok: js/xss
  preview.querySelector('h2').innerHTML = escapeHtml(e.target.value);
});

async function loadFriends() {
  const friends = await (await fetch('/api/friends')).json();
  const list = document.getElementById('friends');
  friends.forEach(({ name, status }) => {
    // ruleid: js/xss
    list.insertAdjacentHTML('beforeend', `<li>${name} — ${status}</li>`);
  });
}

function openReturnUrl() {
  const returnUrl = new URLSearchParams(location.search).get('return');
  // ruleid: js/open-redirect
  location.replace(returnUrl);
}

function setTheme() {
  const theme = new URLSearchParams(location.search).get('theme');
  // ok: js/xss
  document.body.className = theme === 'dark' ? 'dark' : 'light';
}

document.getElementById('cancel').addEventListener('click', openReturnUrl);
setTheme();
loadFriends();
