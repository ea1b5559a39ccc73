/**
 * Shapes shared by controllers, services and the auth middleware.
 */
export interface StaffClaims {
  sub: number;
  role: 'doctor' | 'nurse' | 'frontdesk' | 'admin';
  clinicId: number;
}

export interface PatientClaims {
  sub: number;
  kind: 'patient';
}

export interface KioskClaims {
  deviceId: string;
  clinicId: number;
  scope: string[];
}

export interface LabConfig {
  baseUrl: string;
  apiKey: string;
  caFile: string;
  partnerHosts: string[];
  webhookSecret: string;
}

export interface InsurerConfig {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

export interface BillingDbConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}
