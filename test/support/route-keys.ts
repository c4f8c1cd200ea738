// Real keys of the default trees for the `:key` of each kind of beheer route
// (`/beheer/bomen/:treeId/vraag/:key`), for tests that ask every route.
export const routeKeys: Record<string, string> = {
  vraag: 'reden',
  controle: 'regeling_lang_genoeg',
  uitkomst: 'tweedekans',
  parameter: 'regeling_maanden',
  voorwaarde: 'binnen_termijn',
  traject: 'tweedekansbeleid',
  contact: 'bureau-woonkans',
  scenario: '1',
};
