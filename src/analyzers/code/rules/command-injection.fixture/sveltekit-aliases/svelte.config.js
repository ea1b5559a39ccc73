// SvelteKit resolves `$lib` to src/lib and each `kit.alias` entry; the generated tsconfig that
// declares them (.svelte-kit/tsconfig.json) is not checked in.
const config = {
  kit: {
    alias: {
      $jobs: 'src/lib/server/jobs',
    },
  },
};

export default config;
