// Bound functions' names, RegExp flags and typed-array methods.
function greet(greeting, name) { return `${greeting}, ${name}`; }
const hello = greet.bind(null, 'Hello');
console.log(hello, hello.name, hello.length, hello('Ada'));
console.log(/ab+c/gi.flags, new RegExp('x', 'm').flags, /z/.flags === '');
const scores = new Int16Array([30, -5, 12, 7]);
console.log(scores.sort(), scores.map((s) => s * 2), scores.filter((s) => s > 0).join('|'));
console.log(Float32Array.from([1.5, 2.5]), scores.includes(12), scores.at(-1), [...scores.slice(1, 3)]);
