// Non-iterables reject the returned promise (they do not throw), with V8's messages.
function t(label, f) {
  try {
    f().then(function (v) { log(label, 'fulfilled', JSON.stringify(v)); }, function (e) { log(label, 'rejected', e.constructor === TypeError, e.message); });
  } catch (e) { log(label, 'threw', e.message); }
}
t('all 5', function () { return Promise.all(5); });
t('all undefined', function () { return Promise.all(); });
t('all null', function () { return Promise.all(null); });
t('all object', function () { return Promise.all({}); });
t('all true', function () { return Promise.all(true); });
t('all 1.5', function () { return Promise.all(1.5); });
t('all function', function () { return Promise.all(function () {}); });
t('race 5', function () { return Promise.race(5); });
t('any undefined', function () { return Promise.any(); });
t('allSettled {}', function () { return Promise.allSettled({}); });
var it = {}; it[Symbol.iterator] = 5;
t('iterator 5', function () { return Promise.all(it); });
var it2 = {}; it2[Symbol.iterator] = function () { return 5; };
t('iterator returns 5', function () { return Promise.all(it2); });
var it3 = {}; it3[Symbol.iterator] = function () { return { next: function () { return 5; } }; };
t('next returns 5', function () { return Promise.all(it3); });
var it4 = {}; it4[Symbol.iterator] = function () { return { next: 7 }; };
t('next is 7', function () { return Promise.all(it4); });
var it5 = {}; it5[Symbol.iterator] = function () { return { next: function () { throw new RangeError('next threw'); } }; };
t('next throws', function () { return Promise.all(it5); });
t('all string', function () { return Promise.all('ab'); });
t('all Set', function () { return Promise.all(new Set([1, Promise.resolve(2)])); });
t('all Map', function () { return Promise.all(new Map([['k', 'v']])); });
t('all arguments', function () { return (function () { return Promise.all(arguments); })(1, 2); });
