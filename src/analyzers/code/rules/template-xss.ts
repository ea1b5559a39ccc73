import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const templateXss: CodeRule = {
  meta: {
    id: 'js/template-xss',
    title: 'XSS in a component template (Vue v-html, Svelte {@html}, bound URLs)',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [79],
    owasp: 'A03:2021-Injection',
    tags: ['xss', 'injection', 'vue', 'svelte', 'ai-common'],
    description: 'A Vue or Svelte template writes attacker-controlled data as raw HTML (`v-html`, `:innerHTML`, `{@html}`, `srcdoc`) or binds it to a navigable URL (`:href`, `href={…}`, an iframe `src`). Both frameworks escape `{{ }}`/`{…}` text but trust these bindings as they are: the URL query, the route, `postMessage` data or another user\'s content then runs script in the page (`<img onerror=…>`, `javascript:` links). Vouch reads `.vue` and `.svelte` files with the frameworks\' own parsers and follows the template\'s names into the component\'s script (`<script setup>` refs, Options API `data`/`computed`/`methods`). Content the app stored is followed too, with medium confidence: a database row the server loaded (a SvelteKit `load`, a Nuxt `server/api` route the page fetches with `useFetch`/`$fetch`), also where a parent passes it to a child component\'s props (`<Card :author="page.author" />`, `<Card member={data.member} />`).',
    fix: 'Render text with mustache/`{…}` interpolation or `v-text`. If HTML is really needed, sanitise it first (`DOMPurify.sanitize(html)`) in a computed value. For links, allow only `https:`/relative URLs (check `new URL(x, location.origin).protocol`) or build the URL from a constant path.',
    examples: {
      bad: "<template>\n  <h2 v-html=\"`Results for ${$route.query.q}`\"></h2>\n  <a :href=\"$route.query.back\">Back</a>\n</template>",
      good: "<template>\n  <h2>Results for {{ $route.query.q }}</h2>\n  <a :href=\"`/shop/${encodeURIComponent($route.query.back)}`\">Back</a>\n</template>",
    },
  },
  taint: {
    kinds: ['xss'],
    accept: (flow) => flow.sink.framework === 'vue' || flow.sink.framework === 'svelte',
    message: (flow) => `XSS: ${describeFlow(flow)} in the ${flow.sink.framework === 'vue' ? 'Vue' : 'Svelte'} template without sanitising`,
  },
};
