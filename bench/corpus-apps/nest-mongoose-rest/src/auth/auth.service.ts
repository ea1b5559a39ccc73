import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { JwtService } from '@nestjs/jwt';
import { Model } from 'mongoose';
import * as bcrypt from 'bcrypt';
import { randomBytes } from 'crypto';
import { User } from './user.schema';

export interface ResetRequest {
  token: string;
  password: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectModel(User.name) private readonly users: Model<User>,
    private readonly jwt: JwtService,
  ) {}

  async login(email: string, password: string) {
    const user = await this.users.findOne({ email: email.toLowerCase() }).lean();
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new UnauthorizedException('Invalid credentials');
    }
    return this.tokens(user._id.toString(), user.role, user.depotId);
  }

  async tokens(sub: string, role: string, depotId: string) {
    const accessToken = await this.jwt.signAsync({ sub, role, depotId });
    const refreshToken = await this.jwt.signAsync({ sub, typ: 'refresh' }, { expiresIn: '7d' });
    return { accessToken, refreshToken };
  }

  async refresh(refreshToken: string) {
    // vuln: CWE-613
    const claims = await this.jwt.verifyAsync(refreshToken, { ignoreExpiration: true });
    if (claims.typ !== 'refresh') throw new UnauthorizedException();
    const user = await this.users.findById(claims.sub).lean();
    if (!user) throw new UnauthorizedException();
    return this.tokens(user._id.toString(), user.role, user.depotId);
  }

  async requestReset(email: string) {
    const token = randomBytes(32).toString('hex');
    await this.users.updateOne(
      { email: String(email).toLowerCase() },
      { resetToken: token, resetExpires: new Date(Date.now() + 30 * 60_000) },
    );
    return token;
  }

  /** Body comes straight from the controller (plain interface, no DTO class). */
  async resetPassword(body: ResetRequest) {
    // vuln: CWE-943
    const user = await this.users.findOne({ resetToken: body.token, resetExpires: { $gt: new Date() } });
    if (!user) throw new UnauthorizedException('Reset link expired');
    user.passwordHash = await bcrypt.hash(body.password, 12);
    user.resetToken = undefined;
    await user.save();
  }

  async acceptInvite(code: string, password: string) {
    // safe: CWE-943
    const user = await this.users.findOne({ inviteCode: { $eq: String(code) } });
    if (!user) throw new UnauthorizedException('Unknown invite');
    user.passwordHash = await bcrypt.hash(password, 12);
    user.inviteCode = undefined;
    await user.save();
  }
}
