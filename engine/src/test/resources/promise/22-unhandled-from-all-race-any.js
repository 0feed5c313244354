// Combinators attach handlers to every input, so inputs count as handled.
var r1 = Promise.reject('r1'); r1.label = 'r1';
var r2 = Promise.reject('r2'); r2.label = 'r2';
var all = Promise.all([r1, r2]); all.label = 'all';
var r3 = Promise.reject('r3'); r3.label = 'r3';
var race = Promise.race([r3]); race.label = 'race';
race.catch(function (e) { log('race caught', e); });
var r4 = Promise.reject('r4'); r4.label = 'r4';
var any = Promise.any([r4]); any.label = 'any';
var r5 = Promise.reject('r5'); r5.label = 'r5';
var settled = Promise.allSettled([r5]); settled.label = 'settled';
settled.then(function (v) { log('settled', JSON.stringify(v)); });
