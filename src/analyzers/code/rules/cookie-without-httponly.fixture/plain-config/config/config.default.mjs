// Not a framework's config file: an object of the app's own settings that nothing reads as session options.
export default {
  session: {
    // ok: js/cookie-without-httponly
    httpOnly: false,
  },
};
