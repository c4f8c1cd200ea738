// What is wrong with a typed date, in Dutch (B1), for the person who typed it:
// not only "this is no date" but why, so they can fix it at once.
import { formatDutchMonth } from './dutch-date.ts';
import { type DateMistake, daysInMonth, earliestYear } from './plain-date.ts';

const example = 'bijvoorbeeld 15-3-2022';

export function dateMistakeMessage(mistake: DateMistake, given: string): string {
  const typed = given.trim();
  switch (mistake.kind) {
    case 'unreadable':
      return `"${typed}" is geen datum die we kunnen lezen. Schrijf de datum als dag-maand-jaar, ${example}.`;
    case 'year-not-four-digits':
      return `Schrijf het jaar met 4 cijfers, ${example} en niet 15-3-22.`;
    case 'year-out-of-range':
      return `Kijk of het jaar ${mistake.year} klopt. Een datum ${mistake.year < earliestYear ? `vóór ${earliestYear}` : 'zo ver in de toekomst'} kan hier niet.`;
    case 'no-such-month':
      return `De datum ${typed} bestaat niet: er is geen maand ${mistake.month}. Een jaar heeft 12 maanden.`;
    case 'no-such-day': {
      const month = `${mistake.year}-${String(mistake.month).padStart(2, '0')}`;
      return `De datum ${typed} bestaat niet: ${formatDutchMonth(month)} heeft ${daysInMonth(mistake.year, mistake.month)} dagen.`;
    }
  }
}
