import { Router } from 'express';
import { pool } from '../lib/db';
import { TicketRepository } from '../repositories/TicketRepository';
import { TicketService } from '../services/TicketService';
import { TicketController } from '../controllers/TicketController';
import { AuthController } from '../controllers/AuthController';
import { ReportController } from '../controllers/ReportController';
import { tenantContext } from '../middleware/tenant';

const tickets = new TicketController(new TicketService(new TicketRepository(pool)));
const auth = new AuthController(pool);
const reports = new ReportController(pool);

export const router = Router();

router.get('/tickets', tickets.list);
router.get('/tickets/search', tickets.search);
router.get('/tickets/:id', tickets.show.bind(tickets));
router.get('/v2/tickets/:id', (req, res) => tickets.showV2(req, res));
router.post('/tickets/:id/share', tickets.share.bind(tickets));
router.post('/tickets/:id/export', (req, res) => tickets.exportTicket(req, res));
router.post('/me/avatar', tickets.attachAvatar.bind(tickets));
// vuln: CWE-307
router.post('/login', auth.login);
router.get('/login/tenant', auth.tenantLogin.bind(auth));
router.get('/whoami', auth.whoami.bind(auth));
router.get('/v2/login/tenant', auth.tenantLoginSafe.bind(auth));

router.use('/reports', tenantContext);
router.get('/reports/search', reports.search);
router.get('/v2/reports/search', reports.searchSafe);
router.get('/reports/count', reports.count);
router.get('/v2/reports/count', reports.countSafe);
router.get('/reports/summary', reports.tenantSummary);
router.get('/reports/messages', reports.messages);
