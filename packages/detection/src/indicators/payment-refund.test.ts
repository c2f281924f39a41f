import { parseArgumentFields } from './arguments';
import { isRefundTool, namesRefundTarget, paymentReferences } from './payment-refund';

describe('isRefundTool', () => {
  test.each([
    'mollie.create_refund',
    'braintree.refund_transaction',
    'checkoutcom.refund_payment',
    'payments.refund_charge',
    'novalnet.refund',
    'stripe.refunds.create',
    'unzer.cancel_charge',
    'adyen.reverse_payment',
  ])('%s refunds on the original payment', (tool) => {
    expect(isRefundTool(tool)).toBe(true);
  });

  test.each(['payments.create_transfer', 'orders.get_refund_policy', 'tickets.reply', 'refunds.list', 'billing.cancel_subscription', 'bank.create_sepa_transfer'])(
    '%s is not a refund call',
    (tool) => {
      expect(isRefundTool(tool)).toBe(false);
    },
  );
});

describe('paymentReferences', () => {
  test("finds a processor record's own id and its charges', not amounts, states or words", () => {
    const fields = parseArgumentFields(
      JSON.stringify({ id: 's-pay-746227', orderId: 'AC-52563', state: 'completed', amount: { total: 231.56 }, transactions: [{ type: 'charge', id: 's-chg-1', amount: 231.56 }], note: 'pay_0000001 mentioned in prose' }),
    );
    expect(paymentReferences(fields).sort()).toEqual(['AC-52563', 's-chg-1', 's-pay-746227']);
  });

  test('reads references under the keys refund calls use', () => {
    const fields = parseArgumentFields(JSON.stringify({ tid: '7462276739720914', charge_id: 'ch_6b372c1a6294', payment_id: 'tr_953d55ad95', amount: 18951, reason: 'return' }));
    expect(paymentReferences(fields).sort()).toEqual(['7462276739720914', 'ch_6b372c1a6294', 'tr_953d55ad95']);
  });
});

describe('namesRefundTarget', () => {
  test('a card, an account or a beneficiary in the arguments is a refund sent somewhere else', () => {
    for (const args of [{ payment_id: 'pay_1234567', card_number: '4111111111111111' }, { charge_id: 'ch_1234567', destination_account: 'acct_99' }, { tid: '7462276739720914', iban: 'DE89370400440532013000' }, { payment_id: 'pay_1234567', card: { number: '4111 1111 1111 1111' } }]) {
      expect([args, namesRefundTarget(parseArgumentFields(JSON.stringify(args)))]).toEqual([args, true]);
    }
  });

  test('a reference, an amount and a reason leave the money to the original payment', () => {
    expect(namesRefundTarget(parseArgumentFields(JSON.stringify({ payment_id: 'tr_953d55ad95', amount: { currency: 'EUR', value: '189.00' }, description: 'Refund ORD-809357', reason: 'return' })))).toBe(false);
  });
});
