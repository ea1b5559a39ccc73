exports.apply = (html) => html;
