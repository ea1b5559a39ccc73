import { env } from '~/env';

// vuln: CWE-798
const CARRIER_API_KEY = 'shpk_live_6f1c2a9e4b7d4c05a3e8f0d9b2c7e1a4';

export const SHIPPING_COUNTRIES = ['US', 'CA', 'GB', 'DE', 'FR', 'NL'] as const;
export type ShippingCountry = (typeof SHIPPING_COUNTRIES)[number];

export interface ShippingQuote {
  service: 'standard' | 'express';
  priceCents: number;
  etaDays: number;
}

export class ShippingClient {
  constructor(private readonly baseUrl: string = env.CARRIER_API_URL) {}

  async quote(postcode: string, country: ShippingCountry, weightGrams: number): Promise<ShippingQuote[]> {
    const url = new URL('/v1/rates', this.baseUrl);
    url.searchParams.set('postcode', postcode);
    url.searchParams.set('country', country);
    url.searchParams.set('weight_g', String(weightGrams));
    // safe: CWE-918
    const res = await fetch(url, { headers: { authorization: `Bearer ${CARRIER_API_KEY}` }, cache: 'no-store' });
    if (!res.ok) throw new Error(`carrier API responded ${res.status}`);
    const body = (await res.json()) as { rates: ShippingQuote[] };
    return body.rates;
  }
}
