/**
 * Concepts the classifier recognises in a request, each with the words and phrases that express it
 * in English, German, French and Spanish. A concept is a feature shared by every way of saying it,
 * which is what lets "takes forever", "braucht ewig" and "tarda muchísimo" land near the same
 * template examples. Terms are matched on folded stems (case, accents and plurals do not matter);
 * single words of five letters or more also match with one typo.
 */

export interface ConceptDefinition {
  readonly id: string;
  /** How the concept reads in an explanation. */
  readonly label: string;
  readonly terms: readonly string[];
}

/** What a request asks for: the concepts that separate the templates. */
export const INTENT_CONCEPTS: readonly ConceptDefinition[] = [
  {
    id: 'slow',
    label: 'slowness',
    terms: [
      'slow', 'slowly', 'slowness', 'sluggish', 'laggy', 'lag', 'lags', 'forever', 'ages', 'for ages', 'takes long', 'take so long',
      'too long', 'way too long', 'long time', 'minutes to', 'seconds to', 'latency', 'p95', 'p99', 'ttfb', 'time to first byte',
      'first paint', 'lcp', 'lighthouse', 'web vitals', 'spins', 'spinner', 'hangs', 'freezes', 'freeze', 'janky', 'stutters',
      'timing out', 'times out', 'timeout', 'under load', 'heavy', 'bloated', 'crawl', 'crawling', 'painfully', 'load time',
      'response time', 'takes a while', 'full minute', 'terrible', 'slow to', 'not fast',
      'langsam', 'ewig', 'dauert', 'dauert ewig', 'lange', 'ladezeit', 'trage', 'ruckelt', 'hangt',
      'lent', 'lente', 'lenteur', 'lentement', 'longtemps', 'attendre longtemps', 'une eternite', 'eternite', 'trop de temps', 'prend du temps', 'rame', 'met du temps', 'mettent',
      'lento', 'lenta', 'lentitud', 'tarda', 'tardan', 'demora', 'mucho tiempo', 'se cuelga', 'lentisimo', 'lentisima', 'se congela', 'congela', 'gele', 'fige', 'friert ein',
      'rament', 'ramer', 'despacio', 'tarda demasiado', 'tarda mucho', 'demasiado tiempo', 'va lento', 'cuesta cargar', 'zah', 'schleppend', 'ewigkeiten', 'zu lange', 'langsamer', 'traine', 'lentes',
      'where does the time go', 'where the time goes', 'spends its time', 'spend its time', 'time spent', 'profile', 'profiling', 'benchmark', 'layout shift', 'cls', 'core web vitals',
    ],
  },
  {
    id: 'speed',
    label: 'a wish for speed',
    terms: [
      'faster', 'fast', 'quicker', 'quick', 'speed', 'speed up', 'snappy', 'snappier', 'optimize', 'optimise', 'optimization',
      'performance', 'perf', 'performant', 'throughput', 'bottleneck', 'efficient', 'responsive', 'cut the time', 'reduce the time',
      'schneller', 'beschleunigen', 'optimieren', 'leistung', 'performance',
      'plus rapide', 'rapide', 'accelerer', 'optimiser', 'performances',
      'mas rapido', 'rapido', 'acelerar', 'optimizar', 'rendimiento',
      'agilizar', 'acelera', 'optimiza', 'optimizala', 'optimizalo', 'flotter', 'performanter', 'optimiere', 'beschleunige', 'accelere', 'accelerez', 'optimise', 'optimisez',
    ],
  },
  {
    id: 'weight',
    label: 'size or resource use',
    terms: [
      'bundle size', 'size', 'huge', 'too big', 'big', 'shrink', 'smaller', 'kb', 'mb', 'megabytes', 'weight', 'cpu', 'memory usage',
      'memory leak', 'ram', 'round trips', 'n 1', 'n+1', 'full table scan', 'scan', 'caching', 'cache',
      'grosse', 'groß', 'taille', 'lourd', 'tamano', 'pesado', 'riesig', 'verkleinern', 'kleiner', 'enorme', 'reduire', 'reducir', 'reduzieren',
      'hit rate', 'cache hit', 'cache misses', 'miss rate', 'page weight', 'image size', 'one by one', 'per item', 'per order', 'per row',
      'per line', 'query per', 'call per', 'calls per', 'queries per', 'batch', 'batching', 'precompute', 'pesa', 'pesan', 'pesent', 'alleger', 'memory', 'arbeitsspeicher', 'speicherverbrauch', 'memoire', 'memoria',
      'demasiado grande', 'pesa demasiado', 'zu gross', 'una consulta por', 'por cada', 'une requete par', 'pour chaque', 'eine abfrage pro', 'pro artikel', 'pro produkt', 'par produit', 'trop lourd', 'trop lourdes',
      // The same work done twice for each request is waste, not a breakage: "loads the items twice for every request".
      'twice for every', 'twice per', 'twice on every', 'twice for each', 'loads twice', 'fetched twice', 'queried twice', 'zweimal pro', 'deux fois par', 'dos veces por',
      'pulls in', 'in the bundle', 'into the bundle', 'the bundle', 'tree shaking', 'tree shake', 'code splitting', 'lazy load', 'lazy loading', 'every row', 'all rows',
    ],
  },
  {
    id: 'security',
    label: 'security',
    terms: [
      'security', 'secure', 'securely', 'safe', 'safely', 'insecure', 'unsafe', 'audit', 'pentest', 'pen test', 'threat model',
      'sec check', 'sec review', 'security check', 'harden', 'hardening', 'lock down', 'tighten', 'tighten up', 'default config', 'expose', 'exposes', 'open ports', 'sicherheitslucken', 'protect', 'protected', 'risk', 'risks', 'weakness', 'weaknesses', 'weak spots', 'owasp',
      'sicherheit', 'sicher', 'sicherheitslucke', 'geschutzt', 'schutzen', 'absichern',
      'securite', 'securise', 'securiser', 'faille', 'failles', 'audit de securite',
      'seguridad', 'seguro', 'segura', 'asegurar', 'proteger', 'protegido',
      // Data that must be kept from others, named as such: asking about it is asking about security.
      'sensitive', 'sensitive data', 'gdpr', 'dsgvo', 'rgpd', 'pii', 'personal data', 'privacy', 'sensible daten', 'donnees sensibles',
      'datos sensibles', 'datenschutz', 'confidentialite', 'privacidad',
    ],
  },
  {
    id: 'attack',
    label: 'an attack or vulnerability',
    terms: [
      'vulnerability', 'vulnerable', 'exploit', 'injection', 'sql injection', 'xss', 'csrf', 'ssrf', 'cve', 'cves', 'attack', 'attacker',
      'attacks', 'abuse', 'abused', 'brute force', 'forge', 'tamper', 'bypass', 'escalate', 'privilege escalation',
      'takeover', 'account takeover', 'leak', 'leaks', 'leaked', 'breach', 'detect', 'could someone', 'could anyone', 'could a user', 'open redirect', 'path traversal', 'unescaped', 'sanitize', 'sanitise', 'malicious', 'cors',
      'escape', 'escaping', 'escaped', 'replay', 'replaying', 'replayed', 'devtools', 'input validation', 'validate input', 'what stops someone',
      'what prevents someone', 'stop someone from', 'known vulnerabilities', 'vulns', 'npm audit', 'idor',
      'guessable', 'guess', 'guessing', 'predictable', 'enumerable', 'concatenates', 'concatenated', 'string concatenation', 'concatena', 'concatenan', 'concatene', 'verkettet', 'erratbar', 'devinable', 'adivinable', 'predecible',
      'schwachstelle', 'angriff', 'angriffe', 'vulnerable', 'vulnerabilite', 'attaque', 'attaques', 'vulnerabilidad', 'inyeccion', 'ataque',
    ],
  },
  {
    id: 'credentials',
    label: 'credentials or access',
    terms: [
      'password', 'passwords', 'credentials', 'credential', 'secret', 'secrets', 'api key', 'api keys', 'keys', 'token', 'tokens',
      'jwt', 'session', 'cookie', 'hashing', 'hash', 'bcrypt', 'encrypt', 'encryption', 'encrypted', 'permission', 'permissions',
      'privileges', 'access control', 'only admins', 'other users', 'someone else', 'other people', 'other customers', 'access to', 'authorization', 'authorisation', 'authentication', 'auth', 'as root', 'root',
      'two factor', '2fa', 'verified', 'verify', 'signature',
      'zugangsdaten', 'anmeldedaten', 'identifiants', 'credenciales', 'un autre client', 'eines anderen', 'otro cliente', 'de otro usuario',
      'passwort', 'passworter', 'kennwort', 'berechtigung', 'mot de passe', 'mots de passe', 'cle', 'cles', 'contrasena', 'contrasenas',
      'clave', 'claves',
    ],
  },
  {
    id: 'defect',
    label: 'something broken',
    terms: [
      'bug', 'bugs', 'broken', 'breaks', 'break', 'error', 'errors', 'exception', 'crash', 'crashes', 'crashed', 'fails', 'failing',
      'failure', 'fail', 'does not work', 'not work', 'not working', 'stopped working', 'wrong', 'incorrect', 'incorrectly', 'off by',
      'nan', 'undefined', 'typeerror', 'null', 'glitch', 'regression', 'no longer', 'does nothing', 'loads forever', 'nothing happens', 'not show',
      'not showing', 'not update', 'not updating', 'disappear', 'disappears', 'disappeared', 'duplicate', 'duplicates', 'twice',
      'missing', 'weird', 'strange', 'blurry', 'stretched', 'greyed out', 'unhandled', 'econnrefused', '404', '400', '422',
      'not find', 'not found', 'returns', 'rejecting', 'rejects', 'rejection', 'stack trace', 'traceback', 'off', 'instead of', 'empty',
      'fehler', 'fehlermeldung', 'schlagt', 'fehl', 'kaputt', 'falsch', 'falsche', 'funktioniert nicht', 'geht nicht', 'geht nich', 'sturzt ab', 'schlagt fehl',
      'erreur', 'casse', 'faux', 'fausse', 'ne marche', 'marche pas', 'marche plus', 'fonctionne pas', 'plante', 'echoue', 'echouent', 'echec', 'bogue', 'mal',
      'affiche pas', 'ne saffiche', 'blank', 'not loading', 'not load', 'can not log in', 'can not login', 'can not reach',
      'not reach', 'can not pay', 'can not access', 'geht nicht mehr', 'no carga', 'no puede',
      'fallo', 'falla', 'roto', 'no funciona', 'incorrecto', 'incorrecta', 'no se actualiza', 'muestra un error',
      'stays', 'gets lost', 'differ', 'differs', 'overlaps', 'overlapping', 'repeats', 'repite', 'repiten', 'throws', 'leere', 'leer', 'vide',
      'vacio', 'vacia', 'not reduced', 'not updated', 'cuts off', 'raw page', 'no styling', 'unstyled', 'white page',
      'even though', 'although', 'already', 'expected', 'supposed to', 'skips', 'skipped', 'ignores', 'ignored', 'not get', 'not apply',
      'are gone', 'is gone', 'gone from', 'never arrive', 'never arrives', 'never arrived', 'never comes', 'never come', 'never shows up',
      'never received', 'keeps redirecting', 'keep redirecting', 'redirect loop', 'redirects back', 'redirecting back', 'loops back', 'not applied', 'not sent', 'not arrive', 'obwohl', 'eigentlich', 'kommt nicht', 'alors que', 'pourtant', 'ne applique pas', 'aunque',
      'no se aplica', 'no llega', 'negative', 'went negative', 'goes negative', 'invalid', 'logged out', 'kicked out', 'signed out', 'ausgeloggt', 'abgemeldet', 'deconnectes', 'deconnecte', 'desconectados',
      'equivocado', 'equivocada', 'erroneo', 'erronea', 'no aparece', 'no se muestra', 'desaparece', 'se pierde', 'dos veces', 'duplicado', 'duplicados', 'no guarda', 'no cambia', 'da error',
      'lasst sich nicht', 'doppelt', 'verschwindet', 'verschwunden', 'fehlt', 'fehlen', 'stimmt nicht', 'klappt nicht', 'falscher', 'falschen', 'fehlerhaft', 'abgelaufen', 'verliert', 'verloren',
      'expire', 'expiree', 'apparait pas', 'disparait', 'en double', 'deux fois', 'bugue', 'incorrecte', 'ne fonctionne plus', 'perd',
      'stuck', 'not match', 'mismatch', 'error out', 'errors out', 'handling broken',
      'komisch', 'seltsam', 'merkwurdig', 'raro', 'rara', 'extrano', 'extrana', 'bizarre', 'etrange',
    ],
  },
  {
    id: 'fix',
    label: 'a fix',
    terms: ['fix', 'repair', 'resolve', 'debug', 'beheben', 'reparieren', 'corriger', 'reparer', 'arreglar', 'corregir', 'solucionar', 'troubleshoot', 'behebe', 'repariere', 'corrige', 'corrigez', 'repare', 'arregla', 'arreglen', 'soluciona'],
  },
  {
    id: 'intermittent',
    label: 'an intermittent problem',
    terms: ['sometimes', 'randomly', 'random', 'intermittent', 'intermittently', 'flaky', 'occasionally', 'some customers', 'some users', 'manchmal', 'parfois', 'a veces'],
  },
  {
    id: 'build_new',
    label: 'something new to build',
    terms: [
      'add', 'implement', 'build', 'create', 'introduce', 'support', 'allow', 'enable', 'set up', 'let customers', 'let users', 'let shop',
      'new feature', 'feature', 'ability to', 'option to', 'possible to', 'we need', 'i would like', 'we want', 'can we have',
      'would be nice', 'would love', 'would like', 'should be able', 'be able to', 'way for',
      'hinzufugen', 'hinzu', 'fuge', 'implementiere', 'einbauen', 'ermoglichen', 'neue funktion', 'eine funktion', 'sollen', 'konnen',
      'ajouter', 'ajoute', 'ajoutez', 'fonctionnalite', 'permettre', 'possibilite', 'je voudrais', 'pouvoir',
      'anadir', 'anade', 'agregar', 'agrega', 'funcion', 'funcionalidad', 'permitir', 'quiero', 'necesitamos', 'puedan',
      'integrate', 'integration', 'integrieren', 'integrer', 'integrar', 'einrichten', 'einfuhren', 'wir brauchen', 'wir wollen', 'hatte gerne',
      'creer', 'creez', 'cree', 'implementer', 'mettre en place', 'on voudrait', 'nous voudrions', 'nous voulons',
      'crear', 'crea', 'implementar', 'queremos', 'nos gustaria', 'me gustaria',
      'i like a', 'i like an', 'i love a', 'we love a', 'would be great', 'would be cool', 'it would help', 'could we have', 'could we get',
      'can we get', 'cud we', 'put a', 'put an', 'notify', 'send an email when', 'es ware toll', 'ce serait bien', 'seria genial', 'estaria bien',
      'a page where', 'a page that', 'a screen where', 'a screen that', 'an option for', 'a way to', 'on aimerait', 'nous aimerions', 'aimerais',
      'ich mochte', 'wir mochten', 'wir hatten gerne', 'une page ou', 'una pagina donde', 'una opcion para',
      // A wish said by who wants it ("accounting wants a CSV export", "we'd like an option") or by what people
      // should be able to do there ("a page where staff can…", "so customers can…").
      'wants a', 'wants an', 'want a', 'want an', 'we like a', 'we like an', 'we like to', 'where staff can', 'where customers can',
      'where users can', 'where admins can', 'where people can', 'let visitors', 'let shoppers', 'let staff', 'let admins', 'let people', 'let guests',
      'new endpoint', 'new route', 'new page', 'new field', 'new column', 'new api', 'new screen', 'new report',
      'a nightly job', 'a cron job', 'a scheduled job', 'a job that', 'a button that', 'a button to', 'a toggle', 'a setting to', 'so customers can', 'so that customers can', 'so users can',
      'so that users can', 'so staff can', 'so that staff can', 'wo kunden', 'damit kunden', 'ou les clients peuvent', 'pour que les clients',
      'donde los clientes puedan', 'para que los clientes', 'que sugiera', 'que muestre', 'que permita',
    ],
  },
  {
    // Apart from build_new: "the new frontend" describes, it does not ask for anything.
    id: 'novelty',
    label: 'something new',
    terms: ['new', 'neue', 'neuen', 'neues', 'nouvelle', 'nouveau', 'nouveaux', 'nueva', 'nuevo', 'nuevas', 'nuevos'],
  },
  {
    // Named so that "add to cart" and "inicio de sesión" are read as what they are, not as "add" or "session".
    id: 'shop_action',
    label: 'a shop action',
    terms: [
      'add to cart', 'add to basket', 'adding to the cart', 'adding items to the cart', 'add items to the cart', 'ajouter au panier',
      'in den warenkorb', 'anadir al carrito', 'agregar al carrito',
      'login', 'log in', 'sign in', 'sign-in', 'anmeldung', 'anmelden', 'se connecter', 'inicio de sesion', 'iniciar sesion',
      'place an order', 'place order',
    ],
  },
  {
    // Known so that they are not read as compounds of "where": "sending card data somewhere" asks nothing.
    id: 'place',
    label: 'a place',
    terms: ['somewhere', 'anywhere', 'nowhere', 'elsewhere'],
  },
  {
    // Known so that they are not read as compounds of a shorter word: French "retrouver" (find again) and "rétrofacturation" (chargeback)
    // are no "retro", "localized" no "locally", "breakfast" no "breaks".
    id: 'whole_word',
    label: 'a word of its own',
    terms: [
      'retrouver', 'retrouve', 'retrouvent', 'retrouvez', 'retrouves', 'retrouvee', 'retrofacturation', 'retrofacturations', 'retrofit', 'retrofitted',
      'localized', 'localised', 'localize', 'localise', 'breakfast', 'breakfasts',
    ],
  },
  {
    // Words that say what something is or was, not what to do: "the orders created from the storefront"
    // and "bots keep creating accounts" report, "a fixed amount" is a kind of discount (no fix), "an expiry date" a field (nothing expired),
    // "integer" a type (not "integrate"), Spanish "tal cual" (as it is) no "which".
    id: 'described',
    label: 'a description',
    terms: [
      'created from', 'created by', 'created at', 'were created', 'was created', 'are created', 'is created', 'get created', 'gets created',
      'got created', 'is creating', 'are creating', 'keeps creating', 'keep creating', 'been creating', 'fixed amount', 'fixed price', 'fixed prices', 'fixed fee', 'fixed rate', 'fixed width', 'fixed position', 'fixed header',
      'expiry date', 'expiration date', 'expiry', 'integer', 'integers', 'tal cual', 'tal como', 'orders created', 'created total', 'created count',
      // Support as the team that hears customers ("forwarding from support", "support lines are ringing"), not support to add.
      'from support', 'support team', 'support lines', 'support line', 'support says', 'support said', 'support tickets', 'support ticket',
      'support agent', 'support agents', 'support inbox', 'support queue', 'support desk', 'support staff', 'support chat', 'support is',
      'support has', 'support reports', 'support forwarded', 'support sees', 'support saw', 'support noticed', 'support here', 'support reported', 'support found',
      'support got', 'support writes', 'support wrote', 'support asks', 'support asked', 'customer support', 'to support that', 'from customer support', 'support team says',
      'le support', 'du support', 'der support', 'vom support', 'el soporte', 'del soporte', 'soporte dice',
      // A list named by what it lists ("our customer list", "the product list") is a thing, not a list asked for.
      'customer list', 'email list', 'mailing list', 'price list', 'product list', 'products list', 'order list', 'orders list', 'user list',
      'users list',
      // A journalist's or a lawyer's "comment" is a statement asked of the company, no comment in the code.
      'for comment', 'for a comment', 'for our comment', 'no comment', 'un commentaire', 'una declaracion', 'eine stellungnahme',
      // Someone else creating things is a report ("someone creates hundreds of accounts"), not work asked for.
      'someone creates', 'someone is creating', 'somebody creates', 'somebody is creating', 'quelqu un cree', 'alguien crea', 'alguien esta creando', 'jemand erstellt', 'jemand legt',
    ],
  },
  {
    // A framework, runtime or library moved to another version: small when it is a bump, work across
    // the code when it is a framework's major version (the model learns which from the bank).
    id: 'upgrade',
    label: 'an upgrade',
    terms: [
      'upgrade', 'upgrading', 'upgraded', 'major version', 'new major', 'migrate to', 'move to', 'update to', 'latest version',
      'upgraden', 'hauptversion', 'neue version', 'aktualisieren auf', 'hochziehen', 'auf version', 'mettre a jour vers', 'migrer vers', 'passer a', 'montee de version',
      'actualizar a', 'migrar a', 'pasar a', 'a la version',
    ],
  },
  {
    id: 'why',
    label: 'a question about a cause',
    terms: ['why', 'how come', 'what causes', 'figure out why', 'find out why', 'warum', 'wieso', 'weshalb', 'pourquoi', 'por que', 'porque'],
  },
  {
    id: 'question',
    label: 'a question',
    terms: [
      'what', 'where', 'which', 'how', 'explain', 'describe', 'tell me', 'walk me through', 'show me', 'summarize', 'summarise',
      'summary', 'list', 'how many', 'is there', 'what is', 'what does', 'overview', 'understand', 'meaning', 'mean',
      'quick question', 'do we support', 'what is the max', 'kurze frage', 'petite question', 'pregunta rapida',
      'wo', 'wie', 'welche', 'erklare', 'erklar', 'beschreibe', 'zeig',
      'quoi', 'quel', 'quelle', 'comment', 'explique', 'expliquer', 'que fait',
      'donde', 'cual', 'como', 'explica', 'explicame', 'que hace', 'que es',
    ],
  },
  {
    id: 'docs',
    label: 'documentation',
    terms: [
      'readme', 'docs', 'documentation', 'document', 'comment', 'comments', 'docstring', 'changelog', 'guide', 'wiki',
      'contributing', 'write up', 'description', 'dokumentation', 'kommentar', 'kommentare', 'commentaire', 'commentaires',
      'documentacion', 'comentario', 'comentarios', 'a note', 'a short note', 'line note', 'nota', 'notiz',
    ],
  },
  {
    id: 'small_edit',
    label: 'a small edit',
    terms: [
      'rename', 'bump', 'typo', 'change the', 'text', 'label', 'title', 'wording', 'copy', 'version', 'port',
      'default', 'symbol', 'update the', 'umbenennen', 'renommer', 'renombrar', 'a link', 'link to', 'favicon', 'copyright', 'editorconfig', 'nvmrc', 'codeowners',
      'gitignore', 'prettierrc', 'eslintrc', 'imprint', 'privacy policy', 'alt text', 'placeholder', 'colour', 'color', 'farbe', 'couleur',
      'env var', 'to the readme', 'in the readme',
      'font weight', 'font size', 'line height', 'letter spacing', 'border radius', 'max width', 'font family',
      'tippfehler', 'rechtschreibfehler', 'uberschrift', 'beschriftung', 'falta de ortografia', 'errata', 'texto', 'titulo', 'etiqueta', 'renombra',
      'coquille', 'faute de frappe', 'faute orthographe', 'texte', 'titre', 'libelle', 'renomme',
      'in green', 'in red', 'in blue', 'in bold', 'en verde', 'en rojo', 'en azul', 'en negrita', 'en vert', 'en rouge', 'en bleu', 'en gras',
      'in grun', 'in rot', 'in blau', 'fett', 'pon el', 'pon la', 'andere den',
      'andere die', 'andere das', 'ersetzen', 'ersetze', 'remplacer', 'reemplazar', 'reemplaza', 'change le', 'change la', 'modifie le', 'modifie la',
    ],
  },
  {
    id: 'across',
    label: 'work across the system',
    terms: [
      'whole', 'entire', 'everything', 'across', 'end to end', 'architecture', 'restructure', 'reorganize', 'reorganise', 'redesign',
      'overhaul', 'rewrite', 'rework', 'migrate', 'move from', 'move the', 'replace', 'switch', 'port the', 'convert', 'split',
      'microservices', 'monolith', 'monorepo', 'stack', 'full stack', 'all services', 'system', 'roadmap', 'tech debt',
      'fit together', 'how the pieces', 'separate', 'separate repos', 'each other', 'codebase', 'top to bottom', 'what would it take',
      'what has to change', 'talk to each other', 'data warehouse', 'internationalise', 'internationalize', 'i18n', 'uberblick',
      'mandantenfahig', 'internationalisieren', 'vue ensemble', 'internationaliser', 'vision general', 'internacionalizar',
      'unify', 'consolidate', 'platform', 'second region', 'multi tenant', 'team', 'hand this project',
      'ganze', 'gesamte', 'umstellen', 'architektur', 'zusammenspiel', 'zusammenspielen', 'aufteilen', 'neu strukturieren',
      'ensemble', 'entier', 'architecture', 'reorganiser', 'reorganise', 'separer', 'communiquent',
      'toda', 'todo', 'entera', 'arquitectura', 'migrar', 'reestructurar', 'separar', 'mover', 'se relacionan',
      // Work planned in layers or steps across the parts: how a complex request says it is more than one change.
      'every query', 'all queries', 'in layers', 'layer by layer', 'in phases', 'step by step', 'phased',
      'without downtime', 'zero downtime', 'no downtime', 'backfill', 'consistent', 'data model', 'schema change', 'every layer', 'all layers',
      'schrittweise', 'in phasen', 'in schritten', 'ohne ausfallzeit', 'umbauen', 'umbau', 'umzug', 'mehrsprachig', 'mehrsprachigkeit',
      'por fases', 'paso a paso', 'por etapas', 'todo el sistema', 'de punta a punta', 'redisenar', 'sin caida',
      'rehacer', 'refaire', 'state machine', 'status machine', 'par etapes', 'en plusieurs etapes', 'etape par etape', 'refondre', 'refonte', 'decouper', 'de bout en bout', 'sans interruption', 'migrer', 'multilingue',
    ],
  },
];
