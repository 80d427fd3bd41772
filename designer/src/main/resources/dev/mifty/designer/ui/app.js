'use strict';
/* Mifty designer: one page, four views. All data comes from /api (token in the X-Mifty-Token header);
   all text is put in with textContent, never as HTML. */

const token = new URLSearchParams(location.search).get('token') || '';
const $ = (id) => document.getElementById(id);
const state = { info: null, model: null, focus: null, selected: null, zoom: 1, pendingEdit: null, entities: [] };
const COMPACT_OVER = 40;

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { 'X-Mifty-Token': token, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) {
    throw new Error(data.error || ('HTTP ' + response.status));
  }
  return data;
}

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function say(id, text, isError) {
  const target = $(id);
  target.textContent = text;
  target.classList.toggle('error', !!isError);
}

function banner(text) {
  $('banner').hidden = !text;
  $('banner').textContent = text || '';
}

/* ---------- tabs ---------- */

function show(view) {
  document.querySelectorAll('#tabs button').forEach(b => b.classList.toggle('active', b.dataset.view === view));
  document.querySelectorAll('.view').forEach(v => { v.hidden = v.id !== 'view-' + view; });
  if (view === 'migrations') loadMigrations();
  if (view === 'drift') loadDrift();
  if (view === 'design') loadEntities();
  if (view === 'diagram') loadModel();
}

/* ---------- diagram ---------- */

function mermaidId(name) { return 't' + state.model.tables.findIndex(t => t.name === name); }

