import { parseArgumentFields } from './arguments';
import { destinationsFromArguments, extractIndicators } from './indicators';
import { isValidCnpj, isValidCpf, pixKeysIn, pixKeysOfCall, pixKeyValue } from './pix-key';

describe('PIX keys', () => {
  test('a CPF and a CNPJ carry two check digits each', () => {
    expect(isValidCpf('52998224725')).toBe(true);
    expect(isValidCpf('52998224726')).toBe(false);
    expect(isValidCpf('11111111111')).toBe(false);
    expect(isValidCnpj('11222333000181')).toBe(true);
    expect(isValidCnpj('11222333000182')).toBe(false);
  });

  test('a key is compared as its kind is written: a random key and an e-mail in lower case, a CPF or CNPJ as digits, a phone as + and digits', () => {
    expect(pixKeyValue('5B0D7E39-1C4A-4F62-8A3E-97D2C6B1F4A0')).toBe('5b0d7e39-1c4a-4f62-8a3e-97d2c6b1f4a0');
    expect(pixKeyValue('529.982.247-25')).toBe('52998224725');
    expect(pixKeyValue('11.222.333/0001-81')).toBe('11222333000181');
    expect(pixKeyValue('+55 (41) 99555-0193')).toBe('+5541995550193');
    expect(pixKeyValue('Financeiro@Clinica.example')).toBe('financeiro@clinica.example');
    expect(pixKeyValue('529.982.247-26')).toBeUndefined();
    expect(pixKeyValue('2030-11-25')).toBeUndefined();
  });

  test('text names a key after "PIX" or "chave"; a number with no check after "Pix" is none', () => {
    const message = 'a partir desse mês o meu salário vai na chave PIX do CPF da minha filha, Maria Aparecida dos Santos: 529.982.247-25. Obrigada!';
    expect(pixKeysIn(message)).toEqual(['52998224725']);
    expect(extractIndicators('pagamento exclusivamente por PIX, chave aleatória 5b0d7e39-1c4a-4f62-8a3e-97d2c6b1f4a0, em nome do parceiro').accounts).toEqual([
      '5b0d7e39-1c4a-4f62-8a3e-97d2c6b1f4a0',
    ]);
    expect(pixKeysIn('Pix recebido em 25/11 no valor de R$ 1.250,00, pedido 529.982.247-26')).toEqual([]);
    // A random key with no word for PIX beside it is a request id, not a key.
    expect(pixKeysIn('trace 5b0d7e39-1c4a-4f62-8a3e-97d2c6b1f4a0 failed')).toEqual([]);
  });

  test("a transfer pays the key it names, by the key's own field or a bare key beside its type", () => {
    const fields = (args: Record<string, unknown>) => parseArgumentFields(JSON.stringify(args));
    expect(pixKeysOfCall(fields({ key_type: 'evp', key: '5b0d7e39-1c4a-4f62-8a3e-97d2c6b1f4a0', amount: '320.00' }))).toEqual(['5b0d7e39-1c4a-4f62-8a3e-97d2c6b1f4a0']);
    expect(pixKeysOfCall(fields({ chave_pix: '11.222.333/0001-81', valor: 86412.7 }))).toEqual(['11222333000181']);
    // A `key` with no PIX key type beside it is anything: an object's key, an idempotency key.
    expect(pixKeysOfCall(fields({ bucket: 'b', key: '52998224725' }))).toEqual([]);
    expect(destinationsFromArguments(fields({ key_type: 'cpf', key: '529.982.247-25', receiver_name: 'M. A. dos Santos' }), true)).toEqual([
      { kind: 'account', value: '52998224725' },
    ]);
  });
});
