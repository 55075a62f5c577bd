// Users (admins): who may sign in, with which role; add users, change roles, remove users. Passwords are hashed on
// the server (PBKDF2) and never shown.

import {el, clear, button, select} from '/app/ui.js';
import {errorBox} from './common.js';

const ROLES = ['viewer', 'editor', 'maintainer', 'admin'];

export function mount(root, wb) {
  const error = errorBox();
  const tbody = el('tbody');
  const name = el('input', {id: 'user-name', placeholder: 'name', autocomplete: 'off', 'aria-label': 'New user name'});
  const password = el('input', {id: 'user-password', type: 'password', placeholder: 'password (10+ characters)',
    autocomplete: 'new-password', 'aria-label': 'New user password'});
  let role = 'editor';
  const roleSelect = select(ROLES.map(r => [r, r]), role, v => { role = v; }, {id: 'user-role', 'aria-label': 'New user role'});
  const form = el('form', {class: 'toolbar', id: 'user-add'}, name, roleSelect, password,
    el('button', {type: 'submit', class: 'primary'}, 'Add user'));
  root.append(el('h2', {}, 'Users'), form, error,
    el('table', {class: 'grid', id: 'users'}, el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Role'), el('th', {}, ''))), tbody));

  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await wb.api.post('/api/users', {name: name.value.trim(), role, password: password.value});
      wb.status('Added ' + name.value.trim() + ' (' + role + ')', 'ok');
      name.value = '';
      password.value = '';
      error.textContent = '';
      await load();
    } catch (x) {
      error.textContent = x.message;
    }
  });

  async function change(user, newRole) {
    try {
      await wb.api.put('/api/users/' + encodeURIComponent(user), {role: newRole});
      wb.status(user + ' is now ' + newRole, 'ok');
    } catch (x) {
      error.textContent = x.message;
    }
    await load();
  }

  async function remove(user) {
    if (!confirm('Remove ' + user + '? Their decisions stay in the journal.')) return;
    try {
      await wb.api.del('/api/users/' + encodeURIComponent(user));
      wb.status('Removed ' + user, 'ok');
    } catch (x) {
      error.textContent = x.message;
    }
    await load();
  }

  async function load() {
    try {
      const answer = await wb.api.get('/api/users');
      clear(tbody);
      for (const u of answer.users) {
        tbody.append(el('tr', {dataset: {user: u.name}}, el('td', {}, u.name),
          el('td', {}, select(ROLES.map(r => [r, r]), u.role, v => change(u.name, v), {'aria-label': 'role of ' + u.name})),
          el('td', {}, u.name === wb.user.name ? el('span', {class: 'muted'}, 'you') : button('Remove', () => remove(u.name)))));
      }
    } catch (x) {
      error.textContent = x.message;
    }
  }

  load();
}
