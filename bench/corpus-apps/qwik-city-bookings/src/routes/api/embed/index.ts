import type { RequestHandler } from '@builder.io/qwik-city';
import type { Clinic } from '~/lib/server/repositories/clinic-repository';
import { escapeHtml } from '~/lib/server/html';
import { HEX_COLOUR } from '~/lib/validators';

// <iframe src="https://<clinic>.slotly.app/api/embed?heading=Book%20a%20cut&colour=%23aa3366">
export const onGet: RequestHandler = async ({ sharedMap, query, headers, html, error }) => {
  const clinic = sharedMap.get('clinic') as Clinic | undefined;
  if (!clinic) throw error(404, 'Unknown clinic');
  const heading = query.get('heading') ?? `Book at ${clinic.name}`;
  const colour = HEX_COLOUR.test(query.get('colour') ?? '') ? (query.get('colour') as string) : clinic.accentColour;
  headers.set('Content-Security-Policy', 'frame-ancestors *');
  headers.delete('X-Frame-Options');
  // vuln: CWE-79
  html(200, `<!doctype html><html><head><meta charset="utf-8"><style>h2{color:${colour}}</style></head><body><h2>${heading}</h2><p>${escapeHtml(clinic.name)} · ${escapeHtml(clinic.city)}</p><a target="_top" href="/clinics/${encodeURIComponent(clinic.slug)}/book">Choose a time</a></body></html>`);
};
