// The questionnaire of Bijlage 13 as SPEC §6 gives it: the form until a
// beheerder saves another. The ids are stable names: rounds are compared by them.
import type { EvaluationForm } from './evaluation-form.ts';

export const defaultEvaluationForm: EvaluationForm = {
  parts: [
    {
      id: 'tweedekansbeleid',
      title: 'Tweedekansbeleid',
      statements: [
        { id: 'tkb-weet-wat', text: 'Ik weet wat het tweedekansbeleid inhoudt.' },
        {
          id: 'tkb-collegas-op-hoogte',
          text: "Ik heb het idee dat mijn collega's/samenwerkingspartners ook goed op de hoogte zijn van het tweedekansbeleid.",
        },
        {
          id: 'tkb-info-internet',
          text: 'Ik vind dat je op internet (via Google, sociale media etc.) voldoende informatie kunt vinden over het tweedekansbeleid.',
        },
        {
          id: 'tkb-voorwaarden',
          text: 'Ik weet welke voorwaarden er zijn voordat iemand aangemeld kan worden voor het tweedekansbeleid.',
        },
        {
          id: 'tkb-regeling-zes-maanden',
          text: 'Ik vind het redelijk dat er eerst een goedlopende betalingsregeling van zes maanden moet zijn voordat iemand zich kan aanmelden voor het tweedekansbeleid.',
        },
        {
          id: 'tkb-regeling-bij-bewind',
          text: 'Ik vind het goed dat er eerst een goedlopende betalingsregeling moet zijn voordat iemand zich kan aanmelden voor het tweedekansbeleid. Ook wanneer iemand in bewindvoering zit.',
        },
        {
          id: 'tkb-opiumwet',
          text: 'Ik vind dat mensen die ontruimd zijn op basis van de Opiumwet/Damoclesbeleid (drugs/wapens) ook recht moeten hebben op het tweedekansbeleid.',
        },
        {
          id: 'tkb-dertig-euro',
          text: 'Een betalingsregeling van 30 euro per maand dat zes maanden duurt, is een redelijke voorwaarde tegenover de urgentie van een nieuwe woning.',
        },
      ],
      adviceLabel: 'Adviezen/suggesties/punten van kritiek m.b.t. het tweedekansbeleid',
    },
    {
      id: 'woonkansboom',
      title: 'De Woonkansboom',
      statements: [
        { id: 'wkb-weet-wat', text: 'Ik weet wat de Woonkansboom is.' },
        {
          id: 'wkb-duidelijk',
          text: 'Ik vind de Woonkansboom duidelijk en overzichtelijk (leesbaarheid).',
        },
        { id: 'wkb-gebruik-vaak', text: 'Ik gebruik de Woonkansboom vaak.' },
        {
          id: 'wkb-snel-traject',
          text: 'Door de Woonkansboom zie en begrijp ik snel in welk traject mijn cliënt/huurder zou kunnen passen.',
        },
        { id: 'wkb-vindbaar', text: 'Ik weet waar ik de Woonkansboom kan vinden.' },
        { id: 'wkb-aanraden', text: 'Ik zou andere professionals de Woonkansboom aanraden.' },
      ],
      adviceLabel: 'Adviezen/suggesties/punten van kritiek m.b.t. de Woonkansboom',
    },
  ],
};
