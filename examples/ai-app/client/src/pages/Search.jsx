import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import api from '../api.js';

export default function Search() {
  const location = useLocation();
  const query = new URLSearchParams(location.search).get('q') || '';
  const [results, setResults] = useState([]);

  useEffect(() => {
    if (!query) return;
    api.get('/users/search', { params: { q: query } }).then((res) => setResults(res.data));
  }, [query]);

  return (
    <section>
      <form method="get">
        <input name="q" defaultValue={query} placeholder="Search people…" />
        <button type="submit">Search</button>
      </form>
      {query && (
        <p dangerouslySetInnerHTML={{ __html: `Showing results for <strong>${query}</strong>` }} />
      )}
      <ul>
        {results.map((r) => (
          <li key={r.id}>{r.name} — {r.email}</li>
        ))}
      </ul>
    </section>
  );
}
