/** Names under which secrets are kept (`API_KEY`, `dbPassword`, `client_secret`). */
export const SECRET_NAME = /(?:secret|passw(?:or)?d|passwd|pwd|token|api_?key|apikey|private_?key|access_?key|auth_?key|client_?secret|signing_?key|secret_?key)/i;

const PLACEHOLDER = /^(?:x+|\*+|\.+|<.*>|\$\{.*\}|\{\{.*\}\}|%\(.*\)s)$|change[-_ ]?me|your[-_ ]|example|placeholder|dummy|sample|fake|not[-_ ]?real|redacted|replace|todo|xxx|secret-here|password123|test|local[-_]dev/i;

/** A literal that looks like a generated secret rather than a word, a URL, a placeholder or a variable. */
export function looksSecret(value: string, name: string): boolean {
  if (/\s/.test(value) || /^https?:\/\//.test(value) || /^\$/.test(value) || PLACEHOLDER.test(value)) return false;
  // Built at run time (`"#{a}-#{b}"`, `${x}`, `{{ x }}`, `<%= x %>`), a route (`"/login" => "login#index"`) or a path: not a literal secret.
  if (/#\{|\$\{|\{\{|<%/.test(value) || name.startsWith('/') || /^[\w/]+#\w+$/.test(value) || /^\.{0,2}\//.test(value)) return false;
  // Identifiers that are public by design: UUIDs (authenticator AAGUIDs, ids), i18n keys (`label.password`), words.
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) || /^[a-z]+(?:[-_.][a-z]+)*$/i.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  // A password needs more than letters: `postgres`, `secret`, `Passwort` are defaults and words, not credentials.
  if (/passw|pwd/i.test(name)) return value.length >= 8 && /[\d\W_]/.test(value) && classes >= 2;
  return value.length >= 16 && classes >= 2;
}

/** Enough of a secret to recognise it, never enough to use it. */
export function redact(value: string): string {
  return `${value.slice(0, 4)}…(${value.length} chars)`;
}
