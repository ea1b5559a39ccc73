import {inject, service} from '@loopback/core';
import {repository} from '@loopback/repository';
import {get, HttpErrors, param, post, requestBody, Response, RestBindings} from '@loopback/rest';
import {CustomerRepository} from '../repositories/customer.repository';
import {JwtService} from '../services/jwt.service';
import {PasswordService} from '../services/password.service';
import {TokenService} from '../services/token.service';

const PORTAL_URL = process.env.PORTAL_URL ?? 'https://returns.northwind.example';

const failures = new Map<string, {count: number; until: number}>();

function checkLockout(email: string): void {
  const entry = failures.get(email);
  if (entry && entry.count >= 5 && entry.until > Date.now()) {
    throw new HttpErrors.TooManyRequests('too many attempts, try again later');
  }
}

function recordFailure(email: string): void {
  const entry = failures.get(email) ?? {count: 0, until: 0};
  entry.count += 1;
  entry.until = Date.now() + 15 * 60 * 1000;
  failures.set(email, entry);
}

interface Credentials {
  email: string;
  password: string;
}

export class AuthController {
  constructor(
    @repository(CustomerRepository) private customers: CustomerRepository,
    @service(JwtService) private jwt: JwtService,
    @service(PasswordService) private passwords: PasswordService,
    @service(TokenService) private tokens: TokenService,
  ) {}

  @post('/auth/login')
  async login(@requestBody() credentials: Credentials): Promise<{token: string}> {
    if (process.env.DEBUG_AUTH === '1') {
      // vuln: CWE-532
      console.debug(`login attempt email=${credentials.email} password=${credentials.password}`);
    }
    checkLockout(credentials.email);
    const customer = await this.customers.findByEmail(credentials.email);
    if (!customer?.passwordHash || !(await this.passwords.compare(credentials.password, customer.passwordHash))) {
      recordFailure(credentials.email);
      console.warn('login failed', {email: credentials.email});
      throw new HttpErrors.Unauthorized('invalid credentials');
    }
    failures.delete(credentials.email);
    return {token: this.jwt.sign({id: customer.id!, email: customer.email, role: 'dealer'})};
  }

  @post('/auth/dealer-pin')
  async setDealerPin(@requestBody() body: {customerId: number; pin: string}): Promise<{ok: true}> {
    const dealerPinHash = this.passwords.hashDealerPin(body.pin);
    await this.customers.updateById(body.customerId, {dealerPinHash});
    return {ok: true};
  }

  @post('/auth/reset-request')
  async resetRequest(@requestBody() body: {email: string}): Promise<{ok: true}> {
    const customer = await this.customers.findByEmail(body.email);
    if (customer) {
      const token = this.tokens.passwordResetToken();
      await this.customers.updateById(customer.id, {resetToken: token} as object);
    }
    return {ok: true};
  }

  // The dealer widget sends people here after SSO with ?returnTo=<page on the dealer's site>.
  @get('/auth/sso/complete')
  async ssoComplete(
    @param.query.string('token') token: string,
    @param.query.string('returnTo') returnTo: string,
    @inject(RestBindings.Http.RESPONSE) response: Response,
  ): Promise<Response> {
    const user = this.jwt.fromWidget(token);
    response.cookie('rma_session', this.jwt.sign(user), {httpOnly: true, secure: true, sameSite: 'lax'});
    // vuln: CWE-601
    response.redirect(returnTo || PORTAL_URL);
    return response;
  }

  @get('/auth/logout')
  async logout(
    @param.query.string('next') next: string,
    @inject(RestBindings.Http.RESPONSE) response: Response,
  ): Promise<Response> {
    response.clearCookie('rma_session');
    const local = typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\');
    // safe: CWE-601
    response.redirect(local ? next : '/');
    return response;
  }
}
