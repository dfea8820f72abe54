import type { ConceptDefinition } from './lexicon';

/**
 * What a request is about, as the built-in domains: the browser, pages and assets are the frontend;
 * tables, migrations and queries the database; images, containers and deploys infrastructure; and so
 * on, in English, German, French and Spanish. A phrase wins over its words: "Docker image" is
 * infrastructure, while "images" alone are something a page shows.
 */
export const DOMAIN_CONCEPTS: readonly ConceptDefinition[] = [
  {
    id: 'frontend',
    label: 'the frontend',
    terms: [
      'frontend', 'front end', 'front-end', 'ui', 'ux', 'browser', 'browsers', 'safari', 'chrome', 'firefox', 'edge', 'ipad', 'iphone',
      'android', 'mobile', 'phone', 'phones', 'retina', 'screen', 'screens', 'page', 'pages', 'homepage', 'storefront', 'css', 'style',
      'styles', 'layout', 'button', 'buttons', 'form', 'forms', 'click', 'clicking', 'component', 'components', 'react', 'jsx', 'tsx',
      'vite', 'vue', 'bundle', 'javascript', 'js', 'assets', 'image', 'images', 'logo', 'icon', 'icons', 'font', 'fonts', 'render',
      'renders', 'rendering', 'dark mode', 'toggle', 'display', 'displayed', 'shows', 'show up', 'footer', 'header', 'modal',
      'dropdown', 'carousel', 'badge', 'date picker', 'chart', 'charts', 'dashboard', 'lighthouse', 'first paint', 'lcp', 'web vitals',
      'cra', 'client', 'spa', 'html', 'format', 'formatted', 'formatting', 'wishlist', 'favourites', 'favorites', 'product reviews',
      'ratings', 'stars', 'section', 'banner', 'greyed out', 'blurry', 'typeerror', 'blank', 'white screen', 'front', 'admin screen',
      'seite', 'startseite', 'oberflache', 'knopf', 'schaltflache', 'anzeige', 'angezeigt', 'bestellubersicht',
      'navigateur', 'bouton', 'ecran', 'affichage', 'affiche', 'formulaire', 'le front', 'mode sombre', 'interface',
      'pagina', 'paginas', 'navegador', 'boton', 'pantalla', 'movil', 'muestra', 'interfaz',
      'menu', 'hamburger', 'navbar', 'navigation', 'scroll', 'scrolling', 'tap', 'tooltip', 'popup', 'pop up', 'slider', 'checkbox', 'input field',
      'keyboard', 'shortcut', 'shortcuts', 'spinner', 'animation', 'responsive', 'viewport', 'map', 'ios', 'tab', 'tabs', 'picker', 'selector',
      'is not a function', 'unexpected token', 'syntaxerror', 'referenceerror', 'cannot read properties', 'browser console', 'focus',
      'keystroke', 'autocomplete', 'autocompletion', 'autovervollstandigung', 'autocompletar', 'favicon', 'png', 'jpg', 'svg', 'webp',
      'widget', 'widgets', 'menue', 'scrollen', 'defiler', 'desplazar', 'lien', 'enlace', 'fenetre', 'ventana',
    ],
  },
  {
    id: 'backend',
    label: 'the backend',
    terms: [
      'backend', 'back end', 'back-end', 'api', 'apis', 'endpoint', 'endpoints', 'server', 'route', 'routes', 'handler', 'controller',
      'service', 'services', 'webhook', 'webhooks', 'middleware', 'checkout', 'checkouts', 'cart', 'carts', 'payment', 'payments',
      'pay', 'paying', 'charge', 'charged', 'charges', 'charging', '500', '500s', '502', '503', '504', '5xx', 'apple pay', 'bank transfer', 'refund', 'refunds', 'invoice', 'invoices',
      'order', 'orders', 'login', 'log in', 'logged', 'sign in', 'session', 'email', 'emails', 'search', 'express',
      'fastify', 'nestjs', 'node', 'graphql', 'rest', 'request', 'requests', 'response', 'pagination', 'csv', 'export', 'pdf',
      'report', 'reports', 'job', 'worker', 'queue', 'cron', 'discount', 'discounts', 'coupon', 'coupons', 'promo', 'gift cards',
      'shipping', 'tracking', 'track', 'wishlist', 'favourites', 'favorites', 'referral', 'newsletter',
      'account', 'addresses', 'catalog', 'catalogue', 'products', 'stock',
      'prices', 'price', 'total', 'tax',
      'app', 'application', 'aplicacion', 'anwendung', 'applikation', 'se connecter', 'product reviews', 'ratings',
      'warenkorb', 'bezahlen', 'zahlung', 'zahlungs', 'suche', 'schnittstelle', 'anmeldung', 'bestellung',
      'bestellungen', 'bestell', 'kunden', 'gutschein', 'bewertung', 'produkte',
      'panier', 'paiement', 'connexion', 'recherche', 'serveur', 'commande', 'commandes', 'produits',
      'clientes',
      'pago', 'pagar', 'carrito', 'servidor', 'busqueda', 'pedido', 'pedidos', 'inicio de sesion',
      'checkout',
    ],
  },
  {
    id: 'database',
    label: 'the database',
    terms: [
      'database', 'databases', 'db', 'sql', 'query', 'queries', 'table', 'tables', 'migration', 'migrations', 'index', 'indexes',
      'schema', 'column', 'columns', 'row', 'rows', 'postgres', 'postgresql', 'mysql', 'sqlite', 'orm', 'transaction', 'transactions',
      'join', 'joins', 'deadlock', 'connection', 'connections', 'conexion', 'verbindung', 'connection pool', 'full table scan', 'data model', 'data access',
      'stored', 'store', 'save', 'saved', 'stock', 'guardar', 'redis', 'backups', 'round trips', 'n+1', 'n 1',
      'datenbank', 'datenbanken', 'tabelle', 'abfrage', 'abfragen',
      'base de donnees', 'base', 'requete', 'requetes', 'table', 'tables',
      'base de datos', 'tabla', 'tablas', 'consulta', 'consultas',
      'pg', 'pg pool', 'db pool', 'pool size', 'relation', 'offset', 'collation', 'ilike', 'full text search', 'full-text', '5432',
      'records', 'persist', 'persisted', 'persistence', 'sequence', 'foreign key', 'constraint', 'data at rest', 'seed', 'seeds',
      'gespeichert', 'speichern', 'enregistre', 'enregistrer', 'donnees', 'datos', 'guardado', 'guardan',
    ],
  },
  {
    id: 'infrastructure',
    label: 'infrastructure',
    terms: [
      'infrastructure', 'infra', 'docker', 'dockerfile', 'container', 'containers', 'docker image', 'container image', 'base image',
      'image we deploy', 'kubernetes', 'k8s', 'helm', 'deploy', 'deploys', 'deployed', 'deployment',
      'deployments', 'release', 'ci', 'pipeline', 'pipelines', 'staging', 'compose', 'docker compose', 'dns', 'load balancer',
      'certificate', 'tls', 'ssl', 'nginx', 'cdn', 'aws', 'gcp', 'azure', 's3', 'terraform', 'disk', 'hosting', 'site', 'uptime',
      'serverless', 'region', 'managed service', 'prod', 'production', 'packaged',
      'bereitstellung', 'deploiement', 'kubernetes', 'despliegue', 'desplegar', 'sitio', 'web',
      'monolith', 'microservices', 'microservice', 'failover', 'github actions', 'workflow', 'runner', 'build server', 'monitoring',
      'alerting', 'alerts', 'backup', 'replica', 'replicas', 'cluster', 'server config', 'environment', 'environments', 'vm', 'vms',
      'servidor de compilacion', 'microservicios', 'monolithe', 'monolito', 'umgebung', 'entorno', 'environnement',
    ],
  },
  {
    id: 'security',
    label: 'security',
    terms: [
      'security', 'secure', 'auth', 'authentication', 'authorization', 'password', 'passwords', 'credentials', 'secret', 'secrets',
      'api key', 'api keys', 'keys', 'token', 'tokens', 'jwt', 'vulnerability', 'vulnerable', 'injection', 'xss', 'csrf', 'cve',
      'cves', 'hacked', 'hackers', 'breach', 'leak', 'leaked', 'exposed', 'permission', 'permissions', 'privileges', 'root', 'harden',
      'encryption', 'encrypt', 'attack', 'attacker', 'brute force', 'pentest', 'pen test', 'threat model', 'audit', 'takeover',
      'credit card', 'abused',
      'sicherheit', 'passwort', 'angriffe', 'gehackt', 'securite', 'mot de passe', 'mots de passe', 'xss', 'seguridad', 'contrasenas',
      'contrasena', 'tokens', 'des autres',
    ],
  },
];
