// The JSON API client: sends the session's CSRF token on every state-changing request, turns error answers into
// ApiError (status, message, reason) and measures each call.

export class ApiError extends Error {
  constructor(status, message, reason) {
    super(message);
    this.status = status;
    this.reason = reason || null;
  }
}

export function createApi({onUnauthorized, onTiming} = {}) {
  let csrf = null;

  async function call(method, url, body) {
    const headers = {'Accept': 'application/json'};
    if (method !== 'GET') headers['X-CSRF-Token'] = csrf || '';
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const started = performance.now();
    let response;
    try {
      response = await fetch(url, {method, headers, credentials: 'same-origin', cache: 'no-store',
        body: body === undefined ? undefined : JSON.stringify(body)});
    } catch (e) {
      throw new ApiError(0, 'the server cannot be reached: ' + e.message);
    }
    const text = await response.text();
    const ms = performance.now() - started;
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = null; }
    if (onTiming) onTiming(method, url, ms, response.status);
    if (!response.ok) {
      const message = data && data.error ? data.error : ('HTTP ' + response.status);
      if (response.status === 401 && onUnauthorized && !url.endsWith('/api/session')) onUnauthorized();
      throw new ApiError(response.status, message, data && data.reason);
    }
    return {data, ms};
  }

  return {
    setCsrf(token) { csrf = token; },
    async get(url) { return (await call('GET', url)).data; },
    async post(url, body = {}) { return (await call('POST', url, body)).data; },
    async put(url, body = {}) { return (await call('PUT', url, body)).data; },
    async del(url) { return (await call('DELETE', url)).data; },
    /** The same as post, with the round-trip time: {data, ms}. */
    async timedPost(url, body = {}) { return call('POST', url, body); },
  };
}
