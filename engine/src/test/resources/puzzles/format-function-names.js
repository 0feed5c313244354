// Functions take the name of the variable or key they are assigned to.
const square = (n) => n * n;
const greet = function () { return 'hi'; };
let later = async () => 1;
var handlers = { onClick: () => 'click', onKey: function () {}, named: function inner() {} };
console.log(square, greet, later);
console.log(square.name, greet.name, later.name);
console.log(handlers);
console.log(Object.values(handlers).map((f) => f.name));
const list = [() => 1, function () {}];
console.log(list, list.map((f) => f.name === ''));
setTimeout(() => console.log('timer sees', square.name), 0);
