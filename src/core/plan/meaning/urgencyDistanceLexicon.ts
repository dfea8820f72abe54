import type { ConceptDefinition } from './lexicon';

/**
 * Hypothetical words that also ask politely or report ("could someone take a look", "stop checkout if we have to", "check the DB",
 * "I would be grateful"): they keep no distance from a harm reported as under way now or since a given time or change
 * (classifier/urgency.ts). "What if", "prevent", "make sure" still do.
 */
export const WEAK_HYPOTHETICAL_TERMS: readonly string[] = [
  'if', 'would', 'could', 'should', 'before', 'whether', 'check if', 'check whether', 'check that', 'check for', 'check the', 'how do we',
  'how would', 'is there', 'are any', 'to detect', 'we detect', 'detect if', 'detect it', 'detect when', 'detect whether', 'can someone',
  'can anyone', 'wenn', 'falls es', 'falls die', 'falls der', 'falls das', 'falls wir', 'falls jemand', 'falls ein', 'falls eine', 'falls man',
  'ob', 'konnte', 'si', 'pourrait', 'podria', 'est ce que',
  // "Check" in the other languages, weak as "check if" is: "Qu'est-ce qu'on vérifie ?" after a harm under way asks where to look.
  'verifier', 'verifiez', 'verifie', 'comprobar', 'comprueba', 'verificar', 'pruft', 'prufen', 'prufe', 'uberprufen',
  'kann jemand', 'peut on', 'puede alguien',
  // Asking whether it is normal: "Ist das normal?" beside a figure that may be the usual one.
  'is that normal', 'is this normal', 'ist das normal', 'est ce normal', 'es normal',
];
/** Words of the past that also ask about a harm under way ("find the root cause", "so it does not happen again"): as weak. */
export const WEAK_PAST_TERMS: readonly string[] = ['root cause', 'happen again'];
/** Dates in the past, which may date the cause of a harm still going on ("debug logging left on after last week's deploy … still writing"). */
export const PAST_DATE_TERMS: readonly string[] = [
  'last week', 'last month', 'last year', 'last monday', 'last tuesday', 'last wednesday', 'last thursday', 'last friday',
  'letzte woche', 'letzten monat', 'la semaine derniere', 'le mois dernier', 'la semana pasada', 'el mes pasado',
  'letztes jahr', 'annee derniere', 'el ano pasado', 'du mois dernier', 'de la semaine derniere',
];

/**
 * The urgency signs that keep a request at a distance from an incident being reported: something
 * that happened before, an exercise or an alert that is noise, a place away from production, a harm
 * that comes only unless someone acts (a deadline, no hypothesis), one person the only one affected,
 * and hypothetical or preventive wording. Part of URGENCY_CONCEPTS (urgencyLexicon.ts); how they weigh is decided in
 * classifier/urgency.ts.
 */
