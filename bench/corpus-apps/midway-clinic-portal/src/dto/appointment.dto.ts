import { Rule, RuleType } from '@midwayjs/validate';

export class BookAppointmentDTO {
  @Rule(RuleType.number().integer().positive().required())
  doctorId: number;

  @Rule(RuleType.date().iso().required())
  startsAt: string;

  @Rule(RuleType.string().max(80).required())
  reason: string;

  @Rule(RuleType.string().max(2000).allow('').optional())
  notes?: string;
}

export class RescheduleDTO {
  @Rule(RuleType.date().iso().required())
  startsAt: string;
}

export class ContactDTO {
  @Rule(RuleType.string().email().optional())
  email?: string;

  @Rule(RuleType.string().pattern(/^\+?[0-9 ]{6,20}$/).optional())
  phone?: string;
}
