// Personal income tax on employment income in the modelled countries: none. Stated per country so the
// answer says why the rate is zero and what is still left out.
import type { GulfCountry } from '../../../contracts/salary-offer.js';

const NOT_MODELLED = 'Pension or social-insurance contributions that nationals pay are not modelled.';

export const INCOME_TAX_NOTES: Readonly<Record<GulfCountry, string>> = {
  AE: `The UAE levies no personal income tax on employment income (its corporate tax applies to businesses, not salaries). ${NOT_MODELLED}`,
  SA: `Saudi Arabia levies no personal income tax on employment income. ${NOT_MODELLED}`,
  QA: `Qatar levies no personal income tax on employment income. ${NOT_MODELLED}`,
};
