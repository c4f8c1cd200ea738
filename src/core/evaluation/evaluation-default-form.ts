// The questionnaire of Bijlage 13 as SPEC §6 gives it: the form until a
// beheerder saves another. The ids are stable names: rounds are compared by them.
import type { EvaluationForm } from './evaluation-form.ts';

/**
 * Bijlage 13's own introduction (thesis L877 and L891–893), verbatim except
 * "de zeven Groninger woningcorporaties" → "de" (SPEC §6 amended, §10: public
 * sources name six), with a note that says so and a link to the Woonkansboom
 * instead of the "bijgevoegde document". The paper-only return instructions
 * (L879–889: by e-mail or post, Naam/Functie/Ingevuld op) are the form's own fields.
 */
export const defaultEvaluationIntro = [
  'Met deze vragenlijst willen wij achterhalen wat uw mening is over het ‘tweedekansbeleid’ en de ‘Woonkansboom’. Er zijn een aantal stellingen geformuleerd, waar u op kunt antwoorden met: helemaal niet mee eens, niet mee eens, neutraal/ weet ik niet, mee eens of helemaal mee eens. Daarna kunt u een toelichting geven op uw antwoord. In het bijgevoegde document vindt u de Woonkansboom. Mocht u adviezen, suggesties of punten van kritiek hebben, dan kunt u die onderaan de vragenlijst opschrijven.',
  '“Bureau Woonkans is al bijna 30 jaar een belangrijke schakel in de stad Groningen waar het gaat om het (her)huisvesten van kwetsbare personen en gezinnen. Bureau Woonkans werkt nauw samen met de Groninger woningcorporaties en verschillende hulpverleningsinstanties.',
  'Eén van de trajecten die Bureau Woonkans biedt is het zogenoemde tweedekansbeleid (voorheen werd het Uitgezette Huishoudens genoemd). In dit traject kunnen personen die ontruimd zijn op basis van huurachterstand en overlast binnen 5 jaar aanspraak maken op een tweede kans. Zij kunnen onder voorwaarden opnieuw gehuisvest worden.”',
  '*Dit formulier is bedoeld voor medewerkers van Bureau Woonkans en de professionals die samenwerken met Bureau Woonkans.*',
  'Let op: deze tekst komt uit het onderzoek van 2023. Daar staat ‘de zeven Groninger woningcorporaties’. Nu zijn het er zes. Daarom staat er hier alleen ‘de’. Een bijgevoegd document is er niet: [de Woonkansboom staat op deze website](/).',
].join('\n\n');

export const defaultEvaluationForm: EvaluationForm = {
  intro: defaultEvaluationIntro,
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
