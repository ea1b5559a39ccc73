import { repos } from './db';
import type { Clinic } from './repositories/clinic-repository';

export function findClinics(filters: { city?: string | null; name?: string | null }): Promise<Clinic[]> {
  if (filters.city) return repos.clinics.searchByCity(filters.city);
  return repos.clinics.searchByName(filters.name ?? '');
}

export function clinicBySlug(slug: string): Promise<Clinic | null> {
  return repos.clinics.findBySlug(slug);
}

/** Opening hours for the embeddable widget, keyed by the tenant slug the middleware resolved. */
export function openingHoursForTenant(tenantSlug: string) {
  return repos.clinics.openingHoursBySlug(tenantSlug);
}

export function openingHoursForClinic(clinic: Clinic) {
  return repos.clinics.openingHours(clinic.id);
}

export async function updateClinicProfile(
  clinicId: number,
  form: { name: string; city: string; descriptionHtml: string; website: string; accentColour: string },
): Promise<void> {
  await repos.clinics.updateProfile(clinicId, {
    name: form.name,
    city: form.city,
    description_html: form.descriptionHtml,
    website: form.website,
    accent_colour: form.accentColour,
  });
}
