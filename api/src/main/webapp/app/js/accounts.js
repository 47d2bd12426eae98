// Quản trị — tài khoản: create an account, change its name, agency, roles and contacts, lock and unlock it, set
// a new password, and give a one-time code that links the official's Telegram or Zalo to the chat bot.
import * as api from './api.js';
import { me } from './main.js';
import { h, instant, message } from './format.js';
import { field, choice, check, value, refusal, plain, onSubmit } from './forms.js';

export const ROLE = { admin: 'Quản trị', leader: 'Lãnh đạo', official: 'Cán bộ' };
const NEW_LABELS = {
  username: ['Tên đăng nhập', 'on-username'], displayName: ['Họ và tên', 'on-name'], agencyId: ['Đơn vị', 'on-agency'],
  roles: ['Vai trò', 'on-roles'], password: ['Mật khẩu', 'on-password'],
};
const EDIT_LABELS = {
  displayName: ['Họ và tên', 'oe-name'], agencyId: ['Đơn vị', 'oe-agency'], roles: ['Vai trò', 'oe-roles'],
  email: ['Thư điện tử', 'oe-email'], phone: ['Số điện thoại', 'oe-phone'],
};

function roleBoxes(prefix, chosen) {
  return h('fieldset', { id: prefix + '-roles', tabindex: '-1' }, h('legend', {}, 'Vai trò'),
    Object.entries(ROLE).map(([role, text]) => check(prefix + '-role-' + role, text, chosen.includes(role), { name: 'roles', value: role })));
}

function rolesOf(form) {
  return [...form.querySelectorAll('input[name=roles]:checked')].map(i => i.value);
}

