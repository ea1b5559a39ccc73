import { Provide } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { LabResult } from '../entity/lab-result.entity';

@Provide()
export class LabResultDao {
  @InjectEntityModel(LabResult)
  labModel: Repository<LabResult>;

  byPatient(patientId: number) {
    return this.labModel.find({ where: { patientId }, order: { collectedAt: 'DESC' }, take: 200 });
  }

  trend(patientId: number, testCode: string) {
    // vuln: CWE-89
    return this.labModel.query(
      `SELECT collected_at, value, unit FROM lab_results WHERE patient_id = ${Number(patientId)} AND test_code = '${testCode}' ORDER BY collected_at`,
    );
  }

  byOrderNo(patientId: number, orderNo: string) {
    // safe: CWE-89
    return this.labModel.query(
      'SELECT id, test_code, value, unit, reference_range FROM lab_results WHERE patient_id = ? AND order_no = ?',
      [patientId, orderNo],
    );
  }

  async setAttachment(id: number, attachmentPath: string) {
    await this.labModel.update(id, { attachmentPath });
  }

  upsertFromFeed(rows: Partial<LabResult>[]) {
    return this.labModel.save(rows.map(r => this.labModel.create(r)));
  }
}
