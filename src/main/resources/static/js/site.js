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
});