export async function render(main) {
  const state = { officials: [], agencies: [] };
  const agencyName = id => (state.agencies.find(a => a.id === id) || {}).name || '';
  const agencyOptions = none => [{ value: '', text: none }, ...state.agencies.filter(a => a.activeToday).map(a => ({ value: a.id, text: a.name }))];
  const listStatus = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const editor = h('section', { class: 'card editor', id: 'of-editor', 'aria-labelledby': 'oe-title', hidden: true });
  const query = h('input', { id: 'of-q', type: 'search', autocomplete: 'off' });
  const byAgency = h('select', { id: 'of-agency' });
  const table = h('div', { class: 'table-wrap', id: 'of-table' });

  async function load() {
    const [officials, agencies] = await Promise.all([api.all('officials'), state.agencies.length ? { items: state.agencies } : api.all('agencies')]);
    state.officials = officials.items;
    state.agencies = agencies.items;
    draw();
  }

  function draw() {
    const q = plain(query.value.trim());
    const agency = byAgency.value ? Number(byAgency.value) : null;
    const shown = state.officials.filter(o => (!agency || o.agencyId === agency)
      && (!q || plain(o.displayName + ' ' + (o.username || '')).includes(q)));
    table.replaceChildren(h('table', { id: 'officials' },
      h('caption', {}, `${shown.length} / ${state.officials.length} tài khoản`),
      h('thead', {}, h('tr', {}, ['Tài khoản', 'Đơn vị', 'Vai trò', 'Trạng thái', 'Chat bot'].map(t => h('th', { scope: 'col' }, t)),
        h('th', { scope: 'col', class: 'row-action' }, 'Thao tác'))),
      h('tbody', {}, shown.map(o => h('tr', { class: o.active ? '' : 'ended', dataset: { id: o.id } },
        h('th', { scope: 'row' }, o.displayName, o.username ? h('small', {}, ' (' + o.username + ')') : null),
        h('td', {}, agencyName(o.agencyId)), h('td', { class: 'roles' }, o.roles.map(r => ROLE[r] || r).join(', ')),
        h('td', { class: 'state' }, o.active ? 'Đang hoạt động' : 'Đã khóa'),
        h('td', {}, o.telegramLinked ? 'Đã liên kết' : 'Chưa liên kết'),
        h('td', { class: 'row-action' }, h('button', { type: 'button', class: 'link', 'aria-label': 'Sửa tài khoản ' + o.displayName, onclick: () => edit(o.id) }, 'Sửa')))))));
  }

  async function edit(id, notice) {
    editor.hidden = false;
    editor.replaceChildren(h('p', { class: 'loading' }, 'Đang tải…'));
    let answer;
    try { answer = await api.get('officials/' + id); } catch (e) { editor.replaceChildren(message('error', e.message)); return; }
    const o = answer.data;
    const etag = answer.etag;
    const status = h('div', { class: 'form-status', id: 'oe-status', 'aria-live': 'polite' }, notice ? message('ok', notice) : null);
    const afterWrite = async text => { await load(); await edit(id, text); };
    const stale = e => e.stale ? message('error', 'Tài khoản vừa được người khác sửa; hãy mở lại để xem bản mới.') : null;

    const form = h('form', { id: 'oe-form', novalidate: true, 'aria-label': 'Sửa tài khoản' },
      ...field('oe-name', 'Họ và tên', { value: o.displayName, required: true, maxlength: 255 }),
      ...choice('oe-agency', 'Đơn vị', agencyOptions('— chọn đơn vị —'), o.agencyId),
      roleBoxes('oe', o.roles),
      ...field('oe-email', 'Thư điện tử', { type: 'email', value: o.email || '', maxlength: 255, autocomplete: 'off' }),
      ...field('oe-phone', 'Số điện thoại', { type: 'tel', value: o.phone || '', maxlength: 32, autocomplete: 'off' }),
      check('oe-head', 'Thủ trưởng đơn vị', o.headOfAgency),
      h('button', { type: 'submit', class: 'primary' }, 'Lưu thay đổi'));
    onSubmit(form, async event => {
      event.preventDefault();
      status.replaceChildren();
      try {
        await api.send('PUT', 'officials/' + o.id, {
          displayName: value(form, 'oe-name'), agencyId: value(form, 'oe-agency') ? Number(value(form, 'oe-agency')) : null,
          roles: rolesOf(form), email: value(form, 'oe-email'), phone: value(form, 'oe-phone'),
          headOfAgency: form.querySelector('#oe-head').checked,
        }, etag);
        await afterWrite('Đã lưu tài khoản ' + value(form, 'oe-name') + '.');
      } catch (e) { status.append(stale(e) || refusal(form, e, EDIT_LABELS)); }
    });

    const password = h('form', { id: 'oe-password', novalidate: true, 'aria-label': 'Đặt lại mật khẩu' },
      ...field('oe-new-password', 'Mật khẩu mới (ít nhất 10 ký tự)', { type: 'password', autocomplete: 'new-password', minlength: 10, maxlength: 256, required: true }),
      h('button', { type: 'submit' }, 'Đặt lại mật khẩu'));
    onSubmit(password, async event => {
      event.preventDefault();
      status.replaceChildren();
      const text = password.querySelector('#oe-new-password').value;
      if (text.length < 10) {
        password.querySelector('#oe-new-password').setAttribute('aria-invalid', 'true');
        status.append(message('error', 'Mật khẩu mới cần ít nhất 10 ký tự.'));
        return;
      }
      try {
        await api.send('POST', `officials/${o.id}/password`, { password: text }, etag);
        await afterWrite(`Đã đặt lại mật khẩu của ${o.displayName}; các phiên đăng nhập cũ đã kết thúc.`);
      } catch (e) { status.append(stale(e) || refusal(password, e, { password: ['Mật khẩu mới', 'oe-new-password'] })); }
    });

    const self = me() && me().official.id === o.id;
    const toggle = h('button', { type: 'button', id: o.active ? 'oe-lock' : 'oe-unlock', disabled: self && o.active },
      o.active ? 'Khóa tài khoản' : 'Mở khóa tài khoản');
    toggle.addEventListener('click', async () => {
      status.replaceChildren();
      try {
        await api.send('POST', `officials/${o.id}/${o.active ? 'deactivation' : 'reactivation'}`, undefined, etag);
        await afterWrite(o.active ? `Đã khóa tài khoản ${o.displayName}; không đăng nhập được nữa.` : `Đã mở khóa tài khoản ${o.displayName}.`);
      } catch (e) { status.append(stale(e) || refusal(form, e)); }
    });

    const codeOut = h('div', { id: 'oe-code', 'aria-live': 'polite' });
    const code = h('button', { type: 'button', id: 'oe-link', disabled: !o.active }, 'Tạo mã liên kết chat bot');
    code.addEventListener('click', async () => {
      codeOut.replaceChildren();
      try {
        const issued = (await api.send('POST', `officials/${o.id}/telegram-link-code`)).data;
        codeOut.append(h('p', { class: 'msg msg-ok', role: 'status' }, 'Mã liên kết: ', h('strong', { class: 'code-out' }, issued.code),
          h('br'), `Cán bộ gửi “${issued.command}” cho bot Telegram hoặc Zalo trước ${instant(issued.expiresAt)}. Mã chỉ dùng được một lần.`));
      } catch (e) { codeOut.append(message('error', e.message)); }
    });

    editor.replaceChildren(...[
      h('h2', { id: 'oe-title', tabindex: '-1' }, 'Tài khoản: ' + o.displayName),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Tên đăng nhập'), h('dd', {}, o.username || ''),
        h('dt', {}, 'Trạng thái'), h('dd', { id: 'oe-state' }, o.active ? 'Đang hoạt động' : 'Đã khóa'),
        h('dt', {}, 'Chat bot'), h('dd', {}, o.telegramLinked ? 'Đã liên kết Telegram' : 'Chưa liên kết Telegram')),
      status, form,
      h('h3', {}, 'Mật khẩu'), password,
      h('h3', {}, 'Khóa / mở khóa'), self && o.active ? h('p', { class: 'summary' }, 'Không thể tự khóa tài khoản của chính mình.') : null, toggle,
      h('h3', {}, 'Liên kết chat bot'), code, codeOut,
      h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => { editor.hidden = true; editor.replaceChildren(); } }, 'Đóng')),
    ].filter(Boolean));
    editor.querySelector('#oe-title').focus();
  }

  const status = h('div', { class: 'form-status', id: 'on-status', 'aria-live': 'polite' });
  const agencySelect = h('select', { id: 'on-agency', name: 'agencyId', required: true });
  const create = h('form', { class: 'card', id: 'of-new', novalidate: true, 'aria-labelledby': 'of-new-title' },
    h('h2', { id: 'of-new-title' }, 'Tạo tài khoản'), status,
    ...field('on-username', 'Tên đăng nhập (chữ không dấu, số, . _ -)', { required: true, maxlength: 64, autocapitalize: 'none', spellcheck: 'false', autocomplete: 'off' }),
    ...field('on-name', 'Họ và tên', { required: true, maxlength: 255 }),
    h('label', { for: 'on-agency' }, 'Đơn vị'), agencySelect,
    roleBoxes('on', ['official']),
    ...field('on-password', 'Mật khẩu ban đầu (ít nhất 10 ký tự)', { type: 'password', required: true, minlength: 10, maxlength: 256, autocomplete: 'new-password' }),
    h('button', { type: 'submit', class: 'primary' }, 'Tạo tài khoản'));
  onSubmit(create, async event => {
    event.preventDefault();
    status.replaceChildren();
    try {
      const made = (await api.send('POST', 'officials', {
        username: value(create, 'on-username'), displayName: value(create, 'on-name'),
        agencyId: agencySelect.value ? Number(agencySelect.value) : null, roles: rolesOf(create),
        password: create.querySelector('#on-password').value,
      })).data;
      create.reset();
      status.append(message('ok', `Đã tạo tài khoản ${made.displayName} (${made.username}).`));
      await load();
      await edit(made.id, `Đã tạo tài khoản ${made.displayName}. Có thể tạo mã liên kết chat bot ngay bên dưới.`);
    } catch (e) { status.append(refusal(create, e, NEW_LABELS)); }
  });

  query.addEventListener('input', draw);
  byAgency.addEventListener('change', draw);
  main.append(h('h1', {}, 'Tài khoản, vai trò và mã liên kết chat bot'), editor,
    h('section', { class: 'card', 'aria-labelledby': 'of-list-title' }, h('h2', { id: 'of-list-title' }, 'Danh sách tài khoản'),
      h('div', { class: 'filters' },
        h('div', { class: 'field' }, h('label', { for: 'of-q' }, 'Tìm theo tên (gõ không dấu cũng được)'), query),
        h('div', { class: 'field' }, h('label', { for: 'of-agency' }, 'Đơn vị'), byAgency)),
      listStatus, table),
    create);
  try {
    await load();
    const options = agencyOptions('— mọi đơn vị —');
    byAgency.replaceChildren(...options.map(o => h('option', { value: o.value }, o.text)));
    agencySelect.replaceChildren(...agencyOptions('— chọn đơn vị —').map(o => h('option', { value: o.value }, o.text)));
  } catch (e) { listStatus.append(message('error', e.message)); }
}
