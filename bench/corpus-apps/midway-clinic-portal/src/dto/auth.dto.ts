import { Rule, RuleType } from '@midwayjs/validate';

export class LoginDTO {
  @Rule(RuleType.string().email().required())
  username: string;

  @Rule(RuleType.string().min(8).max(128).required())
  password: string;
}

export class StaffLoginDTO {
  @Rule(RuleType.string().pattern(/^[a-z][a-z0-9._-]{2,31}$/).required())
  username: string;

  @Rule(RuleType.string().min(10).max(128).required())
  password: string;
}

export class RegisterDTO {
  @Rule(RuleType.string().email().required())
  email: string;

  @Rule(RuleType.string().min(8).max(128).required())
  password: string;

  @Rule(RuleType.string().max(60).required())
  firstName: string;

  @Rule(RuleType.string().max(60).required())
  lastName: string;

  @Rule(RuleType.string().isoDate().required())
  birthDate: string;

  @Rule(RuleType.number().integer().required())
  clinicId: number;
}

export class ResetDTO {
  @Rule(RuleType.string().email().required())
  email: string;

  @Rule(RuleType.string().length(6).required())
  code: string;

  @Rule(RuleType.string().min(8).max(128).required())
  password: string;
}
