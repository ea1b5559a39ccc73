// Validation patterns kept in one module and applied elsewhere: whether matching can blow up
// depends on the pattern here and on who chose the text there.
module.exports = {
  // Nested quantifiers: exponential backtracking on a long run of letters with no '@'.
  email: /^([a-zA-Z0-9_.-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/,
  slug: /^[a-z0-9-]+$/,
  // Built from constant text: the same pattern as a literal would be.
  phone: new RegExp('^(\\d+-?)+$'),
  zip: new RegExp('^\\d{5}$', 'u'),
};
