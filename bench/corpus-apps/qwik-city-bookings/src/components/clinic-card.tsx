import { component$ } from '@builder.io/qwik';
import { Link } from '@builder.io/qwik-city';
import type { Clinic } from '~/lib/server/repositories/clinic-repository';

export const ClinicCard = component$<{ clinic: Clinic; full?: boolean }>(({ clinic, full }) => {
  return (
    <article class="card" style={{ borderTopColor: clinic.accentColour }}>
      <h2>
        <Link href={`/clinics/${encodeURIComponent(clinic.slug)}`}>{clinic.name}</Link>
      </h2>
      <p class="city">{clinic.city}</p>
      {full ? (
        <>
          {/* vuln: CWE-79 */}
          <div class="about" dangerouslySetInnerHTML={clinic.descriptionHtml} />
          {/^https:\/\//.test(clinic.website) && (
            <a href={clinic.website} rel="noopener nofollow">
              Website
            </a>
          )}
        </>
      ) : null}
    </article>
  );
});
