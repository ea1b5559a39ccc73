export default defineNuxtConfig({
  runtimeConfig: { databaseUrl: '' },
})
