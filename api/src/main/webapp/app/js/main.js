// The shell: session at start, the routes, the navigation, the offline banner and the service worker.
import * as api from './api.js';
import { h, message, instant } from './format.js';

const main = document.getElementById('main');
const state = { me: null, offlineSince: null, shown: null, previous: null };

const routes = {
  'viec': () => import('./mine.js'),
  'ky': () => import('./occurrence.js'),
  'tong-quan': () => import('./dashboard.js'),
  'thong-bao': () => import('./alerts.js'),
  'quan-tri': () => import('./admin.js'),
};

/** The screens only some roles may open (the API refuses the rest of them anyway). */
const ROUTE_ROLES = { 'tong-quan': ['admin', 'leader'], 'quan-tri': ['admin'] };

/** Whether the signed-in person may open the screen: its link is shown, and the screen itself. */
function mayOpen(route) { return !ROUTE_ROLES[route] || hasRole(...ROUTE_ROLES[route]); }

export function me() { return state.me; }
export function hasRole(...roles) { return !!state.me && roles.some(r => state.me.official.roles.includes(r)); }

/** The screen shown before this one (its hash, e.g. "#/tong-quan"); null when this is the first since the page loaded. */
export function previousScreen() { return state.previous; }

/** Shows the offline banner; `cachedAt` says from when the list on screen is. */
export function showOffline(cachedAt) {
  const banner = document.getElementById('offline');
  if (!navigator.onLine || cachedAt) {
    banner.textContent = 'Đang ngoại tuyến. ' + (cachedAt ? 'Dữ liệu lưu lúc ' + instant(cachedAt) + '. ' : '')
      + 'Không thể gửi thay đổi cho đến khi có mạng.';
    banner.hidden = false;
  } else {
    banner.hidden = true;
  }
}

window.addEventListener('online', () => showOffline(null));
window.addEventListener('offline', () => showOffline(null));

function signInForm({ onDone, dialog }) {
  const error = h('div', { id: 'sign-in-error' });
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Đăng nhập');
  const form = h('form', { class: 'card sign-in', novalidate: true, 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, dialog ? 'Phiên đã hết hạn — đăng nhập lại' : 'Đăng nhập'),
    dialog ? h('p', {}, 'Nội dung bạn đang nhập vẫn được giữ nguyên.') : null,
    error,
    h('label', { for: 'username' }, 'Tên đăng nhập'), username,
    h('label', { for: 'password' }, 'Mật khẩu'), password,
    submit);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.replaceChildren();
    if (!username.value.trim() || !password.value) {
      error.append(message('error', 'Vui lòng nhập tên đăng nhập và mật khẩu.'));
      return;
    }
    submit.disabled = true;
    try {
      await api.signIn(username.value.trim(), password.value);
      password.value = '';
      await onDone();
    } catch (e) {
      error.append(message('error', e.message));
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** The session ended while working: a dialog over the screen, which keeps every field as typed. */
api.whenSessionLost(() => new Promise(resolve => {
  const existing = document.getElementById('session-dialog');
  if (existing) { existing.addEventListener('par-resumed', () => resolve(), { once: true }); return; }
  const dialog = h('dialog', { id: 'session-dialog', 'aria-modal': 'true' });
  dialog.append(signInForm({
    dialog: true,
    onDone: async () => {
      await loadMe();
      dialog.dispatchEvent(new Event('par-resumed'));
      dialog.close();
      dialog.remove();
      resolve();
    },
  }));
  document.body.append(dialog);
  dialog.showModal();
  dialog.querySelector('#username').focus();
}));

async function loadMe() {
  const answer = await api.get('me');
  state.me = answer.data;
  showOffline(answer.cachedAt);
  renderNav();
}

function renderNav() {
  const nav = document.getElementById('nav');
  nav.hidden = !state.me;
  for (const link of nav.querySelectorAll('[data-nav]')) {
    link.hidden = !mayOpen(link.dataset.nav);
  }
  setUnread(state.me ? state.me.unreadNotifications : 0);
}

export function setUnread(count) {
  const badge = document.getElementById('unread');
  badge.hidden = !count;
  badge.textContent = count ? String(count) : '';
  badge.setAttribute('aria-label', count + ' chưa đọc');
}

function showSignIn() {
  document.getElementById('nav').hidden = true;
  document.title = 'Đăng nhập — CCHC Lai Châu';
  main.replaceChildren(signInForm({
    onDone: async () => {
      await loadMe();
      if (!location.hash || location.hash === '#/dang-nhap') location.hash = '#/viec';
      else route();
    },
  }));
  main.querySelector('#username').focus();
  usable();
}

/** Marks the first screen a user can act on, for the Navigation Timing measurement in docs/web-app.md. */
function usable() {
  if (performance.getEntriesByName('par-usable').length === 0) performance.mark('par-usable');
}

let current = 0;
async function route() {
  if (!state.me) { showSignIn(); return; }
  if (location.hash !== state.shown) {
    state.previous = state.shown;
    state.shown = location.hash;
  }
  const [name, ...args] = (location.hash.replace(/^#\/?/, '') || 'viec').split('/');
  const load = routes[name] || routes.viec;
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.nav === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const mine = ++current;
  if (!mayOpen(name)) {
    main.replaceChildren(h('h1', {}, 'Không có quyền truy cập'),
      message('error', 'Tài khoản của bạn không có quyền mở trang này.'),
      h('p', {}, h('a', { href: '#/viec' }, '← Việc của tôi')));
    main.focus({ preventScroll: true });
    return;
  }
  try {
    const view = await load();
    if (mine !== current) return;
    await view.render(main, args.map(decodeURIComponent), () => mine === current);
  } catch (e) {
    if (mine !== current) return;
    main.replaceChildren(message('error', e.message || 'Không tải được trang.'));
  }
  if (mine === current) {
    main.focus({ preventScroll: true });
    usable();
  }
}

window.addEventListener('hashchange', route);

document.getElementById('sign-out').addEventListener('click', async () => {
  await api.signOut();
  state.me = null;
  state.shown = state.previous = null;
  location.hash = '#/dang-nhap';
  showSignIn();
});

async function start() {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => { /* the app works without it */ });
  }
  const session = await api.refresh();
  try {
    if (session === true || session === 'offline') await loadMe();
  } catch (e) {
    state.me = null;
  }
  if (!state.me) showOffline(null);
  route();
}

start();
