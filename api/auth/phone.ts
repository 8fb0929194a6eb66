// The "max" metadata knows each number's type (mobile, fixed line, premium rate…), which the
// SMS-pumping rule below needs; one metadata set serves both functions (the bundle holds one).
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

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

/**
 * Number types that can be a phone in someone's pocket. Where a country's plan does not tell
 * mobiles from landlines (the US, Canada) libphonenumber says FIXED_LINE_OR_MOBILE: allowed.
 * Everything else (premium rate, toll free, shared cost, personal/"follow-me", VoIP, pager, UAN,
 * voicemail, plain landlines) never receives an SMS code from us: texting them is how SMS
 * pumping earns money for whoever owns the range.
 */
const TEXTABLE_TYPES = new Set(["MOBILE", "FIXED_LINE_OR_MOBILE"]);

export type SignInNumberRefusal = { code: "PHONE_NOT_MOBILE" | "PHONE_COUNTRY_NOT_ALLOWED"; message: string };

/**
 * Why a sign-in code must not be texted to `phone` (E.164), or null when it may. Numbers of no
 * country (+800 freephone, +870/+881 satellite, +882/+883 international networks) are refused
 * too: they are never a subscriber's mobile and are priced like premium ranges. `allowedCountries`
 * (ISO 3166 alpha-2, upper case) empty means every country.
 */
export function signInNumberRefusal(phone: string, allowedCountries: ReadonlySet<string>): SignInNumberRefusal | null {
  const parsed = parsePhoneNumberFromString(phone);
  const type = parsed?.getType();
  if (!parsed?.country || !type || !TEXTABLE_TYPES.has(type)) {
    return { code: "PHONE_NOT_MOBILE", message: "Sign-in codes are sent to mobile numbers only" };
  }
  if (allowedCountries.size > 0 && !allowedCountries.has(parsed.country)) {
    return { code: "PHONE_COUNTRY_NOT_ALLOWED", message: "Sign-in is not available for numbers of this country" };
  }
  return null;
}
