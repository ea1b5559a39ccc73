const path = require('path');
const express = require('express');
const session = require('express-session');
const helmet = require('helmet');
const ejs = require('ejs');

const tickets = require('./routes/tickets');
const search = require('./routes/search');
const preview = require('./routes/preview');

const app = express();
app.use(helmet());
app.engine('html', ejs.renderFile);
app.set('view engine', 'html');
app.set('views', path.join(__dirname, 'views'));
app.use(express.urlencoded({ extended: false }));
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

app.use('/tickets', tickets);
app.use('/search', search);
app.use('/preview', preview);

app.get('/welcome', (req, res) => {
  res.render('welcome', { name: req.query.name || 'there' });
});

app.listen(process.env.PORT || 3000);
