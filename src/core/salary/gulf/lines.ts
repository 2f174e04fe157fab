// The offer's cash pay as yearly lines in its own currency: monthly items times twelve, flights by the
// number of people covered and trips a year, and the annual allowances as given.
import type { OfferLineItem, OfferRequest } from '../../../contracts/salary-offer.js';

const MONTHS = 12;

export interface CashLine {
  item: OfferLineItem;
  annual: number;
}

/** Flights a year: one return ticket per person covered (the family size), per trip. */
export function annualFlights(annual: OfferRequest['annual']): number {
  return annual.flightTicket * annual.peopleCovered * annual.tripsPerYear;
}

/** Every cash line of the offer per year, unrounded, in a fixed order for tables and charts. */
export function cashLines(request: OfferRequest): CashLine[] {
  const { monthly, annual } = request;
  return [
    { item: 'basic', annual: monthly.basic * MONTHS },
    { item: 'housing', annual: monthly.housing * MONTHS },
    { item: 'transport', annual: monthly.transport * MONTHS },
    { item: 'flights', annual: annualFlights(annual) },
    { item: 'education', annual: annual.education },
    { item: 'bonus', annual: annual.bonus },
    { item: 'other', annual: monthly.other * MONTHS + annual.other },
  ];
}
