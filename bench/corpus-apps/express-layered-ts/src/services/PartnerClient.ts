import axios from 'axios';
import { injectable } from 'tsyringe';
import { env } from '../config/env';

export interface PartnerProfile {
  id: string;
  legalName: string;
  rating: number;
  certifications: string[];
}

export interface CatalogItem {
  sku: string;
  description: string;
  unitPriceCents: number;
}

@injectable()
export class PartnerClient {
  private readonly http = axios.create({
    baseURL: env.partnerApiBase,
    timeout: 10_000,
    headers: { 'x-api-key': env.partnerApiKey },
  });

  async getPartner(partnerId: string): Promise<PartnerProfile> {
    // safe: CWE-918
    const { data } = await this.http.get<PartnerProfile>(`/v2/partners/${encodeURIComponent(partnerId)}`);
    return data;
  }

  async fetchCatalog(catalogUrl: string): Promise<CatalogItem[]> {
    // vuln: CWE-918
    const { data } = await axios.get<{ items: CatalogItem[] }>(catalogUrl, { timeout: 15_000, maxContentLength: 5_000_000 });
    return Array.isArray(data.items) ? data.items : [];
  }
}
