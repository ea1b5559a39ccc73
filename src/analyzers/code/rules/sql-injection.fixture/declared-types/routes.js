import Fastify from 'fastify';
import { findByResetToken, findByInvite, findByCode, runReport, findByLabel, Sessions, claimInvite, findByNickname } from './accounts.js';
import { sortedEntries, entriesPage, runStatement, runSafe, runOnStore, Ledger } from './ledger';

const app = Fastify();

// No body schemas: each field is whatever JSON the client sent.
app.post('/reset', async (request) => findByResetToken(app.backend, request.body.token));
app.post('/invite', async (request) => findByInvite(app.backend, request.body.invite));
app.post('/code', async (request) => findByCode(app.link, request.body.code));
// ruleid: js/sql-injection
app.post('/report', async (request) => runReport(app.reports, request.body.statement));
// ok: js/sql-injection
app.post('/label', async (request) => findByLabel(app.store, request.body.label));
app.post('/session', async (request) => new Sessions(app.backend).byToken(request.body.token));
// ruleid: js/sql-injection
app.post('/session-report', async (request) => new Sessions(app.backend).run(request.body.statement));
// ruleid: js/sql-injection
app.get('/entries', async (request) => sortedEntries(app.builder, request.query.sort));
// ok: js/sql-injection
app.get('/entries-page', async (request) => entriesPage(app.builder, request.query.sort));
// ruleid: js/sql-injection
app.post('/statement', async (request) => runStatement(app.reports, request.body.statement));
// ok: js/sql-injection
app.get('/entry', async (request) => runSafe(app.reports, request.query.id));
// ok: js/sql-injection
app.post('/store', async (request) => runOnStore(app.store, request.body.statement));
app.post('/ledger', async (request) => new Ledger(app.backend, app.backend).byToken(request.body.token));
app.post('/archive', async (request) => new Ledger(app.backend, app.backend).archived(request.body.token));
app.post('/ledger-id', async (request) => new Ledger(app.backend, app.backend).byId(request.body.id));
app.post('/claim', async (request) => claimInvite(app.backend, request.body.invite));
app.post('/nickname', async (request) => findByNickname(app.backend, request.body.nickname));
