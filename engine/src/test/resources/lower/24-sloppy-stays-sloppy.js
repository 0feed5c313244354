// A lowered program without "use strict" stays sloppy; a strict function inside it is strict.
class Box {}
function sloppy() { return this === globalThis; }
function strict() { 'use strict'; return this; }
console.log(sloppy(), strict());
const o = Object.freeze({ v: 1 });
o.v = 2;
console.log(o.v);
