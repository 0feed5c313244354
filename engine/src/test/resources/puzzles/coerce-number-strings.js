// Number() on strings written in binary, octal and hex, and what is NaN.
const inputs = ['0b101', '0o17', '0x1F', ' 0B11 ', '0b2', '-0b1', '0o8', '1e3', '', '  ', '12px', '0.5', '.5', '5.'];
for (const s of inputs) console.log(JSON.stringify(s), '->', Number(s));
console.log(['1', '0b10', '0o10', '0x10'].map(Number));
console.log(new Number('0b11'), typeof Number('0o7'), Number() === 0);
console.log(parseInt('0b101'), parseInt('0x1F'), parseFloat('0b1'));
