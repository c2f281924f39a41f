import { findSensitiveData } from '../text/sensitive-data';
import type { ArgumentField } from './arguments';

/**
 * A refund on the original payment: the processor's refund call names a payment, charge or
 * transaction, and the money goes back to the instrument that paid it (card schemes and banks call
 * it "refund to the original payment method"). The caller cannot choose where the money goes, and
 * the processor refuses more than the payment captured (Stripe, Adyen, Mollie, Braintree and
 * Checkout.com all reject a refund above the unrefunded amount), so a refund of a payment the
 * session has just read returns money to whoever sent it, at most what they sent. Refund fraud asks
 * for the refund somewhere else: a call that names a card, an account or an address is not this.
 */

/** `create_refund`, `refund_transaction`, `refunds.create`, `cancel_charge` (Unzer's refund of a charge), `reverse_payment`. */
const REFUND_METHOD =
  /(?:^|[._])(?:(?:create|issue|make|partial|full)_)?refunds?(?:_(?:charge|payment|transaction|capture|order)s?)?(?:\.create)?$|(?:^|[._])(?:cancel|reverse|void)_(?:charge|payment|transaction|capture)s?$/;

export function isRefundTool(tool: string): boolean {
  return REFUND_METHOD.test(tool.toLowerCase());
}

/**
 * Where a refund would go when it names it: a card, an account, a beneficiary. Processors that take
 * these ("unreferenced refunds") pay out to whatever is given, which is the refund-fraud shape.
 */
const REFUND_TARGET_KEY = /(?:^|_)(?:card|cards|pan|iban|account|bic|swift|sort_?code|routing|beneficiary|recipient|payee|destination|wallet)(?:_|$)/;

/** A card number wherever it sits (`{"card": {"number": …}}` flattens to `number`), as egress scanning reads one. */
function isCardNumber(value: string): boolean {
  return findSensitiveData(value).some((m) => m.kind === 'card');
}

/**
 * The refund's arguments name where the money should go instead of leaving it to the original
 * payment. A processor's own numeric reference can pass the Luhn check by chance; such a refund is
 * then judged as any new tool's call, the safe side.
 */
export function namesRefundTarget(fields: readonly ArgumentField[]): boolean {
  return fields.some((f) => REFUND_TARGET_KEY.test(f.key) || isCardNumber(f.value));
}

/**
 * An identifier-like value (`tr_953d55ad95`, `ch_6b372c1a6294`, `7462276739720914`, `s-pay-746227`):
 * one token with a digit, long enough not to be a count or an amount.
 */
const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{5,63}$/;

/** Keys a payment's reference sits under in processors' records and in refund calls. */
const REFERENCE_KEY = /(?:^|_)(?:id|tid|psp_?reference|payment|charge|transaction|capture|order)(?:_?(?:id|no|number|reference|ref))?$/;

function isReference(f: ArgumentField): boolean {
  return REFERENCE_KEY.test(f.key) && REFERENCE.test(f.value) && /\d/.test(f.value);
}

/** Payment references among a record's fields (bounded by the fields' own bound). */
export function paymentReferences(fields: readonly ArgumentField[]): string[] {
  return [...new Set(fields.filter(isReference).map((f) => f.value))];
}
