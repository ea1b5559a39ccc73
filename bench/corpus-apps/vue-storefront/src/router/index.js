import { createRouter, createWebHistory } from 'vue-router';

const routes = [
  { path: '/', component: () => import('../views/Home.vue') },
  { path: '/search', component: () => import('../components/SearchResults.vue') },
  { path: '/checkout', component: () => import('../views/Checkout.vue') },
  { path: '/order/:id', name: 'order', component: () => import('../views/Order.vue') },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach((to) => {
  const redirect = to.query.redirect;
  if (typeof redirect === 'string' && redirect.startsWith('http')) {
    // vuln: CWE-601
    window.location.assign(redirect);
    return false;
  }
  if (typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//')) {
    // safe: CWE-601
    return redirect;
  }
  return true;
});
