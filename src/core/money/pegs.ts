// Currencies whose central bank holds a fixed rate against the US dollar. A peg needs no table and no
// admin: it only changes by a policy decision, and then this file changes with it. Admin edits of these
// currencies' table rows are therefore ignored by rateFor (the service should refuse them: see isPegged).

/** One fixed rate: units of the currency per US dollar, and the day the peg was set (month precision). */
export interface Peg {
  ratePerUsd: number;
  since: string;
}

// The dates are when each peg became official; several were de facto earlier (AED, QAR and BHD from
// about 1980). The day within the month is not material for comparing pay, so each is the 1st.
export const PEGS: Readonly<Record<string, Peg>> = {
  // Central Bank of the UAE: 3.6725 formally since November 1997.
  AED: { ratePerUsd: 3.6725, since: '1997-11-01' },
  // Saudi Central Bank (SAMA): 3.75 since June 1986.
  SAR: { ratePerUsd: 3.75, since: '1986-06-01' },
  // Qatar Central Bank: 3.64 fixed by Emiri decree in July 2001.
  QAR: { ratePerUsd: 3.64, since: '2001-07-01' },
  // Central Bank of Bahrain: 0.376, the dollar peg made formal in 2001.
  BHD: { ratePerUsd: 0.376, since: '2001-01-01' },
  // Central Bank of Oman: 0.3845 since January 1986.
  OMR: { ratePerUsd: 0.3845, since: '1986-01-01' },
  // Central Bank of Jordan: 0.709 since October 1995. Not GCC, but a peg all the same, so it is not
  // left to a table row that an admin could let drift.
  JOD: { ratePerUsd: 0.709, since: '1995-10-01' },
};

/** True when the currency has a fixed rate here, so a table row for it would never be used. */
export function isPegged(currency: string): boolean {
  return Object.hasOwn(PEGS, currency);
}
