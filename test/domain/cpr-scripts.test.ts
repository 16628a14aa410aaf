/**
 * The CPR guard reads a decimal digit of any script as the digit it is, including scripts whose digit
 * runs adjoin another's (Myanmar Pao and Eastern Pwo Karen: twenty digits in a row), and compatibility
 * characters as the plain ones NFKC makes of them (full-width full stops, superscript digits), so a
 * number written with them is refused like one typed in ASCII.
 */
import { describe, expect, it } from 'vitest';
import { containsCpr, redactCpr } from '../../functions/domain/personal-data.js';

const DIGIT = /^\p{Nd}$/u;

/** The zero of every run of ten decimal digits Unicode has, found from the character data itself. */
function digitZeros(): number[] {
  const zeros: number[] = [];
  for (let code = 0x30; code < 0x110000; code++) {
    if (!DIGIT.test(String.fromCodePoint(code))) continue;
    let length = 0;
    while (DIGIT.test(String.fromCodePoint(code + length))) length++;
    for (let run = 0; run < length; run += 10) zeros.push(code + run);
    code += length - 1;
  }
  return zeros;
}

const inScript = (zero: number, ascii: string) => ascii.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

describe('CPR numbers in the digits of any script', () => {
  it('refuses a real number and lets a date that does not exist through, in every script', () => {
    const zeros = digitZeros();
    expect(zeros.length).toBeGreaterThan(60);
    // Pao digits run straight on into Eastern Pwo Karen ones: each counts from its own zero.
    expect(zeros).toEqual(expect.arrayContaining([0x116d0, 0x116da]));
    for (const zero of zeros) {
      const name = `U+${zero.toString(16)}`;
      expect(containsCpr(`borger ${inScript(zero, '010190-1234')}`), name).toBe(true);
      expect(containsCpr(inScript(zero, '2902961234')), name).toBe(true);
      expect(containsCpr(`borger ${inScript(zero, '320190-1234')}`), name).toBe(false);
      expect(containsCpr(inScript(zero, '2902971234')), name).toBe(false);
    }
  });

  it('hides such a number when a form is shown back, keeping the words around it', () => {
    expect(redactCpr(`Borger ${inScript(0x116da, '010190-1234')} fik job`, '[CPR]')).toBe('Borger [CPR] fik job');
  });
});

describe('compatibility characters', () => {
  it('reads full-width full stops, superscript and circled digits as the plain ones', () => {
    expect(containsCpr('０１．０１．９０．１２３４')).toBe(true);
    expect(containsCpr('⁰¹⁰¹⁹⁰-¹²³⁴')).toBe(true);
    expect(containsCpr('⓪①⓪①⑨⓪①②③④')).toBe(true);
    expect(containsCpr('３２．０１．９０．１２３４')).toBe(false);
  });
});
