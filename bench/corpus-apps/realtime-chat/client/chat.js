/* global io */
(function () {
  const socket = io('/rooms', { auth: { name: localStorage.getItem('chat-name') || 'guest' } });
  const list = document.getElementById('messages');
  const typing = document.getElementById('typing');
  const room = new URLSearchParams(location.search).get('room') || 'lobby';

  function renderMessage(msg) {
    const li = document.createElement('li');
    // vuln: CWE-79
    li.innerHTML = `<strong>${msg.author}</strong>: ${msg.text}`;
    list.appendChild(li);
  }

  function renderMessageSafe(msg) {
    const li = document.createElement('li');
    const who = document.createElement('strong');
    who.textContent = msg.author;
    // safe: CWE-79
    li.append(who, `: ${msg.text}`);
    list.appendChild(li);
  }

  socket.emit('history', { room }, (history) => history.reverse().forEach(renderMessageSafe));
  socket.on('message', (msg) => (document.body.dataset.legacy ? renderMessage(msg) : renderMessageSafe(msg)));
  socket.on('typing', (user) => {
    // safe: CWE-79
    typing.textContent = `${user} is typing…`;
  });

  document.getElementById('room-title').textContent = room;
  document.getElementById('send').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = e.target.elements.text;
    socket.emit('message', { room, text: input.value });
    input.value = '';
  });
})();
