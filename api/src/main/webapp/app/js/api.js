// The public API as the web app uses it: the session (access token in memory only, refresh token in an
// HttpOnly cookie the script never sees), JSON requests with If-Match, and problem+json turned into Vietnamese.

const BASE = '/api/v1';
const SESSION = BASE + '/auth/session';

let accessToken = null;
let refreshing = null;
let onSessionLost = null;

/** A refusal from the server or the network, with the Vietnamese text to show. */
export class ApiError extends Error {
  constructor(status, message, problem) {
    super(message);
    this.status = status;
    this.problem = problem || null;
  }
  get offline() { return this.status === 0; }
  get stale() { return this.status === 412; }
}

/**
 * The Vietnamese part of a problem's bilingual text ("tiếng Việt — English"). A name the user wrote (a file's) may
 * hold the separator too, once in each half: when the text holds it an odd number of times, the Vietnamese is
 * the first half of the parts; otherwise the part before the first separator.
 */
export function vietnamese(detail) {
  if (!detail) return '';
  const parts = detail.split(' — ');
  if (parts.length < 2) return detail;
  return parts.slice(0, parts.length % 2 === 0 ? parts.length / 2 : 1).join(' — ');
}

const OFFLINE_WRITE = 'Bạn đang ngoại tuyến: thay đổi chưa được gửi. Nội dung bạn nhập vẫn còn; hãy gửi lại khi có mạng.';
const OFFLINE_READ = 'Không kết nối được máy chủ và chưa có dữ liệu lưu cho trang này.';

async function problemOf(response) {
  let problem = null;
  try { problem = await response.json(); } catch (e) { /* not JSON */ }
  const known = {
    401: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.',
    403: 'Bạn không có quyền thực hiện thao tác này.',
    412: 'Dữ liệu vừa được người khác thay đổi.',
    413: 'Tệp quá lớn.',
    429: 'Bạn đã thử quá nhiều lần; vui lòng chờ rồi thử lại.',
  };
  const text = problem && problem.detail ? vietnamese(problem.detail) : (known[response.status] || 'Máy chủ báo lỗi ' + response.status + '.');
  // each violation in Vietnamese, without the API's name for its field (a form shows its own label: forms.js),
  // and only when the detail does not say it already
  const said = problem && Array.isArray(problem.violations)
    ? [...new Set(problem.violations.map(v => vietnamese(v.message)).filter(m => m && !text.includes(m)))] : [];
  const violations = said.length ? ' (' + said.join('; ') + ')' : '';
  // the code the message asks to report: the problem's instance, which the server's log carries too
  const code = response.status >= 500 && problem && typeof problem.instance === 'string'
    ? ' Mã lỗi: ' + problem.instance.replace(/^urn:uuid:/, '') + '.' : '';
  return new ApiError(response.status, text + violations + code, problem);
}

/** Called with a function that signs in again and resolves when the session is back. */
export function whenSessionLost(handler) { onSessionLost = handler; }

export function signedIn() { return accessToken !== null; }

export async function signIn(username, password) {
  let response;
  try {
    response = await fetch(SESSION, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch (e) {
    throw new ApiError(0, 'Không kết nối được máy chủ; kiểm tra mạng rồi thử lại.');
  }
  if (!response.ok) throw await problemOf(response);
  accessToken = (await response.json()).accessToken;
}

/** A new access token from the session cookie; false when there is no session (or no network). */
export function refresh() {
  if (!refreshing) {
    refreshing = (async () => {
      try {
        const response = await fetch(SESSION + '/refresh', {
          method: 'POST', credentials: 'same-origin', headers: { 'X-Requested-With': 'par-web', 'Accept': 'application/json' },
        });
        if (!response.ok) { accessToken = null; return false; }
        accessToken = (await response.json()).accessToken;
        return true;
      } catch (e) {
        return 'offline';
      } finally {
        setTimeout(() => { refreshing = null; }, 0);
      }
    })();
  }
  return refreshing;
}

export async function signOut() {
  const had = accessToken;
  accessToken = null;
  try {
    await fetch(SESSION, { method: 'DELETE', credentials: 'same-origin', headers: { 'X-Requested-With': 'par-web' } });
  } catch (e) { /* offline: the cookie expires by itself */ }
  if ('caches' in window) {
    const names = await caches.keys();
    await Promise.all(names.filter(n => n.startsWith('par-data')).map(n => caches.delete(n)));
  }
  return had !== null;
}

/**
 * One request. GETs answered from the service worker's cache when offline come back with `cachedAt`.
 * A 401 refreshes the session once; when that fails, the sign-in dialog opens and the request is retried
 * after it, so that what the user typed is never lost.
 */
export async function request(method, path, { json, form, etag, accept } = {}) {
  const write = method !== 'GET';
  if (write && !navigator.onLine) throw new ApiError(0, OFFLINE_WRITE);
  for (let attempt = 0; attempt < 3; attempt++) {
    const headers = { 'Accept': accept || 'application/json' };
    if (accessToken) headers.Authorization = 'Bearer ' + accessToken;
    if (etag) headers['If-Match'] = etag;
    let body;
    if (json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(json); }
    if (form) body = form;
    let response;
    try {
      response = await fetch(path.startsWith('/') ? path : BASE + '/' + path, { method, headers, body, credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError(0, write ? OFFLINE_WRITE : OFFLINE_READ);
    }
    if (response.status === 401 && attempt < 2) {
      const renewed = accessToken ? await refresh() : false;
      if (renewed === true) continue;
      if (renewed === 'offline') throw new ApiError(0, write ? OFFLINE_WRITE : OFFLINE_READ);
      if (onSessionLost) { await onSessionLost(); continue; }
    }
    if (!response.ok) throw await problemOf(response);
    return response;
  }
  throw new ApiError(401, 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.');
}

/** A JSON answer with its ETag and, when it came from the offline cache, when it was saved. */
export async function get(path) {
  const response = await request('GET', path);
  const data = response.status === 204 ? null : await response.json();
  return { data, etag: response.headers.get('ETag'), cachedAt: response.headers.get('X-Par-Cached-At') };
}

/** Every item of a paged collection (at most `max`). */
export async function all(path, max = 2000) {
  const items = [];
  let cachedAt = null;
  let next = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await get(path + sep + 'limit=200' + (next ? '&cursor=' + encodeURIComponent(next) : ''));
    items.push(...page.data.items);
    cachedAt = cachedAt || page.cachedAt;
    next = page.data.next;
  } while (next && items.length < max);
  return { items, cachedAt };
}

export async function send(method, path, json, etag) {
  const response = await request(method, path, { json, etag });
  const text = await response.text();
  return { data: text ? JSON.parse(text) : null, etag: response.headers.get('ETag') };
}

export async function upload(path, file, etag) {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await request('POST', path, { form, etag });
  return { data: await response.json(), etag: response.headers.get('ETag') };
}

/** Downloads a file the API serves (evidence, the yearly report) with the bearer token, as the browser's download. */
export async function download(path, fallbackName) {
  const response = await request('GET', path, { accept: '*/*' });
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) || /filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}
