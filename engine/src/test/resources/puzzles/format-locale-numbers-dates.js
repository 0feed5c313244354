// Formatting a receipt: toLocaleString and Intl.NumberFormat in en-US (Node's default locale).
const items = [
  { name: 'Laptop', price: 1299.995, qty: 2 },
  { name: 'Mouse', price: 24.5, qty: 3 },
  { name: 'Cable', price: 0.1 + 0.2, qty: 10 },
];
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
let total = 0;
for (const { name, price, qty } of items) {
  const line = price * qty;
  total += line;
  console.log(`${name.padEnd(8)} ${qty} x ${price.toLocaleString()} = ${usd.format(line)}`);
}
console.log('Total:', total.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
console.log('Tax rate:', (0.0725).toLocaleString('en-US', { style: 'percent', maximumFractionDigits: 2 }));
console.log('Population:', (8045311447).toLocaleString(), 'tiny:', (0.00001).toLocaleString(), (-1234.5).toLocaleString());
console.log([1e6, -0, NaN, Infinity].map((n) => n.toLocaleString()));
const when = new Date(2024, 6, 4, 9, 3, 7);
console.log(when.toLocaleDateString(), '|', when.toLocaleTimeString(), '|', when.toLocaleString());
const midnight = new Date(2000, 0, 1, 0, 0, 0);
console.log(midnight.toLocaleString(), new Date('nope').toLocaleDateString());
console.log(new Intl.DateTimeFormat('en-US').format(midnight), typeof Intl, [12345.678, when].toLocaleString());