function erText(tables, withColumns) {
  const names = new Set(tables.map(t => t.name));
  const lines = ['erDiagram'];
  for (const t of tables) {
    const label = t.name.replace(/"/g, '');
    if (!withColumns) { lines.push('  ' + mermaidId(t.name) + '["' + label + '"]'); continue; }
    lines.push('  ' + mermaidId(t.name) + '["' + label + '"] {');
    for (const c of t.columns) {
      const keys = [c.primaryKey ? 'PK' : null, c.foreignKey ? 'FK' : null, c.unique && !c.primaryKey ? 'UK' : null].filter(Boolean);
      const type = c.type.replace(/[^A-Za-z0-9_()\[\]]/g, '_');
      lines.push('    ' + type + ' ' + c.name + (keys.length ? ' ' + keys.join(',') : '') + (c.nullable ? ' "null"' : ' "not null"'));
    }
    lines.push('  }');
  }
  for (const t of tables) {
    for (const fk of t.foreignKeys) {
      if (!names.has(fk.references)) continue;
      const left = fk.unique ? '|o' : '}o';
      const right = fk.nullable ? 'o|' : '||';
      lines.push('  ' + mermaidId(t.name) + ' ' + left + '--' + right + ' ' + mermaidId(fk.references) + ' : "' + fk.columns.join(', ') + '"');
    }
  }
  return lines.join('\n');
}

function neighbours(name) {
  const keep = new Set([name]);
  for (const t of state.model.tables) {
    for (const fk of t.foreignKeys) {
      if (t.name === name) keep.add(fk.references);
      if (fk.references === name) keep.add(t.name);
    }
  }
  return state.model.tables.filter(t => keep.has(t.name));
}

let renderCount = 0;
async function renderDiagram() {
  const tables = state.focus ? neighbours(state.focus) : state.model.tables;
  const withColumns = state.focus !== null || tables.length <= COMPACT_OVER;
  $('table-count').textContent = state.focus
    ? 'Focused on ' + state.focus + ': ' + tables.length + ' of ' + state.model.tables.length + ' tables'
    : state.model.tables.length + ' tables' + (withColumns ? '' : ' (names only: focus a table to see its columns)');
  const target = $('diagram');
  if (tables.length === 0) { target.textContent = 'The model has no tables yet.'; return; }
  const { svg } = await mermaid.render('er' + (++renderCount), erText(tables, withColumns));
  target.innerHTML = svg; // Mermaid's own output (securityLevel strict), built from escaped names
  const root = target.querySelector('svg');
  root.removeAttribute('style');
  root.dataset.tables = String(tables.length);
  target.querySelectorAll('g.node, g[id*="entity-t"]').forEach(node => {
    const m = /entity-(t\d+)/.exec(node.id || '');
    if (!m) return;
    const table = state.model.tables[Number(m[1].substring(1))];
    if (!table) return;
    node.dataset.table = table.name;
    node.classList.add('clickable');
    node.addEventListener('click', () => selectTable(table.name));
  });
  fitZoom(true);
}

function applyZoom() {
  const root = $('diagram').querySelector('svg');
  if (!root) return;
  const box = root.viewBox.baseVal;
  if (box && box.width) {
    root.setAttribute('width', String(box.width * state.zoom));
    root.setAttribute('height', String(box.height * state.zoom));
  }
}

/* Fit the drawing into the view; on a first render never below a readable size (scroll for the rest). */
function fitZoom(readable) {
  const root = $('diagram').querySelector('svg');
  if (!root) return;
  const box = root.viewBox.baseVal;
  const wrap = $('diagram-wrap');
  const fit = Math.min((wrap.clientWidth - 20) / box.width, (wrap.clientHeight - 20) / box.height);
  state.zoom = Math.min(1, Math.max(readable ? 0.5 : 0.05, fit));
  applyZoom();
}

function renderTableList() {
  const query = $('table-search').value.trim().toLowerCase();
  const list = $('table-list');
  list.replaceChildren();
  for (const t of state.model.tables) {
    const hit = !query || t.name.toLowerCase().includes(query) || t.columns.some(c => c.name.toLowerCase().includes(query));
    if (!hit) continue;
    const item = el('li', t.name + (t.joinTable ? ' (join table)' : ''));
    item.dataset.table = t.name;
    item.classList.toggle('selected', t.name === state.selected);
    item.addEventListener('click', () => { selectTable(t.name); });
    item.addEventListener('dblclick', () => { focusTable(t.name); });
    list.appendChild(item);
  }
}

function selectTable(name) {
  state.selected = name;
  const t = state.model.tables.find(x => x.name === name);
  $('table-detail').hidden = false;
  $('detail-name').textContent = t.name;
  $('detail-origin').textContent = (t.origin ? 'from ' + t.origin : '') + (t.joinTable ? ' join table' : '');
  const body = $('detail-columns').querySelector('tbody');
  body.replaceChildren();
  for (const c of t.columns) {
    const row = el('tr');
    row.dataset.column = c.name;
    row.append(el('td', c.name), el('td', c.type), el('td', c.nullable ? 'null' : 'not null'),
      el('td', [c.primaryKey ? 'PK' : '', c.foreignKey ? 'FK' : '', c.unique ? 'UK' : ''].filter(Boolean).join(' ')));
    body.appendChild(row);
  }
  const fks = $('detail-fks');
  fks.replaceChildren();
  for (const fk of t.foreignKeys) {
    fks.appendChild(el('li', fk.columns.join(', ') + ' → ' + fk.references + ' (' + fk.referencedColumns.join(', ') + ')'));
  }
  if (t.foreignKeys.length === 0) fks.appendChild(el('li', 'none', 'muted'));
  document.querySelectorAll('#diagram [data-table]').forEach(n => n.classList.toggle('selected', n.dataset.table === name));
  renderTableList();
}

async function focusTable(name) {
  state.focus = name;
  await renderDiagram();
  selectTable(name);
}

async function loadModel() {
  try {
    state.model = await api('GET', '/api/model');
    renderTableList();
    await renderDiagram();
    if (state.selected && state.model.tables.some(t => t.name === state.selected)) selectTable(state.selected);
  } catch (e) {
    $('diagram').textContent = e.message;
  }
}

/* ---------- migrations ---------- */

async function loadMigrations() {
  try {
    const rows = await api('GET', '/api/migrations');
    const body = $('migrations-table').querySelector('tbody');
    body.replaceChildren();
    for (const m of rows) {
      const row = el('tr');
      row.dataset.version = m.version;
      row.dataset.state = m.state;
      row.append(el('td', m.version), el('td', m.name), el('td', m.state.replace('_', ' '), 'state ' + m.state),
        el('td', m.appliedAt ? m.appliedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : ''),
        el('td', m.executionMillis === null ? '' : m.executionMillis + ' ms'));
      row.addEventListener('click', () => showMigration(m.version));
      body.appendChild(row);
    }
    return rows;
  } catch (e) {
    say('migrations-message', e.message, true);
    return [];
  }
}

async function showMigration(version) {
  try {
    const d = await api('GET', '/api/migrations/' + encodeURIComponent(version));
    $('migration-detail').hidden = false;
    $('migration-title').textContent = d.version + '_' + d.name;
    $('migration-note').textContent = d.note || d.className;
    $('migration-up').textContent = d.up.map(s => s + ';').join('\n\n');
    $('migration-down').textContent = d.down.map(s => s + ';').join('\n\n');
    $('migration-source-title').textContent = d.sourceFile ? 'Java source: ' + d.sourceFile : 'Java source';
    $('migration-source').textContent = d.source || '(the source is not in this project\'s source folder)';
    document.querySelectorAll('#migrations-table tr').forEach(r => r.classList.toggle('selected', r.dataset.version === version));
  } catch (e) {
    say('migrations-message', e.message, true);
  }
}

async function applyPending() {
  const rows = await loadMigrations();
  const pending = rows.filter(r => r.state === 'pending');
  if (pending.length === 0) { say('migrations-message', 'No pending migration.'); return; }
  let done = 0;
  for (const m of pending) {
    const row = document.querySelector('#migrations-table tr[data-version="' + m.version + '"]');
    if (row) row.children[2].textContent = 'running…';
    say('migrations-message', 'Applying ' + (done + 1) + ' of ' + pending.length + ': ' + m.version + '_' + m.name);
    try {
      await api('POST', '/api/migrate', { to: m.version });
      done++;
    } catch (e) {
      await loadMigrations();
      say('migrations-message', 'Stopped after ' + done + ' of ' + pending.length + ': ' + e.message, true);
      return;
    }
    await loadMigrations();
  }
  say('migrations-message', 'Applied ' + done + ' migration(s).');
}

async function rollback() {
  const steps = Number($('rollback-steps').value || '1');
  try {
    const result = await api('POST', '/api/rollback', { steps });
    say('migrations-message', 'Rolled back ' + result.rolledBack.join(', ') + '.');
  } catch (e) {
    say('migrations-message', e.message, true);
  }
  loadMigrations();
}

/* ---------- drift ---------- */

async function loadDrift() {
  try {
    const d = await api('GET', '/api/drift');
    $('drift-status').textContent = d.inSync ? 'The database matches the model.' : 'The database differs from the model in '
      + d.changes.length + ' change(s):';
    $('drift-status').className = d.inSync ? 'ok' : 'warn';
    $('drift-changes').replaceChildren(...d.changes.map(c => el('li', c)));
    $('drift-problems').replaceChildren(...d.problems.map(p => el('li', p)));
    $('drift-sql').textContent = d.statements.join('\n\n');
    $('drift-sql').hidden = d.inSync;
  } catch (e) {
    say('drift-message', e.message, true);
  }
}

async function sync() {
  try {
    const d = await api('POST', '/api/sync');
    say('drift-message', d.statements.length ? 'Applied ' + d.statements.length + ' statement(s).' : 'Nothing to do.');
  } catch (e) {
    say('drift-message', e.message, true);
  }
  loadDrift();
}

async function driftGenerate() {
  try {
    const r = await api('POST', '/api/drift/migration', { name: $('drift-name').value });
    say('drift-message', r.file ? 'Wrote ' + r.file + (r.note ? ' (' + r.note + ')' : '') : 'The database matches the model: nothing written.');
  } catch (e) {
    say('drift-message', e.message, true);
  }
}

/* ---------- design ---------- */

async function loadEntities() {
  try {
    const listing = await api('GET', '/api/entities');
    state.entities = listing.entities;
    const list = $('entity-list');
    list.replaceChildren();
    for (const e of listing.entities) {
      const item = el('li', e.simpleName);
      item.dataset.entity = e.simpleName;
      item.classList.toggle('selected', state.entity === e.simpleName);
      item.addEventListener('click', () => { state.entity = e.simpleName; renderEntity(); loadEntities(); });
      list.appendChild(item);
    }
    for (const u of listing.unparsable) list.appendChild(el('li', u.file + ': ' + u.problem, 'error'));
    const targets = document.querySelector('#add-relation-form select[name=target]');
    targets.replaceChildren(...listing.entities.map(e => el('option', e.simpleName)));
    renderEntity();
  } catch (e) {
    say('design-message', e.message, true);
  }
}

function renderEntity() {
  const e = state.entities.find(x => x.simpleName === state.entity);
  $('entity-panel').hidden = !e;
  if (!e) return;
  $('entity-name').textContent = e.simpleName;
  $('entity-file').textContent = e.file;
  const body = $('field-table').querySelector('tbody');
  body.replaceChildren();
  for (const f of e.fields) {
    const row = el('tr');
    row.dataset.field = f.name;
    const actions = el('td', null, 'action');
    const rename = el('button', 'Rename');
    rename.className = 'rename';
    rename.addEventListener('click', () => {
      const to = prompt('New name for ' + f.name, f.name);
      if (to && to !== f.name) preview({ kind: 'renameField', entity: e.simpleName, from: f.name, to });
    });
    const remove = el('button', 'Remove');
    remove.className = 'remove';
    remove.addEventListener('click', () => preview({ kind: 'removeField', entity: e.simpleName, name: f.name }));
    actions.append(rename, remove);
    row.append(el('td', f.name), el('td', f.type), el('td', f.annotations.join(' ')), actions);
    body.appendChild(row);
  }
}

async function preview(edit) {
  say('design-message', '');
  $('generate-result').hidden = true;
  try {
    const p = await api('POST', '/api/design/preview', { edit });
    state.pendingEdit = { edit, baseHash: p.baseHash };
    $('preview').hidden = false;
    $('preview-file').textContent = p.file + (p.newFile ? ' (new file)' : '');
    const pre = $('preview-diff');
    pre.replaceChildren();
    for (const line of p.diff.split('\n')) {
      const cls = line.startsWith('+++') || line.startsWith('---') ? 'file' : line.startsWith('+') ? 'add'
        : line.startsWith('-') ? 'del' : line.startsWith('@@') ? 'hunk' : '';
      pre.appendChild(el('span', line + '\n', cls));
    }
    $('preview').scrollIntoView({ block: 'start' });
  } catch (e) {
    $('preview').hidden = true;
    state.pendingEdit = null;
    say('design-message', e.message, true);
  }
}

async function saveEdit() {
  if (!state.pendingEdit) return;
  try {
    const saved = await api('POST', '/api/design/save', state.pendingEdit);
    if (state.pendingEdit.edit.kind === 'addEntity') state.entity = state.pendingEdit.edit.entity;
    say('design-message', 'Saved ' + saved.file + '. Generate the migration when your changes are done.');
  } catch (e) {
    say('design-message', e.message, true);
  }
  state.pendingEdit = null;
  $('preview').hidden = true;
  loadEntities();
}

async function generate() {
  say('design-message', 'Compiling with the Mifty processor…');
  try {
    const r = await api('POST', '/api/design/generate', { name: $('generate-name').value || null });
    $('generate-result').hidden = false;
    $('generated-files').replaceChildren(...(r.generated.length ? r.generated.map(f => el('li', f))
      : [el('li', r.success ? 'No migration: the sources match the snapshot.' : 'Nothing generated.')]));
    $('compiler-output').textContent = r.messages.join('\n');
    $('review-migration').hidden = r.generated.length === 0;
    say('design-message', r.success ? 'Compiled.' : 'The sources do not compile: see the compiler output.', !r.success);
    $('generate-result').scrollIntoView({ block: 'start' });
  } catch (e) {
    say('design-message', e.message, true);
  }
}

function formEdit(form, kind) {
  const data = new FormData(form);
  const edit = { kind, entity: state.entity };
  for (const [k, v] of data.entries()) edit[k] = v;
  for (const box of form.querySelectorAll('input[type=checkbox]')) edit[box.name] = box.checked;
  return edit;
}

/* ---------- start ---------- */

async function start() {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', maxTextSize: 5000000, maxEdges: 20000,
    er: { useMaxWidth: false } });
  document.querySelectorAll('#tabs button').forEach(b => b.addEventListener('click', () => show(b.dataset.view)));
  $('table-search').addEventListener('input', renderTableList);
  $('table-search').addEventListener('keydown', e => {
    if (e.key === 'Enter') { const first = $('table-list').querySelector('li'); if (first) focusTable(first.dataset.table); }
  });
  $('show-all').addEventListener('click', async () => { state.focus = null; await renderDiagram(); });
  $('zoom-in').addEventListener('click', () => { state.zoom = Math.min(4, state.zoom * 1.25); applyZoom(); });
  $('zoom-out').addEventListener('click', () => { state.zoom = Math.max(0.1, state.zoom / 1.25); applyZoom(); });
  $('zoom-fit').addEventListener('click', () => fitZoom(false));
  $('focus-table').addEventListener('click', () => focusTable(state.selected));
  $('apply-pending').addEventListener('click', applyPending);
  $('rollback').addEventListener('click', rollback);
  $('sync').addEventListener('click', sync);
  $('drift-generate').addEventListener('click', driftGenerate);
  $('save-edit').addEventListener('click', saveEdit);
  $('cancel-edit').addEventListener('click', () => { state.pendingEdit = null; $('preview').hidden = true; });
  $('generate').addEventListener('click', generate);
  $('review-migration').addEventListener('click', () => show('migrations'));
  $('add-field-form').addEventListener('submit', e => { e.preventDefault(); preview(formEdit(e.target, 'addField')); });
  $('add-relation-form').addEventListener('submit', e => { e.preventDefault(); preview(formEdit(e.target, 'addRelation')); });
  $('add-entity-form').addEventListener('submit', e => {
    e.preventDefault();
    preview({ kind: 'addEntity', entity: new FormData(e.target).get('entity') });
  });
  try {
    state.info = await api('GET', '/api/info');
  } catch (e) {
    banner(e.message);
    return;
  }
  const info = state.info;
  $('env-badge').textContent = info.environment;
  $('env-badge').classList.add(info.environment);
  $('database').textContent = info.database + (info.project ? ' · ' + info.project : '');
  $('tab-design').hidden = !info.designMode;
  document.querySelector('#add-field-form select[name=type]').replaceChildren(...info.fieldTypes.map(t => el('option', t)));
  if (info.readOnly) {
    document.body.classList.add('read-only');
    banner('Production (MIFTY_ENV=production): read-only. The designer shows the schema and migrations; it runs no action.');
  }
  show('diagram');
}

start();
