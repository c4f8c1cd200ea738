// A small valid tree for tests: every kind of node, a derived date with a
// choice between parameters, a requirement, a trajectory, a contact and a
// continuation. The validator tests break one thing in a copy.
export const proefTree = {
  id: 'proef',
  title: 'Proefboom',
  audience: 'Voor de tests.',
  intro: 'Aanmelden kan tot {{termijn_jaren}} na de ontruiming.',
  start: 'ontruimd',
  parameters: {
    termijn_jaren: { label: 'Termijn', value: 5, unit: 'years', source: 'SPEC §5' },
    regeling_maanden: { label: 'Regeling', value: 6, unit: 'months', source: 'SPEC §5' },
    regeling_maanden_bewind: { label: 'Bij bewind', value: 4, unit: 'months', source: 'SPEC §5' },
  },
  dates: [
    {
      id: 'uiterste_aanmelddatum',
      label: 'Uiterste aanmelddatum',
      from: 'datum_ontruiming',
      add: [
        { amount: { param: 'termijn_jaren' }, unit: 'years' },
        { amount: -1, unit: 'days' },
      ],
    },
    {
      id: 'aanmelden_vanaf',
      label: 'Aanmelden vanaf',
      from: 'datum_ontruiming',
      add: [
        {
          amount: {
            when: { answer: 'bewind', is: 'ja' },
            // biome-ignore lint/suspicious/noThenProperty: an amount's then-branch, not a thenable
            then: { param: 'regeling_maanden_bewind' },
            else: { param: 'regeling_maanden' },
          },
          unit: 'months',
        },
      ],
    },
  ],
  requirements: [
    {
      id: 'binnen_termijn',
      label: 'Binnen {{termijn_jaren}} na de ontruiming',
      test: { compare: 'peildatum', op: 'on-or-before', to: 'uiterste_aanmelddatum' },
    },
  ],
  nodes: [
    {
      id: 'ontruimd',
      kind: 'choice',
      text: 'Is uw cliënt ontruimd?',
      help: 'Alleen na een ontruiming.',
      options: [
        { id: 'ja', label: 'Ja', next: 'datum_ontruiming' },
        { id: 'nee', label: 'Nee', next: 'geen-traject' },
      ],
    },
    {
      id: 'datum_ontruiming',
      kind: 'date',
      text: 'Wanneer?',
      help: 'Aanmelden kan tot {{uiterste_aanmelddatum}}.',
      next: 'bewind',
      unknown: { label: 'Ik weet de datum niet precies', next: 'datum-onbekend' },
    },
    {
      id: 'bewind',
      kind: 'choice',
      text: 'Onder bewind?',
      help: 'Bij bewind is de regeling eerder lang genoeg.',
      options: [
        { id: 'ja', label: 'Ja', next: 'binnen_termijn' },
        { id: 'nee', label: 'Nee', next: 'binnen_termijn' },
      ],
    },
    {
      id: 'binnen_termijn',
      kind: 'check',
      text: 'Binnen de termijn',
      branches: [
        {
          if: { compare: 'peildatum', op: 'on-or-before', to: 'uiterste_aanmelddatum' },
          next: 'tweedekans',
        },
      ],
      else: 'termijn-verlopen',
    },
  ],
  outcomes: [
    {
      id: 'tweedekans',
      verdict: 'past',
      title: 'Past',
      explanation: 'Meld aan vóór {{uiterste_aanmelddatum}}.',
      nextSteps: 'Meld aan.',
      requirements: ['binnen_termijn'],
      trajectory: 'tweedekansbeleid',
      contacts: ['bureau-woonkans'],
    },
    {
      id: 'termijn-verlopen',
      verdict: 'past-niet',
      title: 'Te laat',
      explanation: 'Meer dan {{termijn_jaren}} geleden.',
      nextSteps: 'Kijk verder.',
      continueWith: [{ label: 'Opnieuw', tree: 'proef', start: 'ontruimd' }],
    },
    {
      id: 'geen-traject',
      verdict: 'past-niet',
      title: 'Geen traject',
      explanation: 'Geen traject.',
      nextSteps: 'Bel.',
    },
    {
      id: 'datum-onbekend',
      verdict: 'maatwerk',
      title: 'Datum onbekend',
      explanation: 'Vraag de datum na.',
      nextSteps: 'Loop de vragen daarna opnieuw door.',
    },
  ],
  trajectories: [
    {
      id: 'tweedekansbeleid',
      title: 'Tweedekansbeleid',
      summary: 'Een nieuwe kans.',
      body: 'Aanmelden vanaf {{aanmelden_vanaf}}.',
      steps: [{ title: 'Aanmelden', text: 'Bij Woonurgentie.' }],
    },
  ],
  contacts: [{ id: 'bureau-woonkans', name: 'Bureau Woonkans', text: 'Voor vragen.' }],
};
