import { Provide } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { Patient } from '../entity/patient.entity';

@Provide()
export class PatientDao {
  @InjectEntityModel(Patient)
  patientModel: Repository<Patient>;

  findById(id: number) {
    return this.patientModel.findOne({ where: { id } });
  }

  findByMrn(clinicId: number, mrn: string) {
    return this.patientModel
      .createQueryBuilder('p')
      .where('p.clinicId = :clinicId', { clinicId })
      // safe: CWE-89
      .andWhere('p.mrn = :mrn', { mrn })
      .getOne();
  }

  searchByName(clinicId: number, term: string, limit: number) {
    return this.patientModel
      .createQueryBuilder('p')
      .select(['p.id', 'p.mrn', 'p.firstName', 'p.lastName', 'p.birthDate'])
      .where('p.clinicId = :clinicId', { clinicId })
      // vuln: CWE-89
      .andWhere(`(p.lastName LIKE '${term}%' OR p.firstName LIKE '${term}%')`)
      .orderBy('p.lastName', 'ASC')
      .take(limit)
      .getMany();
  }

  searchByBirthDate(clinicId: number, birthDate: string) {
    return this.patientModel
      .createQueryBuilder('p')
      .where('p.clinicId = :clinicId AND p.birthDate = :birthDate', { clinicId, birthDate })
      .getMany();
  }

  async updatePreferences(id: number, preferences: Record<string, unknown>) {
    await this.patientModel.update(id, { preferences });
  }

  async updateContact(id: number, contact: { email?: string; phone?: string }) {
    await this.patientModel.update(id, contact);
  }

  async updateSsn(id: number, ssnEncrypted: string) {
    await this.patientModel.update(id, { ssnEncrypted });
  }

  findWithSecrets(id: number) {
    return this.patientModel.findOne({
      where: { id },
      select: ['id', 'ssnEncrypted'],
    });
  }
}
