import { useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import api from '../api.js';

export default function Admin() {
  const [users, setUsers] = useState([]);
  const isAdmin = localStorage.getItem('role') === 'admin';

  useEffect(() => {
    if (isAdmin) {
      api.get('/users/search', { params: { q: '' } }).then((res) => setUsers(res.data));
    }
  }, [isAdmin]);

  if (!isAdmin) {
    return <Navigate to="/" replace />;
  }

  const deleteUser = async (id) => {
    if (!window.confirm('Delete this user?')) return;
    await api.delete(`/users/${id}`);
    setUsers((prev) => prev.filter((u) => u.id !== id));
  };

  return (
    <section>
      <h1>Admin dashboard</h1>
      <table>
        <thead>
          <tr><th>Name</th><th>Email</th><th /></tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td><button onClick={() => deleteUser(u.id)}>Delete</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
