import picomatch from 'picomatch';

/**
 * File names that usually hold credentials. Refused by default, before any gitignore rule, because a
 * leaked key costs more than a missing file: the model never sees these even if they are committed.
 */
export const SECRET_FILE_PATTERNS: readonly string[] = [
  '.env',
  '.env.*',
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  '*.crt',
  '*.cer',
  'id_rsa*',
  'id_ed25519*',
  '*.keystore',
  '.npmrc',
  '.netrc',
  'credentials*.json',
];

/** Templates that document which variables exist without holding values. */
export const SECRET_FILE_ALLOWED: readonly string[] = ['.env.example', '.env.sample'];

// nocase: on case-insensitive file systems '.ENV' opens '.env'.
const matchesSecret = picomatch([...SECRET_FILE_PATTERNS], { dot: true, nocase: true });
const matchesAllowed = picomatch([...SECRET_FILE_ALLOWED], { dot: true, nocase: true });

/** True when a file with this name (the last path segment) is treated as a secret. */
export function isSecretFileName(fileName: string): boolean {
  return matchesSecret(fileName) && !matchesAllowed(fileName);
}
