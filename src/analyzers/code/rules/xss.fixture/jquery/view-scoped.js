/* global Backbone */
// A view's scoped jQuery (`this.$('.x')`: Blaze template instances, Backbone views) is jQuery too.
const params = new URLSearchParams(location.search);

const SearchView = Backbone.View.extend({
  render() {
    // ruleid: js/xss
    this.$('.query').html(params.get('q'));
    // ok: js/xss
    this.$('.query').text(params.get('q'));
    return this;
  },
});

function showNote(instance) {
  // ruleid: js/xss
  instance.$('.note').append(`<em>${params.get('note')}</em>`);
  // ok: js/xss
  instance.$('.note').html('<em>saved</em>');
}

export { SearchView, showNote };
