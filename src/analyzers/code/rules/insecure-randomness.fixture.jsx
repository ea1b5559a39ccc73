import { useState } from 'react';

export function TodoList({ items }) {
  // ok: js/insecure-randomness
  const [seed] = useState(() => Math.random());
  return (
    <ul>
      {items.map((item) => (
        // ok: js/insecure-randomness
        <li key={item.id ?? Math.random()} style={{ opacity: 0.5 + Math.random() / 2 }}>{item.text}</li>
      ))}
      <li>{seed}</li>
    </ul>
  );
}

export function OAuthButton() {
  const login = () => {
    // ruleid: js/insecure-randomness
    const csrfState = Math.random().toString(36).slice(2);
    sessionStorage.setItem('oauth_state', csrfState);
    window.location.href = `https://auth.example.com/authorize?state=${csrfState}`;
  };
  return <button onClick={login}>Sign in</button>;
}