export const DISTANCE_CONCEPTS: readonly ConceptDefinition[] = [
  {
    id: 'past',
    label: 'something that happened before',
    terms: [
      ...WEAK_PAST_TERMS,
      ...PAST_DATE_TERMS,
      'we had an', 'had an outage', 'had an incident', 'back then', 'postmortem', 'post mortem', 'in the past',
      'long resolved', 'long since resolved', 'long fixed', 'long over', 'ist erledigt', 'sind erledigt', 'ihr geld zuruck', 'ya esta todo bien', 'ya esta to bien',
      'ya funciona', 'ya va bien', 'est regle', 'tout est rentre', 'danach lief alles wieder', 'danach lief wieder alles', 'est terminee tout tourne', 'tout refonctionne', 'tout remarche', 'depuis ca remarche', 'ca remarche depuis', 'depuis ca marche', 'tout fonctionne a nouveau', 'tout marche a nouveau', 'jetzt lauft wieder alles', 'lauft wieder alles', 'lauft alles wieder', 'geht wieder alles', 'kein einziger fall mehr', 'keinen einzigen fall mehr', 'plus aucun cas', 'ningun caso mas', 'not a single case since', 'no more cases since', 'then everything worked again', 'after that everything was fine',
      'ya paso', 'ya resuelta', 'ya resuelto', 'deja resolue', 'est terminee', 'ist vorbei', 'ya termino', 'panne est terminee', 'incident est termine', 'ausfall ist vorbei', 'la caida termino',
      'suite a incident', 'ahora con calma', 'con calma', 'inzwischen ist alles ruhig', 'alles ruhig', 'in ruhe', 'a tete reposee', 'maintenant que est calme',
      'past incidents', 'recovered on its own', 'recovered by itself', 'it recovered', 'came back on its own', 'now that it calm', 'now that it is calm',
      'now that things are calm', 'been fine since', 'fine again since', 'working again since', 'regle depuis', 'est regle', 'resuelto desde', 'wieder in ordnung', 'not an active thing anymore', 'no longer active', 'nothing since', 'writeup', 'write up', 'retro', 'retrospective', 'action item', 'action items',
      'recovered by', 'stopped after the rollback', 'stopped after rollback', 'everyone has been refunded', 'everybody has been refunded', 'all have been refunded', 'is resolved', 'is now resolved', 'has been resolved', 'been resolved', 'ist behoben', 'wurde behoben', 'est resolu', 'a ete resolu', 'esta resuelto',
      'se resolvio', 'ya esta resuelto',
      // Ended by someone, at a time said: "last night's 40 min of 5xx (resolved at 01:10 by restarting)".
      'resolved at', 'resolved by restarting', 'resolved by a restart', 'fixed by restarting', 'fixed by a restart', 'gone after a restart', 'gone after restarting',
      // It ended by itself: "the 502s last night stopped on their own at 02:10".
      'long ago', 'closed long ago', 'answered and closed',
      'stopped on their own', 'stopped on its own', 'stopped by itself', 'went away on its own', 'went away by itself', 'went away on their own',
      'cleared on its own', 'cleared by itself',
      // It is over, and said so: "yesterday's 500s are over, everything is normal". Not a bare "is over": "the disk is over 95%".
      'outage is over', 'incident is over', 'issue is over', 'attack is over', 'problem is over', 'errors are over', '500s are over',
      '502s are over', '503s are over', 'is over now', 'are over now', 'it is over', 'everything is normal', 'everything is back to normal', 'back to normal', 'all normal again', 'alles wieder normal',
      'wieder normal', 'tout est rentre dans ordre', 'de nouveau normal', 'volvio a la normalidad', 'todo normal de nuevo', 'von selbst aufgehort', 'hat von selbst aufgehort', 'est arrete tout seul', 'se arreglo solo', 'se paro solo',
      'se compuso solo', 'se compuso sola', 'se arreglo sola', 'desde entonces todo normal', 'desde entonces todo bien', 'seitdem alles normal', 'seither alles normal', 'depuis tout est normal', 'all fine since then',
    ],
  },
  {
    // Not a harm at all: an exercise, or an alert that fires and clears by itself ("PagerDuty fires every night at 03:00 … resolves by
    // itself", "drill scenario: support reports …", "ist aber harmlos").
    id: 'not_real',
    label: 'an exercise or an alert that is noise',
    terms: [
      'drill', 'drill scenario', 'fire drill', 'game day', 'gameday', 'tabletop', 'for the exercise', 'an exercise', 'the exercise',
      'ubung', 'notfallubung', 'simulacro', 'exercice', 'revenu tout seul', 'came back by itself', 'came back on its own', 'von selbst wieder', 'von allein wieder', 'volvio solo', 'se arreglo solo', 'did nothing else with it', 'did nothing with it', 'did not do anything with it', 'didnt do anything with it', 'has not done anything with it', 'just wanted us to know', 'no ha hecho nada mas', 'solo avisarnos', 'reported it nicely', 'closed it straight away', 'closed it right away', 'just wanted to let us know', 'wanted to let us know', 'only told us', 'only reported it to us', 'nur uns gemeldet', 'solo nos lo dijo a nosotros', 'hat nichts damit gemacht', 'en a rien fait', 'no hizo nada con', 'resolves by itself', 'resolves on its own', 'resolved itself', 'resolved by itself', 'resolved on its own', 'recovered itself', 'clears by itself', 'clears on its own',
      'it is noise', 'it noise', 'pure noise', 'just noise', 'noisy alert', 'noisy alerts', 'false alarm', 'false alarms', 'is harmless', 'ist aber harmlos',
      'harmlos', 'fehlalarm', 'fausse alerte', 'falsa alarma', 'tired of it', 'nothing real',
      // The figure an alert fires on is the usual one: "fires at 250ms which is normal for us at lunch".
      // The outage was the work planned: "nicht erreichbar, das war aber unser geplanter Serverumzug".
      'that was our planned', 'that was our scheduled', 'it was our planned', 'it was our scheduled', 'that was the planned', 'that was the scheduled',
      'das war aber unser geplanter', 'das war unser geplanter', 'das war aber unsere geplante', 'das war unsere geplante', 'etait notre maintenance',
      'etait la maintenance prevue', 'era nuestro mantenimiento', 'fue nuestro mantenimiento',
      // "nothin wrong at the moment, just want the heads-up next time": nothing going on.
      'nothing wrong at the moment', 'nothing wrong right now', 'nothing is wrong at the moment', 'nothing is wrong right now',
      'which is normal', 'normal for us', 'nothing is actually wrong', 'nothing is wrong with', 'hardcoded demo data', 'ist normal fur uns', 'est normal pour nous', 'es normal para nosotros',
    ],
  },
  {
    id: 'not_production',
    label: 'not production',
    terms: [
      'load test', 'load testing', 'stress test', 'k6', 'vus', 'virtual users', 'locust', 'jmeter', 'artillery', 'localhost',
      'dev server', 'vite dev', 'npm run dev', 'dev mode', 'my branch', 'on my branch', 'feature branch', 'local branch',
      'test suite', 'tests', 'unit tests', 'e2e tests', 'ci', 'github actions', 'git hub actions', 'gitlab ci', 'jenkins', 'lint', 'locally', 'local', 'on my machine', 'my laptop', 'my own laptop', 'my own computer', 'my own machine', 'staging',
      'dev environment', 'in dev', 'development', 'test environment', 'preview environment', 'preview deployment', 'preview deploy', 'pr preview', 'netlify preview', 'vercel preview', 'deploy preview', 'preview url', 'preview link', 'preview build',
      'qa env', 'qa environment', 'qa only', 'lokal', 'testumgebung', 'en local', 'en recette', 'environnement de recette', 'preproduction', 'preprod', 'pre prod', 'entorno de pruebas', 'ambiente de pruebas', 'entorno de test', 'ambiente de test',
      // A copy of the shop kept for trying things: "in unserm Testladen", "la tienda de pruebas que montó mi sobrino".
      'testladen', 'testshop', 'test shop', 'test copy', 'tienda de pruebas', 'tienda de prueba', 'boutique de test', 'boutique test',
    ],
  },
  {
    // One person said to be the only one affected, the rest working: a case to trace, however loudly told ("URGENT: my cart is
    // empty …, other people seem fine", "un seul client n'arrive pas à payer, toutes les autres commandes passent").
    id: 'only_one',
    label: 'only one affected',
    terms: [
      'only me', 'only for me', 'only happens to me', 'only for her', 'only for him', 'only this customer', 'only that customer',
      'only one customer', 'only her', 'only him', 'only that device', 'only this device', 'only on that device', 'only on this device', 'only one device',
      'only that one', 'only this one', 'just that one', 'nur diese eine', 'nur die eine', 'seulement celle ci', 'seulement celle la', 'solo ese', 'solo esa',
      'only that tablet', 'only this tablet', 'only that phone', 'only this phone', 'only that browser', 'only this browser', 'everyone else seems fine',
      'everybody else seems fine', 'everyone else seems ok', 'everyone else is ok', 'works for everyone else', 'nur dieses gerat', 'seulement cet appareil', 'solo ese dispositivo', 'other customers are fine', 'other customers seem fine', 'other people seem fine', 'others seem fine', 'everyone else is fine', 'everybody else is fine',
      'all other orders go through', 'the other orders go through', 'nur bei mir', 'nur bei ihm', 'nur bei ihr', 'nur dieser kunde', 'nur ein kunde',
      'bei allen anderen', 'un seul client', 'une seule cliente', 'seulement pour moi', 'seulement chez moi', 'toutes les autres commandes passent',
      'les autres commandes passent', 'solo a mi', 'solo me pasa a mi', 'solo este cliente', 'un solo cliente', 'a los demas les funciona',
      'alle anderen bestellungen laufen normal', 'nur diese kundin', 'nur bei dieser kundin', 'solo le pasa a el', 'solo le pasa a ella',
      'juste elle', 'juste lui', 'seulement elle', 'seulement lui', 'just her', 'just him', 'solo ella', 'solo el',
      'solo esa instancia', 'only that instance', 'only one instance', 'nur diese instanz', 'seulement cette instance', 'casi no lo notan', 'barely notice', 'hardly notice', 'merken kaum', 'remarquent a peine', 'only our app', 'only our app is affected', 'shop is fine', 'the shop is fine', 'site is fine', 'storefront is fine', 'no customer impact',
      'customers are not affected', 'no customers affected', 'only one sku', 'only one product', 'only one item', 'other customers fine', 'only on my phone', 'only my account', 'only my own account', 'only on my account', 'only in my account',
      'everyone else sees it', 'solo es el', 'solo es ella', 'only our android app', 'only our ios app', 'only our mobile app',
    ],
  },
  {
    // Harm that comes unless someone acts: a deadline, not a hypothesis. Longer than "if", so "if they
    // are not captured by Thursday" is not read as "what if".
    id: 'deadline',
    label: 'harm unless acted on',
    terms: [
      'unless', 'if they are not', 'if it is not', 'if we do not', 'if we can not', 'if nobody', 'if no one', 'before they expire',
      'before it expires', 'if it fills', 'if it fills up', 'si se llena', 'si il se remplit', 'wenn sie voll', 'wenn es voll', 'authorisations expire', 'authorizations expire', 'auths expire', 'holds expire', 'drops the holds', 'expire after', 'wenn wir nicht', 'wenn sie nicht', 'sauf si', 'si on ne', 'si nous ne', 'si no', 'a menos que', 'si la autorizacion vence', 'if the authorization expires', 'if the authorisation expires', 'si autorisation expire', 'wenn die autorisierung ablauft',
    ],
  },
  {
    id: 'hypothetical',
    label: 'hypothetical or preventive wording',
    terms: [
      ...WEAK_HYPOTHETICAL_TERMS,
      'can someone inject', 'could someone inject', 'can an attacker', 'could an attacker', 'kann ein angreifer', 'konnte ein angreifer',
      // A question in theory, or a harm nobody wants to see: "Pregunta teórica … No ha ocurrido nunca", "on veut pas que quelqu'un vienne…".
      'pregunta teorica', 'theoretical question', 'theoretische frage', 'question theorique', 'no ha ocurrido nunca', 'has never happened', 'ist nie passiert',
      'est jamais arrive', 'on veut pas que', 'on ne veut pas que', 'we do not want anyone', 'we do not want someone', 'no queremos que', 'wir wollen nicht dass',
      'un attaquant peut', 'un attaquant pourrait', 'puede un atacante', 'podria un atacante',
      'hypothetically', 'hypothetical', 'in theory', 'theoretically', 'hypothetisch', 'theoretisch', 'hypothetiquement', 'en theorie',
      'hipoteticamente', 'en teoria', 'already resolved', 'was resolved', 'post incident', 'after the incident',
      'in case', 'what if', 'what happens if', 'suppose', 'imagine', 'prevent', 'avoid', 'make sure', 'ensure',
      'even when', 'plan for', 'prepare for', 'review', 'audit',
      // Whether a harm would be seen, supposed: "would we even notice if a stranger changed the payout account?"
      'would we notice', 'would we even notice', 'would we know', 'would anyone notice', 'how would we know', 'how would we notice',
      'wurden wir merken', 'wurden wir es merken', 'wurden wir das merken', 'merken wir das', 'on le verrait', 'en rendrait compte', 'nos dariamos cuenta',
      'can a', 'is it possible', 'write a runbook', 'a runbook for', 'runbook for', 'add a runbook', 'create a runbook', 'playbook', 'simulate', 'attack surface',
      'penetration test', 'pen test', 'pentest', 'threat model', 'attacker eyes', 'with an attacker', 'like an attacker', 'as an attacker would',
      // Nothing is happening to us: "others are getting attacked that way; nothing has happened to us, I just want it checked".
      'thought experiment', 'gedankenexperiment', 'experience de pensee', 'experimento mental', 'nothing has happened to us',
      'nothing happened to us', 'nothing has happened yet', 'nothing has happened so far', 'nothing bad has happened', 'no customer has complained', 'no one has complained',
      'nobody has complained', 'nobody complained', 'maybe it is nothing', 'probably nothing', 'personne en a profite', 'nobody has exploited it', 'nobody exploited it',
      'niemand hat es ausgenutzt', 'nadie lo ha aprovechado', 'bisher ist nichts passiert',
      'es ist nichts passiert', 'ist noch nichts passiert', 'rien ne est passe', 'il ne est rien passe', 'no nos ha pasado nada', 'no ha pasado nada',
      'can be hacked', 'could be hacked', 'kann gehackt werden', 'peut etre pirate', 'puede ser hackeada', 'puede ser hackeado', 'a friend told me',
      'probably nonsense', 'probably fine', 'someone said', 'somebody said', 'someone told', 'i doubt', 'whenever',
      'set up alerts', 'add alerts', 'add monitoring', 'set up monitoring', 'expires in', 'will expire', 'about to expire', 'future',
      'nachste woche', 'nachsten monat', 'la semaine prochaine', 'le mois prochain', 'la proxima semana', 'la semana que viene', 'el mes que viene', 'el proximo mes',
      'tomorrow', 'next week', 'next month', 'in two weeks', 'in a week', 'soon', 'forecast', 'forecasts', 'projected', 'add an alert', 'set up an alert',
      'survive a', 'survive an', 'resilient to',
      'from being', 'what stops', 'what prevents', 'protects against', 'guards against', 'like to know', 'want to know', 'wondering',
      'verhindern', 'vermeiden', 'sicherstellen', 'was ware wenn', 'ob man', 'revisar', 'revisa',
      'si jamais', 'au cas', 'eviter', 'empecher', 'que se passerait',
      'what to do when', 'what happens when', 'for when', 'que faire quand', 'que hacer cuando', 'en caso de', 'evitar', 'prevenir', 'asegurar', 'que pasa si', 'que pasaria',
      // A harm as what the work must keep from happening: "plan the cutover so nobody gets charged twice midway".
      'so that nobody', 'so that no one', 'so nobody gets', 'so no one gets', 'so nobody is', 'so no one is', 'so nobody will', 'so nobody buys', 'so no one buys', 'so nobody pays', 'so no one pays', 'damit niemand', 'damit keiner', 'pour que personne', 'afin que personne',
      'para que nadie', 'sin que nadie',
      // "gotta … not charge nobody twice during the switchover": a harm the work must avoid.
      'not charge nobody', 'not charge anybody', 'not charge anyone', 'without charging anybody', 'without charging anyone',
      // Nothing seen of anyone using it, nothing said of us: "No sign of anyone using it", "No dice nada de nosotros".
      'no sign of anyone', 'no sign of anybody', 'no signs of abuse', 'no sign of abuse', 'no evidence of exploitation', 'no evidence of abuse',
      'keine anzeichen', 'aucun signe', 'ningun indicio', 'sin indicios', 'nothing about us', 'no dice nada de nosotros', 'rien sur nous', 'nichts uber uns',
      // A quarter's goal is a plan: "Este trimestre: cuentas de clientes de verdad".
      'this quarter', 'next quarter', 'este trimestre', 'el proximo trimestre', 'ce trimestre', 'le prochain trimestre', 'dieses quartal', 'nachstes quartal',
    ],
  },
];
