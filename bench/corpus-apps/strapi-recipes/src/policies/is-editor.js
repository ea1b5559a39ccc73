'use strict';

module.exports = (policyContext, config, { strapi }) => {
  const user = policyContext.state.user;
  if (user && user.role && ['editor', 'chef'].includes(user.role.type)) {
    return true;
  }
  return false;
};
