import { Provide, Inject, httpError } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import { readFile } from 'fs/promises';
import * as yaml from 'js-yaml';
import * as libxmljs from 'libxmljs2';
import { Patient } from '../entity/patient.entity';
import { LabResultDao } from '../dao/lab-result.dao';

interface LegacyPatientRow {
  mrn: string;
  first_name: string;
  last_name: string;
  email: string;
  birth_date: string;
}

@Provide()
export class ImportService {
  @InjectEntityModel(Patient)
  patientModel: Repository<Patient>;

  @Inject()
  labResultDao: LabResultDao;

  /** Export files of the old practice software (YAML, one document per clinic). */
  async importLegacyPatients(clinicId: number, uploadPath: string) {
    const text = await readFile(uploadPath, 'utf8');
    // vuln: CWE-502
    const doc = yaml.load(text) as { patients?: LegacyPatientRow[] };
    const rows = Array.isArray(doc?.patients) ? doc.patients : [];
    const entities = rows.map(r =>
      this.patientModel.create({
        clinicId,
        mrn: String(r.mrn),
        firstName: String(r.first_name),
        lastName: String(r.last_name),
        email: String(r.email).toLowerCase(),
        birthDate: String(r.birth_date),
        passwordHash: '!',
        passwordSalt: '!',
      }),
    );
    await this.patientModel.save(entities, { chunk: 200 });
    return { imported: entities.length };
  }

  /** Opening hours maintained by the practice managers as YAML. */
  async parseOpeningHours(uploadPath: string) {
    const text = await readFile(uploadPath, 'utf8');
    // safe: CWE-502
    const doc = yaml.safeLoad(text) as Record<string, string[]>;
    if (!doc || typeof doc !== 'object') {
      throw new httpError.BadRequestError('empty file');
    }
    return doc;
  }

  /** HL7 CDA discharge summaries uploaded by referring hospitals. */
  async readDischargeSummary(uploadPath: string) {
    const xml = await readFile(uploadPath, 'utf8');
    // vuln: CWE-611
    const doc = libxmljs.parseXml(xml, { noent: true, nocdata: true });
    const ns = { cda: 'urn:hl7-org:v3' };
    const title = doc.get('//cda:title', ns)?.text() ?? '';
    const sections = doc.find('//cda:section', ns).map(s => ({
      code: (s as libxmljs.Element).get('cda:code', ns)?.attr('code')?.value() ?? null,
      text: (s as libxmljs.Element).get('cda:text', ns)?.text() ?? '',
    }));
    return { title, sections };
  }

  /** Nightly result feed pushed by the lab over SFTP and uploaded here by the sync agent. */
  async importLabFeed(uploadPath: string) {
    const xml = await readFile(uploadPath, 'utf8');
    // safe: CWE-611
    const doc = libxmljs.parseXml(xml, { noent: false, nonet: true });
    const rows = doc.find('//result').map(node => {
      const el = node as libxmljs.Element;
      return {
        patientId: Number(el.attr('patient')?.value()),
        orderNo: el.attr('order')?.value() ?? '',
        testCode: el.attr('code')?.value() ?? '',
        value: el.get('value')?.text() ?? null,
        unit: el.get('unit')?.text() ?? null,
        collectedAt: new Date(el.attr('collected')?.value() ?? Date.now()),
      };
    });
    await this.labResultDao.upsertFromFeed(rows.filter(r => Number.isInteger(r.patientId)));
    return { rows: rows.length };
  }
}
