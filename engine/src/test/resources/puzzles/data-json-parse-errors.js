// JSON.parse errors in V8's words: the position, the token, and the text around it.
const cases = ['{x', '', ' ', 'abc', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{"a":1 "b"}', '"abc', '1 2', '{', '[', '{"a":', 'tru', 'nul', '-', '01', '1.', '1e', '"\\x"', '"a\nb"', '{"a":1}}', 'undefined', '{\n  "a": 1,\n  "b": oops\n}', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25, x]', 'x'.repeat(40), '{"k": "v", "list": [1, 2, 3], "nested": {"deep": true}, "bad": ,}', '\u00e9', '"\t"', '[1,2', '{"a":1', '"\\u12"', 'NaN', '+1', '.5', "{'a':1}"];
for (const c of cases) {
  try { JSON.parse(c); console.log('ok', JSON.stringify(c)); } catch (e) { console.log(JSON.stringify(c), '=>', e.name, e.message); }
}
for (const v of [undefined, null, 123, {}, []]) {
  try { console.log('ok', JSON.parse(v)); } catch (e) { console.log(String(v), '=>', e.message); }
}
const more = ['trux', 'nulx', '[tru]', '{"a":tx}', '-x', '1.x', '1ex', '1e+', 'Infinity', '-Infinity', '[object Object]', ' undefined', '"abc" x', '{"a":1,"b"}', '{"a":1,"b":}', '[,1]', '{,}', '{"a"}', '[1,2,]', 'true false', '{"a":1}x', '12345678901234567890 x', '[-]', '[1e5, 2.}', '"\\ud800"', '\ufeff1', '\u00a01', '"abc\\', '"\\u"', '{"a":"b"', ']', '}', ':', 'falsey', '"x"y'];
for (const c of more) {
  try { JSON.parse(c); console.log('ok', JSON.stringify(c)); } catch (e) { console.log(JSON.stringify(c), '=>', e.message); }
}
