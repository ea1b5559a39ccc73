import { Routes, Route, Link } from 'react-router-dom';
import Login from './pages/Login.jsx';
import Admin from './pages/Admin.jsx';
import Search from './pages/Search.jsx';
import Profile from './pages/Profile.jsx';
import Comments from './components/Comments.jsx';

export default function App() {
  return (
    <div className="app">
      <nav>
        <Link to="/">Board</Link>
        <Link to="/search">Search</Link>
        <Link to="/profile">Profile</Link>
        <Link to="/admin">Admin</Link>
      </nav>
      <main>
        <Routes>
          <Route path="/" element={<Comments taskId="inbox" />} />
          <Route path="/login" element={<Login />} />
          <Route path="/search" element={<Search />} />
          <Route path="/profile" element={<Profile />} />
          <Route path="/admin" element={<Admin />} />
        </Routes>
      </main>
    </div>
  );
}
