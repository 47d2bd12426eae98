// Thông báo: the in-app feed, newest first, with the unread count and marking read.
import * as api from './api.js';
import { setUnread, showOffline } from './main.js';
import { h, instant, message } from './format.js';

export async function render(main, args, isCurrent) {
  document.title = 'Thông báo — CCHC Lai Châu';
  main.replaceChildren(h('h1', {}, 'Thông báo'), h('p', { class: 'loading' }, 'Đang tải…'));
  const feed = await api.all('me/notifications', 500);
  if (!isCurrent()) return;
  showOffline(feed.cachedAt);
  const items = feed.items.slice().reverse();
  let unread = items.filter(n => !n.read).length;
  setUnread(unread);
  const count = h('p', { id: 'unread-count', class: 'summary', role: 'status' }, unread + ' thông báo chưa đọc');
  const list = h('ul', { class: 'plain feed', id: 'feed' }, items.length ? items.map(n => {
    const li = h('li', { class: 'card note' + (n.read ? ' read' : ' unread') },
      h('p', { class: 'when' }, h('time', { datetime: n.createdAt }, instant(n.createdAt)), n.read ? '' : ' · chưa đọc'),
      h('h2', {}, n.title),
      h('p', { class: 'body' }, n.body),
      n.occurrenceId ? h('p', {}, h('a', { href: '#/ky/' + n.occurrenceId }, 'Xem kỳ hạn')) : null);
    if (!n.read) {
      const button = h('button', { type: 'button', 'aria-label': 'Đánh dấu đã đọc: ' + n.title }, 'Đánh dấu đã đọc');
      button.addEventListener('click', async () => {
        try {
          await api.send('POST', `me/notifications/${n.id}/read`);
          li.classList.replace('unread', 'read');
          li.querySelector('.when').textContent = instant(n.createdAt);
          button.remove();
          unread -= 1;
          count.textContent = unread + ' thông báo chưa đọc';
          setUnread(unread);
        } catch (e) {
          li.append(message('error', e.message));
        }
      });
      li.append(button);
    }
    return li;
  }) : h('li', { class: 'empty' }, 'Chưa có thông báo.'));
  main.replaceChildren(h('h1', {}, 'Thông báo'), count, list);
}
