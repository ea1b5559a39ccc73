import { useEffect, useState } from 'react';
import DOMPurify from 'dompurify';
import api from '../api.js';

export default function Profile() {
  const [user, setUser] = useState(null);

  useEffect(() => {
    api.get('/users/me').then((res) => setUser(res.data));
  }, []);

  if (!user) return <p>Loading…</p>;

  return (
    <section className="profile">
      <h1>{user.name}</h1>
      <p>{user.email}</p>
      <div className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(user.bio || '') }} />
    </section>
  );
}
