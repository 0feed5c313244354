// Math.round rounds half up but keeps the sign of zero; the ES2023 copying array methods
// leave the original alone.
console.log(Math.round(-0.5), Math.round(-0.4), Math.round(0.49999999999999994), Math.round(2.5), Math.round(-2.5));
console.log(Object.is(Math.round(-0.2), -0), Math.round('7.5'), Math.round(null), Math.round());
console.log(Math.log10(1000), Math.log2(1024), Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.clz32(1), Math.clz32(0));
console.log(Math.fround(5.5), Math.fround(0.1), Math.expm1(0), Math.log1p(0), Math.tanh(Infinity), Math.sinh(0));
const a = [3, 1, 2];
console.log(a.toSorted(), a.toReversed(), a.with(1, 'x'), a.toSpliced(1, 1, 'y', 'z'), a);
console.log([5, 10, 1].toSorted((x, y) => x - y), [1, 2, 3].with(-1, 0));
try { a.with(3, 0); } catch (e) { console.log(e.name, e.message); }
try { a.toSorted('no'); } catch (e) { console.log(e.name, e.message); }
