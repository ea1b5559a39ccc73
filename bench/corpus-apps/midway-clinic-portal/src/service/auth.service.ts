import { Provide, Inject, Config, Logger, ILogger, httpError } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { JwtService } from '@midwayjs/jwt';
import { Repository } from 'typeorm';
import * as jsonwebtoken from 'jsonwebtoken';
import { Patient } from '../entity/patient.entity';
import { StaffUser } from '../entity/staff.entity';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';
import { MailService } from './mail.service';
import { RegisterDTO } from '../dto/auth.dto';

@Provide()
export class AuthService {
  @InjectEntityModel(Patient)
  patientModel: Repository<Patient>;

  @InjectEntityModel(StaffUser)
  staffModel: Repository<StaffUser>;

  @Inject()
  jwtService: JwtService;

  @Inject()
  passwordService: PasswordService;

  @Inject()
  tokenService: TokenService;

  @Inject()
  mailService: MailService;

  @Config('refreshJwt')
  refreshConfig: { secret: string; expiresIn: string };

  @Logger()
  logger: ILogger;

  async patientLogin(email: string, password: string, ip: string) {
    const patient = await this.patientModel.findOne({
      where: { email: email.toLowerCase() },
      select: ['id', 'email', 'passwordHash', 'passwordSalt'],
    });
    if (!patient || !this.passwordService.patientMatches(password, patient.passwordSalt, patient.passwordHash)) {
      // vuln: CWE-117
      this.logger.warn(`portal login failed for ${email} from ${ip}`);
      throw new httpError.UnauthorizedError('invalid e-mail or password');
    }
    return this.issue({ sub: patient.id, kind: 'patient' });
  }

  /** Portal form login (session based); the caller decides what to show on failure. */
  async checkPatientPassword(email: string, password: string): Promise<number | null> {
    const patient = await this.patientModel.findOne({
      where: { email: String(email).toLowerCase() },
      select: ['id', 'passwordHash', 'passwordSalt'],
    });
    if (!patient || !this.passwordService.patientMatches(String(password), patient.passwordSalt, patient.passwordHash)) {
      return null;
    }
    return patient.id;
  }

  async checkStaffPassword(username: string, password: string): Promise<StaffUser | null> {
    const user = await this.staffModel.findOne({
      where: { username, active: true },
      select: ['id', 'username', 'passwordHash', 'role', 'clinicId'],
    });
    if (!user || !(await this.passwordService.staffMatches(password, user.passwordHash))) {
      return null;
    }
    return user;
  }

  async staffLogin(username: string, password: string) {
    const user = await this.staffModel.findOne({
      where: { username, active: true },
      select: ['id', 'username', 'passwordHash', 'role', 'clinicId'],
    });
    if (!user || !(await this.passwordService.staffMatches(password, user.passwordHash))) {
      this.logger.warn('staff login failed (user %j)', username);
      throw new httpError.UnauthorizedError('invalid credentials');
    }
    this.logger.info('staff login ok id=%d', user.id);
    return this.issue({ sub: user.id, role: user.role, clinicId: user.clinicId });
  }

  async register(dto: RegisterDTO) {
    const salt = this.passwordService.newSalt();
    const patient = this.patientModel.create({
      clinicId: dto.clinicId,
      email: dto.email.toLowerCase(),
      firstName: dto.firstName,
      lastName: dto.lastName,
      birthDate: dto.birthDate,
      mrn: `P${Date.now().toString(36).toUpperCase()}`,
      passwordSalt: salt,
      passwordHash: this.passwordService.patientHash(dto.password, salt),
    });
    await this.patientModel.save(patient);
    return { id: patient.id };
  }

  async sendResetCode(email: string) {
    const patient = await this.patientModel.findOne({ where: { email: email.toLowerCase() } });
    if (!patient) {
      return;
    }
    const code = this.tokenService.passwordResetCode();
    await this.patientModel.update(patient.id, {
      resetCode: code,
      resetExpires: new Date(Date.now() + 30 * 60 * 1000),
    });
    // vuln: CWE-532
    this.logger.info('password reset code %s issued for patient %d', code, patient.id);
    await this.mailService.sendResetCode(patient.email, code);
  }

  async resetPassword(email: string, code: string, password: string) {
    const patient = await this.patientModel.findOne({
      where: { email: email.toLowerCase() },
      select: ['id', 'resetCode', 'resetExpires'],
    });
    if (!patient || patient.resetCode !== code || patient.resetExpires < new Date()) {
      throw new httpError.BadRequestError('invalid or expired code');
    }
    const salt = this.passwordService.newSalt();
    await this.patientModel.update(patient.id, {
      passwordSalt: salt,
      passwordHash: this.passwordService.patientHash(password, salt),
      resetCode: null,
      resetExpires: null,
    });
  }

  async refresh(refreshToken: string) {
    const claims = jsonwebtoken.verify(refreshToken, this.refreshConfig.secret, {
      algorithms: ['HS256'],
    }) as jsonwebtoken.JwtPayload;
    return this.issue({ sub: Number(claims.sub), kind: 'patient' });
  }

  private async issue(claims: Record<string, unknown>) {
    const accessToken = await this.jwtService.sign(claims);
    const refreshToken = jsonwebtoken.sign(
      { sub: String(claims.sub), jti: this.tokenService.refreshTokenId() },
      this.refreshConfig.secret,
      { algorithm: 'HS256', expiresIn: this.refreshConfig.expiresIn },
    );
    return { accessToken, refreshToken };
  }
}
