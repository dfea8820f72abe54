import type { ConceptDefinition } from './lexicon';

/**
 * Sensitive data, and words of something being reachable by others: apart, each says little ("password" in a reset form, "visible"
 * of a button); together ("the customer list is downloadable") they are an exposure (classifier/urgency.ts). Part of URGENCY_CONCEPTS.
 */
export const EXPOSURE_CONCEPTS: readonly ConceptDefinition[] = [
  {
    // Data that must never be seen by others; with a word of it being reachable, it is an exposure.
    id: 'sensitive',
    label: 'sensitive data',
    terms: [
      'password', 'passwords', 'credit card', 'credit cards', 'card numbers', 'card data', 'card details', 'personal data', 'customer data',
      'user data', 'customer list', 'customer emails', 'user table', 'users table', 'customer database', '.env', 'private key', 'secret key',
      'api key', 'api keys', 'access keys', 'token', 'credentials', 'email addresses', 'phone numbers', 'home addresses', 'users table',
      'customer table', 'kundendatenbank', 'base de donnees clients', 'base de datos de clientes', 'database url', 'database_url', 'live key', 'secret', 'private notes', 'customer notes', 'private data', 'private information',
      'private messages', 'internal notes', 'any customer order', 'any customers order', 'any customer orders', 'any user order',
      'passwort', 'passworter', 'kundendaten', 'kreditkarten', 'mot de passe', 'mots de passe', 'donnees clients', 'cartes bancaires',
      'contrasena', 'contrasenas', 'datos de clientes', 'tarjetas', 'tabla users', 'tabla de usuarios', 'la tabla de clientes',
      'correos de nuestros clientes', 'correos de clientes', 'liste de nos clients', 'list of our customers', 'lista de nuestros clientes', 'kundenliste', 'datos de nuestros clientes', 'emails de clientes', 'customers emails',
      'customer addresses', 'kundenadressen', 'adresses des clients', 'direcciones de los clientes', 'postal addresses', 'dates of birth', 'iban', 'ibans', 'adresses e mail', 'adresses email', 'adresses mail', 'e mail adressen', 'email adressen', 'direcciones de correo', 'correos de los clientes',
      'customers index', 'customer index', 'customers export', 'customer export', 'e mails de clients', 'e mails des clients', 'emails des clients', 'mails des clients',
    ],
  },
  {
    id: 'revealed',
    label: 'reachable by others',
    terms: [
      'visible', 'showing up', 'shown', 'readable', 'reachable', 'accessible', 'downloadable', 'telechargeable', 'descargable', 'herunterladbar', 'download', 'posted', 'pushed', 'committed',
      'shared', 'sent to', 'sending', 'in the response', 'in plain text', 'returning', 'noticed', 'appear in', 'appearing in', 'ended up in',
      'auslesen', 'einsehen', 'ausgeliefert', 'ausgelieferten',
      'uploaded to', 'subido', 'publico', 'publicaron', 'publicado', 'publie', 'publiees', 'veroffentlicht', 'circule', 'circulating', 'sichtbar', 'lesbar', 'abrufbar', 'lisible', 'accessible', 'visibles',
      'visibles', 'legible', 'accesible', 'apparaissent', 'apparait dans', 'aparecen en', 'erscheinen', 'tauchen auf', 'page source',
      'code source', 'quellcode', 'codigo fuente', 'view source', 'permite leer', 'lets anyone read', 'allows reading',
      'with no auth', 'without auth', 'without authentication', 'with no authentication', 'ohne authentifizierung', 'sans authentification', 'sin autenticacion',
      // "the .env file can be opened in the browser".
      'opened in the browser', 'open in the browser', 'opens in the browser', 'se abre en el navegador', 'ouvre dans le navigateur', 'im browser aufrufen',
      'without logging in', 'without being logged in', 'without signing in', 'without an account', 'pulled it from', 'sans etre connecte', 'sin iniciar sesion',
      'ohne login', 'ohne anmeldung', 'search engine has', 'has indexed', 'indexed it', 'suchmaschine', 'moteur de recherche', 'buscador',
      // Passed around as a file: "steht als Torrent im Netz".
      'torrent', 'als torrent', 'im netz', 'en torrent', 'sur internet', 'en internet',
    ],
  },
];
