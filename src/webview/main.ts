import type { DashboardDiscovery, DashboardFinding, DashboardFlag, DashboardRun, DashboardSnapshot, HostToWebviewMessage, WebviewToHostMessage } from '../protocol/dashboard';

/** The Progress view in the browser: renders the host's snapshot and sends typed requests back. */

interface VsCodeApi {
  postMessage(message: WebviewToHostMessage): void;
  getState(): PersistedState | undefined;
  setState(state: PersistedState): void;
}
interface PersistedState {
  snapshot?: DashboardSnapshot;
  draft?: string;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let persisted: PersistedState = vscode.getState() ?? {};
/** Shown until the user sends another request or another run appears, so a refusal does not flash by. */
let lastError: { readonly message: string; readonly runId?: string } | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | undefined)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const child of children) if (child) node.appendChild(child);
  return node;
}

/** HTML made on the host by markdown-it with raw HTML disabled. */
function trustedMarkdown(html: string, className: string): HTMLElement {
  const node = el('div', { className });
  node.innerHTML = html;
  return node;
}

function requestForm(): { form: HTMLFormElement; setBusy(busy: boolean): void; restore(text: string): void } {
  const form = el('form', { className: 'request' });
  const input = el('textarea');
  input.rows = 2;
  input.placeholder = 'What do you need? e.g. Make the checkout faster';
  input.setAttribute('aria-label', 'Request');
  input.value = persisted.draft ?? '';
  input.addEventListener('input', () => save({ draft: input.value }));
  const button = el('button', { text: 'Run' });
  button.type = 'submit';
  form.append(input, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    vscode.postMessage({ type: 'startRequest', text });
    lastError = undefined;
    input.value = '';
    save({ draft: '' });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  return {
    form,
    setBusy(busy) {
      button.disabled = busy;
      button.title = busy ? 'A run is in progress' : 'Start a run';
    },
    restore(text) {
      // Whatever the user typed since wins over the refused request.
      if (input.value.trim()) return;
      input.value = text;
      save({ draft: text });
    },
  };
}

function progressSection(run: DashboardRun): HTMLElement {
  const { percent, label } = run.progress;
  const bar = el('div', { className: 'bar' }, el('div', { className: 'fill' }));
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  bar.setAttribute('aria-valuenow', String(percent));
  (bar.firstChild as HTMLElement).style.width = `${percent}%`;
  const status = run.status;
  const section = el(
    'section',
    { className: 'progress' },
    heading(run),
    el('div', { className: `status status-${status}`, text: `${status}${run.priority === 'critical' ? ' · critical' : ''}${run.mode === 'local' ? ' · local mode' : ''}${run.folder ? ` · ${run.folder}` : ''}` }),
    bar,
    el('div', { className: 'counts', text: label }),
  );
  if (run.currentTasks.length > 0) section.append(el('div', { className: 'current', text: `Now: ${run.currentTasks.join(' · ')}` }));
  if (run.error) section.append(el('div', { className: 'error', text: run.error }));
  const actions = el('div', { className: 'actions' });
  if (run.active) {
    const cancel = el('button', { className: 'secondary', text: 'Cancel run' });
    cancel.addEventListener('click', () => vscode.postMessage({ type: 'cancelRun', runId: run.runId }));
    actions.append(cancel);
  }
  if (run.memoryEditCount > 0) {
    const review = el('button', { text: `Review memory updates (${run.memoryEditCount})` });
    review.addEventListener('click', () => vscode.postMessage({ type: 'reviewMemory', runId: run.runId }));
    actions.append(review);
  } else if (run.memoryApplied.length > 0) {
    actions.append(el('span', { className: 'applied', text: `✓ Memory updates applied: ${run.memoryApplied.join(', ')}` }));
  }
  if (actions.childElementCount > 0) section.append(actions);
  return section;
}

/** The request as a one-line title; the whole of it on hover. */
function heading(run: DashboardRun): HTMLElement {
  const title = el('h2', { text: run.title });
  title.title = run.request;
  return title;
}

function discoveriesSection(discoveries: readonly DashboardDiscovery[]): HTMLElement | undefined {
  if (discoveries.length === 0) return undefined;
  const section = el('section', { className: 'discoveries' }, el('h3', { text: 'Discoveries' }));
  for (const d of discoveries) {
    const details = el('details', { className: `domain domain-${d.status}` });
    details.open = d.findings.length > 0;
    details.append(el('summary', { text: `${d.domain} — ${d.status.replace('_', ' ')}${d.findings.length ? ` (${d.findings.length})` : ''}` }));
    if (d.summary) details.append(el('p', { className: 'summary', text: d.summary }));
    if (d.error) details.append(el('p', { className: 'error', text: d.error }));
    if (d.evidence) details.append(el('p', { className: 'evidence-counts', text: d.evidence }));
    for (const f of d.findings) {
      details.append(
        el(
          'div',
          { className: 'finding' },
          el('div', { className: 'finding-title' }, el('span', { className: `severity severity-${f.severity}`, text: f.severity }), el('span', { text: ` ${f.title}` })),
          trustedMarkdown(f.detailHtml, 'finding-detail'),
          f.evidence.length ? evidenceList(f.evidence) : undefined,
        ),
      );
    }
    section.append(details);
  }
  return section;
}

/** Cited locations as text (never links); an unverified one is marked and says why. */
function evidenceList(evidence: DashboardFinding['evidence']): HTMLElement {
  const list = el('div', { className: 'evidence' });
  evidence.forEach((e, i) => {
    if (i > 0) list.append(document.createTextNode(', '));
    list.append(el('span', { className: e.verified ? 'verified' : 'unverified', text: e.label }));
  });
  return list;
}

const FLAG_STATE_WORDS: Readonly<Record<DashboardFlag['state'], string>> = {
  raised: 'pending', processed: 'processed', rejected: 'rejected', review: 'to review', dismissed: 'dismissed',
};

function flagsSection(run: DashboardRun): HTMLElement | undefined {
  if (run.flags.length === 0) return undefined;
  const list = el('ul', { className: 'flags' });
  for (const f of run.flags) {
    const item = el(
      'li',
      { className: `flag flag-${f.state}` },
      el('span', { className: 'flag-state', text: FLAG_STATE_WORDS[f.state] }),
      el('strong', { text: ` ${f.type}` }),
      el('span', { text: ` (${f.priority}, from ${f.raisedBy}): ${f.reason}${f.note ? ` — ${f.note}` : ''}` }),
    );
    if (f.state === 'review') item.append(flagActions(run, f));
    list.append(item);
  }
  return el('section', {}, el('h3', { text: 'Flags' }), list);
}

/** A flag kept for review: dismiss it, or delegate it to a coordinator the host asks for (once the run has ended). */
function flagActions(run: DashboardRun, flag: DashboardFlag): HTMLElement {
  const actions = el('div', { className: 'actions' });
  const dismiss = el('button', { className: 'secondary', text: 'Dismiss' });
  dismiss.title = `Dismiss ${flag.type}`;
  dismiss.addEventListener('click', () => vscode.postMessage({ type: 'dismissFlag', runId: run.runId, flagId: flag.id }));
  const delegate = el('button', { text: 'Delegate…' });
  delegate.title = run.active ? 'The run is still going: delegate the flag once it has ended' : `Delegate ${flag.type} to a coordinator`;
  delegate.disabled = run.active;
  delegate.addEventListener('click', () => vscode.postMessage({ type: 'delegateFlag', runId: run.runId, flagId: flag.id }));
  actions.append(dismiss, delegate);
  return actions;
}

/** Tokens and what they cost; nothing in local mode, where no model was called. */
function usageSection(run: DashboardRun): HTMLElement | undefined {
  if (run.mode === 'local') return undefined;
  const t = run.tokens;
  return el(
    'section',
    { className: 'usage' },
    el('h3', { text: 'Tokens' }),
    el('div', { text: `${t.input.toLocaleString()} in · ${t.output.toLocaleString()} out · ${t.cacheRead.toLocaleString()} cache read · ${t.cacheWrite.toLocaleString()} cache write` }),
    ...costLines(run),
  );
}

/** Text only: the figures are the host's words (core/cost/describe.ts), never HTML. */
function costLines(run: DashboardRun): HTMLElement[] {
  const nodes: HTMLElement[] = [];
  if (run.costPause) nodes.push(el('div', { className: 'cost-pause', text: `⏸ ${run.costPause}` }));
  const cost = run.cost;
  if (!cost) return nodes;
  nodes.push(el('div', { className: 'cost', text: `Cost: ${cost.total}${cost.limit ? ` (${cost.limit})` : ''}` }));
  for (const line of cost.coordinators) nodes.push(el('div', { className: 'cost-coordinator', text: line }));
  if (cost.note) nodes.push(el('div', { className: 'cost-note', text: cost.note }));
  return nodes;
}

// The form is built once so typing is never interrupted by a redraw.
const notice = el('div');
const request = requestForm();
const content = el('div', { className: 'content' });
app.replaceChildren(notice, request.form, content);

function render(snapshot: DashboardSnapshot | undefined): void {
  request.setBusy(snapshot?.run?.status === 'running' && snapshot.run.active);
  notice.className = snapshot?.trustNotice ? 'notice warning' : snapshot?.modeNotice ? 'notice' : 'notice hidden';
  notice.textContent = snapshot?.trustNotice ?? snapshot?.modeNotice ?? '';
  const nodes: (Node | undefined)[] = [];
  if (lastError) nodes.push(el('div', { className: 'error', text: lastError.message }));
  const run = snapshot?.run;
  if (!run) {
    nodes.push(el('p', { className: 'empty', text: 'No run yet. Type a request above or ask @orchestrator in the chat.' }));
  } else {
    nodes.push(progressSection(run), discoveriesSection(run.discoveries), flagsSection(run));
    if (run.synthesisHtml) nodes.push(el('section', {}, el('h3', { text: 'Synthesis' }), trustedMarkdown(run.synthesisHtml, 'synthesis')));
    nodes.push(usageSection(run));
  }
  content.replaceChildren(...nodes.filter((n): n is Node => n !== undefined));
}

function save(patch: PersistedState): void {
  persisted = { ...persisted, ...patch };
  vscode.setState(persisted);
}

window.addEventListener('message', (event: MessageEvent<HostToWebviewMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'state':
      if (lastError && lastError.runId !== message.snapshot.run?.runId) lastError = undefined;
      save({ snapshot: message.snapshot });
      render(message.snapshot);
      return;
    case 'error':
      lastError = { message: message.message, runId: persisted.snapshot?.run?.runId };
      render(persisted.snapshot);
      return;
    case 'requestRefused':
      lastError = { message: message.message, runId: persisted.snapshot?.run?.runId };
      request.restore(message.text);
      render(persisted.snapshot);
      return;
  }
});

// Show what we had before the view was hidden, then ask the host for the latest.
render(persisted.snapshot);
vscode.postMessage({ type: 'ready' });
