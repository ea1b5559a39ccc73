import type { PageServerLoad } from './$types';

// The page component gets this object as its `data` prop.
export const load: PageServerLoad = async ({ url }) => {
  const q = url.searchParams.get('q') ?? '';
  return {
    heading: `Results for <mark>${q}</mark>`,
    back: url.searchParams.get('back'),
    home: '/',
    profile: { site: url.searchParams.get('site'), name: 'Search' },
  };
};
