import { Provide, Inject, Config, httpError } from '@midwayjs/core';
import { PatientDao } from '../dao/patient.dao';
import { mergeDeep, pickContact } from '../util/merge';
import { openField, sealField } from '../util/field-crypto';

@Provide()
export class PatientService {
  @Inject()
  patientDao: PatientDao;

  @Config('fieldKey')
  fieldKey: string;

  async get(id: number) {
    const patient = await this.patientDao.findById(id);
    if (!patient) {
      throw new httpError.NotFoundError();
    }
    return patient;
  }

  search(clinicId: number, q: string, limit?: string) {
    const take = Math.min(Math.max(parseInt(limit ?? '25', 10) || 25, 1), 100);
    if (/^P[0-9A-Z]{6,12}$/.test(q)) {
      return this.patientDao.findByMrn(clinicId, q);
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(q)) {
      return this.patientDao.searchByBirthDate(clinicId, q);
    }
    return this.patientDao.searchByName(clinicId, q.trim(), take);
  }

  async updatePreferences(id: number, patch: Record<string, unknown>) {
    const patient = await this.get(id);
    const merged = mergeDeep(patient.preferences ?? {}, patch);
    await this.patientDao.updatePreferences(id, merged);
    return merged;
  }

  async updateContact(id: number, body: Record<string, unknown>) {
    await this.get(id);
    const contact = pickContact(body);
    await this.patientDao.updateContact(id, contact);
    return contact;
  }

  async storeSsn(id: number, ssn: string) {
    const sealed = sealField(ssn.replace(/\s+/g, ''), this.fieldKey);
    await this.patientDao.updateSsn(id, sealed);
  }

  async maskedSsn(id: number) {
    const row = await this.patientDao.findWithSecrets(id);
    if (!row?.ssnEncrypted) {
      return null;
    }
    const ssn = openField(row.ssnEncrypted, this.fieldKey);
    return `***-**-${ssn.slice(-4)}`;
  }
}
