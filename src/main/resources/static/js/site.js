// The public header's menu button on phones, and the skip link's target on every page.
document.addEventListener('DOMContentLoaded', () => {
  const main = document.querySelector('main');
  if (main && !main.id) {
    main.id = 'main';
  }
  if (main && !main.hasAttribute('tabindex')) {
    main.setAttribute('tabindex', '-1');
  }
  // a table wider than a phone scrolls inside itself: keyboard users can reach it too
  const focusableWhenScrolling = () => document.querySelectorAll('main table').forEach(table => {
    if (getComputedStyle(table).overflowX === 'auto') {
      table.setAttribute('tabindex', '0');
    }
    else {
      table.removeAttribute('tabindex');
    }
  });
  focusableWhenScrolling();
  window.addEventListener('resize', focusableWhenScrolling);
  const toggle = document.getElementById('nav-toggle');
  const nav = document.getElementById('site-nav');
  if (toggle && nav) {
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    });
  }
  // a choice that changes the page at once, and a button that asks first (no inline handlers: CSP)
  document.querySelectorAll('select[data-autosubmit]').forEach(select =>
    select.addEventListener('change', () => select.form.submit()));
  document.querySelectorAll('[data-confirm]').forEach(element =>
    element.addEventListener(element.tagName === 'FORM' ? 'submit' : 'click', event => {
      if (!confirm(element.dataset.confirm)) {
        event.preventDefault();
      }
    }));
  // «Was this page useful?»: one answer per reader and page, sent to the public API
  document.querySelectorAll('[data-useful]').forEach(button => button.addEventListener('click', () => {
    fetch('/api/v1/public/usefulness', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: location.pathname, useful: button.dataset.useful === 'true' })
    }).then(response => {
      if (response.ok) {
        document.querySelectorAll('[data-useful]').forEach(b => { b.disabled = true; });
        document.getElementById('useful-thanks').hidden = false;
      }
    });
  }));
  // the home page's poll: voted through the public API, the results shown in place
  document.querySelectorAll('form[data-poll]').forEach(form => form.addEventListener('submit', event => {
    const chosen = form.querySelector('input[name=option]:checked');
    const message = form.querySelector('[data-poll-message]');
    if (!chosen) {
      return; // without a choice, the poll's page explains what to do
    }
    event.preventDefault();
    fetch('/api/v1/public/polls/' + form.dataset.poll + '/votes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': document.documentElement.lang },
      body: JSON.stringify({ option: chosen.value })
    }).then(response => response.json().then(body => {
      if (!response.ok) {
        message.textContent = body.detail || body.title;
        return;
      }
      const list = document.createElement('ul');
      list.className = 'list-unstyled small mb-0';
      body.options.forEach(o => {
        const item = document.createElement('li');
        item.textContent = o.label + ': ' + o.percent + ' % (' + o.votes + ')';
        list.appendChild(item);
      });
      form.querySelector('fieldset').replaceWith(list);
      form.querySelectorAll('button').forEach(b => b.remove());
      message.textContent = form.dataset.thanks;
    }));
  }));
});
