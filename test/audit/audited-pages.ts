// Every kind of page, public and beheer, that the outside checkers look at:
// one address per page type, so a new kind of page is added here once.

const walk = '/boom/hulpverlening';
const outcomeAnswers = new URLSearchParams({
  peildatum: '2026-11-27',
  ontruimd: 'ja',
  reden: 'beide',
  datum_ontruiming: '2022-03-15',
  huurschuld: 'ja',
  regeling: 'ja',
  datum_regeling: '2026-05-01',
  bewind: 'nee',
  hulpverlening: 'ja',
});

/** Public pages: no sign-in. `status` is what the page answers when it is not 200. */
export const publicPages: readonly { path: string; status?: number }[] = [
  { path: '/' },
  { path: walk },
  { path: `${walk}?ontruimd=ja&reden=beide` },
  // A date that does not exist: the question again, with the problem.
  { path: `${walk}?ontruimd=ja&reden=beide&datum_ontruiming=2022-02-31`, status: 422 },
  { path: `${walk}?${outcomeAnswers}` },
  { path: `${walk}/advies?${outcomeAnswers}` },
  { path: `${walk}/uitleg-huurder?${outcomeAnswers}` },
  { path: `${walk}/overzicht` },
  { path: '/boom/corporaties' },
  { path: '/trajecten' },
  { path: '/trajecten/tweedekansbeleid' },
  { path: '/privacy' },
  { path: '/toegankelijkheid' },
  { path: '/contact' },
  { path: '/api' },
  { path: `/embed${walk}` },
  { path: '/bestaat-niet', status: 404 },
];

const tree = '/beheer/bomen/hulpverlening';

/** Beheer pages, signed in as a beheerder. The evaluation round's pages are added by the test. */
export const beheerPages: readonly string[] = [
  '/beheer',
  tree,
  `${tree}/vraag/reden`,
  `${tree}/vraag/datum_ontruiming`,
  `${tree}/controle/regeling_lang_genoeg`,
  `${tree}/uitkomst/tweedekans`,
  `${tree}/parameter/regeling_maanden`,
  `${tree}/traject/tweedekansbeleid`,
  `${tree}/folder`,
  `${tree}/scenario/1`,
  `${tree}/nieuw`,
  `${tree}/vraag/reden/verwijderen`,
  `${tree}/voorbeeld`,
  `${tree}/versies`,
  `${tree}/vergelijk?van=1&naar=concept`,
  `${tree}/importeren`,
  '/beheer/gedeeld',
  '/beheer/regio',
  '/beheer/gedeeld/parameter/regeling_maanden',
  '/beheer/gedeeld/corporaties',
  '/beheer/gedeeld/versies',
  '/beheer/te-controleren',
  '/beheer/gebruikers',
  '/beheer/logboek',
  '/beheer/account',
  '/beheer/cijfers',
  '/beheer/cijfers/nieuw',
  '/beheer/gebruik',
  '/beheer/evaluatie',
  '/beheer/evaluatie/nieuwe-ronde',
  '/beheer/evaluatie/formulier',
];
