import { PERSONAL_DATA_PATTERNS } from '@warden/core';
import type { ArgumentField } from './arguments';

/**
 * PIX, Brazil's instant payments, pays to a key rather than an account: a CPF or a CNPJ, a phone,
 * an e-mail or a random key (a UUID, the "chave aleatória" or EVP). The key is where the money
 * goes, so a key a message or a bill names is an account it names, and a transfer to a key pays it.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The product's one e-mail shape, anchored: a key is an address when it is one and nothing else.
const EMAIL = new RegExp(`^(?:${PERSONAL_DATA_PATTERNS.email.re.source})$`);

/** The CPF's two check digits (mod 11 over weights 10..2, then 11..2); a run of one digit is not issued. */
export function isValidCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const check = (n: number): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Number(digits[i]) * (n + 1 - i);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === Number(digits[9]) && check(10) === Number(digits[10]);
}

/** The CNPJ's two check digits (mod 11 over weights 5..2, 9..2, then 6..2, 9..2). */
export function isValidCnpj(digits: string): boolean {
  if (!/^\d{14}$/.test(digits) || /^(\d)\1{13}$/.test(digits)) return false;
  const check = (n: number): number => {
    const weights = n === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    let sum = 0;
    for (let i = 0; i < n; i++) sum += Number(digits[i]) * (weights[i] as number);
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return check(12) === Number(digits[12]) && check(13) === Number(digits[13]);
}

/**
 * A PIX key as Warden compares it: a random key in lower case, a CPF or CNPJ as its digits, an
 * e-mail in lower case, a phone as + and its digits; undefined when the value is none of these.
 */
export function pixKeyValue(raw: string): string | undefined {
  const v = raw.trim();
  if (UUID.test(v)) return v.toLowerCase();
  if (EMAIL.test(v)) return v.toLowerCase();
  const digits = v.replace(/[\s.()/-]/g, '');
  if (/^\d+$/.test(digits) && (isValidCpf(digits) || isValidCnpj(digits))) return digits;
  if (/^\+\d{10,14}$/.test(digits)) return digits;
  return undefined;
}

// Named in text after the word: "chave PIX do CPF da minha filha: 407.118.293-40", "por PIX, chave
// aleatória 5b0d7e39-…", "pix key 12.345.678/0001-95". Only the shapes that carry a check or cannot
// occur by chance (a UUID) are taken, so a date or an order number after "Pix" is not a key.
const PIX_KEY_IN_TEXT =
  /(?<!\p{L})(?:pix|chave)(?!\p{L})[^\n]{0,80}?(?<![\w.-])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{3}\.?\d{3}\.?\d{3}-?\d{2}|\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2})(?![\w-])/giu;

/** Every PIX key a text names after "PIX" or "chave", as pixKeyValue compares them. */
export function pixKeysIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PIX_KEY_IN_TEXT)) {
    const v = m[1] === undefined ? undefined : pixKeyValue(m[1]);
    if (v !== undefined && !out.includes(v)) out.push(v);
  }
  return out;
}

const PIX_KEY_FIELD = /^(?:pix_?key|chave_?pix|pix_?chave|pix)$/;
const KEY_TYPE_FIELD = /^(?:key_?type|tipo_?(?:de_?)?chave|chave_?tipo|pix_?key_?type)$/;
const PIX_KEY_TYPE = /^(?:cpf|cnpj|phone|telefone|celular|email|e-mail|evp|random|aleatoria|aleatória)$/i;

/**
 * The PIX keys a call pays to: a field named for one (`pix_key`, `chave_pix`), or a bare `key` or
 * `chave` beside a PIX key type (`key_type: "evp"`, `tipo_chave: "cpf"`), as payment APIs spell it.
 */
export function pixKeysOfCall(fields: readonly ArgumentField[]): string[] {
  const typed = fields.some((f) => KEY_TYPE_FIELD.test(f.key) && PIX_KEY_TYPE.test(f.value.trim()));
  const out: string[] = [];
  for (const f of fields) {
    if (!PIX_KEY_FIELD.test(f.key) && !(typed && (f.key === 'key' || f.key === 'chave'))) continue;
    const v = pixKeyValue(f.value);
    if (v !== undefined && !out.includes(v)) out.push(v);
  }
  return out;
}
