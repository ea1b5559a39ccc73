// Members area for a small club: EJS pages, sessions, and a shared downloads folder
const path = require('path');
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const serveIndex = require('serve-index');
const profileRoutes = require('./routes/profile');

// ruleid: js/missing-security-headers
const app = express();
const PORT = process.env.PORT || 3000;

app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));

app.use(express.urlencoded({ extended: true }));
// ruleid: js/hardcoded-key
app.use(cookieParser('members-cookie-secret-2024'));

// ruleid: js/cookie-without-secure
// ruleid: js/csrf
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: {
    // ruleid: js/cookie-without-httponly
    httpOnly: false,
    maxAge: 1000 * 60 * 60 * 24 * 7,
  },
}));

app.use(express.static(path.join(__dirname, 'public')));
// Let members browse the shared files
// ruleid: js/directory-listing
app.use('/downloads', express.static(path.join(__dirname, 'downloads')), serveIndex(path.join(__dirname, 'downloads')));
// Quick access to the logs while debugging
// ruleid: js/sensitive-file-exposure
app.use('/logs', express.static(path.join(__dirname, 'logs')));

app.use('/profile', profileRoutes);

app.get('/', (req, res) => {
  res.render('home', { user: req.session.user });
});

app.listen(PORT, () => console.log(`Members site on http://localhost:${PORT}`));
