// Enhances the server-rendered pages; every page also works without it.
(function () {
  'use strict';

  var COUNT_ANNOUNCE_DELAY_MS = 1000;
  var NEAR_LIMIT_SHARE = 0.9;

  function qs(selector, root) { return (root || document).querySelector(selector); }

  // The question box's length counter, read out once the reader pauses rather than at every key.
  function setUpCounter() {
    var box = qs('#question');
    var counter = qs('#question-count');
    if (!box || !counter) { return; }
    var value = qs('.counter-value', counter);
    var announcement = qs('#question-count-announcement');
    var max = parseInt(counter.getAttribute('data-max'), 10);
    var timer = null;
    function update() {
      var n = box.value.length;
      value.textContent = String(n);
      counter.classList.toggle('is-near-limit', n >= max * NEAR_LIMIT_SHARE);
      clearTimeout(timer);
      timer = setTimeout(function () {
        announcement.textContent = counter.textContent;
      }, COUNT_ANNOUNCE_DELAY_MS);
    }
    box.addEventListener('input', update);
    value.textContent = String(box.value.length);
  }

  // Asks without reloading: the answer region is replaced by the server's own rendering of it.
  function setUpAsking() {
    var form = qs('.ask-form');
    var region = qs('#answer-region');
    if (!form || !region || !window.fetch) { return; }
    var box = qs('#question', form);
    var button = qs('button[type="submit"]', form);
    var shownPath = location.pathname;
    form.addEventListener('submit', function (event) {
      if (!box.value.trim()) { return; }
      event.preventDefault();
      region.setAttribute('aria-busy', 'true');
      button.disabled = true;
      fetch('/site/answers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ question: box.value })
      }).then(function (response) {
        if (response.status === 201) {
          return response.json().then(function (reply) {
            region.innerHTML = reply.html;
            // The note beside the answer says how this kind of answer (quoted, approved, edited) is made.
            var note = qs('#how-answers-are-made');
            if (note && reply.noteHtml) { note.outerHTML = reply.noteHtml; }
            // The answer page lists the latest fact checks beside the answer or in it, not under the box.
            var latest = qs('.latest-main');
            if (latest) { latest.remove(); }
            history.pushState({ answer: reply.id }, '', reply.permalink);
            shownPath = location.pathname;
            document.title = box.value.trim() + ' | Factually';
          });
        }
        if (response.status === 429) {
          return response.json().then(function (problem) {
            var p = document.createElement('p');
            p.className = 'field-error';
            p.textContent = problem.detail;
            region.replaceChildren(p);
          });
        }
        // Anything else the server explains best on its own page, next to the box.
        form.submit();
        return null;
      }).catch(function () {
        form.submit();
      }).then(function () {
        region.setAttribute('aria-busy', 'false');
        button.disabled = false;
      });
    });
    // Going back to another answer (or to the empty page) shows what that address holds.
    window.addEventListener('popstate', function () {
      if (location.pathname !== shownPath) { location.reload(); }
    });
  }

  // Feedback without reloading; the reasons open as soon as the reader says No.
  function setUpFeedback() {
    document.addEventListener('change', function (event) {
      var input = event.target;
      if (input.name !== 'helpful' || !input.form || !input.form.classList.contains('feedback-form')) { return; }
      var details = qs('.feedback-details', input.form);
      if (details) { details.open = input.value === 'no'; }
    });
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (!form.classList || !form.classList.contains('feedback-form') || !window.fetch) { return; }
      event.preventDefault();
      var helpful = qs('input[name="helpful"]:checked', form);
      var reason = qs('input[name="reason"]:checked', form);
      var comment = qs('textarea[name="comment"]', form);
      var error = qs('.feedback-error', form);
      var unhelpful = helpful && helpful.value === 'no';
      fetch('/site/answers/' + encodeURIComponent(form.getAttribute('data-answer')) + '/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({
          helpful: helpful ? !unhelpful : null,
          reason: unhelpful && reason ? reason.value : null,
          comment: unhelpful && comment.value.trim() ? comment.value : null
        })
      }).then(function (response) {
        if (response.status === 201) {
          return response.json().then(function (receipt) {
            var section = form.parentNode;
            var thanks = document.createElement('p');
            thanks.className = 'feedback-thanks';
            thanks.setAttribute('role', 'status');
            thanks.textContent = receipt.message;
            form.replaceWith(thanks);
            var heading = qs('h3', section);
            if (heading) { heading.classList.remove('visually-hidden'); }
          });
        }
        if (response.status === 429) {
          return response.json().then(function (problem) {
            error.textContent = problem.detail;
            error.hidden = false;
          });
        }
        form.submit();
        return null;
      }).catch(function () {
        form.submit();
      });
    });
  }

  // A cited passage: centred and focused, so that a screen reader starts reading there too.
  function showCitedPassage() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !target.classList.contains('passage')) { return; }
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpCounter();
    setUpAsking();
    setUpFeedback();
    showCitedPassage();
  });
  window.addEventListener('hashchange', showCitedPassage);
}());
