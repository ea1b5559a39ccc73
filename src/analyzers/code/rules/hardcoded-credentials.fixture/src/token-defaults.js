// Settings that read nothing from the environment: a token here is a documented default, not checked.
module.exports = {
  widget: {
    theme: 'dark',
    // ok: js/hardcoded-credentials
    token: 'wdg_3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e',
  },
};
