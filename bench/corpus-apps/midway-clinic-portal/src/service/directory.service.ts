import { Provide, Scope, ScopeEnum } from '@midwayjs/core';

export interface Doctor {
  id: number;
  name: string;
  specialty: string;
  clinic: string;
}

export interface Clinic {
  slug: string;
  name: string;
  address: string;
  phone: string;
}

const CLINICS: Clinic[] = [
  { slug: 'lindenhof-mitte', name: 'Praxis Lindenhof Mitte', address: 'Lindenstraße 12, 10969 Berlin', phone: '+49 30 1234560' },
  { slug: 'lindenhof-nord', name: 'Praxis Lindenhof Nord', address: 'Seestraße 88, 13353 Berlin', phone: '+49 30 1234570' },
];

const DOCTORS: Doctor[] = [
  { id: 4, name: 'Dr. Anna Weber', specialty: 'general practice', clinic: 'lindenhof-mitte' },
  { id: 7, name: 'Dr. Jonas Brandt', specialty: 'cardiology', clinic: 'lindenhof-mitte' },
  { id: 9, name: 'Dr. Leyla Demir', specialty: 'dermatology', clinic: 'lindenhof-nord' },
];

@Provide()
@Scope(ScopeEnum.Singleton)
export class DirectoryService {
  clinic(slug: string): Clinic | undefined {
    return CLINICS.find(c => c.slug === slug);
  }

  doctorsBySpecialty(specialty: string): Doctor[] {
    const wanted = specialty.trim().toLowerCase();
    return DOCTORS.filter(d => d.specialty === wanted);
  }
}
