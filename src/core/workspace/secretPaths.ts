import picomatch from 'picomatch';

/**
 * File names that usually hold credentials. Refused by default, before any gitignore rule, because a
 * leaked key costs more than a missing file: the model never sees these even if they are committed.
 * A file with an innocent name whose content is a key is refused by content (see secretText.ts).
 */
export const SECRET_FILE_PATTERNS: readonly string[] = [
  // Environment values
  '.env', '.env.*', '*.env',
  // Keys and certificates (private keys, keystores, PKCS#12 bundles)
  '*.pem', '*.key', '*.p12', '*.pfx', '*.crt', '*.cer', '*.der', '*.p8', '*.ppk', '*.jks', '*.keystore', '*.keychain',
  // SSH keys, deploy keys
  'id_rsa*', 'id_dsa*', 'id_ecdsa*', 'id_ed25519*', '*_rsa', '*_dsa', '*_ecdsa', '*_ed25519',
  '*deploy_key*', '*deploy-key*', '*deploykey*',
  // Credential stores of tools
  '.npmrc', '.pypirc', '.netrc', '_netrc', '.pgpass', '.git-credentials', '.dockercfg', '.htpasswd', '.s3cfg',
  'kubeconfig', '*.kubeconfig',
  // Cloud credentials and service accounts
  'credentials', 'credentials*.json', '*service-account*.json', '*service_account*.json', '*serviceaccount*.json', 'client_secret*.json',
  // Infrastructure state and variables (Terraform state holds every secret it manages, in clear)
  '*.tfstate', '*.tfstate.*', '*.tfvars', '*.tfvars.json',
  // Application secret stores
  'secrets.yml', 'secrets.yaml', 'secrets.json', '*.secret', '*.secrets',
];

/**
 * Paths (workspace-relative) that hold credentials whatever their file name: the credential folders
 * of SSH, GnuPG, AWS, kubectl and Docker when a workspace contains a home folder or a copy of one.
 */
export const SECRET_PATH_PATTERNS: readonly string[] = [
  '**/.ssh/**', '.ssh/**',
  '**/.gnupg/**', '.gnupg/**',
  '**/.aws/credentials', '.aws/credentials', '**/.aws/config', '.aws/config',
  '**/.kube/config', '.kube/config',
  '**/.docker/config.json', '.docker/config.json',
];

/** Templates that document which variables or keys exist without holding values. */
export const SECRET_FILE_ALLOWED: readonly string[] = [
  '.env.example', '.env.sample', '.env.template', '*.env.example', '*.tfvars.example', '*.pub', 'known_hosts', 'authorized_keys',
];

// nocase: on case-insensitive file systems '.ENV' opens '.env'.
const matchesSecret = picomatch([...SECRET_FILE_PATTERNS], { dot: true, nocase: true });
const matchesSecretPath = picomatch([...SECRET_PATH_PATTERNS], { dot: true, nocase: true });
const matchesAllowed = picomatch([...SECRET_FILE_ALLOWED], { dot: true, nocase: true });

/** True when a file with this name (the last path segment) is treated as a secret. */
export function isSecretFileName(fileName: string): boolean {
  return matchesSecret(fileName) && !matchesAllowed(fileName);
}

/** True when the file at this workspace-relative path (forward slashes) is treated as a secret, by name or by folder. */
export function isSecretPath(relativePath: string): boolean {
  if (relativePath === '') return false;
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  if (matchesAllowed(name)) return false;
  return matchesSecret(name) || matchesSecretPath(relativePath);
}
