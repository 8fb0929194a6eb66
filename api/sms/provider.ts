/** One text message to one phone number (E.164). */
export type SmsMessage = { to: string; body: string };

/**
 * Where sign-in codes go. Implementations throw ApiError: 400 SMS_RECIPIENT_REJECTED when the
 * carrier side refuses the number, 503 SMS_UNAVAILABLE when the provider cannot be reached or
 * refuses us. They never include credentials in an error or a log line.
 */
export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<void>;
}
