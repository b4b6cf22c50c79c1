/* filings web: the only script of the pages (the Content-Security-Policy allows no other).
 *
 * History: the app leaves one entry in the browser's history at most. Links inside the app
 * and the answers to forms replace the page (location.replace, or the new page's body put in
 * place of the old) instead of adding entries; a link to a part of the page moves the focus
 * without adding '#...'.
 * Quick exit: the button, or Escape twice within 1.5 s, blanks the page and replaces it
 * with a neutral one, so that Back has nothing of the case to return to. */
(function () {
  'use strict';

  /* The pages live under a random path, the only one the session cookie is sent to
   * (guard.py): this script's own address names it. */
  var ROOT = document.currentScript ? new URL(document.currentScript.src).pathname.replace(/\/static\/app\.js$/, '') : '';
  var EXIT_PAGE = ROOT + '/uit';
  var lastEscape = 0;

  function quickExit() {
    document.title = '';
    document.body.innerHTML = '';
    location.replace(EXIT_PAGE);
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var now = Date.now();
    if (now - lastEscape < 1500) { quickExit(); }
    lastEscape = now;
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a') : null;
    if (!link) { return; }
    if (link.hasAttribute('data-exit')) {
      event.preventDefault();
      quickExit();
      return;
    }
    if (link.hasAttribute('download') || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var href = link.getAttribute('href') || '';
    if (href.charAt(0) === '#') {
      event.preventDefault();
      var target = document.getElementById(href.slice(1));
      if (target) { target.focus(); }
      return;
    }
    if (link.origin === location.origin) {
      event.preventDefault();
      location.replace(link.href);
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    event.preventDefault();
    var button = form.querySelector('[type=submit]');
    if (button) { button.disabled = true; }
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then(function (response) {
        if (response.redirected) {
          location.replace(response.url);
          return null;
        }
        return response.text().then(show);
      })
      .catch(function () {
        if (button) { button.disabled = false; }
      });
  });

  /* A refused form comes back as a whole page: put its body in place of this one. */
  function show(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    document.title = page.title;
    document.body.replaceWith(document.adoptNode(page.body));
    var first = document.querySelector('[aria-invalid=true]') || document.querySelector('.problems');
    if (first) { first.focus(); }
    watchProgress();
  }

  function watchProgress() {
    var bar = document.querySelector('[data-progress]');
    if (!bar) { return; }
    var step = document.getElementById('progress-step');
    function poll() {
      fetch(ROOT + '/papieren/status', { credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (status) {
          bar.value = status.percent;
          bar.textContent = status.percent + '%';
          if (step && status.step) { step.textContent = status.percent + '% · ' + status.step; }
          if (status.state === 'running') {
            setTimeout(poll, 300);
          } else {
            location.replace(ROOT + '/papieren');
          }
        })
        .catch(function () { setTimeout(poll, 1000); });
    }
    poll();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watchProgress);
  } else {
    watchProgress();
  }
}());
