import { parsePhoneNumberFromString } from "libphonenumber-js";

/**
 * A phone number as typed (`+44 20 7946 0958`, `+1 (555) 010-0001`) → E.164 (`+442079460958`),
 * or null when it is not a valid number. Numbers must be international (start with +): the API
 * does not guess a country.
 */
export function toE164(input: string): string | null {
  // libphonenumber-js would pull a number out of any text ("call +1 201… now", "tel:…", an
  // extension); only digits, a leading + and the usual separators are a phone number here.
  if (input.length > 64 || !/^\s*\+[\d\s().-]+$/.test(input)) return null;
  const parsed = parsePhoneNumberFromString(input.trim());
  if (!parsed?.isValid()) return null;
  return parsed.number;
}
