import type { ConceptDefinition } from './lexicon';

/**
 * What a request's work touches, beyond the names of the parts: who uses it, whether something is
 * seen or handled on a screen, whether something is kept, whether data is looked up in bulk. None of
 * them names a domain, so none delegates one on its own (that is domainLexicon.ts); they are
 * features from which the model learns which parts such work needs. "Let customers compare
 * products" names only the backend's products, yet customers comparing things do it on a page;
 * "add a loyalty program where customers collect points" keeps the points somewhere.
 * In English, German, French and Spanish; matched like every concept (folded stems, one typo).
 */
export const SUBJECT_CONCEPTS: readonly ConceptDefinition[] = [
  {
    id: 'people',
    label: 'people who use the shop',
    terms: [
      'customer', 'customers', 'user', 'users', 'shopper', 'shoppers', 'visitor', 'visitors', 'buyer', 'buyers', 'guest', 'guests',
      'admin', 'admins', 'staff', 'seller', 'sellers', 'people', 'members', 'signed in', 'logged in', 'account', 'accounts',
      'kunde', 'kunden', 'nutzer', 'benutzer', 'besucher', 'kaufer', 'angemeldete', 'konto',
      'client', 'clients', 'utilisateur', 'utilisateurs', 'visiteurs', 'acheteurs', 'compte',
      'cliente', 'clientes', 'usuario', 'usuarios', 'visitantes', 'compradores', 'cuenta',
    ],
  },
  {
    id: 'seen',
    label: 'something seen',
    terms: [
      'see', 'sees', 'seen', 'show', 'shown', 'shows', 'showing', 'display', 'displays', 'displayed', 'says', 'say', 'appear', 'appears',
      'looks', 'look like', 'visible', 'invisible', 'message', 'text', 'symbol', 'placeholder', 'wording', 'colour', 'color', 'label',
      'decimals', 'on the page', 'on screen', 'in the browser', 'preview', 'thumbnail', 'photo', 'photos', 'picture', 'pictures',
      'sehen', 'sieht', 'anzeigen', 'angezeigt', 'erscheint', 'erscheinen', 'meldung', 'farbe', 'bild', 'bilder',
      'voir', 'voient', 'afficher', 'affiche', 'apparait', 'apparaissent', 'couleur', 'photo',
      'ver', 'ven', 'mostrar', 'aparece', 'aparecen', 'mensaje', 'color', 'foto', 'fotos',
    ],
  },
  {
    id: 'interact',
    label: 'something done on a screen',
    terms: [
      'choose', 'select', 'pick', 'filter', 'filters', 'compare', 'upload', 'share', 'leave a', 'rate', 'type', 'typing', 'as you type',
      'drag', 'sort by', 'browse', 'switch between', 'toggle', 'click', 'tap', 'fill in', 'enter', 'edit', 'editing',
      'auswahlen', 'wahlen', 'filtern', 'vergleichen', 'hochladen', 'teilen', 'eingeben', 'bearbeiten',
      'choisir', 'selectionner', 'filtrer', 'comparer', 'televerser', 'partager', 'saisir', 'modifier',
      'elegir', 'seleccionar', 'filtrar', 'comparar', 'subir', 'compartir', 'editar',
    ],
  },
  {
    id: 'kept',
    label: 'something kept',
    terms: [
      'save', 'saved', 'saving', 'remember', 'remembered', 'keep track', 'store', 'stored', 'history', 'past orders', 'points', 'reviews',
      'review', 'ratings', 'stars', 'subscription', 'subscriptions', 'notes', 'note', 'wishlist', 'favourites', 'favorites', 'log of',
      'audit log', 'record', 'records', 'per product', 'each product', 'per customer', 'each customer', 'across devices', 'bundles',
      'loyalty', 'inventory', 'limit', 'characters', 'column', 'field',
      'speichern', 'merken', 'merkliste', 'verlauf', 'punkte', 'bewertungen', 'abo',
      'enregistrer', 'sauvegarder', 'historique', 'avis', 'abonnement', 'champ',
      'guardar', 'recordar', 'historial', 'resenas', 'puntos', 'suscripcion', 'campo',
    ],
  },
  {
    id: 'lookup',
    label: 'data looked up in bulk',
    terms: [
      'search', 'searching', 'searches', 'listing', 'list of', 'category', 'categories', 'browse', 'browsing', 'page 2', 'offset',
      'pagination', 'paginate', 'sort', 'sorting', 'filter by', 'count', 'report', 'reports', 'bestseller', 'bestsellers', 'top',
      'statistics', 'stats', 'totals', 'lookup', 'look up', 'find', 'finds', 'query', 'by name', 'by sku', 'import', 'export',
      'suche', 'sucht', 'suchen', 'kategorie', 'auflisten', 'recherche', 'chercher', 'categorie', 'busqueda', 'buscar', 'categoria',
    ],
  },
];
